"""Text helpers used for ranking: folding, question words blanked out of queries."""

from __future__ import annotations

import pytest

from qa.answer.question import analyse
from qa.text import clean_spaces, is_question_word, topic_text


@pytest.mark.parametrize(
    ("question", "gone", "kept"),
    [
        ("美國內戰在哪一年宣告結束?", ["哪", "一年"], ["美国内战", "宣告结束"]),
        ("珍珠港事件於何年發生?", ["何年"], ["珍珠港事件", "发生"]),
        ("黃鐵礦由鐵和哪一元素所構成？", ["哪", "一元"], ["元素", "黄铁矿"]),
        ("段祺瑞共擔任了幾次國務總理的職位?", ["几次"], ["国务总理"]),
        ("日本的象徵指的是何人?", ["何人"], ["日本", "象征"]),
        ("大概多久以前就有種大米的紀錄？", ["多久"], ["大米"]),
        ("世界上最早的古栽培稻在哪邊發現？", ["哪边"], ["栽培"]),
        ("周恩來出生於中國境內的哪一個省中?", ["哪", "一个"], ["周恩来"]),
        ("這是甚麼東西?", ["甚么"], []),
    ],
)
def test_question_words_of_traditional_questions_are_blanked(question, gone, kept):
    folded = topic_text(question)
    for word in gone:
        assert word not in folded, (word, folded)
    for word in kept:
        assert word in folded, (word, folded)


@pytest.mark.parametrize("word", ["几乎", "几何", "几内亚", "哪吒", "元素", "一年"])
def test_words_that_only_look_like_questions_stay(word):
    assert not is_question_word(word)
    assert word in topic_text(f"{word}的历史是什么")


def test_measure_word_dropped_only_right_after_a_bare_which():
    assert is_question_word("一个", after="哪") and is_question_word("一", after="哪")
    assert not is_question_word("一", after="")
    assert not is_question_word("一元", after="哪"), "一元 is not a measure word"


def test_words_jieba_leaves_after_what_are_question_words():
    assert topic_text("什么时候开始推广电子公函") == "开始推广电子公函"
    assert topic_text("湘赣边综治服务中心在什么地方") == "湘赣边综治服务中心"
    assert not is_question_word("时候", after="")


def test_query_of_only_question_words_is_kept():
    assert topic_text("哪一年") == ""
    assert analyse("哪一年").lexical == "哪一年"
    assert analyse("甚麼").lexical == "甚么"


@pytest.mark.parametrize(
    ("sprayed", "clean"),
    [
        ("截 至 目 前 ，铜 鼓 县 纪 委 监", "截至目前，铜鼓县纪委监"),
        ("服务 3 万人", "服务3万人"),
        ("使用率达 100 %；开展", "使用率达100%；开展"),  # a per cent sign set apart from its number
        ("连日来气温超过 35 ℃。", "连日来气温超过35℃。"),
        ("增长 5 ‰", "增长5‰"),
        ("北纬 30 ° 线", "北纬30°线"),
        ("空中巴士 A330 和 A340", "空中巴士A330和A340"),
        ("Beerwah  品种", "Beerwah品种"),
        ("Spring Super   Tournament", "Spring Super Tournament"),  # Latin words keep one space
        ("1 200 人\n12 %", "1 200人\n12%"),  # (newlines kept; two numbers keep their space)
    ],
)
def test_spaces_justification_sprays_are_removed(sprayed, clean):
    assert clean_spaces(sprayed) == clean
