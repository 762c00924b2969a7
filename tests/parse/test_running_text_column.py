"""A line of running text (a clause mark inside it, its words cut at the column's end) is
no wider than its column: where one stands wider than the column before it, the column
has changed, even where the line ends without a mark. So an article set in a wider column
after a narrower one reads its own column from its first lines, and its paragraphs of one
line and a tail (1.…竹 / 林。) do not read as its end and an untitled item after it."""

from __future__ import annotations

from test_page import layout_of

from qa.parse.columns import PageLines, read_columns
from qa.parse.lines import read_lines

PAGE = """社区长者食堂开进家门口
今年以来，东湖区在街道社区新建
长者食堂十二家，为辖区内六十岁以
上老人提供助餐服务，每餐价格在十
元左右，行动不便的老人还可预约送
餐上门。
“饭菜可口，价格实惠，离家又近。”
正在用餐的李大爷一边吃饭一边说。
街道相关负责人表示，下一步将根据
老人口味调整菜品，让长者食堂成为
老人们喜欢的“幸福食堂”。
一条古道串起三个村
1.青石板路蜿蜒向前，两旁是成片的茶园和竹
林。
2.这条有着数百年历史的古驿道，如今成了铅
山县远近闻名的徒步线路。
去年以来，沿线三个村联合成立了旅游合作社，
统一修缮古道、规划民宿、培训导游。村民们把
闲置的老房子改成了民宿和茶室，在家门口吃
上了“旅游饭”。
（记者 杨 宁）
"""


def test_an_article_in_a_wider_column_is_not_cut_after_its_first_paragraph():
    articles = [item for item in layout_of(PAGE).items if item.kind != "furniture"]
    assert [(item.title, item.authors) for item in articles] == [
        ("社区长者食堂开进家门口", ()),
        ("一条古道串起三个村", ("杨宁",)),
    ]
    assert [paragraph[:4] for paragraph in articles[1].paragraphs] == ["1.青石", "2.这条", "去年以来"]


def _back_at(texts: list[str], line: int) -> float | None:
    page = PageLines(read_lines(enumerate(texts)), {}, frozenset(), frozenset())
    return read_columns(page).back[line]


NARROW = PAGE.splitlines()[:11]


def test_a_clause_cut_at_a_wider_column_forgets_the_column_before():
    # The column before line 14 is read from the 16-em lines over it only while no
    # running text wider stands between: here a line holding a comma, ending unmarked,
    # so the width there is left unknown until lines of the new column show it.
    wide = ["一条古道串起三个村", "1.青石板路蜿蜒向前，两旁是成片的茶园和竹", "林。", "2.这条古驿道如今成了"]
    assert _back_at(NARROW + wide, 14) is None
    # A heading-shaped line as wide (no clause mark) may be a headline set wide: kept.
    heading = ["一条古道串起三个村", "青石板路蜿蜒向前两旁是成片的茶园和竹林", "林。", "2.这条古驿道如今成了"]
    assert _back_at(NARROW + heading, 14) == _back_at(NARROW + heading, 11) is not None
