"""A paragraph whose first lines are set beside a photo and the rest under it, wider, goes
on across the change even where no column stands over it to show the narrow one (right
under a photo's credit or an end byline): the lines between its opening and the wide
ones show it, where one of them reads as running text (``segment._widens``). Before,
with no column over it, the opening 　　华灯初上，九江市浔阳 under a photo's credit was
measured against the wide column, read far short of it, and became the untitled
article's headline (generator 8, looked-at pages). Two heading lines over a wider body
(夜间经济点 / 亮城市烟火气) still read as its headline: neither runs as text."""

from __future__ import annotations

import pytest
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

BEFORE = [
    "乡村足球联赛点燃夏夜",
    "\u3000\u3000景德镇新锐食品有限公司董事长",
    "曹云强表示：“高新区文化氛围、体",
    "育氛围非常浓厚，园区为企业提供很",
    "多活动和平台，让我们在工作之余放",
    "松心情，加强企业之间的交流，让我",
    "们感到非常温暖、安心。”（本报记者 余红）",
    "４ 月 １ ２ 日 ，南 昌 市",
    "青 山 湖 区 一 所 小 学 的",
    "学 生 在 老 师 指 导 下 体",
    "验 传 统 扎 染 技 艺 。",
    "      新华社发",
]
ARTICLE = [
    "\u3000\u3000华灯初上，九江市浔阳",
    "区的美食街上人头攒动。烧",
    "烤、小龙虾、茶饮店前排起了长队，街",
    "头艺人的表演不时引来阵阵掌声。",
    "\u3000\u3000为激发消费活力，当地推出夜间延",
    "时经营、临时外摆等便利措施，并对夜",
    "间文旅项目给予补贴。今年以来，城区",
    "夜间消费额占全天消费的比重已超过四",
    "成。",
]


def test_a_paragraph_widening_under_a_photo_s_credit_goes_on_across_the_change():
    items = page_items(BEFORE + ARTICLE, double=True, furniture=False)
    article = items[-1]
    assert article.kind == "article"
    assert article.title == ""
    assert article.paragraphs[0] == "华灯初上，九江市浔阳区的美食街上人头攒动。烧烤、小龙虾、茶饮店前排起了长队，街头艺人的表演不时引来阵阵掌声。"


@pytest.mark.parametrize(
    ("seed", "opening"),
    [
        (900_094, "华灯初上，九江市浔阳"),  # under a photo's credit
        (900_288, "在进贤县的一片高标准农田"),  # under a byline heading the article (its lines had read as title and subtitle)
    ],
)
def test_paragraphs_widening_under_a_credit_on_generated_pages(seed, opening):
    # Looked-at pages of generator 8 where the opening had read as a headline.
    check = check_page(random_page8(default_pool(), seed))
    assert not [wrong for wrong in check.wrong if "body differs" in wrong or opening in wrong]


def test_a_wrapped_headline_over_a_wider_body_under_a_byline_stays_the_headline():
    # A looked-at page of generator 7 (夜间经济点 / 亮城市烟火气 under an end byline, over a body
    # of 11 em): a first version read the two lines as the body's narrow opening.
    check = check_page(random_page7(default_pool7(), 701_186))
    assert not [wrong for wrong in check.wrong if "夜间经济点亮城市烟火气" in wrong]
