"""A mark opening a headline (`■乌石渔港：港口名称的由来`, as short items print theirs) is
ornament: the title goes without it, and the mark is consumed (nothing is lost)."""

from __future__ import annotations

import pytest

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

BODY = (
    "在线旅游平台数据显示，暑期以来，三四",
    "线城市的酒店预订量同比增长超过 40%，",
    "县域旅游订单增速明显高于一线城市。",
)
AFTER = (
    "本报讯（记者 宋红琴）在进贤县的一片高",
    "标准农田里，几台无人机正在低空盘旋。",
)


@pytest.mark.parametrize("mark", ["■", "◆", "●"])
def test_a_headline_mark_is_consumed_not_the_title(mark):
    page = "\n\n".join([f"{mark}年轻人为何爱上“反向旅游”？", *BODY, *AFTER]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert (items[0].title, items[0].consumed) == ("年轻人为何爱上“反向旅游”？", mark)
    assert "".join(items[0].paragraphs) == "".join(BODY).replace(" ", "")
