"""Heading lines right under a byline are weighed against the text of the item that byline
ends (``wording.heading_leans``): that item's headline may be printed after it. Before,
the byline itself was taken as the item's start, the item as one of a few lines, and the
text before the zone was read 30 lines back past any byline, so a line sharing words with
an item further up (a second photo of the same place, a second article about the same
harvest) leaned to the item before and was given to it as a late headline."""

from __future__ import annotations

from pagegen5 import default_pool as default_pool5
from pagegen5 import random_page5
from pagegen6 import default_pool as default_pool6
from pagegen6 import random_page6
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagescore import assert_recovered, parse_layout

from qa.parse.columns import PageLines, PageText
from qa.parse.lines import read_lines
from qa.parse.wording import heading_leans

TEXTS = [
    "鄱阳湖越冬候鸟数量再创新高，白鹤超过四千只。",  # an item about 鄱阳湖's 白鹤
    "（张三）",
    "南昌市城市书房已建成八十六家，市民",  # the item the byline under it ends
    "下班后来坐一坐读本书，比在家里刷手机",
    "强多了。",
    "（李四）",
    "鄱阳湖白鹤越冬",  # a heading line under that byline
    "今年暑期来九江旅游的游客明显增多。",
]


def test_a_heading_under_a_byline_is_weighed_against_the_item_it_ends():
    lines = read_lines(enumerate(TEXTS))
    page = PageLines(lines, {1: "article", 5: "article"}, frozenset(), frozenset())
    # (It shares 鄱阳, 阳湖, 白鹤, 越冬 with the item before that one only: no lean.)
    assert heading_leans(page, 6, 1, PageText.of(lines), 1) == [0]
    # With the item before it about the same lake, it leans to it.
    lines = read_lines(enumerate([*TEXTS[:2], "鄱阳湖白鹤保护区今冬迎来", "越冬候鸟四千余只，护鸟员", "每天巡湖。", *TEXTS[5:]]))
    page = PageLines(lines, {1: "article", 5: "article"}, frozenset(), frozenset())
    assert heading_leans(page, 6, 1, PageText.of(lines), 1)[0] > 0


def test_generated_pages_with_a_heading_under_a_byline():
    # Looked-at pages: generator 6 seed 800984 (一湖碧水迎客来, the kicker of the item
    # after, went to the item before for the 鄱阳湖 text 25 lines up), generator 5 seed
    # 503310 (数字技术赋能春耕生产 likewise).
    assert_recovered(random_page6(default_pool6(), 800_984))
    assert_recovered(random_page5(default_pool5(), 503_310))


def test_a_photos_caption_under_a_byline_stays_whole():
    # Generator 7 seed 702172: 游客在陶溪川文 / 创街区选购陶瓷 / 工艺品。 under the
    # article's byline （谢博芳） was read as its late headline, for an earlier photo's
    # caption (游客在景德镇陶溪川文创街区…) 20 lines up; the caption stays whole.
    items = parse_layout(random_page7(default_pool7(), 702_172).text).items
    (photo,) = [item for item in items if item.kind == "photo" and item.photographer == "潘娟杰 范荣平"]
    assert "".join(photo.paragraphs) == "游客在陶溪川文创街区选购陶瓷工艺品。"
    assert not [item for item in items if "游客在陶溪川文" in item.kicker + item.title]
