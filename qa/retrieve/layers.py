"""A shared snapshot and a small one on top (one user's private files), searched as one.

The top layer is indexed on its own (its rows embedded once, with the shared index's
embedder and settings) and joined to the shared snapshot only in the view: no row of the
shared index is copied, so a view costs memory for the top layer's rows alone, whatever
the size of the shared index.

Scores are those of the two layers' passages indexed together, up to one shortcut:

- BM25 uses the document frequencies and passage count of both layers (a term common in
  the private files is not rare just because the top layer is small), and the shared
  layer's average passage length for every row (the shared rows' weights keep theirs, so
  the private rows are normalised alike rather than by their own handful).
- Dense search is exact: the best rows of each layer, merged by cosine.
- Everything downstream (candidates, evidence, fusion) reads the joined view, so a private
  passage competes with the shared ones on the same scale.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Iterator, Sequence
from itertools import chain

import numpy as np

from qa.retrieve.bm25 import SparseIndex
from qa.retrieve.dense import DenseIndex
from qa.retrieve.hybrid import Snapshot
from qa.retrieve.sentence_vectors import SentenceVectors
from qa.types import Passage

READ_ONLY = "a layered view is read-only: change the index of one of its layers instead"


class LayeredPassages(Sequence):
    """The passages of both layers as one sequence: the shared ones, then the top ones."""

    def __init__(self, base: Sequence[Passage], top: Sequence[Passage]) -> None:
        self.base, self.top = base, top
        self._split = len(base)

    def __len__(self) -> int:
        return self._split + len(self.top)

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        row = int(row)
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self.base[row] if row < self._split else self.top[row - self._split]

    def __iter__(self) -> Iterator[Passage]:
        return chain(self.base, self.top)

    def __add__(self, other):
        raise TypeError(READ_ONLY)


class LayeredSparse:
    """BM25 over both layers with the statistics of both (see the module docstring)."""

    def __init__(self, base: SparseIndex, top: SparseIndex) -> None:
        if base.tokenizer != top.tokenizer:
            raise ValueError(f"layers tokenise differently ({base.tokenizer} vs {top.tokenizer})")
        self.tokenizer = base.tokenizer
        self.base, self.top = base, top
        self._n = len(base) + len(top)
        average = base.average_length if len(base) else top.average_length
        top_terms = sorted(top.vocab, key=top.vocab.__getitem__)
        shared_df = base.document_frequencies(top_terms)
        extra = np.fromiter((shared_df.get(t, 0) for t in top_terms), dtype=np.float32, count=len(top_terms))
        self._top_weighted = top.reweighted(self._n, average, extra)

    def __len__(self) -> int:
        return self._n

    def document_frequencies(self, tokens) -> dict[str, int]:
        """How many passages of either layer hold each known token."""
        tokens = list(tokens)
        found = self.base.document_frequencies(tokens)
        for token, df in self.top.document_frequencies(tokens).items():
            found[token] = found.get(token, 0) + df
        return found

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """BM25 idf of each known token over both layers."""
        n = self._n
        return {t: float(np.log1p((n - df + 0.5) / (df + 0.5))) for t, df in self.document_frequencies(tokens).items()}

    def scores(self, query_tokens: Sequence[str]) -> np.ndarray:
        """BM25 score of every row of both layers (shared rows first).

        Returns:
            (len(self),) float32 scores >= 0.
        """
        tokens = list(dict.fromkeys(query_tokens))
        both = self.idf(tokens)
        own = self.base.idf(tokens)
        # The shared rows' weights hold the shared layer's idf: swap in the joint one.
        scale = {t: both[t] / own[t] for t in own if own[t] > 0}
        return np.concatenate([self.base.scores(tokens, scale), self._top_weighted.scores(tokens)])

    def rows_with_all(self, tokens: Sequence[str]) -> np.ndarray:
        """Rows of either layer holding every one of these tokens, ascending."""
        top = self.top.rows_with_all(tokens) + len(self.base)
        return np.concatenate([self.base.rows_with_all(tokens), top]).astype(np.int64)

    def joined(self, *args, **kwargs):
        raise TypeError(READ_ONLY)

    subset = save = joined


class LayeredSentences:
    """The sentence vectors of both layers, row for row (``qa.retrieve.sentence_vectors``)."""

    def __init__(self, base: SentenceVectors, top: SentenceVectors) -> None:
        self.base, self.top = base, top
        self._split = len(base)

    def __len__(self) -> int:
        return self._split + len(self.top)

    def cosines(self, query: np.ndarray, row: int) -> np.ndarray:
        """Cosine of the query with each sentence of one passage, in order."""
        row = int(row)
        return self.base.cosines(query, row) if row < self._split else self.top.cosines(query, row - self._split)

    def best(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The highest sentence cosine of each of these passages, in order."""
        rows = np.asarray(rows, dtype=np.int64)
        out = np.empty(len(rows), dtype=np.float32)
        low = rows < self._split
        if low.any():
            out[low] = self.base.best(query, rows[low])
        if not low.all():
            out[~low] = self.top.best(query, rows[~low] - self._split)
        return out


