"""Ranking a question over one index snapshot: BM25, dense, lexical evidence and fusion → Hit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from qa.errors import QueryError
from qa.retrieve.bm25 import SparseIndex, tokenize_query
from qa.retrieve.dense import DenseIndex
from qa.retrieve.evidence import WINDOW_CHARS, evidence, query_terms
from qa.retrieve.fusion import Scored, best_first, combine, fuse
from qa.text import fold, symbols_removed
from qa.types import Article, Hit, Passage, Question

MODES = ("hybrid", "bm25", "dense")
# Each side contributes at least this many candidates to the fusion; the lexical evidence
# is measured on all of them, so a passage only the dense side found competes fully.
POOL = 20
# Weights beside BM25 (weight 1) in "sentence" fusion: best-sentence coverage, best
# 60-character window coverage, (for "when" questions only) the best dated sentence's
# coverage, and the dense side (the passage's best sentence cosine, min-max over the
# candidates). Chosen per embedder on halves of the eval sets (benchmarks/models.py,
# benchmarks/RESULTS.md "Models"); these are the default model's (e5-small).
SENTENCE_WEIGHT = 1.0
WINDOW_WEIGHT = 1.5
DATED_WEIGHT = 0.6
DENSE_WEIGHT = 3.0
# Other embedders' weights (same measurement). USE's cosines tell passages apart far
# less well, so they weigh less against the lexical evidence.
TUNED = {
    "use-multilingual-v3": {"sentence_weight": 1.0, "window_weight": 1.5, "dated_weight": 0.6, "dense_weight": 0.3},
}


@dataclass(frozen=True)
class Snapshot:
    """Everything one search reads; replaced whole by add/remove, never changed in place
    (``qa.retrieve.layers`` makes one that reads two snapshots as one)."""

    articles: Mapping[str, Article]
    passages: Sequence[Passage]
    sparse: SparseIndex
    dense: DenseIndex


@dataclass(frozen=True)
class Ranking:
    """How to rank: the knobs benchmarks/retrieval.py tunes.

    method "sentence" (default) scores each candidate by BM25 (divided by the best BM25
    score), plus ``sentence_weight`` times its best-sentence coverage of the query, plus
    ``window_weight`` times its best-window coverage, plus (for a question asking when)
    ``dated_weight`` times the coverage of its best sentence holding a date, plus
    ``dense_weight`` times its min-max normalised cosine (see ``qa.retrieve.evidence``); "minmax",
    "zscore" and "rrf" fuse only BM25 and dense (see ``qa.retrieve.fusion.fuse``).
    """

    method: str = "sentence"
    dense_weight: float = DENSE_WEIGHT
    sentence_weight: float = SENTENCE_WEIGHT
    window_weight: float = WINDOW_WEIGHT
    dated_weight: float = DATED_WEIGHT
    window_chars: int = WINDOW_CHARS
    pool: int = POOL
    stopwords: bool = True


@dataclass(frozen=True)
class Sides:
    """The hybrid candidates of one query as (row, score) lists, before weighting.

    ``bm25`` and ``dense`` cover every candidate (BM25 score; best sentence cosine, or the
    passage's cosine in an index without sentence vectors); ``sparse_top`` and
    ``dense_top`` are each side's own best rows; ``sentence``, ``window`` and ``dated``
    hold the ``qa.retrieve.evidence.Evidence`` of every candidate; ``when`` says whether
    the query asks for a time.
    """

    bm25: list[Scored]
    dense: list[Scored]
    sparse_top: list[Scored]
    dense_top: list[Scored]
    sentence: list[Scored]
    window: list[Scored]
    dated: list[Scored]
    when: bool


def ranking_for(model: str) -> Ranking:
    """The ranking tuned for an embedder (by its recorded name); the default model's for
    one that was not measured."""
    return Ranking(**TUNED.get(model, {}))


def dense_scores(dense: DenseIndex, query_vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The dense side's score of these rows: each passage's best sentence cosine, or its
    own cosine when the index has no sentence vectors."""
    if dense.sentences is not None:
        return dense.sentences.best(query_vector, rows)
    return dense.similarities(query_vector, rows)


def check_k(k: object) -> int:
    """The one check of ``k``, the number of passages asked for.

    Raises:
        QueryError: when k is not a positive whole number.
    """
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k <= 0:
        raise QueryError(f"k must be a positive whole number of passages, got {k!r}")
    return int(k)


def check_mode(mode: str) -> str:
    """The search mode, or QueryError for an unknown one."""
    if mode not in MODES:
        raise QueryError(f"unknown search mode {mode!r}; choose from {', '.join(MODES)}")
    return mode


def allowed_rows(
    snapshot: Snapshot, article_ids: Sequence[str] | None, sources: Sequence[str] | None
) -> np.ndarray | None:
    """Row numbers passing the filters, or None when there is no filter."""
    if article_ids is None and sources is None:
        return None
    ids = set(article_ids) if article_ids is not None else None
    wanted = set(sources) if sources is not None else None
    rows = [
        row
        for row, passage in enumerate(snapshot.passages)
        if (ids is None or passage.article_id in ids)
        and (wanted is None or passage.source in wanted)
    ]
    return np.asarray(rows, dtype=np.int64)


def rows_about(snapshot: Snapshot, name: str) -> np.ndarray:
    """Rows of the passages that name ``name`` in their text or their article's headline
    (what a follow-up such as "那上栗县呢？" asks about).

    Candidates are the rows holding all of the name's BM25 tokens; each is then checked
    for the name itself (folded, punctuation ignored), so only a few passages are read.

    Returns:
        ascending rows (empty when no passage names it).
    """
    wanted = symbols_removed(fold(name))
    if not wanted:
        return np.zeros(0, np.int64)
    candidates = snapshot.sparse.rows_with_all(tokenize_query(wanted, snapshot.sparse.tokenizer))
    named = [
        row
        for row in candidates.tolist()
        if wanted in symbols_removed(fold(snapshot.passages[row].title + snapshot.passages[row].text))
    ]
    return np.asarray(named, dtype=np.int64)


def _top(scores: np.ndarray, rows: np.ndarray, n: int, positive: bool) -> list[Scored]:
    """The n best (row, score) among rows, best first, ties to the lower row."""
    if positive and len(rows) == len(scores):
        # Every row (rows is 0..n-1): find the positive ones first rather than copying and
        # comparing the whole array (at a million passages that was a third of a search).
        rows = np.flatnonzero(scores > 0)
        values = scores[rows]
    else:
        values = scores[rows]
        if positive:
            keep = values > 0
            rows, values = rows[keep], values[keep]
    if len(rows) > n:
        part = np.argpartition(-values, n - 1)[:n]
        rows, values = rows[part], values[part]
    order = np.lexsort((rows, -values))
    return [Scored(int(rows[i]), float(values[i])) for i in order]


def rank(
    snapshot: Snapshot,
    question: Question,
    query_vector: np.ndarray | None,
    k: int,
    mode: str,
    allowed: np.ndarray | None,
    ranking: Ranking = Ranking(),
) -> list[Hit]:
    """Rank passages for an analysed question.

    Args:
        snapshot: the index state to read.
        question: the analysed question (BM25 and the evidence read ``lexical``; a
            follow-up's ``focus`` keeps the search to the passages naming it, when any do).
        query_vector: the normalised vector of ``question.search``; needed by the
            "dense" and "hybrid" modes, ignored by "bm25".
        k: passages wanted (checked by the caller).
        mode: "hybrid", "bm25" or "dense".
        allowed: rows that may be returned (None: all).
        ranking: fusion settings.

    Returns:
        up to k hits, best first, rank 1-based; hit.dense is the cosine, hit.sparse the
        BM25 score. BM25 mode returns only passages sharing a term with the query.
    """
    n = len(snapshot.passages)
    if question.focus:
        # A follow-up ("那上栗县呢？") is about its new subject: search the passages that
        # name it, when there are any (else the answer says nothing was found).
        about = rows_about(snapshot, question.focus)
        narrowed = about if allowed is None else np.intersect1d(allowed, about)
        if len(narrowed):
            allowed = narrowed
    rows = np.arange(n, dtype=np.int64) if allowed is None else allowed
    if len(rows) == 0:
        return []
    pool = max(k, ranking.pool)
    sparse_scores = None
    tokens: list[str] = []
    if mode in ("bm25", "hybrid"):
        text = question.lexical if ranking.stopwords else fold(question.search)
        tokens = tokenize_query(text, snapshot.sparse.tokenizer)
        sparse_scores = snapshot.sparse.scores(tokens)
    dense_top: list[Scored] = []
    if mode in ("dense", "hybrid"):
        if query_vector is None:
            raise ValueError(f"mode {mode!r} needs the question's vector")
        if allowed is None:
            scores, found = snapshot.dense.search(query_vector, pool)
            dense_top = [Scored(r, s) for r, s in zip(found.tolist(), scores.tolist(), strict=True)]
        else:
            dense_top = _top(_scatter(snapshot.dense.similarities(query_vector, rows), rows, n), rows, pool, False)
    else:
        query_vector = None

    if mode == "bm25":
        chosen = _top(sparse_scores, rows, k, positive=True)
    elif mode == "dense":
        found = np.asarray([r for r, _ in dense_top], dtype=np.int64)
        chosen = _ordered(found, dense_scores(snapshot.dense, query_vector, found))[:k]
    else:
        sparse_top = _top(sparse_scores, rows, pool, positive=True)
        sides = hybrid_sides(snapshot, question, tokens, sparse_scores, sparse_top, dense_top, query_vector, ranking)
        chosen = fuse_sides(sides, ranking, k)

    chosen_rows = np.asarray([c.row for c in chosen], dtype=np.int64)
    cosines: list = [None] * len(chosen)
    sentences: list = [None] * len(chosen)
    if query_vector is not None and len(chosen_rows):
        cosines = snapshot.dense.similarities(query_vector, chosen_rows).tolist()
        if snapshot.dense.sentences is not None:
            store = snapshot.dense.sentences
            sentences = [tuple(store.cosines(query_vector, row).tolist()) for row in chosen_rows.tolist()]
    return [
        Hit(
            passage=snapshot.passages[row],
            score=float(score),
            rank=position,
            dense=None if cosine is None else float(cosine),
            sparse=None if sparse_scores is None else float(sparse_scores[row]),
            sentences=found,
        )
        for position, ((row, score), cosine, found) in enumerate(zip(chosen, cosines, sentences, strict=True), 1)
    ]


def hybrid_sides(
    snapshot: Snapshot,
    question: Question,
    tokens: list[str],
    sparse_scores: np.ndarray,
    sparse_top: list[Scored],
    dense_top: list[Scored],
    query_vector: np.ndarray,
    ranking: Ranking,
) -> Sides:
    """Gather the candidates of both sides and, for "sentence" fusion, the evidence of
    every candidate.

    Returns:
        the sides; empty lists when neither side found anything.
    """
    candidates = np.asarray(
        list(dict.fromkeys([r for r, _ in dense_top] + [r for r, _ in sparse_top])), dtype=np.int64
    )
    if len(candidates) == 0:
        return Sides([], [], [], [], [], [], [], False)
    dense_side = _ordered(candidates, dense_scores(snapshot.dense, query_vector, candidates))
    sparse_side = _ordered(candidates, sparse_scores[candidates]) if sparse_top else []
    sentence, window, dated, when = [], [], [], False
    if ranking.method == "sentence":
        # ~0.1 ms a passage; measured on the dense side's own candidates too, since with
        # a strong model they are often the ones the question paraphrases.
        terms = query_terms(snapshot.sparse.idf(tokens))
        when = ranking.dated_weight > 0 and question.when
        covered = candidates.tolist()
        found = [evidence(snapshot.passages[row].text, terms, ranking.window_chars, when) for row in covered]
        sentence = best_first((row, e.sentence) for row, e in zip(covered, found, strict=True))
        window = best_first((row, e.window) for row, e in zip(covered, found, strict=True))
        if when:
            dated = best_first((row, e.dated) for row, e in zip(covered, found, strict=True))
    return Sides(sparse_side, dense_side, sparse_top, dense_top, sentence, window, dated, when)


def fuse_sides(sides: Sides, ranking: Ranking, k: int) -> list[Scored]:
    """Weigh and fuse the sides of ``hybrid_sides`` as ``ranking`` says.

    Returns:
        up to k candidates with their fused score, best first.
    """
    if not sides.bm25 and not sides.dense:
        return []
    if ranking.method == "sentence":
        return combine(
            [
                (sides.bm25, 1.0, "max"),
                (sides.sentence, ranking.sentence_weight, "none"),
                (sides.window, ranking.window_weight, "none"),
                (sides.dated, ranking.dated_weight if sides.when else 0.0, "none"),
                (sides.dense, ranking.dense_weight, "minmax"),
            ],
            k,
        )
    if ranking.method == "rrf":  # ranks of each side's own candidates only
        return fuse(sides.dense_top, sides.sparse_top, k, "rrf", ranking.dense_weight)
    return fuse(sides.dense, sides.bm25, k, ranking.method, ranking.dense_weight)


def _ordered(rows: np.ndarray, scores: np.ndarray) -> list[Scored]:
    """Candidates, best first, ties to the lower row."""
    return best_first(zip(rows.tolist(), scores.tolist(), strict=True))


def _scatter(values: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    full = np.full(n, -np.inf, dtype=np.float32)
    full[rows] = values
    return full
