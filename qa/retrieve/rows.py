"""Articles → new index rows in batches: passages, BM25 term counts and vectors, streamed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields

import numpy as np

from qa.retrieve.bm25 import DEFAULT_TOKENIZER, TOKENIZERS, TermCounts, tokenize
from qa.retrieve.chunk import MAX_CHARS, MIN_CHARS, chunk_article, ranking_context
from qa.retrieve.dense import EXACT_LIMIT
from qa.retrieve.embedders import Embedder
from qa.types import Article, Passage

# Passages tokenised and embedded together: bounds the token lists and texts held at
# once (a year of a daily paper is ~150,000 passages), large enough to keep every
# embedding thread busy.
BATCH_PASSAGES = 4096


@dataclass(frozen=True)
class IndexSettings:
    """How articles become index rows; stored in the index, so an index always ranks the
    way it was built.

    Attributes:
        tokenizer: BM25 tokens: "bigram+unigram" (default), "bigram", "word", "bigram+word".
        sparse_context, dense_context: prepend the kicker, headline and subtitle to each
            passage for BM25 / for embedding (measured: benchmarks/RESULTS.md).
        max_chars: split paragraphs longer than this at sentence ends.
        min_chars: merge paragraphs shorter than this into the next one.
        exact_limit: dense search is exact up to this many passages, HNSW above.
    """

    tokenizer: str = DEFAULT_TOKENIZER
    sparse_context: bool = True
    dense_context: bool = True
    max_chars: int = MAX_CHARS
    min_chars: int = MIN_CHARS
    exact_limit: int = EXACT_LIMIT

    def __post_init__(self) -> None:
        if self.tokenizer not in TOKENIZERS:
            raise ValueError(f"unknown tokenizer {self.tokenizer!r}; choose from {sorted(TOKENIZERS)}")

    def to_dict(self) -> dict:
        """A JSON-ready dict (the manifest's "settings")."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping) -> IndexSettings:
        """Inverse of ``to_dict``; keys this version does not know are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


@dataclass
class NewRows:
    """Rows made from a stream of articles, ready to join an index.

    Attributes:
        articles: the articles by id (a later article with an id seen before replaces it).
        passages: every passage made, in order.
        terms: their BM25 term counts, row for row.
        vectors: their vectors, in batches (row order).
        keep: ascending rows to use, or None for all (rows of replaced articles left out).
    """

    articles: dict[str, Article] = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)
    terms: TermCounts = field(default_factory=TermCounts)
    vectors: list[np.ndarray] = field(default_factory=list)
    keep: list[int] | None = None


def prepare_rows(
    articles: Iterable[Article],
    embedder: Embedder,
    settings: IndexSettings,
    progress: bool = False,
    batch_passages: int | None = None,
) -> NewRows:
    """Chunk, tokenise and embed articles a batch at a time, reading ``articles`` once.

    Only the current batch's token lists and ranking texts are held; what is kept per
    passage is its Passage, its term counts and its vector.

    Args:
        articles: any iterable (a generator is consumed as it goes).
        embedder: encodes the ranking texts.
        settings: the index's settings (tokenizer, contexts, passage sizes).
        progress: show a bar counting passages.
        batch_passages: passages per batch (None: BATCH_PASSAGES).

    Returns:
        the new rows.
    """
    batch_passages = batch_passages or BATCH_PASSAGES
    rows = NewRows()
    owner: list[int] = []  # per passage: the serial number of the article it came from
    latest: dict[str, int] = {}  # article id -> serial number of its latest version
    sparse_texts: list[str] = []
    dense_texts: list[str] = []
    replaced = False
    bar = _bar(progress)

    def flush() -> None:
        rows.terms.add([tokenize(text, settings.tokenizer) for text in sparse_texts])
        rows.vectors.append(embedder.encode_passages(dense_texts))
        if bar is not None:
            bar.update(len(dense_texts))
        sparse_texts.clear()
        dense_texts.clear()

    try:
        for serial, article in enumerate(articles):
            replaced = replaced or article.id in latest
            latest[article.id] = serial
            rows.articles.pop(article.id, None)  # a replaced article moves to the end
            rows.articles[article.id] = article
            context = ranking_context(article)
            for passage in chunk_article(article, settings.max_chars, settings.min_chars):
                rows.passages.append(passage)
                owner.append(serial)
                with_context = f"{context}\n{passage.text}" if context else passage.text
                sparse_texts.append(with_context if settings.sparse_context else passage.text)
                dense_texts.append(with_context if settings.dense_context else passage.text)
            if len(dense_texts) >= batch_passages:
                flush()
        if dense_texts:
            flush()
    finally:
        if bar is not None:
            bar.close()
    if replaced:  # some article came more than once: keep the passages of its last version
        current = set(latest.values())
        rows.keep = [row for row, serial in enumerate(owner) if serial in current]
    return rows


def _bar(progress: bool):
    if not progress:
        return None
    from tqdm.auto import tqdm

    return tqdm(desc="index", unit=" passages")
