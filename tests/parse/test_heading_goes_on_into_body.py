"""Heading lines over a body whose last line breaks a phrase with the body's first line
(a word of the dictionary cut in two, 主 / 要以…; a line ending in a conjunction, …但是;
a character that ends no phrase, …的) are a body line cut at the column, not a headline:
the reading pays for it."""

from __future__ import annotations

import pytest
from pagegen4 import default_pool, random_page4
from pagescore import parse_layout
from pagetext import page_items, wrap

from qa.parse.headings import breaks_phrase

ACTOR = (
    "原本是模特儿的张天霖，高二的时候被星探发掘，拍摄了歌手的音乐录影带，于是便与多位名模一起开始了模特儿的工作。",
    "在结束近8年的模特儿后开始参与电视剧演出，主要以偶像剧为主，著名作品包括多部八点档连续剧，在台湾的演出便一直以八点档为主。",
)


@pytest.mark.parametrize(
    ("first", "second"),
    [("有很多宽叶毛毡苔生长在温带，但是", "澳洲昆士兰的这个品种"), ("开始参与电视剧演出，主", "要以偶像剧为主"), ("城市书房成了市民的", "“第二客厅”")],
)
def test_what_breaks_a_phrase(first, second):
    assert breaks_phrase(first, second)


def test_a_line_cutting_a_word_with_the_body_under_it_is_no_headline():
    lines = ["张天霖：台湾男演员"]
    lines += wrap(ACTOR[0], 22)
    lines += ["在结束近8年的模特儿后开始参与电视剧演出，主", *wrap(ACTOR[1][22:], 22)]
    lines.append("（记者 钱鹏博）")
    items = page_items(lines)
    assert [(item.title, item.authors) for item in items] == [("张天霖：台湾男演员", ("钱鹏博",))]
    assert "".join(items[0].paragraphs).replace(" ", "") == "".join(ACTOR)


def test_the_generated_page_that_showed_it():
    """Page 400526 of the fourth generator (tuning seeds): a body line ending in 的 under a
    headline (羊水栓塞是一种罕见及未被完全了解的 / 产科并发症…) was read as the title's second line."""
    page = random_page4(default_pool(), 400_526)
    titles = [item.title for item in parse_layout(page.text).items]
    assert "羊水栓塞：指在分娩过程中" in titles
