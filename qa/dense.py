"""FAISS inner-product search over normalised vectors: exact when small, HNSW when large."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa.errors import IndexStoreError

# Below this many passages search is exact (IndexFlatIP); above it an HNSW graph is built.
# Measured (benchmarks/retrieval.py, scale section): exact search costs ~0.09 ms per 1,000
# passages on one thread (8.8 ms at 100k), while HNSW lost 5-14 % of the exact top 10 at
# 50k-100k; so exact search is kept until it would pass ~18 ms.
EXACT_LIMIT = 200_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256


def _faiss():
    import faiss

    return faiss


class DenseIndex:
    """Passage vectors (rows in passage order) and the FAISS index over them.

    Instances are not modified after construction: ``extended`` and ``subset`` return
    new ones, so concurrent searches on the old one are safe.
    """

    def __init__(self, vectors: np.ndarray, exact_limit: int = EXACT_LIMIT, faiss_index=None) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2:
            raise ValueError("vectors must be a 2-d array")
        self.vectors = vectors
        self.dim = vectors.shape[1]
        self.exact_limit = exact_limit
        self.index = faiss_index if faiss_index is not None else self._build()

    @property
    def exact(self) -> bool:
        """True when searches are exhaustive (IndexFlatIP)."""
        return len(self.vectors) <= self.exact_limit

    def __len__(self) -> int:
        return len(self.vectors)

    def _build(self):
        faiss = _faiss()
        if self.exact:
            index = faiss.IndexFlatIP(self.dim)
        else:
            index = faiss.IndexHNSWFlat(self.dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        if len(self.vectors):
            index.add(self.vectors)
        return index

    def extended(self, vectors: np.ndarray) -> DenseIndex:
        """A new index with these vectors appended as rows (an HNSW graph is copied and
        grown rather than rebuilt)."""
        combined = np.concatenate([self.vectors, np.asarray(vectors, dtype=np.float32)])
        if self.exact or len(vectors) == 0:
            return DenseIndex(combined, self.exact_limit)
        grown = _faiss().clone_index(self.index)
        grown.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return DenseIndex(combined, self.exact_limit, grown)

    def subset(self, rows: Sequence[int]) -> DenseIndex:
        """A new index holding only these rows, in this order."""
        return DenseIndex(self.vectors[np.asarray(rows, dtype=np.int64)], self.exact_limit)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The k rows most similar to a query vector.

        Returns:
            (scores, rows), best first: cosine similarities (float32) and row numbers;
            fewer than k when the index is smaller.
        """
        k = min(k, len(self.vectors))
        if k <= 0:
            return np.zeros(0, np.float32), np.zeros(0, np.int64)
        faiss = _faiss()
        params = None
        if not self.exact:
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, k))
        # One OpenMP thread for a single query: with two, a flat search of 10k vectors
        # took 16 ms instead of 0.5 ms whenever the other core was busy (measured).
        # The setting is per calling thread; it is restored afterwards.
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            scores, rows = self.index.search(query.reshape(1, -1).astype(np.float32), k, params=params)
        finally:
            faiss.omp_set_num_threads(threads)
        keep = rows[0] >= 0
        return scores[0][keep], rows[0][keep].astype(np.int64)

    def similarities(self, query: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Exact cosine of the query with the given rows (all rows when None).

        Returns:
            float32 similarities in the order of rows.
        """
        vectors = self.vectors if rows is None else self.vectors[rows]
        return vectors @ query.astype(np.float32)

    def save(self, folder: Path) -> list[str]:
        """Write vectors.npy (and dense.faiss for an approximate index) into folder.

        Returns:
            the file names written.
        """
        np.save(folder / "vectors.npy", self.vectors, allow_pickle=False)
        if self.exact:
            return ["vectors.npy"]
        _faiss().write_index(self.index, str(folder / "dense.faiss"))
        return ["vectors.npy", "dense.faiss"]

    @classmethod
    def load(cls, folder: Path, dim: int, count: int, exact_limit: int = EXACT_LIMIT) -> DenseIndex:
        """Read what ``save`` wrote, checking shape against the manifest.

        Raises:
            IndexStoreError: when files are missing, damaged or of the wrong shape.
        """
        try:
            vectors = np.load(folder / "vectors.npy", allow_pickle=False)
        except (OSError, ValueError) as error:
            raise IndexStoreError(f"vectors.npy in {folder} is damaged: {error}") from error
        if vectors.shape != (count, dim) or vectors.dtype != np.float32:
            raise IndexStoreError(
                f"vectors.npy in {folder} has shape {vectors.shape} {vectors.dtype},"
                f" expected ({count}, {dim}) float32"
            )
        faiss_index = None
        if count > exact_limit:
            path = folder / "dense.faiss"
            try:
                faiss_index = _faiss().read_index(str(path))
            except Exception as error:
                raise IndexStoreError(f"{path} is damaged or missing: {error}") from error
            if faiss_index.ntotal != count or faiss_index.d != dim:
                raise IndexStoreError(f"{path} does not match vectors.npy")
        return cls(vectors, exact_limit, faiss_index)
