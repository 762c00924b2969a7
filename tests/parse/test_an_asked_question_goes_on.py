"""A question set as a paragraph of its own, under an article that already asks one and
answers it, is the article's next question, not a headline (``segment._asked_cuts``):
an interview or a quiz asks one after another. Here an article on a dam asks, answers,
then asks again in two lines at the column's width; the answer under it takes up
nothing of the question's words, and before, the question was read as the headline of
another item. A question headline that names nothing the article over it names is
another item's; so is one under an article whose questions are each marked with who
asks them (记者：…？): its next question would be marked too."""

from __future__ import annotations

import pytest
from pagescore import read_items

WIDTH = 13  # ideographs a line of the column holds


def _set(paragraphs: list[str]) -> list[str]:
    """Paragraphs set in the column: each cut into lines of ``WIDTH``."""
    return [paragraph[i : i + WIDTH] for paragraph in paragraphs for i in range(0, len(paragraph), WIDTH)]


DAM = [
    "都江堰位于四川省成都市西部的岷江上，是战国时期秦国蜀郡太守李冰父子率众修建的一项大型水利工程，至今仍在发挥作用。",
    "都江堰水利工程由哪几个主要部分组成？",
    "主要由鱼嘴分水堤、飞沙堰溢洪道和宝瓶口进水口三大部分组成，三者相互配合，解决了分流和排沙的问题。",
]
ANSWER = "水旱从人，不知饥馑，沃野千里，号为天府，两千多年来灌区面积不断扩大，今天已超过一千万亩。"


@pytest.mark.parametrize(
    "question",
    ["李冰父子修建都江堰反映了哪一种治水思想？", "都江堰的修建对成都平原的农业有何影响？", "李冰父子修建都江堰时岷江的水患有多严重？"],
)
def test_the_next_question_is_the_articles(question):
    got = read_items(["都江堰水利工程", *_set([*DAM, question, ANSWER]), "（记者 王 晓）"])
    assert [(title, authors) for title, authors, _ in got] == [("都江堰水利工程", ("王晓",))]
    assert got[0][2][-2:] == [question[:6], ANSWER[:6]]


TRAVEL = [  # a news item under a question headline that names nothing of the dam
    "年轻人为何爱上“反向旅游”？",
    *_set([
        "避开热门景区，专挑小众目的地——今年暑期，“反向旅游”成为不少年轻人的新选择。",
        "在线旅游平台数据显示，暑期以来，三四线城市的酒店预订量同比增长超过40%。",
    ]),
    "（记者 杨 宁）",
]


def test_a_question_headline_naming_nothing_of_the_article_over_it_opens_an_item():
    got = read_items(["都江堰水利工程", *_set(DAM), *TRAVEL])
    assert [title for title, _, _ in got] == ["都江堰水利工程", "年轻人为何爱上“反向旅游”？"]


def test_a_question_under_questions_marked_with_who_asks_opens_an_item():
    marked = [DAM[0], "记者：都江堰水利工程由哪几个主要部分组成？", "李明：" + DAM[2]]
    news = ["都江堰今年的游客为何比往年多？", *_set([
        "暑期以来，景区推出夜游和研学项目，吸引了大批外地游客，单日接待量多次突破三万人次。",
        "景区负责人介绍，今年还开通了直达成都东站的旅游专线，游客往返更加方便。",
    ]), "（记者 杨 宁）"]
    got = read_items(["都江堰水利工程", *_set(marked), *news])
    assert [title for title, _, _ in got] == ["都江堰水利工程", "都江堰今年的游客为何比往年多？"]
