"""A commentary column's name over its piece (评论, 观点, 凡人小语, 【快评】) is the column's
label, not the piece's kicker or title, as 今日谈 and 人民时评 were already (generator 8,
looked-at pages: 评论 / 美食街里人头攒动 / 夜间经济点亮城市烟火气 / 文/范远波 had read
评论 as a kicker). A byline right under such a label (评论 / ■顾娜 / 近日，…) opens the
piece: it does not sign the text above the label, however that text ends. A box's label
or a brief's title in brackets (【小贴士】, 【一条古道串起三个村】) is no column label."""

from __future__ import annotations

import pytest
from pagescore import squeezed

from qa.parse import parse_page_text
from qa.parse.decode import split_lines
from qa.parse.furniture import furniture_lines
from qa.parse.lines import read_lines

ABOVE = [
    "乌石渔港是位于台湾宜兰县头城镇的渔港，昔日是兰阳",
    "地区对外的主要港口，东北角一带的民生物资都由此进",
    "出，被列为兰阳八景之一。",
]
PIECE = [
    "近日，抚州市启动实施乡村振兴人才培训计划，计划用",
    "三年时间培训高素质农民、农村电商带头人等各类人才",
    "一万五千人次。",
]


def _articles(lines: list[str]):
    return parse_page_text("\n".join(lines) + "\n", "page.txt").articles


@pytest.mark.parametrize("label", ["评论", "观点", "凡人小语", "【快评】", "◆观点◆", "今日谈", "人民时评"])
def test_a_column_s_name_over_a_headline_is_its_label(label):
    articles = _articles([*ABOVE, "（吴英晨）", label, "美食街里人头攒动", "夜间经济点亮城市烟火气", "文/范远波", *PIECE])
    assert [(squeezed(a.kicker), squeezed(a.title), a.authors) for a in articles] == [
        ("", "", ("吴英晨",)),
        ("美食街里人头攒动", "夜间经济点亮城市烟火气", ("范远波",)),
    ]


@pytest.mark.parametrize("byline", ["■顾娜", "□ 顾 娜", "本报评论员 顾娜"])
@pytest.mark.parametrize("label", ["评论", "【快评】", "今日谈"])
def test_a_byline_under_a_column_label_opens_the_piece(label, byline):
    articles = _articles([*ABOVE, label, byline, *PIECE])
    assert [(a.title, a.authors, squeezed("".join(a.paragraphs))[:6]) for a in articles] == [
        ("", (), "乌石渔港是位"),
        ("", ("顾娜",), "近日，抚州市"),
    ]


@pytest.mark.parametrize("text", ["【小贴士】", "【一条古道串起三个村】", "【伊尔库茨克州】", "观点鲜明", "评论区"])
def test_brackets_alone_make_no_column_label(text):
    lines = read_lines(split_lines("\n".join([*ABOVE, text, *PIECE]) + "\n"))
    assert furniture_lines(lines).get(3) is None
