"""A body's column may narrow at a line, beside a photo: its first lines are set wider
than the rest. Those wide lines are the body's text, read in their own column, not heading
lines over a body too wide for the column under them (a subtitle 随着一声汽笛长鸣，满载50个
over a body of 10-em lines)."""

from __future__ import annotations

from pagegen7 import default_pool, random_page7
from pagescore import assert_recovered

from qa.parse.columns import PageLines
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page
from qa.parse.segment import _narrows

# The body opens 2 em short of a 16-em column that narrows to 10 em at its third line.
PAGE = """家门口上车 十八天抵欧洲
赣江新区首列中
欧班列满载出发
随着一声汽笛长鸣，满载50个
标准集装箱的中欧班列从赣江新区物
流园缓缓驶出，将经霍
尔果斯口岸出境，预计
18天后抵达波兰罗兹。
这是赣江新区开行的首
列中欧班列。
据介绍，此次班列
装载的货物主要为光伏
组件、家用电器和服装
鞋帽，货值约2600万
元。与传统海运相比，
班列运输时间缩短近一
半，为企业节省了大量
物流成本。
本报记者 毛强
"""


def test_the_wide_first_lines_of_a_narrowing_column_open_the_body():
    lines = read_lines(split_lines(PAGE))
    (item,) = analyse_page(lines).items
    assert (item.kicker, item.title, item.subtitle) == ("家门口上车 十八天抵欧洲", "赣江新区首列中欧班列满载出发", "")
    assert item.paragraphs[0].startswith("随着一声汽笛长鸣，满载50个标准集装箱的中欧班列")
    assert item.authors == ("毛强",)


def test_where_the_column_narrows():
    page = PageLines(read_lines(split_lines(PAGE)), {}, frozenset(), frozenset())
    opening = next(i for i, line in enumerate(page.lines) if line.text.startswith("随着"))
    assert _narrows(page, opening) == (opening + 2, page.lines[opening + 1].width, page.lines[opening + 2].width)
    assert page.lines[opening + 1].width == 16.0
    assert _narrows(page, opening + 2) is None  # (the narrow lines go on alike: no change)
    assert _narrows(page, opening - 2) is None  # (a title over the body is no wide line of it)


def test_generated_pages_whose_column_narrows_under_the_headline():
    # Looked-at pages of generator 7 (seeds 700696, 700618 and 702006): the body's first
    # one or two lines set wider than the column beside a photo.
    for seed in (700_696, 700_618, 702_006):
        assert_recovered(random_page7(default_pool(), seed))
