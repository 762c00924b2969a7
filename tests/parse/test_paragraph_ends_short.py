"""A paragraph may end without a full stop (a list's last item: …备中高松城之战) and,
on a page with no layout break to show it, the line after may still start an item: a
line far short of the two full lines of running text over it ends its paragraph. An
item could start only after a sentence end, a byline or a break, so a headline printed
after such an article was read as the article going on, and the article under it lost
its headline to the one above."""

from __future__ import annotations

import pytest
from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse import parse_page_text

FIRST = [
    "●本报记者 蔡斌新",
    "有田中井手之战是武田元繁与毛利元就的战争，也是毛利元",
    "就的初阵，最后武田元繁战死，被誉为西国的桶狭间之战。",
    "毛利元就1000人，武田元繁5000人。当时正值毛利家当主毛",
    "利兴元方才去世不久，年仅两岁的其子毛利幸松丸被拥立为",
    "下任当主，由当时尚无作战经验的元就与其弟相合元纲共同",
    "担任监护人之职，坐镇于佐东银山城的武田元繁见有机可趁，",
    "随即命令部下熊谷元直担任先锋，率军前往毛利领地烧杀掳",
    "掠，自己则会同香川行景、己斐宗瑞等豪族，进攻位于吉田",
    "郡山城邻近的有田城。",
    "有田中井手之战-吉田郡山城之战-第一次月山富田城之战-",
    "折敷畑之战-严岛之战-防长经略-忍原崩-第二次月山富田城",
    "之战-多多良滨之战-布部山之战-上月城之战-备中兵乱-鸟",
    "取城之战-备中高松城之战",
]
FIRST_TITLE = "有田中井手之战是武田元繁与毛利元就的战争"
SECOND = [
    "华灯初上，九江市浔阳区的美食街上人头攒动。烧烤、",
    "小龙虾、茶饮店前排起了长队，街头艺人的表演不时引",
    "来阵阵掌声。",
    "市商务局有关负责人说，下一步将打造更多特色夜市和",
    "消费场景，同时加强环境整治和交通疏导，让市民逛得",
    "舒心、吃得放心。",
]
SECOND_HEADS = ["美食街里人头攒动", "夜间经济点亮城市烟火气"]
THIRD = [
    "又到一年脐橙成熟时。在信丰县的一处果园里，果农们忙着",
    "采摘、分拣，一旁的主播对着手机镜头介绍脐橙的口感和产",
    "地。",
    "“今天一场直播卖出了两万多斤。”果园负责人说。",
    "（记者 苏静洁）",
]
THIRD_HEADS = ["果园里的直播间", "赣南脐橙开启“云上”销售季"]


def test_a_late_headline_under_a_list_s_last_item():
    # The page prints each headline after its article.
    page = "\n".join([*FIRST, FIRST_TITLE, *SECOND, *SECOND_HEADS, *THIRD, *THIRD_HEADS]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert [(a.kicker, a.title, a.authors) for a in result.articles] == [
        ("", FIRST_TITLE, ("蔡斌新",)),
        (*SECOND_HEADS, ()),
        (*THIRD_HEADS, ("苏静洁",)),
    ]
    assert "".join(result.articles[0].paragraphs).endswith("备中高松城之战")


def test_a_short_line_under_one_long_line_ends_nothing():
    # Two lines of one width over the short line show a column's running text: a
    # paragraph's second line far short of its first (a one-line opening over it) is
    # no sign, and the text goes on as one item.
    lines = [
        "据介绍，今年全市共安排重点项目",
        "120个，总投资超过",  # pushed short: the number after would not fit
        "1500亿元，其中产业项目占六成以上，",
        "一批重大项目将陆续开工建设。",
    ]
    result = parse_page_text("\n".join(["重点项目建设提速", *lines]) + "\n", "page.txt")
    assert [a.title for a in result.articles] == ["重点项目建设提速"]
    assert "".join(result.articles[0].paragraphs) == "".join(lines).replace(" ", "")


@pytest.mark.parametrize(
    "seed",
    [
        400_938,  # looked at (even seeds): a headline under the article above's list (…宇垣缠)
        401_024,  # ... under …身高182CM, the page's one article
    ],
)
def test_generated_pages(pool4, seed):
    assert_recovered(random_page4(pool4, seed))
