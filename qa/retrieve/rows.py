"""Articles → new index rows in batches: passages, BM25 term counts and vectors, streamed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields

import numpy as np

from qa.errors import LONE_SURROGATE, InputFileError, quoted
from qa.retrieve.bm25 import DEFAULT_TOKENIZER, TOKENIZERS, TermCounts, tokenize
from qa.retrieve.checkpoint import Checkpoint
from qa.retrieve.chunk import MAX_CHARS, MIN_CHARS, chunk_article, ranking_context
from qa.retrieve.dense import EXACT_LIMIT
from qa.retrieve.embedders import Embedder, normalise
from qa.retrieve.sentence_vectors import DTYPE, SentenceVectors, passage_sentences
from qa.text import SURROGATE, system_text
from qa.types import Article, Passage

# Passages tokenised and embedded together: bounds the token lists and texts held at
# once (a year of a daily paper is ~150,000 passages), large enough to keep every
# embedding thread busy.
BATCH_PASSAGES = 4096
# Texts handed to the embedder at a time: the unit of the progress bar and of a
# checkpoint (e5 embeds 256 sentences in 5-15 s on two cores, so a killed build loses at
# most that), and enough 64-text batches to keep both cores busy.
EMBED_TEXTS = 256
# How rows are embedded: each sentence, the passage's vector their mean ("sentence"), or
# the passage whole with its title context ("passage", indexes built before sentences).
DENSE_UNITS = ("sentence", "passage")


@dataclass(frozen=True)
class IndexSettings:
    """How articles become index rows; stored in the index, so an index always ranks the
    way it was built.

    Attributes:
        tokenizer: BM25 tokens: "bigram+unigram" (default), "bigram", "word", "bigram+word".
        sparse_context, dense_context: prepend the kicker, headline and subtitle to each
            passage for BM25 / for embedding whole passages (measured: benchmarks/RESULTS.md).
        dense_unit: "sentence": every sentence of a passage is embedded and kept, the
            passage's vector is their normalised mean (a passage is ranked by its best
            sentence, and the answer step reads which sentence that is); "passage": the
            passage is embedded whole (with its context), as indexes were before.
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
    dense_unit: str = "sentence"

    def __post_init__(self) -> None:
        if self.tokenizer not in TOKENIZERS:
            raise ValueError(f"unknown tokenizer {self.tokenizer!r}; choose from {sorted(TOKENIZERS)}")
        if self.dense_unit not in DENSE_UNITS:
            raise ValueError(f"unknown dense unit {self.dense_unit!r}; choose from {DENSE_UNITS}")

    def to_dict(self) -> dict:
        """A JSON-ready dict (the manifest's "settings")."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping) -> IndexSettings:
        """Inverse of ``to_dict``; keys this version does not know are ignored. An index
        saved before sentence vectors has no "dense_unit": its rows are whole passages."""
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        values.setdefault("dense_unit", "passage")
        return cls(**values)


@dataclass
class NewRows:
    """Rows made from a stream of articles, ready to join an index.

    Attributes:
        articles: the articles by id (a later article with an id seen before replaces it).
        passages: every passage made, in order.
        terms: their BM25 term counts, row for row.
        vectors: their vectors, in batches (row order).
        sentences: the sentence vectors of each batch (None: embedded as whole passages).
        keep: ascending rows to use, or None for all (rows of replaced articles left out).
    """

    articles: dict[str, Article] = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)
    terms: TermCounts = field(default_factory=TermCounts)
    vectors: list[np.ndarray] = field(default_factory=list)
    sentences: list[SentenceVectors] | None = None
    keep: list[int] | None = None


def prepare_rows(
    articles: Iterable[Article],
    embedder: Embedder,
    settings: IndexSettings,
    progress: bool = False,
    batch_passages: int | None = None,
    checkpoint: Checkpoint | None = None,
    expected: int | None = None,
) -> NewRows:
    """Chunk, tokenise and embed articles a batch at a time, reading ``articles`` once.

    Only the current batch's token lists and ranking texts are held; what is kept per
    passage is its Passage, its term counts and its vectors.

    Args:
        articles: any iterable (a generator is consumed as it goes).
        embedder: encodes the texts.
        settings: the index's settings (tokenizer, contexts, passage sizes, dense unit).
        progress: show a bar counting passages (with an ETA when ``expected`` is given).
        batch_passages: passages per batch (None: BATCH_PASSAGES).
        checkpoint: vectors kept from an interrupted run, and where this run's are
            written as they are made (None: none kept).
        expected: how many passages the articles will give, when known.

    Returns:
        the new rows.
    """
    batch_passages = batch_passages or BATCH_PASSAGES
    by_sentence = settings.dense_unit == "sentence"
    rows = NewRows(sentences=[] if by_sentence else None)
    owner: list[int] = []  # per passage: the serial number of the article it came from
    latest: dict[str, int] = {}  # article id -> serial number of its latest version
    sparse_texts: list[str] = []
    dense_texts: list[str] = []
    replaced = False
    bar = None  # made at the first batch: a run with nothing to embed shows none

    def encode(texts: list[str]) -> np.ndarray:
        if checkpoint is None:
            return embedder.encode_passages(texts)
        return checkpoint.embed(texts, embedder.encode_passages)

    def flush() -> None:
        nonlocal bar
        if progress and bar is None:
            bar = _bar(expected)
        rows.terms.add([tokenize(text, settings.tokenizer) for text in sparse_texts])
        if by_sentence:
            batch = rows.passages[len(rows.passages) - len(dense_texts) :]
            pieces = [passage_sentences(passage.text) for passage in batch]
            counts = np.fromiter((len(p) for p in pieces), dtype=np.int64, count=len(pieces))
            vectors = _embed([t for p in pieces for t in p], encode, np.cumsum(counts), bar)
            means = np.add.reduceat(vectors, np.concatenate([[0], np.cumsum(counts)[:-1]]), axis=0)
            rows.vectors.append(normalise(means / counts[:, None]))
            rows.sentences.append(SentenceVectors(vectors.astype(DTYPE), counts))
        else:
            rows.vectors.append(_embed(dense_texts, encode, np.arange(1, len(dense_texts) + 1), bar))
        sparse_texts.clear()
        dense_texts.clear()

    try:
        for serial, article in enumerate(articles):
            _check_text(article)
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


def _check_text(article: Article) -> None:
    """Refuse an article holding a lone surrogate (a string built from bytes that are not
    UTF-8, or a broken \\ud800 escape), which no text can be embedded, folded or saved
    with: before anything is embedded, with the article and the field named."""
    for field_ in fields(article):
        value = getattr(article, field_.name)
        if any(isinstance(text, str) and SURROGATE.search(text) for text in (value if isinstance(value, tuple) else (value,))):
            raise InputFileError(
                system_text(article.source) or "articles",
                f"article {quoted(system_text(article.id))}: its {field_.name} {LONE_SURROGATE}",
            )


def _embed(texts: list[str], encode, passage_ends: np.ndarray, bar) -> np.ndarray:
    """Vectors of the texts, EMBED_TEXTS at a time, the bar advanced by the passages each
    part completes (``passage_ends``: for each passage, the end of its texts)."""
    parts, done = [], 0
    for start in range(0, len(texts), EMBED_TEXTS):
        parts.append(np.asarray(encode(texts[start : start + EMBED_TEXTS]), dtype=np.float32))
        if bar is not None:
            finished = int(np.searchsorted(passage_ends, start + len(parts[-1]), side="right"))
            bar.update(finished - done)
            done = finished
    return np.concatenate(parts) if parts else np.zeros((0, 0), np.float32)


def _bar(expected: int | None):
    from tqdm.auto import tqdm

    return tqdm(desc="embedding", unit=" passages", total=expected or None, dynamic_ncols=True)
