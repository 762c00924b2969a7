"""Question analysis: input checks, kinds, topic words, chat history and follow-ups."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.answer.question import (
    AUTHOR,
    DATE,
    EXPLAIN,
    MAX_QUESTION_CHARS,
    NUMBER,
    OTHER,
    PERSON,
    PHOTOGRAPHER,
    PLACE,
    TITLE,
    analyse,
    is_follow_up,
    question_kind,
    resolve_follow_up,
)
from qa.errors import QueryError
from qa.text import has_words
from qa.text import topic_text as content_text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("铜鼓县电子公函使用率", NUMBER),
        ("东乡区组成了多少个专项监督检查组", NUMBER),
        ("上栗县打掉了幾個恶势力团伙", NUMBER),  # traditional 幾 folds to 几
        ("矛盾纠纷就地调处率的比例", NUMBER),
        ("联席工作会议是何时召开的", DATE),
        ("九江银行哪一年成立", DATE),
        ("什么时候开始推广电子公函", DATE),
        ("谁介绍了上栗县的做法", PERSON),
        ("誰是上栗縣委政法委副書記", PERSON),
        ("湘赣边综治服务中心在哪里", PLACE),
        ("大余宅基地那篇文章是谁写的", AUTHOR),
        ("这篇报道的作者是谁", AUTHOR),
        ("《越南亡国史》的作者是谁", PERSON),  # a book in the text, not the article's byline
        ("九江银行那张照片是谁拍的", PHOTOGRAPHER),
        ("那篇文章的标题是什么", TITLE),
        ("电子公函有什么作用", EXPLAIN),
        ("为什么要推广电子公函", EXPLAIN),
        ("铜鼓县依托什么平台研发电子公函功能", OTHER),
    ],
)
def test_question_kind(question, kind):
    assert question_kind(question) == kind


def test_content_text_keeps_topic_pieces_apart():
    assert content_text("张天霖的身高是多少？") == "张天霖 身高"
    assert content_text("铜鼓县电子公函使用率") == "铜鼓县电子公函使用率"
    assert content_text("銅鼓縣") == "铜鼓县"  # folded to simplified for matching
    assert content_text("？！") == ""


@pytest.mark.parametrize("text", ["！！！", "？?。", "😀😀🎉", "  ", "……——"])
def test_has_words_is_false_for_punctuation_and_emoji(text):
    assert not has_words(text)


@pytest.mark.parametrize("text", ["a", "铜鼓", "100", "😀铜"])
def test_has_words_is_true_with_a_letter_or_digit(text):
    assert has_words(text)


def test_history_is_a_list_of_earlier_questions():
    question = analyse("那上栗县呢？", ["铜鼓县电子公函使用率", "  "])
    assert question.query == "上栗县电子公函使用率"
    assert analyse("那上栗县呢？", ()).query == "那上栗县呢？"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("那上栗县呢？", True),
        ("那么去年呢", True),
        ("东乡区呢", True),
        ("铜鼓县电子公函使用率", False),
        ("那篇文章里铜鼓县纪委监委督促了多少家预算单位召开培训会呢", False),
        ("？", False),
    ],
)
def test_is_follow_up(text, expected):
    assert is_follow_up(text) is expected


def test_follow_up_replaces_the_place():
    assert resolve_follow_up("那上栗县呢？", "铜鼓县电子公函使用率") == "上栗县电子公函使用率"
    assert resolve_follow_up("那東鄉區呢", "铜鼓县电子公函使用率").startswith("東鄉區")


def test_follow_up_without_a_matching_word_is_put_in_front():
    merged = resolve_follow_up("那么去年呢", "电子公函使用率")
    assert "去年" in merged and "电子公函使用率" in merged


def test_a_full_question_is_not_merged():
    assert resolve_follow_up("东乡区组成了多少个专项监督检查组", "铜鼓县电子公函使用率") == (
        "东乡区组成了多少个专项监督检查组"
    )


def test_analyse_carries_the_topic_through_a_chain_of_follow_ups():
    question = analyse("那东乡区呢", history=["铜鼓县电子公函使用率", "那上栗县呢？"])
    assert question.asked == "那东乡区呢"
    assert question.query == "东乡区电子公函使用率"
    assert question.kind == NUMBER


def test_analyse_meta_question_leans_on_the_last_topic():
    question = analyse("这篇文章是谁写的？", history=["铜鼓县电子公函使用率"])
    assert question.kind == AUTHOR
    assert "铜鼓县" in question.search


def test_analyse_meta_words_are_not_searched():
    question = analyse("大余宅基地那篇文章是谁写的")
    assert question.kind == AUTHOR
    assert "文章" not in question.search and "大余" in question.search


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", None, 42])
def test_analyse_rejects_empty_or_non_text(bad):
    with pytest.raises(QueryError):
        analyse(bad)


def test_analyse_truncates_a_huge_question_with_a_notice():
    question = analyse("铜鼓县电子公函使用率" * 10_000)
    assert len(question.asked) == MAX_QUESTION_CHARS
    assert str(MAX_QUESTION_CHARS) in question.notice and "100000" in question.notice


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=600))
def test_analyse_never_fails_on_text_with_content(text):
    if not text.strip():
        with pytest.raises(QueryError):
            analyse(text)
        return
    question = analyse(text)
    assert question.asked == text.strip()[:MAX_QUESTION_CHARS]
    assert bool(question.notice) == (len(text.strip()) > MAX_QUESTION_CHARS)
    assert question.kind in (NUMBER, DATE, PERSON, PLACE, EXPLAIN, OTHER, AUTHOR, PHOTOGRAPHER, TITLE)


def test_history_that_already_holds_the_question_is_not_merged_with_itself():
    question = analyse("那上栗县呢？", history=["铜鼓县电子公函使用率", "那上栗县呢？"])
    assert question.query == "上栗县电子公函使用率"


def test_a_merged_follow_up_keeps_its_own_topic_as_focus():
    assert analyse("那上栗县呢？", history=["铜鼓县电子公函使用率"]).focus == "上栗县"
    assert analyse("铜鼓县电子公函使用率", history=["东乡区"]).focus == ""
