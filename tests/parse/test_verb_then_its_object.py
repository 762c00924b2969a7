"""A title broken after its verb goes on with the verb's object in the next line: two
heading lines, the first a subject and a verb (科研团队攻克), the second a noun phrase
(稀土分离关键技术), are one title wrapped, not a kicker over a title (``headings._verb_object``).
Not where the first is a clause done (an adverb or a particle before its verb: 冲突开始浮现)
or the second a clause of its own (消费市场回暖 / 假日经济升温: two clauses set one a line),
nor under a few words alone the text does not name (史海钩沉 over 宋武帝: a section's name).
Before, such a title was read as a kicker and a title, or a title and a subtitle.
(Generators 7 and 8, looked-at pages.)"""

from __future__ import annotations

import pytest
from pagegen7 import default_pool as pool7
from pagegen7 import random_page7
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.headings import _place_named, _verb_object, _words_of, heading_roles


def _body(*lines: str) -> str:
    # A text naming each line's words, none of the pairs across the break.
    return "本报讯 今年" + "，".join(lines) + "。相关工作正在推进。"


@pytest.mark.parametrize(
    "lines",
    [
        ["科研团队攻克", "稀土分离关键技术"],
        ["赣南脐橙开启", "“云上”销售季"],
        ["我市全力推进", "城乡环境整治"],
        ["江西持续推进", "长江经济带建设"],
        # (A time word opening the subject, 夜间 / 经济: the night's economy.)
        ["夜间经济点亮", "城市烟火气"],
    ],
)
def test_a_verb_and_its_object_are_one_title(lines):
    assert heading_roles(lines, _body(*lines)) == ("", "".join(lines), "")


@pytest.mark.parametrize(
    "lines",
    [
        # Two clauses, each with its verb: a kicker over its title.
        ["消费市场回暖", "假日经济升温"],
        ["基层治理创新", "群众满意度提升"],
        # A clause done, an adverb before its verb: no object goes on from it.
        ["民主党内部的冲突开始浮现", "自由派代表支持增加社会福利"],
    ],
)
def test_a_clause_done_stays_a_kicker(lines):
    assert heading_roles(lines, _body(*lines)) == (lines[0], lines[1], "")


def test_a_section_name_the_text_does_not_name_is_no_verb_wrapped():
    # (钩沉 is a verb to the dictionary, 丝绸之路 a noun: the name over its item's title.)
    body = "丝绸之路是古代连接东西方的商路，得名于经此路大量运出的中国丝绸。"
    assert heading_roles(["史海钩沉", "丝绸之路"], body) == ("史海钩沉", "丝绸之路", "")


def test_a_title_under_its_kicker_wrapped_after_its_verb():
    lines = ["绿色工艺减排六成", "科研团队攻克", "稀土分离关键技术"]
    assert heading_roles(lines, _body(*lines)) == ("绿色工艺减排六成", "科研团队攻克稀土分离关键技术", "")


@pytest.mark.parametrize("seed", [900_094, 900_122, 900_162, 900_200])
def test_generated_pages_with_titles_wrapped_after_their_verb(seed):
    # (Generator 8, looked-at pages: 赣南脐橙开启 / “云上”销售季, under its kicker and not;
    # 科研团队攻克 / 稀土分离关键技术 under 绿色工艺减排六成; 景德镇高新区打造 / “足球夜”凝聚发展合力.)
    check = check_page(random_page8(default_pool(), seed))
    assert not [wrong for wrong in check.wrong if "headings" in wrong], check.wrong


def test_a_time_alone_before_the_verb_is_no_subject():
    # (今年 / 启动: a time and a verb, no subject named: the kicker's clause done.)
    assert not _verb_object("今年启动", "城乡环境整治")
    assert _verb_object("夜间经济点亮", "城市烟火气")


# A county's name the dictionary does not know, parted into characters of their own
# (大 / 余, 上 / 栗), is the subject where the body names it as a place (大余县, 上栗县); and
# a set phrase of a manner and a verb the dictionary lists as a noun (积极探索) ends in
# that verb (``headings._place_named``, ``headings._words_of``). Before, 大余积极探索 /
# 宅基地审批机制 was read as a kicker over its title (generators 7 and 8: one title of
# their pool, 33 of generator 7's 1000 more looked-at pages).
@pytest.mark.parametrize(
    ("lines", "body", "roles"),
    [
        (
            ["大余积极探索", "宅基地审批机制"],
            "“我们还探索了宅基地全流程线上审批服务。”大余县宅改办工作人员刘强表示。",
            ("", "大余积极探索宅基地审批机制", ""),
        ),
        (
            ["一体化运作一揽子解决", "上栗创新", "湘赣边“基层之治”"],
            "8月18日，江西省上栗县、湖南省浏阳市等地签署协议。",
            ("一体化运作一揽子解决", "上栗创新湘赣边“基层之治”", ""),
        ),
    ],
)
def test_a_place_the_dictionary_does_not_know_opens_the_subject(lines, body, roles):
    assert heading_roles(lines, body) == roles


def test_a_place_the_body_does_not_name_is_no_subject():
    # (Without 大余县 in the text, 大 / 余 / 积极探索 is nothing the reading can use.)
    assert _place_named("大余积极探索", "我们还探索了宅基地全流程线上审批服务。") == ""
    assert _place_named("南昌积极探索", "南昌市…") == ""  # (南昌 is a word: the dictionary reads it)
    assert _words_of("大余积极探索", "大余") == ["大余", "积极", "探索"]
    assert _words_of("科研团队攻克", "") == ["科研", "团队", "攻克"]


@pytest.mark.parametrize(("make", "seed"), [("g7", 702_076), ("g8", 902_132)])
def test_generated_pages_with_a_place_the_dictionary_does_not_know(make, seed):
    page = random_page7(pool7(), seed) if make == "g7" else random_page8(default_pool(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "headings" in wrong], check.wrong
