"""Two readings of a headline stack over its body: a letter-spaced line (display type,
`县 城 里 的 “ 博 物 馆 热 ”`) is a headline's line, which no body line is, even under
another heading line; and on a page that keeps its paragraph indents, a body's first line
printed without one was set flush, as wide as a full line, so a shorter line over it
(the headline's last) is no opening of its paragraph."""

from __future__ import annotations

import pytest
from pagetext import page_items

BODY = (
    "暑期以来，安福县博物馆每天接",
    "待观众上千人次，比去年同期翻",
    "了一番。馆内的青铜器展厅前，",
    "孩子们围着讲解员听得入神。",
    "近年来，当地对博物馆进行了改",
    "造提升，新增了数字展厅和互动",
    "体验区，吸引了不少年轻观众。",
)


def _items(lines: list[str], double: bool = False):
    return page_items(lines, double, furniture=False)


def _heading_text(item) -> str:
    return "".join((item.kicker, item.title, item.subtitle))


@pytest.mark.parametrize("double", [True, False])
def test_a_letter_spaced_line_under_a_kicker_is_a_headline_line(double):
    items = _items(["暑期研学游升温", "县 城 里 的 “ 博 物 馆 热 ”", *BODY], double)
    assert len(items) == 1
    assert _heading_text(items[0]) == "暑期研学游升温县城里的“博物馆热”"
    assert items[0].paragraphs[0].startswith("暑期以来")


FLUSH_FIRST = (
    "随着一声汽笛长鸣，满载 50 个标准集装箱的",
    "中欧班列从赣江新区物流园缓缓驶出，将经",
    "霍尔果斯口岸出境，预计 18 天后抵达波兰罗",
    "兹。这是赣江新区开行的首列中欧班列。",
    "　　据介绍，此次班列装载的货物主要为光伏",
    "组件、家用电器和服装鞋帽，货值约 2600",
    "万元。与传统海运相比，班列运输时间缩",
    "短近一半，为企业节省了大量物流成本。",
    "　　赣江新区管委会相关负责人表示，下一步",
    "将加密班列开行频次，力争年内开行 100",
    "列以上，打造内陆开放型经济新高地。",
)


@pytest.mark.parametrize("double", [True, False])
def test_a_flush_first_line_on_a_page_that_keeps_indents_opens_the_body(double):
    # The first paragraph set flush under the headline, the others indented: the
    # title's line, shorter than a full line, is no opening of the body.
    lines = ["家门口上车 十八天抵欧洲", "赣江新区首列中欧班列满载出发", *FLUSH_FIRST]
    items = _items(lines, double)
    assert len(items) == 1
    assert _heading_text(items[0]) == "家门口上车 十八天抵欧洲赣江新区首列中欧班列满载出发"
    assert items[0].paragraphs[0].startswith("随着一声汽笛长鸣")
