"""A body opening with words that tie it to the text before (不过，, 然而，, 此外，…,
``wording.ties_back``) goes on an article: no article opens so. Under a short line read
as a headline such a paragraph had started a new, unsigned article, splitting the signed
one in two."""

from __future__ import annotations

import pytest
from pagetext import page_items

from qa.parse.wording import ties_back

FIRST = [
    "在南昌市一所中学的物理课",
    "上，学生们完成实验后，平",
    "板电脑上立刻显示出每组数",
    "据的误差。老师根据系统生",
    "成的报告，当场对误差较大",
    "的小组进行讲解。",
    "乡村篮球联赛点燃夏夜",
    "{line}",
    "使用电子设备会影响孩子视",
    "力。学校规定每节课使用平",
    "板的时间不超过二十分钟。",
    "（余翔伟）",
]
SECOND = [
    "老旧小区加装电梯，难在哪？",
    "“住了二十多年，腿脚越来",
    "越不方便，就盼着能装上电",
    "梯。”家住东湖区某小区六",
    "楼的张大爷说。",
    "（熊琦）",
]


@pytest.mark.parametrize("line", ["不过，也有家长担心，过多", "此外，也有家长担心，过多", "与此同时，家长们担心过多"])
def test_a_paragraph_tying_back_goes_on_its_article(line):
    rows = [row.format(line=line) for row in FIRST] + SECOND
    first, second = page_items(rows, double=True)
    assert first.authors == ("余翔伟",)
    # (The short line over it stands alone, as a 小标题 does.)
    assert first.paragraphs[1:] == ("乡村篮球联赛点燃夏夜", "".join([line, *FIRST[8:11]]))
    assert second.title == "老旧小区加装电梯，难在哪？"


def test_what_ties_back():
    assert ties_back("不过，也有家长担心")
    assert ties_back("不 过 ，也 有 家 长")  # (sprayed by justification)
    assert ties_back("与此同时，九江扎实推进")
    assert not ties_back("近日，南昌市一所中学")  # a news sentence's time opens articles
    assert not ties_back("不过三天，工程就完工了")  # (不过 as "no more than": no comma)
