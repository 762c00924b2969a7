"""The page scorer (tests/pagescore.py) matches each printed item to a parsed one; where a
page prints one caption twice under two photographers (as a generator drawing captions
from a small pool does), each printed photo is matched to its own parsed item, in page
order, so two photos read right count as two (both were matched to the first of them, and
the second's photographer judged wrong)."""

from __future__ import annotations

from pagegen import Known, Page
from pagescore import check_page, score_pages

CAPTION = "游客在陶溪川文创街区选购陶瓷工艺品。"
TEXT = """游客在陶溪川文创街区选购陶
瓷工艺品。
李鹏怡摄
城市书房成了市民的“第二客厅”
走进位于八一广场附近的一家城市书房，书架上摆满了各类
图书，不少市民正在安静地阅读。据介绍，南昌已建成城市
书房 86 家。
游客在陶溪川文创街区选购陶
瓷工艺品。
叶文摄
"""


def photo(name: str) -> Known:
    return Known("photo", "", "", "", (), name, (CAPTION,))


ARTICLE = Known(
    "article", "城市书房成了市民的“第二客厅”", "", "", (), "",
    ("走进位于八一广场附近的一家城市书房，书架上摆满了各类图书，不少市民正在安静地阅读。据介绍，南昌已建成城市书房86家。",),
)


def test_each_printed_photo_is_matched_to_its_own_item():
    page = Page(TEXT, [photo("李鹏怡"), ARTICLE, photo("叶文")], [frozenset()] * 3)
    check = check_page(page)
    assert check.count_ok and check.wrong == []
    assert score_pages([page]).photo == 1.0


def test_a_photographer_read_wrong_still_counts_wrong():
    # The same page with the second credit's name not the one printed: one photo of two.
    page = Page(TEXT, [photo("李鹏怡"), ARTICLE, photo("叶文杰")], [frozenset()] * 3)
    assert score_pages([page]).photo == 0.5
