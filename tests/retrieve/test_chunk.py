"""Passages: offsets into the article, splitting and merging rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qa.retrieve.chunk import chunk_article, ranking_context
from qa.types import Article

_CHARS = st.sampled_from(list("铜鼓县电子公函使用率达。！？，“”ab 1\n"))
_PARAGRAPH = st.text(_CHARS, min_size=0, max_size=120)


@settings(max_examples=200, deadline=None)
@given(
    paragraphs=st.lists(_PARAGRAPH, min_size=0, max_size=8),
    max_chars=st.integers(5, 80),
    min_chars=st.integers(0, 20),
)
def test_passages_are_exact_nonoverlapping_slices_covering_all_text(paragraphs, max_chars, min_chars):
    article = Article(id="a", title="标题", paragraphs=tuple(paragraphs))
    passages = chunk_article(article, max_chars=max_chars, min_chars=min_chars)
    text = article.text
    covered = [0] * len(text)
    for passage in passages:
        assert passage.text.strip(), "no empty passage"
        assert text[passage.start : passage.end] == passage.text
        assert passage.article_id == "a" and 1 <= passage.paragraph <= len(paragraphs)
        for i in range(passage.start, passage.end):
            covered[i] += 1
    assert all(c <= 1 for c in covered), "passages overlap"
    for i, char in enumerate(text):
        if not char.isspace():
            assert covered[i] == 1, f"character {char!r} at {i} is in no passage"
    assert len({p.id for p in passages}) == len(passages)


def test_one_passage_per_paragraph_with_numbers_and_display_title():
    article = Article(id="x", title="", paragraphs=("第一段的内容在这里。", "第二段的内容也在这里。"), source="f.txt")
    passages = chunk_article(article, max_chars=100, min_chars=5)
    assert [(p.id, p.paragraph, p.text) for p in passages] == [
        ("x:1", 1, "第一段的内容在这里。"),
        ("x:2", 2, "第二段的内容也在这里。"),
    ]
    assert passages[0].title == article.display_title and passages[0].source == "f.txt"


def test_long_paragraph_splits_at_sentence_ends():
    sentences = ["铜鼓县推广电子公函。", "使用率达到百分之百！", "检查四轮次发现问题？"]
    article = Article(id="a", title="t", paragraphs=("".join(sentences),))
    passages = chunk_article(article, max_chars=12, min_chars=0)
    assert [p.text for p in passages] == sentences
    assert [p.id for p in passages] == ["a:1.1", "a:1.2", "a:1.3"]
    assert {p.paragraph for p in passages} == {1}


def test_short_fragment_merges_into_next_paragraph():
    article = Article(id="a", title="t", paragraphs=("小标题", "正文第一段写了很多内容。", "正文第二段同样很长很长。"))
    passages = chunk_article(article, max_chars=100, min_chars=5)
    assert passages[0].text == "小标题\n\n正文第一段写了很多内容。"
    assert passages[0].paragraph == 1
    assert len(passages) == 2


def test_short_last_paragraph_merges_into_previous():
    article = Article(id="a", title="t", paragraphs=("正文第一段写了很多内容。", "完"))
    passages = chunk_article(article, max_chars=100, min_chars=5)
    assert [p.text for p in passages] == ["正文第一段写了很多内容。\n\n完"]


def test_title_is_ranking_context_not_passage_text():
    article = Article(id="a", title="大余积极探索宅基地审批机制", kicker="一体化运作", paragraphs=("正文内容在此处展开。",))
    passages = chunk_article(article)
    assert "大余" not in passages[0].text
    assert ranking_context(article) == "一体化运作 大余积极探索宅基地审批机制"
    untitled = Article(id="b", title="", paragraphs=("正文内容在此处展开。",))
    assert ranking_context(untitled) == "", "a lead-derived display title is not context"
