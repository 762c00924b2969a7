"""A predicate may say a time before its verb: a title wrapped after its subject goes on
in a line that opens with a time, then the verb (景德镇陶瓷文化产业园 / 年接待游客超千万人次,
南昌地铁4号线 / 今日开通运营, 上饶婺源 / 秋季旅游持续升温 under its kicker), one sentence
as a subject and its predicate are (``headings._subject_predicate``), not a kicker over a
title. The verb after the time has
two characters at least: 白夜 / 柔 / 吠陀 is a name, no time and its verb. Before, the
subject's line was read as a kicker. (Generators 2, 6, 7 and 8, looked-at pages.)"""

from __future__ import annotations

import pytest
from pagegen2 import news_sources, random_page2
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.headings import heading_roles


@pytest.mark.parametrize(
    "lines",
    [
        ["景德镇陶瓷文化产业园", "年接待游客超千万人次"],
        ["南昌地铁4号线", "今日开通运营"],
    ],
)
def test_a_subject_then_a_time_and_its_verb_is_one_title(lines):
    body = "本报讯 " + "，".join(lines) + "。相关负责人介绍了有关情况。"
    assert heading_roles(lines, body) == ("", "".join(lines), "")


def test_under_a_kicker_too():
    lines = ["篁岭“晒秋”游人如织", "上饶婺源", "秋季旅游持续升温"]
    body = "本报讯 " + "，".join(lines) + "。相关负责人介绍了有关情况。"
    assert heading_roles(lines, body) == (lines[0], "上饶婺源秋季旅游持续升温", "")


def test_a_name_opening_with_a_time_word_is_no_predicate():
    # (A title over its subtitle, as generator 4 prints it: the subtitle names the text.)
    lines = ["婆罗门教诸奥义书中最短的之一", "白夜柔吠陀"]
    assert heading_roles(lines, "白夜柔吠陀是印度教的经典之一。") == ("", lines[0], lines[1])


@pytest.mark.parametrize(
    ("make", "seed"),
    [("g8", 901_338), ("g8", 900_912), ("g2", 452)],
)
def test_generated_pages_with_a_time_before_the_verb(make, seed):
    # (景德镇陶瓷文化产业园 / 年接待游客超千万人次; 上饶婺源 / 秋季旅游持续升温 under
    # 篁岭“晒秋”游人如织, its kicker.)
    page = random_page8(default_pool(), seed) if make == "g8" else random_page2(news_sources(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "headings" in wrong], check.wrong
