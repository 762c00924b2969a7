"""FAISS inner-product search over normalised vectors: exact when small, HNSW when large,
quantised (IVF over 8-bit scalars, the best re-scored exactly) when very large."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from qa.errors import IndexStoreError
from qa.retrieve.sentence_vectors import SentenceVectors

# Below this many passages search is exact (IndexFlatIP); above it an HNSW graph is built.
# Measured (benchmarks/retrieval.py, scale section): exact search costs ~0.09 ms per 1,000
# passages on one thread (8.8 ms at 100k), while HNSW lost 5-14 % of the exact top 10 at
# 50k-100k; so exact search is kept until it would pass ~18 ms.
EXACT_LIMIT = 200_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 256
# Above this many passages the float32 vectors (2 GB a million at 512 dimensions) stay on
# disk, memory-mapped, and FAISS searches an IVF index of 8-bit scalars (a quarter of the
# memory); its best RESCORE rows are scored again exactly from the float32 vectors.
# NPROBE and RESCORE: benchmarks/scale.py --passages 1000000 (chosen on half the questions).
QUANTISED_LIMIT = 500_000
NPROBE = 32
RESCORE = 256


def _faiss():
    import faiss

    return faiss


class _Storage:
    """Exposes a FAISS flat storage as a numpy array that keeps its index alive."""

    def __init__(self, index, flat) -> None:
        self.index = index  # the owner of the memory, kept while the array lives
        self.__array_interface__ = {
            "data": (int(flat.get_xb()), True),  # read-only
            "shape": (flat.ntotal, flat.d),
            "typestr": "<f4",
            "version": 3,
        }


def _flat_storage(index):
    """The IndexFlat holding an index's vectors (the index itself, or an HNSW's storage)."""
    faiss = _faiss()
    return index if isinstance(index, faiss.IndexFlat) else faiss.downcast_index(index.storage)


class DenseIndex:
    """Passage vectors (rows in passage order) and the FAISS index over them, with the
    vectors of each passage's sentences when the index was built with them.

    The vectors are held once, inside FAISS; ``vectors`` is a read-only view of them.
    Instances are not modified after construction: ``extended``, ``subset`` and
    ``joined`` return new ones, so concurrent searches on the old one are safe.

    Attributes:
        sentences: the sentence vectors, row for row, or None (an index whose rows were
            embedded as whole passages).
    """

    def __init__(
        self,
        vectors: np.ndarray | None,
        exact_limit: int = EXACT_LIMIT,
        faiss_index=None,
        stored=None,
        sentences: SentenceVectors | None = None,
    ) -> None:
        """Index these vectors (copied into FAISS), or wrap ``faiss_index`` (vectors None);
        a quantised ``faiss_index`` comes with its float32 vectors as ``stored`` (an array
        or a memory map)."""
        if faiss_index is None:
            vectors = np.asarray(vectors, dtype=np.float32)
            if vectors.ndim != 2:
                raise ValueError("vectors must be a 2-d array")
            if len(vectors) > QUANTISED_LIMIT:
                faiss_index, stored = _quantised(vectors), vectors
            else:
                faiss_index = _build([vectors], len(vectors), vectors.shape[1], exact_limit)
        self.index = faiss_index
        self.dim = faiss_index.d
        self.exact_limit = exact_limit
        if sentences is not None and len(sentences) != faiss_index.ntotal:
            raise ValueError(f"sentence vectors for {len(sentences)} passages, {faiss_index.ntotal} passage vectors")
        self.sentences = sentences
        if stored is not None:
            self.vectors = stored
            return
        flat = _flat_storage(faiss_index)
        if flat.ntotal:
            self.vectors = np.asarray(_Storage(faiss_index, flat))
        else:
            self.vectors = np.zeros((0, self.dim), np.float32)

    @property
    def quantised(self) -> bool:
        """True when FAISS holds 8-bit scalars and the float32 vectors are kept apart."""
        return isinstance(self.index, _faiss().IndexIVF)

    @property
    def exact(self) -> bool:
        """True when searches are exhaustive (IndexFlatIP)."""
        return len(self.vectors) <= self.exact_limit and not self.quantised

    def __len__(self) -> int:
        return len(self.vectors)

    def extended(self, vectors: np.ndarray, sentences: SentenceVectors | None = None) -> DenseIndex:
        """A new index with these vectors (and their sentences' vectors) appended as rows
        (an HNSW graph is copied and grown rather than rebuilt)."""
        return self.joined(None, [np.asarray(vectors, dtype=np.float32)], None, None if sentences is None else [sentences])

    def subset(self, rows: Sequence[int]) -> DenseIndex:
        """A new index holding only these rows, in this order."""
        return self.joined(rows, [], None, [])

    def joined(
        self,
        keep: Sequence[int] | None,
        parts: list[np.ndarray],
        new_keep: Sequence[int] | None = None,
        sentence_parts: Sequence[SentenceVectors] | None = None,
    ) -> DenseIndex:
        """A new index: these rows of this one, then the rows of ``parts`` (arrays, in
        order). ``parts`` is emptied as it is copied, so vectors are never held twice
        over. An HNSW graph kept whole is copied and grown rather than rebuilt.

        Sentence vectors are kept when every row has them: this index's (or it has no
        rows) and ``sentence_parts``'; otherwise the new index has none.

        Args:
            keep: rows of this index to keep, in order (None: all).
            parts: new vectors, (n_i, dim) float32 arrays.
            new_keep: rows of the concatenated parts to keep, in order (None: all).
            sentence_parts: the sentence vectors of ``parts``, part for part (None: none).
        """
        new_total = sum(len(part) for part in parts) if new_keep is None else len(new_keep)
        total = (len(self) if keep is None else len(keep)) + new_total
        sentences = None
        if sentence_parts is not None and (self.sentences is not None or not len(self)):
            own = self.sentences if self.sentences is not None else SentenceVectors.empty(self.dim)
            sentences = own.joined(keep, sentence_parts, new_keep)
        pieces = _pieces(self.vectors, keep, parts, new_keep)
        if total > QUANTISED_LIMIT:
            # The float32 rows are kept beside the index (in memory until saved and loaded).
            vectors = np.concatenate([np.asarray(p, dtype=np.float32) for p in pieces])
            return DenseIndex(None, self.exact_limit, _quantised(vectors), stored=vectors, sentences=sentences)
        if total > self.exact_limit and not self.exact and keep is None and len(self):
            grown = _faiss().clone_index(self.index)
            next(pieces)  # this index's own rows are in the copy
            for piece in pieces:
                grown.add(piece)
            return DenseIndex(None, self.exact_limit, grown, sentences=sentences)
        return DenseIndex(
            None, self.exact_limit, _build(pieces, total, self.dim, self.exact_limit), sentences=sentences
        )

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
        wanted = k
        if self.quantised:
            params = faiss.SearchParametersIVF(nprobe=NPROBE)
            wanted = min(max(k, RESCORE), len(self.vectors))
        elif not self.exact:
            params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, k))
        # One OpenMP thread for a single query: with two, a flat search of 10k vectors
        # took 16 ms instead of 0.5 ms whenever the other core was busy (measured).
        # The setting is per calling thread; it is restored afterwards.
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(1)
        try:
            scores, rows = self.index.search(query.reshape(1, -1).astype(np.float32), wanted, params=params)
        finally:
            faiss.omp_set_num_threads(threads)
        keep = rows[0] >= 0
        scores, rows = scores[0][keep], rows[0][keep].astype(np.int64)
        if self.quantised and len(rows):
            # The 8-bit scores only choose candidates; their order comes from the float32 rows.
            scores = self.similarities(query, rows)
            best = np.lexsort((rows, -scores))[:k]
            scores, rows = scores[best], rows[best]
        return scores, rows

    def similarities(self, query: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Exact cosine of the query with the given rows (all rows when None).

        Returns:
            float32 similarities in the order of rows.
        """
        if rows is not None and isinstance(self.vectors, np.memmap):
            order = np.argsort(rows)  # read the memory map front to back
            vectors = np.empty((len(rows), self.dim), np.float32)
            vectors[order] = self.vectors[np.asarray(rows)[order]]
        else:
            vectors = self.vectors if rows is None else self.vectors[rows]
        return np.asarray(vectors @ query.astype(np.float32), dtype=np.float32)

    def save(self, folder: Path) -> list[str]:
        """Write vectors.npy (and dense.faiss for an approximate index, the sentence
        vectors when there are some) into folder.

        Returns:
            the file names written.
        """
        np.save(folder / "vectors.npy", self.vectors, allow_pickle=False)
        names = ["vectors.npy"]
        if not self.exact:
            _faiss().write_index(self.index, str(folder / "dense.faiss"))
            names.append("dense.faiss")
        if self.sentences is not None:
            names += self.sentences.save(folder)
        return names

    @classmethod
    def load(cls, folder: Path, dim: int, count: int, exact_limit: int = EXACT_LIMIT) -> DenseIndex:
        """Read what ``save`` wrote, checking shape against the manifest. vectors.npy is
        memory-mapped and copied into FAISS a slice at a time (an HNSW index brings its
        own copy in dense.faiss), so the vectors are never in memory twice; the sentence
        vectors stay memory-mapped (a search reads only its candidates').

        Raises:
            IndexStoreError: when files are missing, damaged or of the wrong shape.
        """
        try:
            vectors = np.load(folder / "vectors.npy", allow_pickle=False, mmap_mode="r")
        except (OSError, ValueError) as error:
            raise IndexStoreError(f"vectors.npy in {folder} is damaged: {error}") from error
        if vectors.shape != (count, dim) or vectors.dtype != np.float32:
            raise IndexStoreError(
                f"vectors.npy in {folder} has shape {vectors.shape} {vectors.dtype},"
                f" expected ({count}, {dim}) float32"
            )
        sentences = SentenceVectors.load(folder, count, dim)
        if count <= exact_limit and not (folder / "dense.faiss").exists():
            slices = (vectors[start : start + 8192] for start in range(0, count, 8192))
            index = _build(slices, count, dim, exact_limit)
            del vectors  # closes the memory map
            return cls(None, exact_limit, index, sentences=sentences)
        path = folder / "dense.faiss"
        try:
            faiss_index = _faiss().read_index(str(path))
        except Exception as error:
            raise IndexStoreError(f"{path} is damaged or missing: {error}") from error
        if faiss_index.ntotal != count or faiss_index.d != dim:
            raise IndexStoreError(f"{path} does not match vectors.npy")
        if isinstance(faiss_index, _faiss().IndexIVF):
            return cls(None, exact_limit, faiss_index, stored=vectors, sentences=sentences)  # the vectors stay on disk
        del vectors
        return cls(None, exact_limit, faiss_index, sentences=sentences)

