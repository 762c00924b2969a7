"""A title wrapped in a narrow column with one character left over (`夜间经济点亮城市烟火` /
`气`): the lone character is the title's tail, a heading line, not a body line so short
that no item could open under it."""

from __future__ import annotations

import pytest
from pagegen4 import default_pool, random_page4
from pagescore import check_page

from qa.parse.decode import split_lines
from qa.parse.headings import heading_roles
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

FIRST = [
    "华灯初上，九江市浔阳",
    "区的美食街上人头攒动。",
    "烧烤、小龙虾、茶饮店",
    "前排起了长队，街头艺",
    "人的表演不时引来阵阵",
    "掌声。",
]
SECOND = [
    "近日，有外媒报道称，",
    "一位刚刚在冬奥会上夺",
    "冠的滑雪名将计划移居",
    "加拿大训练和生活，消",
    "息一出便在社交媒体上",
    "引发热议。",
]


def test_a_one_character_tail_joins_the_title():
    assert heading_roles(["美食街里人头攒动", "夜间经济点亮城市烟火", "气"], "") == (
        "美食街里人头攒动",
        "夜间经济点亮城市烟火气",
        "",
    )


def test_a_title_with_a_one_character_tail_heads_its_item():
    page = "\n\n".join(["美食街里人头攒动", "夜间经济点亮城市烟火", "气", *FIRST, "（记者 张三）", *SECOND]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert (items[0].kicker, items[0].title) == ("美食街里人头攒动", "夜间经济点亮城市烟火气")
    assert items[0].paragraphs[0].startswith("华灯初上")


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        # A few characters under a long line: the title's tail, no subtitle.
        (["美国职棒大联盟的尼加拉瓜籍", "投手"], ("", "美国职棒大联盟的尼加拉瓜籍投手", "")),
        (["省内首个跨区域医疗联合体", "成立", "12家医院实现检查结果互认"], ("", "省内首个跨区域医疗联合体成立", "12家医院实现检查结果互认")),
        # A quotation left open goes on in the next line.
        (["城市书房成了市民的“第二", "客厅”", "——南昌已建成86家城市书房"], ("", "城市书房成了市民的“第二客厅”", "——南昌已建成86家城市书房")),
    ],
)
def test_a_short_tail_under_a_long_line_is_the_title_wrapped(lines, roles):
    assert heading_roles(lines, "") == roles


def test_a_short_title_under_a_short_line_stays_apart():
    # (A kicker over a short title: the tail rule wants a line of ``TAIL_UNDER`` em over it.)
    assert "别称七姐果假苹婆" not in heading_roles(["别称七姐果", "假苹婆"], "")



def test_a_late_title_s_one_character_tail_stays_with_it_between_two_items():
    """Page 400534 of the fourth generator (tuning seeds): headlines printed after their
    articles, the first one's title wrapped with one character left over (位于泰国的首都
    曼谷之巴差铁巴黛 / 路), the next article opening with a byline under no headline. The
    tail went to the next article as a headline of its own: two heading lines one
    ideograph breaks apart are one title wrapped, not split between two items."""
    page = random_page4(default_pool(), 400_534)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if wrong.startswith("item 0")], check.wrong
    assert [item.title for item in page.expected][:1] == ["位于泰国的首都曼谷之巴差铁巴黛路"]
