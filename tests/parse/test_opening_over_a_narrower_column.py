"""A paragraph whose first line is the last of a column, going on in a narrower column
right under it, stays in its article (``segment._narrows_under``): the opening is a full
line of the column before, running text that ends no sentence (为提升游客体验，婺源推出
“一码游婺源” / 智慧旅游平台，游客通过手机APP即 / …). Before, the opening was read against
its own width, the narrower lines under it as short lines of that column, and the line
went to an item of its own, as a headline (eighth generator, more looked-at seed
903838). A headline as wide as the column, reading as no running text, still heads the
narrower body under it. (The page below, cut from seed 903838, read right before too:
its late-headline reading won only beside the rest of that page; the generated pages
are the ones the old reading got wrong.)"""

from __future__ import annotations

import pytest
from pagegen4 import default_pool as pool4
from pagegen4 import random_page4
from pagegen7 import default_pool as pool7
from pagegen7 import random_page7
from pagegen8 import default_pool as pool8
from pagegen8 import random_page8
from pagescore import check_page
from test_page import items_of

ARTICLE = [
    "上饶婺源秋季旅",
    "游持续升温",
    "",
    "□ 田松刚",
    "国庆假期以来，婺源县篁岭景区游客络绎不",
    "绝。红彤彤的辣椒、金灿灿的稻谷铺满屋顶，",
    "“晒秋”美景吸引了大批游客驻足拍照。",
    "据 统 计 ，今 年 1 至 10 月 ，婺 源 共 接 待 游 客",
    "2180万人次，实现旅游综合收入196亿元，",
    "分别同比增长18.6%和21.3%。",
]
GOES_ON = [
    "为提升游客体验，婺源推出“一码游婺源”",
    "智慧旅游平台，游客通过手机APP即",
    "可完成购票、预约、导览等服务。",
]
NEXT = [  # (a photo's captions and its credit)
    "",
    "8月17日，九江银行南昌分",
    "行阳明支行党支部联合总行",
    "信用卡中心党支部，走进南",
    "昌 市 东 湖 区 紫 金 广 场 开 展",
    "“我为群众办实事”主题党",
    "日活动，为“城市美容师”",
    "们送去防暑降温物品。",
    "      胡静志 龚亮凯 摄",
]


def test_an_opening_over_a_narrower_column_goes_on_in_its_article():
    items = items_of(ARTICLE + GOES_ON + NEXT)
    assert [(item.kind, item.title) for item in items] == [("article", "上饶婺源秋季旅游持续升温"), ("photo", "")]
    assert "".join(items[0].paragraphs).endswith("导览等服务。")


def test_a_headline_as_wide_as_the_column_still_heads_its_body():
    # (A line with no clause mark reads as no running text: the title over the narrower
    # body under it, as before.)
    heading = ["城市书房成为市民文化生活新去处"]
    items = items_of(ARTICLE + ["", *heading, *GOES_ON[1:]] + NEXT)
    assert [(item.kind, item.title) for item in items] == [
        ("article", "上饶婺源秋季旅游持续升温"), ("article", heading[0]), ("photo", "")
    ]


@pytest.mark.parametrize(
    ("make", "pool", "seed"),
    [(random_page8, pool8, 903_838), (random_page7, pool7, 700_770), (random_page4, pool4, 400_472)],
)
def test_generated_pages_with_an_opening_over_a_narrower_column(make, pool, seed):
    assert check_page(make(pool(), seed)).count_ok
