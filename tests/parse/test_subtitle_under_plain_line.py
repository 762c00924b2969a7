"""A line over a subtitle's dash (——…) may be its title, so an item may start there: the
zone is not one that can only go on with the body, whatever the line's width. On a page
that shows its indents lost, a title about an indent short of the column
(并以热带气旋形状为蓝本, 11 em in a column of 12) was read as the next paragraph's first
line, and its article, subtitle and all, went to the article before."""

from __future__ import annotations

from qa.parse.columns import PageLines
from qa.parse.lines import read_lines
from qa.parse.segment import _plain


def _page(*texts: str) -> PageLines:
    return PageLines(read_lines(enumerate(texts)), {}, frozenset(), frozenset(), lost_indents=True)


ABOVE = ("制不同的辅音。长度为辅音的", "发音中，阻塞维持的时间。")
BACK = [12.0] * 5


def test_a_line_over_a_dash_may_head_an_item():
    page = _page(*ABOVE, "并以热带气旋形状为蓝本", "——现任天文台台长为岑智明", "香港天文台是香港特别行")
    assert not _plain(page, 2, BACK)


def test_the_same_line_over_a_line_of_the_column_goes_on():
    # (The guard: under it a full line of the column, it opens a paragraph.)
    page = _page(*ABOVE, "并以热带气旋形状为蓝本", "香港天文台是香港特别行政", "区政府部门及联合国属下的")
    assert _plain(page, 2, BACK)
