"""A section's news named alone over the items under it (综合新闻, 【国际新闻】: a name
dailies give a section, then 新闻) is the band's label wherever it stands on the page, no
kicker of the headline under it (generator 8 sets one between a photo's credit and the
next article)."""

from __future__ import annotations

import pytest

from qa.parse.read import parse_page_text

OVER = [  # (a generator 8 page's lines, as its text was extracted)
    "8 月 17 日 ，九 江 银 行 南 昌 分 行 阳 明 支",
    "行 党 支 部 联 合 总 行 信 用 卡 中 心 党 支 部 ，",
    "走 进 南 昌 市 东 湖 区 紫 金 广 场 开 展“ 我",
    "为 群 众 办 实 事 ”主 题 党 日 活 动 ，为",
    "“ 城 市 美 容 师 ”们 送 去 防 暑 降 温 物 品 。",
    "      苏桂摄",
]
UNDER = [
    " 让“沉睡”的资",
    " 源活起来",
    "在永修县，一批闲置的村集体用房",
    "经过改造，变身为村民议事厅、老",
    "年活动中心和电商服务站。",
]


@pytest.mark.parametrize("label", ["综合新闻", "【综合新闻】", "国际新闻"])
def test_a_sections_news_named_mid_page_is_its_label(label):
    result = parse_page_text("\n".join([*OVER, label, *UNDER]) + "\n", "page.txt")
    assert [(a.kind, a.kicker, a.title) for a in result.articles] == [("photo", "", ""), ("article", "", "让“沉睡”的资源活起来")]
    assert [(n.kind, n.text) for n in result.notes] == [("section label", label)]


def test_a_kicker_naming_other_news_stays_the_kicker():
    # 假新闻 names no section: a kicker over the title, as before.
    result = parse_page_text("\n".join([*OVER, "警惕假新闻", *UNDER]) + "\n", "page.txt")
    assert [(a.kicker, a.title) for a in result.articles[1:]] == [("警惕假新闻", "让“沉睡”的资源活起来")]
    assert result.notes == []
