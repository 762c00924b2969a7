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


def test_a_question_headline_opening_with_a_work_s_title_heads_its_item():
    # 《格斗天王》的主演人员有哪些？ under a finished paragraph: a question headline may open
    # with a work's title in 《》 (a quotation or a bracket opening it is speech or a note).
    first = ("关岛代表由关岛地方选举选出，只能在委员会", "投票，不能参与全院表决。（王 娟）")
    second = ("《格斗天王》（英文：Mr. Fighting）是三立", "华人电视剧周日十点档系列的第八部作品。", "（姚英凯）")
    page = "\n\n".join(["关岛", *first, "《格斗天王》的主演人员有哪些？", *second]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert [(item.title, item.authors) for item in items] == [
        ("关岛", ("王娟",)),
        ("《格斗天王》的主演人员有哪些？", ("姚英凯",)),
    ]
