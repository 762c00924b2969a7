"""The page's first line may go on from another page, so its shape says little; but a
page's text seldom goes on from elsewhere unmarked (a jump line says （上接第1版）), so a
first line shaped as a heading (no closing mark) read as body text pays
``segment.TOP_BODY``: a title as wide as the column under it heads its article."""

from __future__ import annotations

from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


def test_a_title_as_wide_as_its_column_on_the_page_s_first_line():
    text = "\n".join(
        [
            "大余积极探索宅基地审批机制",
            "“直接把资料交给镇里便民服",
            "务中心的宅基地审批窗口就可",
            "以申请审批建房，很方便！”",
            "村民刘先生说。（记者 张三）",
        ]
    )
    (item,) = analyse_page(read_lines(enumerate(text.split("\n")))).items
    assert item.title == "大余积极探索宅基地审批机制"
    assert item.paragraphs[0].startswith("“直接把资料")


def test_a_tuning_page_with_its_title_on_the_first_line(pool4):
    # An even seed of the fourth generator.
    assert_recovered(random_page4(pool4, 400_316))
