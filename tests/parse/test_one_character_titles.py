"""A headline of one character (稻, 硫: an encyclopaedia entry's name, as generators 5
and 6 title some articles) is a headline like any other: a line of one ideograph ending
no sentence may stand alone as one. Before, it was no heading's shape at all: at the top
of a page it became an item of its own, its article untitled."""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagescore import parse_layout
from test_page import BODY_A, BODY_B, layout_of, page, wrap

RICE = "本报讯（记者 黄鹏 通讯员 杜丹红）利用稻草编织出的工艺产品也相当常见，如草席、草帽等，稻草在食用菌产业中也占有一席之地。"


def test_a_one_character_headline_over_a_dateline_titles_its_article():
    first = wrap(BODY_A, 20)
    first[-1] += "（王晓明）"
    items = layout_of(page(["南昌地铁四号线开通运营"], first, ["稻"], wrap(RICE, 20))).items
    assert [(item.title, item.authors) for item in items] == [
        ("南昌地铁四号线开通运营", ("王晓明",)),
        ("稻", ("黄鹏", "杜丹红")),
    ]


def test_a_one_character_headline_at_the_top_of_the_page():
    second = wrap(BODY_B, 20)
    second[-1] += "（李娜）"
    items = layout_of(page(["稻"], wrap(RICE, 20), ["篁岭晒秋游人如织"], second)).items
    assert [(item.title, item.authors) for item in items] == [("稻", ("黄鹏", "杜丹红")), ("篁岭晒秋游人如织", ("李娜",))]


def test_a_one_character_tail_of_a_wrapped_title_stays_the_title_s():
    # 巴差铁巴黛 / 路: one ideograph under a title line is the title's tail, no headline.
    body = wrap(BODY_A, 20)
    body[-1] += "（王晓明）"
    (item,) = layout_of(page(["南昌地铁四号线开通运营首日客流", "高"], body)).items
    assert item.title == "南昌地铁四号线开通运营首日客流高"



def test_one_character_closing_its_sentence_is_no_body_under_a_headline():
    # 社区食堂的工作人员为老人打 / 饭。 at a page's top (generator 6, looked-at seed 800434: a
    # photo's first caption cut at the column): a line of one ideograph and the stop of its
    # sentence is the tail of the line over it, never a body's opening under it as a
    # headline.
    page = random_page6(default_pool(), 800_434)
    lines = [line for line in page.text.splitlines() if line.strip()]
    assert lines[:2] == ["社区食堂的工作人员为老人打", "饭。"]
    first = next(item for item in parse_layout(page.text).items if item.kind != "furniture")
    assert (first.kind, first.title, first.photographer) == ("photo", "", "冯凯娟")
    assert "".join(first.paragraphs).replace(" ", "") == "".join(page.expected[0].paragraphs).replace(" ", "")
