"""A dateline that names nobody (本报讯) credits its item only as far as the writers who
sign its end: an item that opens with one and signs no end pays
``viterbi.UNNAMED_UNSIGNED``, so such an item is not split after its first sentence to
give the signature to an untitled rest (本报讯连日来… / 在城区一处… （韦华凯 陆婷娜）)."""

from __future__ import annotations

from pagegen5 import random_page5
from pagescore import parse_layout

from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """要闻简报
●高温下的坚守：他们守护城市的“生命线”
本报讯连日来，我市持续
出现35℃以上高温天气。
在城区一处供水管网抢修
现场，十多名工人顶着烈
日作业，汗水很快浸透了
他们的工作服。
（韦华凯 陆婷娜）
■一条古道串起三个村
青石板路蜿蜒向前，两旁
是成片的茶园和竹林。这
条有着数百年历史的古驿
道，如今成了铅山县远近
闻名的徒步线路。"""


def test_an_item_credited_by_an_unnamed_dateline_keeps_its_end_signature():
    items = [item for item in analyse_page(read_lines(enumerate(PAGE.split("\n")))).items if item.kind != "furniture"]
    assert [(item.title, item.authors) for item in items] == [
        ("高温下的坚守：他们守护城市的“生命线”", ("韦华凯", "陆婷娜")),
        ("一条古道串起三个村", ()),
    ]
    assert "".join(items[0].paragraphs).startswith("本报讯连日来")


def test_a_generated_page_with_such_a_brief(pool5):
    # A "looked at" page of the fifth generator (an even seed).
    page = random_page5(pool5, 500_508)
    (item,) = [item for item in parse_layout(page.text).items if item.title == "高温下的坚守：他们守护城市的“生命线”"]
    assert item.authors == ("韦华凯", "陆婷娜")
