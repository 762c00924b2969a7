"""Vectors of every sentence of every passage: the best sentence's cosine ranks a passage
and tells the answer step which sentence says what the question asks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa.errors import IndexStoreError
from qa.text import sentence_spans

# Stored as float16: cosines move by < 1e-3, and a year of pages (~550k sentences with
# e5's 384 dimensions) takes 420 MB instead of 840 MB, memory-mapped when loaded.
DTYPE = np.float16
VECTORS_FILE = "sentence_vectors.npy"
COUNTS_FILE = "sentence_counts.npy"


def passage_sentences(text: str) -> list[str]:
    """The sentences of a passage that are embedded, in order (``qa.text.sentence_spans``;
    the whole text when it has no sentence end)."""
    spans = sentence_spans(text)
    return [text[start:end] for start, end in spans] if spans else [text]


class SentenceVectors:
    """The sentence vectors of a run of passages, row for row; immutable.

    Attributes:
        vectors: (sentences, dim) float16, the sentences of passage 0 first.
        starts: (passages + 1,) int64: passage r's sentences are ``vectors[starts[r]:starts[r + 1]]``.
    """

    def __init__(self, vectors: np.ndarray, counts: Sequence[int] | np.ndarray) -> None:
        counts = np.asarray(counts, dtype=np.int64)
        self.starts = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=self.starts[1:])
        if vectors.ndim != 2 or len(vectors) != self.starts[-1]:
            raise ValueError(f"{len(vectors)} sentence vectors for {int(self.starts[-1])} sentences")
        self.vectors = vectors

    @classmethod
    def empty(cls, dim: int) -> SentenceVectors:
        """No passages."""
        return cls(np.zeros((0, dim), DTYPE), [])

    def __len__(self) -> int:
        return len(self.starts) - 1

    @property
    def counts(self) -> np.ndarray:
        """Sentences per passage."""
        return np.diff(self.starts)

    def cosines(self, query: np.ndarray, row: int) -> np.ndarray:
        """Cosine of the query with each sentence of one passage, in order (float32)."""
        part = self.vectors[self.starts[row] : self.starts[row + 1]]
        return part.astype(np.float32) @ query.astype(np.float32)

    def best(self, query: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """The highest sentence cosine of each of these passages (float32, in order)."""
        if len(rows) == 0:
            return np.zeros(0, np.float32)
        starts, ends = self.starts[rows], self.starts[rows + 1]
        taken = np.concatenate([np.arange(s, e) for s, e in zip(starts.tolist(), ends.tolist(), strict=True)])
        cosines = self.vectors[taken].astype(np.float32) @ query.astype(np.float32)
        return np.maximum.reduceat(cosines, np.cumsum(np.concatenate([[0], ends - starts]))[:-1])

    def joined(
        self, keep: Sequence[int] | None, parts: Sequence[SentenceVectors], new_keep: Sequence[int] | None = None
    ) -> SentenceVectors:
        """A new store: these rows of this one, then the rows of ``parts`` (in order; of
        their concatenation only ``new_keep`` when given)."""
        pieces, counts = [], []
        for store, rows in [(self, keep), *_kept_rows(parts, new_keep)]:
            if rows is None:
                pieces.append(store.vectors)
                counts.append(store.counts)
            else:
                rows = np.asarray(rows, dtype=np.int64)
                if len(rows):
                    pieces.append(store.vectors[_sentence_rows(store.starts, rows)])
                counts.append(store.counts[rows])
        dim = self.vectors.shape[1]
        vectors = np.concatenate([np.asarray(p, dtype=DTYPE) for p in pieces]) if pieces else np.zeros((0, dim), DTYPE)
        return SentenceVectors(vectors, np.concatenate(counts) if counts else [])

    def per_row(self) -> list[np.ndarray]:
        """Each passage's sentence vectors, as views of ``vectors``."""
        return [self.vectors[start:end] for start, end in zip(self.starts[:-1].tolist(), self.starts[1:].tolist(), strict=True)]

    @classmethod
    def from_rows(cls, rows: Sequence[np.ndarray], dim: int) -> SentenceVectors:
        """A store of these passages' sentence vectors, (sentences, dim) each, in order."""
        if not rows:
            return cls.empty(dim)
        return cls(np.concatenate([np.asarray(r, dtype=DTYPE).reshape(-1, dim) for r in rows]), [len(r) for r in rows])

    def subset(self, rows: Sequence[int]) -> SentenceVectors:
        """A new store holding only these rows, in this order."""
        return self.joined(rows, [])

    def save(self, folder: Path) -> list[str]:
        """Write the vectors and the sentence count of each passage.

        Returns:
            the file names written.
        """
        np.save(folder / VECTORS_FILE, np.asarray(self.vectors, dtype=DTYPE), allow_pickle=False)
        np.save(folder / COUNTS_FILE, self.counts.astype(np.int32), allow_pickle=False)
        return [VECTORS_FILE, COUNTS_FILE]

    @classmethod
    def load(cls, folder: Path, passages: int, dim: int) -> SentenceVectors | None:
        """Read what ``save`` wrote (the vectors memory-mapped), or None for an index built
        without sentence vectors.

        Raises:
            IndexStoreError: when the files are damaged or do not match the passages.
        """
        if not (folder / VECTORS_FILE).exists() and not (folder / COUNTS_FILE).exists():
            return None
        try:
            counts = np.load(folder / COUNTS_FILE, allow_pickle=False)
            vectors = np.load(folder / VECTORS_FILE, allow_pickle=False, mmap_mode="r")
        except (OSError, ValueError) as error:
            raise IndexStoreError(f"sentence vectors in {folder} are damaged: {error}") from error
        if counts.shape != (passages,) or vectors.ndim != 2 or vectors.shape[1] != dim or vectors.dtype != DTYPE:
            raise IndexStoreError(f"sentence vectors in {folder} do not match its {passages} passages")
        try:
            return cls(vectors, counts)
        except ValueError as error:
            raise IndexStoreError(f"sentence vectors in {folder} do not match: {error}") from error


def _sentence_rows(starts: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Indices of the sentences of these passages, in order."""
    return np.concatenate(
        [np.arange(starts[r], starts[r + 1]) for r in rows.tolist()] or [np.zeros(0, np.int64)]
    )


def _kept_rows(parts: Sequence[SentenceVectors], new_keep: Sequence[int] | None):
    """(store, rows of it to keep or None for all) for each part, ``new_keep`` counting
    rows over the parts' concatenation."""
    if new_keep is None:
        return [(part, None) for part in parts]
    wanted = np.asarray(new_keep, dtype=np.int64)
    kept, offset = [], 0
    for part in parts:
        lo, hi = np.searchsorted(wanted, [offset, offset + len(part)])
        kept.append((part, wanted[lo:hi] - offset))
        offset += len(part)
    return kept
