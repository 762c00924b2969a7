"""Where an item must start (the page's first line, the line after a byline), its first
line is weighed as a heading by the words it shares with the text under it whatever its
width: a title as wide as the column there (铜鼓县积极推行电子公函系统 over a column of 13)
cannot be a line of the item before going on, so what it echoes of its body counts, as
it does for a title narrower than the column."""

from __future__ import annotations

from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

BODY = """“以前送一份纸质公函要跑半
天，现在网上一点就送达了。”
近日，铜鼓县一名机关干部在
办公室里通过电子公函系统完
成了文件的签收。
今年以来，铜鼓县在全县机关
单位推行电子公函，统一建设
电子公函平台，制定公函收发
流程和安全规范，截至目前，
全县电子公函使用率达100%。
县政务服务中心负责人说，电
子公函平台运行以来，累计节
约纸张和邮寄费用20余万元。
（胡位涛 肖 俊）
"""


def test_a_title_as_wide_as_the_column_opens_the_page():
    (item,) = analyse_page(read_lines(split_lines("铜鼓县积极推行电子公函系统\n" + BODY))).items
    assert item.title == "铜鼓县积极推行电子公函系统"
    assert item.paragraphs[0].startswith("“以前送一份纸质公函")


def test_a_generated_page_opening_with_such_a_title(pool4):
    # A "looked at" page of the fourth generator (an even seed): 大余积极探索宅基地审批机制
    # as wide as the column under it, at the page's top.
    assert_recovered(random_page4(pool4, 400_316))
