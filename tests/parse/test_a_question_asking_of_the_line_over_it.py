"""A headline's line that ends in a question and opens with its question word (哪, 什么,
多少…), or with 是 before one, names no subject of its own: it asks of what the line over
it names, and the two are one title wrapped (李冰父子开创了 / 哪一种治水方法？). Before,
the line over it was read as a kicker. A question line that names its subject before its
question word (热门景区如何避开人潮？) may still stand under a kicker."""

from __future__ import annotations

import pytest

from qa.parse.headings import heading_roles

BODY = "都江堰位于岷江之上，是秦国蜀郡太守李冰父子主持修建的，鱼嘴把岷江分成内江和外江。"


@pytest.mark.parametrize(
    "lines",
    [
        ["李冰父子开创了", "哪一种治水方法？"],
        ["宝瓶口这个名字", "是从哪里来的？"],
        ["都江堰如今的灌溉面积", "多少亩？"],
        ["鱼嘴分水堤把岷江分成", "哪两条江？"],
    ],
)
def test_a_question_without_its_subject_goes_on_from_the_line_over_it(lines):
    assert heading_roles(lines, BODY) == ("", "".join(lines), "")


def test_a_question_naming_its_own_subject_may_stand_under_a_kicker():
    assert heading_roles(["暑期出游", "热门景区如何避开人潮？"], "暑期以来，各地景区迎来客流高峰。") == (
        "暑期出游",
        "热门景区如何避开人潮？",
        "",
    )
