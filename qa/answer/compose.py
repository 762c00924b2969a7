"""Answers with cited passages: pick answer sentences from the hits, quote them, or abstain."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from qa.answer.sentences import (
    CLAUSE_MARKS,
    CUT_MARK,
    DEFAULT_SETTINGS,
    AnswerSettings,
    Encoder,
    Span,
    select,
)
from qa.text import fold, has_words, symbols_removed, word_tokens
from qa.types import AUTHOR, PHOTOGRAPHER, TITLE, Answer, Article, Hit, Question, Quote

NOT_FOUND = "资料中没有找到能回答这个问题的内容。"
NO_WORDS = "问题里没有可以查找的文字，请用文字提问，例如：铜鼓县电子公函使用率。"
WHICH_ARTICLE = "请说明是哪篇文章或哪张照片，例如：大余宅基地那篇文章是谁写的？"
# Share of a meta question's topic ("大余 宅基地") an article must cover to be the one meant.
META_THRESHOLD = 0.5


def _write_quotes(hits: Sequence[Hit], spans: Sequence[Span]) -> tuple[str, tuple[Hit, ...], tuple[Quote, ...]]:
    numbers: dict[int, int] = {}
    for span in spans:
        numbers.setdefault(span.hit, len(numbers) + 1)
    pieces, quotes = [], []
    for span in spans:
        text = hits[span.hit].passage.text
        left, right = span.start, span.end
        cut_after = right < span.sentence_end
        if cut_after:
            while right > left + 1 and text[right - 1] in CLAUSE_MARKS:
                right -= 1
        n = numbers[span.hit]
        quote = Quote(n=n, text=text[left:right], start=left, end=right)
        quotes.append(quote)
        lead = CUT_MARK if left > span.sentence_start else ""
        tail = CUT_MARK if cut_after else ""
        pieces.append(f"{lead}{quote.text}{tail}[{n}]")
    citations = tuple(hits[i] for i in numbers)
    return "".join(pieces), citations, tuple(quotes)


def _topic_words(content: str) -> list[str]:
    """jieba words of a folded topic (single characters only when nothing else is left)."""
    words = [w[1:] for w in word_tokens(content)]
    return [w for w in words if len(w) > 1] or words or [content]


def _meta_answer(
    question: Question, hits: Sequence[Hit], articles: Mapping[str, Article] | None
) -> Answer:
    """Answer who wrote an article, who took a photo, or what an article's headline is."""
    base = {"question": question.asked, "hits": tuple(hits), "notice": question.notice, "terms": question.terms}
    if not question.content:
        return Answer(text=WHICH_ARTICLE, supported=False, **base)
    words = _topic_words(question.content)
    texts = [symbols_removed(fold(h.passage.title + h.passage.text)) for h in hits]
    covers = [sum(w in text for w in words) / len(words) for text in texts]
    wanted = {
        AUTHOR: lambda p: bool(p.authors),
        PHOTOGRAPHER: lambda p: bool(p.photographer) or p.kind == "photo",
        TITLE: lambda p: True,
    }[question.kind]
    # The best-covering hit that can answer; the rank breaks ties.
    order = sorted(range(len(hits)), key=lambda i: (-covers[i], i))
    chosen = next((i for i in order if wanted(hits[i].passage)), None)
    if chosen is None or covers[chosen] < META_THRESHOLD:
        nearest = order[0]
        if covers[nearest] >= META_THRESHOLD:
            about = hits[nearest].passage.title
            missing = {AUTHOR: "没有署名作者", PHOTOGRAPHER: "没有摄影者署名", TITLE: "没有标题"}
            text = f"找到的相关文章《{about}》{missing[question.kind]}。[1]"
            return Answer(text=text, supported=False, citations=(hits[nearest],), **base)
        return Answer(text=NOT_FOUND, supported=False, **base)
    hit = hits[chosen]
    passage = hit.passage
    article = articles.get(passage.article_id) if articles else None
    untitled = article is not None and not article.title
    if question.kind == AUTHOR:
        named = f"这篇文章（开头：{passage.title}）" if untitled else f"《{passage.title}》"
        text = f"{named}的作者是{'、'.join(passage.authors)}。[1]"
    elif question.kind == PHOTOGRAPHER:
        if not passage.photographer:
            text = f"这张照片（{passage.title}）没有摄影者署名。[1]"
            return Answer(text=text, supported=False, citations=(hit,), **base)
        text = f"这张照片是{passage.photographer}拍摄的。[1]"
    elif untitled:
        text = f"这篇文章没有标题，开头是：{passage.title}[1]"
    else:
        text = f"这篇文章的标题是《{passage.title}》。[1]"
    return Answer(text=text, supported=True, citations=(hit,), **base)