class LayeredDense:
    """Exact dense search over both layers: each layer's best rows, merged by cosine."""

    def __init__(self, base: DenseIndex, top: DenseIndex) -> None:
        if base.dim != top.dim:
            raise ValueError(f"layers have vectors of {base.dim} and {top.dim} dimensions")
        self.base, self.top = base, top
        self.dim = base.dim
        self._split = len(base)
        # Sentence vectors when both layers have them (an empty top layer has none yet).
        top_sentences = top.sentences if top.sentences is not None or len(top) else SentenceVectors.empty(top.dim)
        both = base.sentences is not None and top_sentences is not None
        self.sentences = LayeredSentences(base.sentences, top_sentences) if both else None

    def __len__(self) -> int:
        return self._split + len(self.top)

    @property
    def exact(self) -> bool:
        """True when both layers search exhaustively."""
        return self.base.exact and self.top.exact

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The k rows of both layers most similar to a query vector.

        Returns:
            (scores, rows), best first (ties to the lower row), as ``DenseIndex.search``.
        """
        base_scores, base_rows = self.base.search(query, k)
        top_scores, top_rows = self.top.search(query, k)
        scores = np.concatenate([base_scores, top_scores]).astype(np.float32)
        rows = np.concatenate([base_rows, top_rows + self._split]).astype(np.int64)
        order = np.lexsort((rows, -scores))[:k]
        return scores[order], rows[order]

    def similarities(self, query: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Exact cosine of the query with the given rows of the view (all when None)."""
        if rows is None:
            return np.concatenate([self.base.similarities(query), self.top.similarities(query)])
        rows = np.asarray(rows, dtype=np.int64)
        out = np.empty(len(rows), dtype=np.float32)
        low = rows < self._split
        if low.any():
            out[low] = self.base.similarities(query, rows[low])
        if not low.all():
            out[~low] = self.top.similarities(query, rows[~low] - self._split)
        return out

    def joined(self, *args, **kwargs):
        raise TypeError(READ_ONLY)

    subset = save = extended = joined


def layered(base: Snapshot, top: Snapshot) -> Snapshot:
    """A snapshot searching ``base`` and ``top`` as one collection (rows of ``base`` first).

    Articles are looked up in ``top`` first; the caller keeps the two layers' ids apart.

    Returns:
        a read-only snapshot for ``qa.retrieve.hybrid.rank``; nothing of ``base`` is copied.
    """
    return Snapshot(
        ChainMap(top.articles, base.articles),
        LayeredPassages(base.passages, top.passages),
        LayeredSparse(base.sparse, top.sparse),
        LayeredDense(base.dense, top.dense),
    )
