"""A sentence that runs across a headline's line break keeps both lines in one role
(``headings._sentence_across``): a line that ends one sentence and opens another a few
ideographs before its end (加拿大？维安 / 费可不是小数目), or a line that closes a question
or an exclamation a few words into it, words holding no verb, under a line ending in an
ideograph (冬奥冠军要搬到 / 加拿大？维安…: 加拿大 alone asks nothing). A kicker, a title
and a subtitle each end their sentences on their own lines. Before, 冬奥冠军要搬到 /
加拿大？维安 / 费可不是小数目 was read as a kicker over a title of two lines, or a title
over a subtitle. (Generators 4 and 6 to 8, looked-at pages: one title of their pool; on
the recorded stacks of every looked-at row, either form stood between two lines of one
role every time it was found, 78 and 77 times.)"""

from __future__ import annotations

import pytest
from pagegen7 import default_pool as pool7
from pagegen7 import random_page7
from pagescore import check_page

from qa.parse.headings import _sentence_across, heading_roles

BODY = "近日，有外媒报道称，一位刚刚在冬奥会上夺冠的运动员要搬到加拿大。"


@pytest.mark.parametrize(
    ("first", "second", "across"),
    [
        ("冬奥冠军要搬到", "加拿大？维安", True),  # (closed a few words in)
        ("加拿大？维安", "费可不是小数目", True),  # (begun a few ideographs before the end)
        ("冬奥冠军要搬到加拿大？", "维安费可不是小数目", False),  # (a sentence ends at the break)
        ("乡村足球联赛点燃夏夜", "这个夏天，“村超”火了！", False),  # (closed at the line's end)
        ("冬奥冠军", "要搬到加拿大？维", False),  # (a verb before the mark: a question of its own)
        ("真的吗？专家称他们将在", "下月公布结果", False),  # (more than a few ideographs after the mark)
    ],
)
def test_a_sentence_across_the_break(first, second, across):
    assert _sentence_across(first, second) is across


def test_three_lines_of_one_title():
    lines = ["冬奥冠军要搬到", "加拿大？维安", "费可不是小数目"]
    assert heading_roles(lines, BODY) == ("", "".join(lines), "")


def test_a_title_ending_its_question_over_a_subtitle():
    lines = ["冬奥冠军要搬到加拿大？", "——维安费可不是小数目"]
    assert heading_roles(lines, BODY) == ("", lines[0], lines[1])


@pytest.mark.parametrize("seed", [702_060])
def test_generated_pages_with_a_sentence_across_the_break(seed):
    check = check_page(random_page7(pool7(), seed))
    assert not [wrong for wrong in check.wrong if "headings" in wrong], check.wrong
