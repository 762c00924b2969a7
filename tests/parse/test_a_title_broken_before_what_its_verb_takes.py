"""A title broken right after a verb that takes what follows goes on in the next line.

- A verb naming what a thing becomes or is called (成了 as two words, 成为, 变成, 称为,
  叫做) ends no kicker or title: 城市书房成了 / 市民的“第二客厅” is one title, read before
  as a kicker over its title (``headings._wants_its_complement``). Not 形成了, which ends
  a clause, nor 是: 更重要的是 leads a kicker into its title.
- After a topic named with a colon, the words after it may be the sentence broken after
  its verb (高温下的坚守：他们守护 / 城市的“生命线”, ``headings._verb_object``), read before
  as a title over its subtitle.

(Generators 4, 5 and 8, looked-at pages; on the recorded heading stacks of every
looked-at row, a line ending so stood over a line of its own role 36 times and of
another once, 原恒星就在核心形成了, which the two-word test leaves out.)"""

from __future__ import annotations

import pytest
from pagegen8 import default_pool as pool8
from pagegen8 import random_page8
from pagescore import check_page

from qa.parse.headings import _wants_its_complement, heading_roles


@pytest.mark.parametrize(
    ("line", "wants"),
    [
        ("城市书房成了", True),
        ("陈诚：湖北成为", True),
        ("木卫一也称为", True),
        ("横位的孩子常常会变成", True),
        ("原恒星就在核心形成了", False),  # (形成 / 了: a clause done)
        ("更重要的是", False),
        ("这个夏天，“村超”火了", False),
    ],
)
def test_a_verb_that_wants_its_complement(line, wants):
    assert _wants_its_complement(line) is wants


def test_a_title_broken_after_such_a_verb_is_one_title():
    lines = ["城市书房成了", "市民的“第二客厅”", "——南昌已建成86家城市书房"]
    body = "晚上九点，位于红谷滩区的一家城市书房依然灯火通明。"
    assert heading_roles(lines, body) == ("", "城市书房成了市民的“第二客厅”", lines[2])


def test_the_sentence_after_a_topic_broken_after_its_verb():
    lines = ["高温下的坚守：他们守护", "城市的“生命线”"]
    body = "连日来，我市持续出现35℃以上高温天气。在城区一处供水管网抢修现场，工人们正在作业。"
    assert heading_roles(lines, body) == ("", "".join(lines), "")


def test_a_topic_whose_words_after_the_colon_are_no_sentence_keeps_its_reading():
    # (The whole line is read as before where the words after the colon are no subject
    # and verb: 凝心聚力促 opens with no subject.)
    lines = ["青山湖区：凝心聚力促", "统战工作上台阶"]
    body = "近年来，南昌市青山湖区按照中央及省市统战工作会议精神相关要求，以“五强六好”工程创建为契机。"
    assert heading_roles(lines, body) == ("", "".join(lines), "")


@pytest.mark.parametrize("seed", [900_084, 900_354, 900_688])  # (城市书房成了 /…; 高温下的坚守：他们守护 /…)
def test_generated_pages_with_a_title_broken_so(seed):
    page = random_page8(pool8(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "headings" in wrong], check.wrong
