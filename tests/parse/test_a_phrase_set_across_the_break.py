"""A headline's phrase set across a line break keeps the two lines in one role.

Two signs, each weighed where the break falls (``qa.parse.headings``):

- the two ideographs ending a line and the two opening the next make a word of four of
  the dictionary (景德镇陶瓷文化 / 产业园年接待…: 文化产业; ——访上饶市市场监督 /
  管理局负责人…: 监督管理), a compound that the most likely segmentation may still part
  at the break (``words.joins_compound``): a title wrapped, no kicker's or subtitle's edge;
- the word ending a line and the word opening the next, or the two ideographs either
  side, stand side by side in the body (产业园年接待 / 游客超千万人次 over …园区接待游客…;
  全省首批 / “无证明城市”名 / 单公布 over …全省首批“无证明城市”名单…): the headline says a
  phrase of its text, wrapped (an opening quotation mark between the two words too: 打造 / “足球夜”…).

Before, 景德镇陶瓷文化 / 产业园年接待 / 游客超千万人次 was read as a kicker over its
title, or a title over its subtitle. Not a line said again under itself (细胞分裂 / 细胞分裂:
分裂细胞 is a word too), nor a conjunction opening the next line. (Generators 6 to 8,
looked-at pages; on the recorded heading stacks of every looked-at row, the compound
joined two lines of one role 139 times and of two roles never.)"""

from __future__ import annotations

import pytest
from pagegen7 import default_pool as pool7
from pagegen7 import random_page7
from pagegen8 import default_pool as pool8
from pagegen8 import random_page8
from pagescore import check_page

from qa.parse.headings import _body_runs_across, heading_roles
from qa.parse.words import joins_compound

BODY = "本报讯 走进陶溪川文创街区，老厂房里的创意市集热闹非凡。今年上半年，园区接待游客520万人次。"


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("景德镇陶瓷文化", "产业园年接待", True),  # 文化产业
        ("——访上饶市市场监督", "管理局负责人刘平娜", True),  # 监督管理
        ("南昌市住房和城乡", "建设局负责人", True),  # 城乡建设
        ("果园里的直播间", "赣南脐橙开启“云上”销售季", False),
        ("1990年世界杯足球赛", "阿根廷队虽在首场失利", False),
        ("景德镇陶瓷 文化", "产 业园", True),  # (letter-spaced lines)
        ("文化", "产", False),  # (one ideograph opens the line: no word of four)
    ],
)
def test_a_compound_across_the_break(first, second, joined):
    assert joins_compound(first, second) is joined


def test_a_compound_across_the_break_is_one_title():
    lines = ["景德镇陶瓷文化", "产业园年接待游客超千万人次"]
    assert heading_roles(lines, BODY) == ("", "".join(lines), "")


def test_three_lines_of_one_title():
    # (The first break joins 文化产业, the second breaks 接待游客, which the body says.)
    lines = ["景德镇陶瓷文化", "产业园年接待", "游客超千万人次"]
    assert heading_roles(lines, BODY) == ("", "".join(lines), "")


def test_without_the_phrase_in_the_body_the_last_line_may_be_a_subtitle():
    # (Nothing says 接待 / 游客 is one phrase: a title over two lines, then a subtitle.)
    lines = ["景德镇陶瓷文化", "产业园年接待", "游客超千万人次"]
    body = "本报讯 走进陶溪川文创街区，老厂房里的创意市集热闹非凡。"
    assert heading_roles(lines, body) == ("", "景德镇陶瓷文化产业园年接待", "游客超千万人次")


def test_a_kicker_over_its_title_stays():
    lines = ["果园里的直播间", "赣南脐橙开启“云上”销售季"]
    body = "又到一年脐橙成熟时。在信丰县的果园里，果农正在直播。"
    assert heading_roles(lines, body) == (lines[0], lines[1], "")


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # (分裂细胞 and 污染环境 are words of four; the second line says the first again.)
        (["细胞分裂", "细胞分裂", "——访南昌市档案馆负责人余鹏欣"], "细胞分裂是生物体生长和繁殖的基础。"),
        (["环境污染", "环境污染 如氮氧化物"], "环境污染，指自然的或人为的向环境中添加某种物质。"),
    ],
)
def test_a_line_said_again_is_no_compound(lines, body):
    assert joins_compound(lines[0], lines[1])
    kicker, title, _ = heading_roles(lines, body)
    assert kicker == lines[0]
    assert title == lines[1]


def test_a_conjunction_opening_the_next_line_is_no_phrase_of_the_body():
    lines = ["也有车臣战士为亚塞拜然作战", "而且他们认为他们可以得"]
    body = "也有车臣战士为亚塞拜然作战而且他们认为他们可以得到支持。"
    assert not _body_runs_across(lines[0], lines[1], body)
    assert _body_runs_across("产业园年接待", "游客超千万人次", BODY)


def test_two_ideographs_either_side_that_the_body_says_together():
    # (Whatever words the dictionary makes of them: 长江 / 大 / 保护, 首批 / “无证….)
    assert _body_runs_across("九江长江大", "保护交出亮眼成绩单", "九江坚持共抓长江大保护，水质持续向好。")
    assert not _body_runs_across("九江长江大", "保护交出亮眼成绩单", "九江坚持共抓长江保护，水质持续向好。")
    lines = ["全省首批", "“无证明城市”名", "单公布"]
    body = "记者日前从省司法厅获悉，南昌、上饶等地入选全省首批“无证明城市”名单。"
    assert heading_roles(lines, body) == ("", "".join(lines), "")


def test_a_quotation_opening_the_next_line():
    # (打造 / “足球夜”: the verb's object is a quotation the body says after it too.)
    body = "本报讯 近年来，景德镇高新区打造“足球夜”品牌，吸引了大批职工参与。"
    assert _body_runs_across("景德镇高新区打造", "“足球夜”凝", body)
    assert not _body_runs_across("景德镇高新区打造", "“足球夜”凝", "本报讯 高新区的足球夜吸引了大批职工参与。")
    lines = ["景德镇高新区打造", "“足球夜”凝", "聚发展合力"]
    assert heading_roles(lines, body) == ("", "".join(lines), "")


@pytest.mark.parametrize(
    ("make", "pool", "seed"),
    [
        (random_page7, pool7, 702_012),
        (random_page7, pool7, 702_018),
        (random_page7, pool7, 700_110),
        (random_page8, pool8, 900_320),
        (random_page8, pool8, 902_538),
    ],
)
def test_generated_pages_with_a_phrase_across_the_break(make, pool, seed):
    page = make(pool(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "headings" in wrong], check.wrong
