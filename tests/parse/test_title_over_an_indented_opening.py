"""On a page that keeps its indents, a line ending no sentence over an indented line is
no paragraph going on into it: the line under it opens a paragraph, so this one may head
it (``segment._plain``: the zone there is not one where the body can only go on). Before,
``一条古道串起三个村`` (9 em, set in by half an em, after an article's last line, over
an indented opening of the next article) was read as a 小标题 of the article before,
and the two articles as one (generator 8, a looked-at page)."""

from __future__ import annotations

from pagegen8 import default_pool, random_page8
from pagescore import check_page, parse_layout

LINES = [
    "首届青年创新创业大赛落幕",
    "30个项目同台比拼",
    "\u3000\u3000本 报 讯 经 过 三 个 多",
    "月的激烈角逐，首届全省",
    "青年创新创业大赛日前在",
    "南昌落下帷幕，来自高校",
    "和企业的30个项目进入决",
    "赛。",
    "\u3000\u3000获奖项目涵盖新材料、",
    "生物医药、数字经济、现",
    "代农业等领域。其中，一",
    "款用于果蔬保鲜的可降解",
    "包装材料获得一等奖。",
    "\u3000\u3000大赛组委会表示，获",
    "奖项目将优先获得创业担",
    "保贷款和入驻孵化基地等",
    "支持。",
    " 一条古道串起三个村",
    "\u3000\u3000青石板路蜿蜒向前，两旁是",
    "成片的茶园和竹林。这条有着数",
    "百年历史的古驿道，如今成了铅",
    "山县远近闻名的徒步线路。",
    "\u3000\u3000去年以来，沿线三个村联合",
    "成立了旅游合作社，统一修缮古",
    "道、规划民宿、培训导游。村民",
    "们把闲置的老房子改成了民宿和",
    "茶 室 ，在 家 门 口 吃 上 了“ 旅 游",
    "饭”。",
    "\u3000\u3000“周末客房基本住满，一年",
    "能增收四五万元。”经营民宿的",
    "村民叶大姐说。   （邹松志 陶 静）",
]


def test_a_title_over_an_indented_opening_heads_it():
    items = [item for item in parse_layout("\n".join(LINES) + "\n").items if item.kind != "furniture"]
    assert [item.title for item in items] == ["首届青年创新创业大赛落幕", "一条古道串起三个村"]
    assert items[1].authors == ("邹松志", "陶静")


def test_the_generated_page():
    check = check_page(random_page8(default_pool(), 902_540))
    assert check.count_ok and not check.wrong
