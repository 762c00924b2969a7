"""Article → Passage: one passage per paragraph, long ones split at sentence ends."""

from __future__ import annotations

from collections.abc import Iterable

from qa.text import sentence_spans
from qa.types import PARAGRAPH_SEPARATOR, Article, Passage

# A paragraph longer than this is split at sentence ends into pieces of at most this size
# (a single longer sentence stays whole). Chosen on the eval sets: see benchmarks/RESULTS.md.
MAX_CHARS = 600
# A paragraph shorter than this (a subhead like "凝聚人心，思想建设更加扎实。" is longer)
# cannot stand alone and is merged into the next paragraph of its article.
MIN_CHARS = 12


def chunk_article(
    article: Article, max_chars: int = MAX_CHARS, min_chars: int = MIN_CHARS
) -> list[Passage]:
    """Cut an article into passages.

    Args:
        article: the article.
        max_chars: split paragraphs longer than this at sentence ends.
        min_chars: merge paragraphs shorter than this into the following one (the last
            one into the previous one).

    Returns:
        passages in reading order; ``article.text[p.start:p.end] == p.text`` and no text
        is empty. An article without text gives no passage.
    """
    spans = _paragraph_spans(article)
    spans = _merge_short(spans, min_chars)
    text = article.text
    passages: list[Passage] = []
    for number, start, end in spans:
        pieces = _split_long(text, start, end, max_chars)
        for part, (piece_start, piece_end) in enumerate(pieces, 1):
            suffix = f".{part}" if len(pieces) > 1 else ""
            passages.append(
                Passage(
                    id=f"{article.id}:{number}{suffix}",
                    article_id=article.id,
                    paragraph=number,
                    start=piece_start,
                    end=piece_end,
                    text=text[piece_start:piece_end],
                    title=article.display_title,
                    kicker=article.kicker,
                    authors=article.authors,
                    source=article.source,
                    kind=article.kind,
                    photographer=article.photographer,
                    paper=article.paper,
                    date=article.date,
                    page=article.page,
                    edition=article.edition,
                )
            )
    return passages


def chunk_articles(articles: Iterable[Article], **options: int) -> list[Passage]:
    """Passages of several articles, in order (see ``chunk_article``)."""
    return [passage for article in articles for passage in chunk_article(article, **options)]


def ranking_context(article: Article) -> str:
    """The words that travel with each passage of an article for ranking only: kicker,
    headline and subtitle as printed (never the lead-derived display title)."""
    return " ".join(part for part in (article.kicker, article.title, article.subtitle) if part)


def _paragraph_spans(article: Article) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of each non-blank paragraph, stripped of outer spaces."""
    spans = []
    offset = 0
    for number, paragraph in enumerate(article.paragraphs, 1):
        start, end = offset, offset + len(paragraph)
        offset = end + len(PARAGRAPH_SEPARATOR)
        stripped = paragraph.strip()
        if not stripped:
            continue
        lead = len(paragraph) - len(paragraph.lstrip())
        spans.append((number, start + lead, start + lead + len(stripped)))
    return spans


def _merge_short(
    spans: list[tuple[int, int, int]], min_chars: int
) -> list[tuple[int, int, int]]:
    """Merge each span shorter than min_chars into the next (the last into the previous)."""
    merged: list[tuple[int, int, int]] = []
    pending: tuple[int, int] | None = None  # (number, start) of short spans waiting
    for number, start, end in spans:
        if pending is not None:
            number, start = pending
            pending = None
        if end - start < min_chars:
            pending = (number, start)
            continue
        merged.append((number, start, end))
    if pending is not None:
        number, start = pending
        # The carried span runs to the end of the last paragraph seen.
        end = spans[-1][2]
        if merged:
            prev_number, prev_start, _ = merged.pop()
            merged.append((prev_number, prev_start, end))
        else:
            merged.append((number, start, end))
    return merged


def _split_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut text[start:end] at sentence ends into pieces of at most max_chars characters."""
    if end - start <= max_chars:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start = piece_end = None
    for sentence_start, sentence_end in sentence_spans(text[start:end]):
        s, e = start + sentence_start, start + sentence_end
        if piece_start is None:
            piece_start, piece_end = s, e
        elif e - piece_start <= max_chars:
            piece_end = e
        else:
            pieces.append((piece_start, piece_end))
            piece_start, piece_end = s, e
    if piece_start is not None:
        pieces.append((piece_start, piece_end))
    return pieces
