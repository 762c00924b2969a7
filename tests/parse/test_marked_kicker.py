"""A marked line after a sentence's end is a 小标题 of the article above when the
paragraph it heads runs on under it, and a kicker over the next item's title when a short
line that ends no sentence and opens no paragraph stands under it, short of the column the
two lines under that fill (generator 8: ■小贴士 / “南斯拉夫社会主义联邦共和国” over a box
set wider than the article above had read as one 小标题 wrapped over two lines). A 小标题
wrapped at the column's end (▲它们都不是在巴 / 勒斯坦写成的) is still one, and so is one
over an indented paragraph or over a column narrower than the text above it; those cases,
and a kicker over an article's title, read the same before the change and are kept here
as its bounds."""

from __future__ import annotations

import pytest
from test_page import BODY_A, BODY_B, items_of, wrap

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines

BODY_C = "暑期以来，安福县博物馆每天接待观众上千人次，比去年同期翻了一番。馆内的青铜器展厅前，孩子们围着讲解员听得入神。"


BOX = "八十年代末，随著东欧社会主义国家经济衰退、民族主义复活与东欧剧变，南斯拉夫各民族之间的矛盾逐渐激化。民族间的不和及分裂，伴随著暴力的排斥其他民族的行为逐渐升级。"


@pytest.mark.parametrize("mark", ["▲", "◆", "■"])
@pytest.mark.parametrize("title", ["“南斯拉夫社会主义联邦共和国”", "刘少奇"])
def test_a_box_s_marked_label_over_its_title_is_its_kicker(mark, title):
    # (Generator 8, looked-at: ■小贴士 / “南斯拉夫社会主义联邦共和国” over a box set
    # wider than the article above; the two had read as one 小标题 wrapped over two
    # lines, the label short of any column's end.)
    lines = [*wrap(BODY_A, 13), f"{mark}小贴士", title, *wrap(BOX, 27)]
    items = items_of(lines)
    assert [(i.kicker, i.title, "".join(i.paragraphs)) for i in items] == [("", "", BODY_A), ("小贴士", title, BOX)]


@pytest.mark.parametrize("mark", ["▲", "● ", "◆", "■"])
@pytest.mark.parametrize("byline", [True, False])
def test_a_marked_kicker_over_a_short_title_opens_the_next_article(mark, byline):
    lines = [*wrap(BODY_A, 17), f"{mark}暑期研学游升温", "县城里的“博物馆热”"]
    if byline:
        lines.append("本报记者 白桂伟 邓宇琼")
    lines += wrap(BODY_C, 17)
    items = items_of(lines)
    assert [(i.kicker, i.title, i.authors, "".join(i.paragraphs)) for i in items] == [
        ("", "", (), BODY_A),
        ("暑期研学游升温", "县城里的“博物馆热”", ("白桂伟", "邓宇琼") if byline else (), BODY_C),
    ]


def test_a_marked_line_over_a_paragraph_that_runs_on_is_a_subhead():
    lines = ["南昌地铁四号线开通运营", *wrap(BODY_A, 17), "▲暑期研学游升温", *wrap(BODY_C, 17)]
    lines[-1] += " （王晓明）"
    items = items_of(lines)
    assert [(i.title, i.paragraphs) for i in items] == [("南昌地铁四号线开通运营", (BODY_A, "▲暑期研学游升温", BODY_C))]


def test_a_subhead_over_a_narrower_column_is_a_subhead():
    # (The paragraph under it set narrower than the text above: its first line is
    # short of the column above, not of its own.)
    lines = ["南昌地铁四号线开通运营", *wrap(BODY_A + BODY_B, 24), "▲暑期研学游升温", *wrap(BODY_C, 17)]
    lines[-1] += " （王晓明）"
    items = items_of(lines)
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [("南昌地铁四号线开通运营", BODY_A + BODY_B + "▲暑期研学游升温" + BODY_C)]
    assert "▲暑期研学游升温" in items[0].paragraphs


def test_a_subhead_over_an_indented_paragraph_is_a_subhead():
    body = wrap(BODY_C, 17)
    body[0] = "　　" + body[0]
    lines = ["南昌地铁四号线开通运营", *wrap(BODY_A, 17), "◆ 暑期研学游升温", *body]
    lines[-1] += " （王晓明）"
    items = items_of(lines)
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [
        ("南昌地铁四号线开通运营", BODY_A + "◆暑期研学游升温" + BODY_C)
    ]


def test_a_mark_set_apart_by_a_space_sprays_nothing():
    # (● 小食堂 大民生: the space after the mark and the one between the two parts had
    # read as a line letter-spaced over the column, no headline.)
    (line,) = read_lines(split_lines("● 小食堂 大民生\n"))
    assert (line.justified, line.heading_like) == (False, True)
    (sprayed,) = read_lines(split_lines("■ 本 报 讯 记 者\n"))
    assert sprayed.justified


NEXT = "随着一声汽笛长鸣，满载着服装、电子产品和日用百货的集装箱班列从赣江新区缓缓驶出，这是新区开行的首列中欧班列。"


@pytest.mark.parametrize("mark", ["● ", "▲", "■"])
def test_a_marked_kicker_over_a_title_wrapped_over_two_lines(mark):
    lines = [*wrap(BODY_A, 10), f"{mark}家门口上车 十八天抵欧洲", "赣江新区首列中欧班", "列满载出发", *wrap(NEXT, 12)]
    items = items_of(lines)
    assert [(i.kicker, i.title, "".join(i.paragraphs)) for i in items] == [
        ("", "", BODY_A),
        ("家门口上车 十八天抵欧洲", "赣江新区首列中欧班列满载出发", NEXT),
    ]


def test_a_subhead_over_its_short_rest_and_a_paragraph_is_a_subhead():
    # (一、仍隶属汉玄菟郡 / 管辖 / 除此之外还有“搞…: the line under the rest is the paragraph's
    # first line, its indent lost; quotation marks make the lines under it look wide.)
    after = "除此之外还有“搞离”说、“山高水丽”说、“高大黑马”说、“介菜”说、“高台建屋”说等等。"
    lines = ["高句丽的国名", *wrap(BODY_A, 10), "一、仍隶属汉玄菟郡", "管辖", *wrap(after, 10)]
    lines[-1] += " （任洋斌）"
    items = items_of(lines)
    assert [(i.title, i.paragraphs) for i in items] == [("高句丽的国名", (BODY_A, "一、仍隶属汉玄菟郡管辖", after))]