def _mentions(hit: Hit, topic: str, articles: Mapping[str, Article] | None) -> bool:
    """True when the hit's article (or, without the articles, its passage) names the topic."""
    article = articles.get(hit.passage.article_id) if articles else None
    text = article.title + article.text if article else hit.passage.title + hit.passage.text
    return symbols_removed(fold(topic)) in symbols_removed(fold(text))


def compose_answer(
    question: Question,
    hits: Sequence[Hit],
    articles: Mapping[str, Article] | None = None,
    encoder: Encoder | None = None,
    query_vector: np.ndarray | None = None,
    settings: AnswerSettings | None = None,
) -> Answer:
    """Answer a question from retrieved passages: quote the sentences that answer it, or
    abstain when the passages do not support an answer.

    Args:
        question: the analysed question (``qa.answer.question.analyse``).
        hits: retrieved passages, best first.
        articles: the index's articles by id, to tell a missing headline apart and to
            check that a follow-up's subject is in the answering article.
        encoder: embeds the chosen sentence for the support check; None decides on
            lexical evidence alone (``AnswerSettings.threshold_lexical``).
        query_vector: the vector of ``question.query`` when already computed (the search
            computed it); None lets ``encoder`` make it.
        settings: weights and thresholds (default ``DEFAULT_SETTINGS``).

    Returns:
        the answer; when supported, ``text`` holds the quotes each followed by ``[n]``,
        citation n is ``citations[n - 1]`` and each quote is
        ``citations[n - 1].passage.text[start:end]``. When not supported, ``text`` is a
        short message and ``hits`` still holds the closest passages.
    """
    settings = settings or DEFAULT_SETTINGS
    hits = tuple(hits)
    base = {"question": question.asked, "hits": hits, "notice": question.notice, "terms": question.terms}
    if not has_words(question.query):
        return Answer(text=NO_WORDS, supported=False, **base)
    if not hits:
        return Answer(text=NOT_FOUND, supported=False, **base)
    if question.is_meta:
        return _meta_answer(question, hits, articles)
    selection = select(question, hits, encoder, settings, query_vector)
    threshold = settings.threshold if encoder is not None else settings.threshold_lexical
    if not selection.spans or selection.support < threshold:
        return Answer(text=NOT_FOUND, supported=False, **base)
    if question.focus and not _mentions(hits[selection.spans[0].hit], question.focus, articles):
        # "那上栗县呢？" must not be answered from the 铜鼓县 article the last question found.
        return Answer(text=NOT_FOUND, supported=False, **base)
    text, citations, quotes = _write_quotes(hits, selection.spans)
    return Answer(text=text, supported=True, citations=citations, quotes=quotes, **base)


def no_words_answer(question: Question) -> Answer:
    """The reply to a question with nothing to search for (only punctuation or emoji)."""
    return Answer(question=question.asked, text=NO_WORDS, supported=False, notice=question.notice)


def answer_to_dict(answer: Answer) -> dict:
    """The answer as JSON-ready data (what ``qa ask --json`` prints and the app's API returns).

    Returns:
        a dict with question, answer, supported, notice and citations; each citation has
        n, article_id, title, authors, paragraph, text, score, source, and start, end,
        quote of the first sentence quoted from it (-1, -1, "" when none).
    """
    citations = []
    for n, hit in enumerate(answer.citations, 1):
        passage = hit.passage
        quote = next((q for q in answer.quotes if q.n == n), None)
        citations.append(
            {
                "n": n,
                "article_id": passage.article_id,
                "title": passage.title,
                "authors": list(passage.authors),
                "paragraph": passage.paragraph,
                "text": passage.text,
                "score": hit.score,
                "source": passage.source,
                "start": quote.start if quote else -1,
                "end": quote.end if quote else -1,
                "quote": quote.text if quote else "",
            }
        )
    return {
        "question": answer.question,
        "answer": answer.text,
        "supported": answer.supported,
        "notice": answer.notice,
        "citations": citations,
    }
