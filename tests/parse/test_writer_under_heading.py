"""A writer's name alone under a headline (`徐凯勤`, no role word, no mark, no padding) is
the article's byline, as a padded or marked name there is; a heading's wrapped last part
that reads as a name (the person a subtitle names after their post, a word cut at the
frame, a name the article is about) stays in the heading."""

from __future__ import annotations

import pytest
from pagegen4 import random_page4
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagescore import parse_layout
from test_page import items_of

BODY = [
    "　　今年前10个月，九江市长江干流水质稳定保持",
    "Ⅱ类，全市国控断面水质优良率达100%，沿江",
    "各地持续推进岸线整治和生态修复，长江江豚等",
    "珍稀水生生物出现频次明显增加。",
]


@pytest.mark.parametrize("name", ["徐凯勤", "上官立阳", "蒋明英", "田玲"])
def test_a_name_alone_under_a_headline_signs_the_article(name):
    items = items_of(["九江长江大保护交出亮眼成绩单", "——全市国控断面水质优良率达100%", name, *BODY])
    assert [(item.title, item.subtitle, item.authors) for item in items] == [
        ("九江长江大保护交出亮眼成绩单", "——全市国控断面水质优良率达100%", (name,))
    ]
    assert "".join(items[0].paragraphs).startswith("今年前10个月")


@pytest.mark.parametrize("title", ["东乡区靠前监督护航抗旱保收", "长江江豚为何频频现身？", "这个夏天，江豚回来了！"])
def test_a_name_under_a_title_alone_signs_it(title):
    # (A ？ or ！ headline ends a sentence: the name under it is still no signature of it.)
    items = items_of([title, "吕志玉", *BODY])
    assert [(item.title, item.authors) for item in items] == [(title, ("吕志玉",))]


def test_the_person_a_subtitle_names_after_their_post_stays_in_it():
    items = items_of(["长江大保护交出亮眼成绩单", "——访九江市生态环境局负责人", "熊宁杰", *BODY])
    assert [(item.subtitle, item.authors) for item in items] == [("——访九江市生态环境局负责人熊宁杰", ())]


def test_the_person_the_article_is_about_titles_it():
    body = ["　　余宏达，江西九江人，长期从事长江水生生物", "保护工作，带领团队开展江豚救护和栖息地修复。"]
    items = items_of(["长江边的守护者", "余宏达", *body])
    assert [item.authors for item in items] == [()]
    assert "余宏达" in items[0].title + items[0].subtitle + items[0].kicker


@pytest.mark.parametrize(("first", "rest"), [("全省首批“无证明城市”名单实现", "全覆盖"), ("一项改革让群众办事不再跑", "和协调")])
def test_a_wrapped_titles_last_part_is_no_name(first, rest):
    items = items_of([first, rest, *BODY])
    assert [(item.title, item.authors) for item in items] == [(first + rest, ())]


@pytest.mark.parametrize(("title", "name"), [("县城里的“博物馆热”", "周新颖"), ("稻田里的“智慧管家”", "姜静立")])
def test_a_name_whose_given_name_is_a_word_under_a_closed_title_signs_it(title, name):
    # (新颖, 静立 are words: under a title going on, 全省首批…实现 / 全覆盖, such a line is
    # its tail; under one closed by a quotation's end it is the writer's name.)
    items = items_of(["暑期研学游升温", title, name, *BODY])
    assert [(item.kicker, item.title, item.authors) for item in items] == [("暑期研学游升温", title, (name,))]


def test_a_surname_and_a_word_under_an_open_title_stays_its_tail():
    items = items_of(["暑期研学游升温", "县城里的博物馆", "周新颖", *BODY])
    assert [item.authors for item in items] == [()]



def test_a_name_under_a_kicker_and_title_as_wide_as_the_column_signs_the_article():
    # (seventh generator, looked-at seed 701314.) A line as wide as the column under a name
    # reads as running text going on, but a stack of two heading lines right after an
    # item's end (果园里的直播间 / 赣南脐橙开启“云上”销售季 / 叶勇, after the article
    # before's byline) is a headline whatever its width: the name under it signs.
    page = random_page7(default_pool7(), 701_314)
    items = [item for item in parse_layout(page.text).items if item.kind == "article"]
    assert ("赣南脐橙开启“云上”销售季", ("叶勇",)) in [(item.title, item.authors) for item in items]


def test_a_full_line_after_a_sentence_end_over_a_name_goes_on(pool4):
    # One line as wide as the column after a finished sentence, over a name (…签给经纪人 /
    # 方登恺, fourth generator, more looked-at seed 403642): running text, no headline over
    # a byline.
    page = random_page4(pool4, 403_642)
    items = parse_layout(page.text).items
    assert not any("方登恺" in item.authors for item in items)
    assert any("签给经纪人方登恺" in "".join(item.paragraphs).replace(" ", "") for item in items)


NARROW = [
    "“前两年三四十元一斤，",
    "今年十几元就能买到。”不少",
    "市民发现，今年荔枝价格明显",
    "比往年便宜。业内人士分析，",
    "今年荔枝大年，产量增加。",
]


def test_a_name_under_a_question_as_wide_as_the_column_over_it_signs_the_article():
    # A ？ headline standing alone under a column's label (观点), as wide as the column
    # under the name, is no running text going on: the name under it is set apart from the
    # text (generator 8: 秦勇 had read as the title's last part).
    items = items_of(["观点", "为什么今年的荔枝这么便宜？", "秦勇", *NARROW])
    articles = [item for item in items if item.kind == "article"]
    assert [(item.title, item.authors) for item in articles] == [("为什么今年的荔枝这么便宜？", ("秦勇",))]


def test_a_name_set_in_over_flush_text_signs_the_article():
    # (Generator 8: 　徐群峰 set in under 高温下的坚守： / 他们守护城市的“生命线”, as wide as the
    # text set flush under it.)
    lines = [
        "评论",
        "",
        " 高温下的坚守：",
        " 他们守护城市的“生命线”",
        "",
        "  徐群峰",
        "连日来，我市持续出现",
        "35℃以上高温天气。在城区",
        "一处供水管网抢修现场，十",
        "多名工人顶着烈日作业，汗",
        "水很快浸透了他们的工作服。",
        "“管道爆裂影响周边三",
        "个小区用水，必须尽快修",
        "好。”现场负责人刘师傅",
        "说，抢修从凌晨两点开始，",
        "大家轮流下坑作业，中午",
        "只在树荫下匆匆吃了份盒",
        "饭。",
    ]
    articles = [item for item in items_of(lines) if item.kind == "article"]
    assert [(item.title, item.authors) for item in articles] == [("高温下的坚守：他们守护城市的“生命线”", ("徐群峰",))]
