"""Ranking candidates an engine found (Milvus) exactly as the file store ranks its rows:
the project's BM25 on them with the whole index's term statistics, then ``hybrid.rank``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from qa.retrieve.bm25 import DEFAULT_B, DEFAULT_K1, tokenize
from qa.retrieve.dense import DenseIndex
from qa.retrieve.hybrid import Ranking, Snapshot, rank
from qa.retrieve.sentence_vectors import SentenceVectors
from qa.types import Hit, Passage, Question


@dataclass(frozen=True)
class TermStats:
    """The whole index's BM25 statistics.

    Attributes:
        passages: how many passages the index holds.
        tokens: their total token count (with repeats), for the average length.
        frequencies: for the query's tokens, how many passages hold each (absent: none).
    """

    passages: int
    tokens: int
    frequencies: Mapping[str, int]


class CandidateBM25:
    """BM25 over a few candidate passages with the whole index's statistics: the same
    score ``SparseIndex.scores`` gives those passages in the full index (float32 as there).

    It offers what ``hybrid.rank`` reads of a SparseIndex: ``tokenizer``, ``scores``, ``idf``.
    """

    def __init__(
        self,
        texts: Sequence[str],
        stats: TermStats,
        tokenizer: str,
        k1: float = DEFAULT_K1,
        b: float = DEFAULT_B,
    ) -> None:
        self.tokenizer = tokenizer
        self.stats = stats
        self.k1, self.b = float(k1), float(b)
        self._counts = [Counter(tokenize(text, tokenizer)) for text in texts]
        self._lengths = np.asarray([sum(c.values()) for c in self._counts], dtype=np.float64)

    def __len__(self) -> int:
        return len(self._counts)

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """BM25 IDF of each token some passage of the index holds (others left out)."""
        n = self.stats.passages
        found = {}
        for token in tokens:
            df = self.stats.frequencies.get(token, 0)
            if df > 0:
                found[token] = float(np.log1p((n - df + 0.5) / (df + 0.5)))
        return found

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every candidate, in candidate order (>= 0, float32)."""
        n = self.stats.passages
        avg_len = max(self.stats.tokens / n, 1e-9) if n else 1e-9
        norm = (self.k1 * (1 - self.b + self.b * self._lengths / avg_len)).astype(np.float32)
        total = np.zeros(len(self._counts), dtype=np.float64)
        for token in dict.fromkeys(query_tokens):
            df = self.stats.frequencies.get(token, 0)
            if df <= 0:
                continue
            # In float32, as SparseIndex computes it, so equal passages tie the same way.
            df32 = np.float32(df)
            idf = np.log1p((np.float32(n) - df32 + np.float32(0.5)) / (df32 + np.float32(0.5)))
            tf = np.asarray([c.get(token, 0) for c in self._counts], dtype=np.float32)
            held = tf > 0
            weight = np.zeros_like(tf)
            weight[held] = tf[held] / (tf[held] + norm[held]) * idf
            total += weight
        return total.astype(np.float32)


def rank_candidates(
    passages: Sequence[Passage],
    texts: Sequence[str],
    vectors: np.ndarray,
    stats: TermStats,
    tokenizer: str,
    question: Question,
    query_vector: np.ndarray | None,
    k: int,
    mode: str,
    ranking: Ranking | None = None,
    sentences: Sequence[np.ndarray | None] | None = None,
) -> list[Hit]:
    """Rank an engine's candidates with the file store's ranking (``hybrid.rank``).

    Args:
        passages: the candidates, in the index's insertion order (ties go to the earlier).
        texts: their lexical texts (what the project's BM25 tokenises).
        vectors: their normalised vectors, row for row.
        stats: the whole index's BM25 statistics for the question's tokens.
        tokenizer: the index's BM25 tokenizer.
        question, query_vector, k, mode, ranking: as ``hybrid.rank`` takes them.
        sentences: each candidate's sentence vectors (the dense side then scores a passage
            by its best sentence, as the file store does); None, or any None: by the
            passage vector.

    Returns:
        up to k hits, best first (scores as the file store gives them).
    """
    dim = vectors.shape[1] if vectors.ndim == 2 else (len(query_vector) if query_vector is not None else 1)
    by_sentence = None
    if sentences is not None and len(sentences) and all(s is not None for s in sentences):
        by_sentence = SentenceVectors.from_rows(sentences, dim)  # type: ignore[arg-type]  (none is None)
    snapshot = Snapshot(
        {},
        tuple(passages),
        CandidateBM25(texts, stats, tokenizer),  # type: ignore[arg-type]  (the part rank reads)
        DenseIndex(np.asarray(vectors, dtype=np.float32).reshape(len(passages), dim), sentences=by_sentence),
    )
    return rank(snapshot, question, query_vector, k, mode, None, ranking or Ranking())