def _build(pieces, total: int, dim: int, exact_limit: int):
    """A FAISS index over the rows of ``pieces`` (an iterable of arrays, added one at a
    time): exact up to ``exact_limit`` rows, HNSW above."""
    faiss = _faiss()
    if total <= exact_limit:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    for piece in pieces:
        if len(piece):
            index.add(np.ascontiguousarray(piece, dtype=np.float32))
    return index


def _quantised(vectors: np.ndarray):
    """An IVF index of 8-bit scalars over these vectors: about 2·√n lists, trained on a
    sample of 40 vectors a list (k-means), every vector then added."""
    faiss = _faiss()
    n, dim = vectors.shape
    lists = max(1, min(int(2 * np.sqrt(n)), n // 40))
    index = faiss.IndexIVFScalarQuantizer(
        faiss.IndexFlatIP(dim), dim, lists, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT
    )
    sample = np.random.default_rng(0).choice(n, size=min(n, 40 * lists), replace=False)
    index.train(np.ascontiguousarray(vectors[np.sort(sample)], dtype=np.float32))
    for start in range(0, n, 65536):
        index.add(np.ascontiguousarray(vectors[start : start + 65536], dtype=np.float32))
    return index


def _pieces(vectors: np.ndarray, keep, parts: list[np.ndarray], new_keep, size: int = 8192):
    """The kept rows of ``vectors`` (all of them as the first item when ``keep`` is None,
    else in slices of ``size``), then the kept rows of each part (``new_keep`` ascending),
    taking parts off the list as they are used."""
    if keep is None:
        yield vectors
    else:
        keep = np.asarray(keep, dtype=np.int64)
        for start in range(0, len(keep), size):
            yield vectors[keep[start : start + size]]
    wanted = None if new_keep is None else np.asarray(new_keep, dtype=np.int64)
    offset = 0
    while parts:
        part = parts.pop(0)
        if wanted is None:
            yield part
        else:
            lo, hi = np.searchsorted(wanted, [offset, offset + len(part)])
            yield part[wanted[lo:hi] - offset]
        offset += len(part)
