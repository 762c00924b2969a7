"""A title that asks goes on in the next line where that line answers it, but not where
the next line names the question's subject again (苏里南是什么？ / 苏里南的来龙去脉): that
line is the subtitle, as a title does not say its subject twice (``headings._repeats_a_word``).
A question wrapped goes on with new words (冬奥冠军要搬到加拿大？ / 维安费可不是小数目).
Before, the two were one title. (Generator 8, looked-at pages.)"""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.headings import heading_roles


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (["苏里南是什么？", "苏里南的来龙去脉"], "苏里南共和国位于南美洲北部。"),
        (["你了解南韩吗？", "南韩的来龙去脉"], "大韩民国位于东亚朝鲜半岛南部。"),
    ],
)
def test_the_subject_named_again_under_a_question_is_its_subtitle(lines, body):
    assert heading_roles(lines, body) == ("", lines[0], lines[1])


def test_a_question_going_on_with_new_words_is_one_title():
    lines = ["冬奥冠军要搬到加拿大？", "维安费可不是小数目"]
    assert heading_roles(lines, "近日，有外媒报道称，一位刚刚夺冠的运动员计划移居。") == ("", "".join(lines), "")


@pytest.mark.parametrize("seed", [900_036, 900_998, 901_490])
def test_generated_pages_with_a_question_over_its_subject(seed):
    # (你了解南韩吗？ / 南韩的来龙去脉; 国共内战是什么？ / …; under the box's label 科普之窗.)
    check = check_page(random_page8(default_pool(), seed))
    assert not [wrong for wrong in check.wrong if "headings" in wrong], check.wrong
