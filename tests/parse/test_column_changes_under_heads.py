"""Two lines that happen to fit the column over them, an opening about 2 em short and a
full line, over a body set in a column far wider, may be the headline of the item that
body opens (家门口上车 十八天抵欧洲 / 赣江新区首列中欧班列满载出发 under a narrow column
of 14 em, over one of 26). Where the line after them shows the column changing, the
decoder weighs them as headings too instead of reading them on as the narrow column's
paragraph (``segment._plain``). Not on a page that keeps its indents: there an indented
line opens a paragraph, and a paragraph going on into a wider column is an article's text
jumping to its next block."""

from __future__ import annotations

from pagegen7 import default_pool, random_page7
from pagescore import assert_recovered, parse_layout

from qa.parse.columns import PageLines, read_columns
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.segment import _plain

PAGE = """社区食堂开
到了家门口
本报南昌8月10日讯（记者
石燕玉）中午十一点半，青云谱
区一家社区食堂里已经坐满了前
来就餐的老人。四菜一汤、荤素
搭配，60岁以上老人每餐只需
支付10元。
家门口上车 十八天抵欧洲
赣江新区首列中欧班列满载出发
随着一声汽笛长鸣，满载50个标准集装箱的中欧班列从赣江
新区物流园缓缓驶出，将经霍尔果斯口岸出境，预计18天后抵达
波兰罗兹。这是赣江新区开行的首列中欧班列。
"""


def test_lines_over_a_column_change_are_weighed_as_headings():
    page = PageLines(read_lines(split_lines(PAGE)), {}, frozenset(), frozenset(), lost_indents=True)
    back = read_columns(page).back
    k = next(i for i, line in enumerate(page.lines) if line.text.startswith("家门口上车"))
    assert page.lines[k].width == back[k] - 2  # (an opening's shape in the column over it)
    assert page.lines[k + 1].width <= back[k] + 1  # (and a full line of it)
    assert not _plain(page, k, back)
    # The column going on under them, they read on as its paragraph, as before.
    narrow = PAGE.split("随着")[0] + "随着一声汽笛长鸣，满载50个标\n准集装箱的中欧班列从赣江新区\n物流园缓缓驶出。\n"
    page = PageLines(read_lines(split_lines(narrow)), {}, frozenset(), frozenset(), lost_indents=True)
    assert _plain(page, k, read_columns(page).back)


def test_generated_pages_with_a_headline_over_a_wider_column():
    # Looked-at pages of generator 7: seed 703112 (一体化运作 一揽子解决 / 上栗创新湘赣边
    # “基层之治”) and seed 702056 (家门口上车 十八天抵欧洲 / 赣江新区首列中欧班列满载出发),
    # each read on as the narrow column's text before.
    assert_recovered(random_page7(default_pool(), 703_112))
    items = parse_layout(random_page7(default_pool(), 702_056).text).items
    (article,) = [item for item in items if item.authors == ("石燕玉",)]
    assert not any("汽笛" in paragraph for paragraph in article.paragraphs)
    (train,) = [item for item in items if item.title == "赣江新区首列中欧班列满载出发"]
    assert train.kicker == "家门口上车 十八天抵欧洲"
