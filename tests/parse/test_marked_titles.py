"""A title behind a mark (■首届青年创新创业大赛落幕) where it can be no 小标题 (the page's
first line, or under a byline: not after a sentence end inside an article) heads its item:
no running text opens with ■, ◆ or ●, so reading it as body text costs
``segment.TITLE_IN_BODY``, as a short item's title under a section label does."""

from __future__ import annotations

import pytest
from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


def test_a_marked_title_at_the_page_s_top():
    text = "\n".join(
        [
            "■首届青年创新创业大赛落幕",
            "大赛组委会表示，获奖项目将优",
            "先获得创业担保贷款和入驻孵化",
            "基地等支持。（吴 敏）",
            "■抚州启动乡村振兴人才培训计划",
            "“参加培训后，我学会了用手机直",
            "播卖货，家里的蜜桔再也不愁销",
            "路了。”南丰县农民吴小平说。",
        ]
    )
    items = analyse_page(read_lines(enumerate(text.split("\n")))).items
    assert [item.title for item in items] == ["首届青年创新创业大赛落幕", "抚州启动乡村振兴人才培训计划"]
    assert items[0].paragraphs[0].startswith("大赛组委会表示")


# Tuning pages (even seeds of the fourth generator) whose marked title at the top was read
# as the first line of its text.
@pytest.mark.parametrize("seed", [400_296, 400_630])
def test_generated_pages_with_a_marked_title_on_top(pool4, seed):
    assert_recovered(random_page4(pool4, seed))
