"""BM25 over Chinese tokens (character bigrams and/or jieba words), kept as sparse counts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

from qa.errors import IndexStoreError
from qa.text import bigram_tokens, fold, word_tokens

# Above this many passages the BM25 weights are saved beside the counts and memory-mapped
# when loaded (the pages a query touches are read from disk), and the counts are read only
# when the index changes: a million passages' weights and counts are ~1.6 GB.
MMAP_LIMIT = 200_000
WEIGHT_FILES = ("bm25_data.npy", "bm25_indices.npy", "bm25_indptr.npy")

# Chosen on the eval sets (benchmarks/retrieval.py, benchmarks/RESULTS.md).
DEFAULT_TOKENIZER = "bigram+unigram"
DEFAULT_K1 = 1.2
DEFAULT_B = 0.75


def _bigram(folded: str) -> list[str]:
    return bigram_tokens(folded)


def _bigram_unigram(folded: str) -> list[str]:
    return bigram_tokens(folded, unigrams=True)


def _bigram_word(folded: str) -> list[str]:
    return bigram_tokens(folded) + word_tokens(folded)


TOKENIZERS: dict[str, Callable[[str], list[str]]] = {
    "bigram": _bigram,
    "bigram+unigram": _bigram_unigram,
    "word": word_tokens,
    "bigram+word": _bigram_word,
}


def tokenize(text: str, tokenizer: str = DEFAULT_TOKENIZER) -> list[str]:
    """Tokens of a passage (its ranking text) for BM25: folded, then split.

    Returns:
        tokens in text order (duplicates kept: they are term frequencies).
    """
    return TOKENIZERS[tokenizer](fold(text))


def tokenize_query(text: str, tokenizer: str = DEFAULT_TOKENIZER) -> list[str]:
    """Tokens of a query's analysed text (``Question.lexical``: folded, question words out).

    Returns:
        distinct tokens, first occurrence order.
    """
    return list(dict.fromkeys(TOKENIZERS[tokenizer](text)))


class TermCounts:
    """Term counts of passages being indexed, under a vocabulary of their own, so a batch
    can be counted (and its token lists dropped) before it joins an index.

    Attributes:
        vocab: token -> id, ids in order of first appearance.
        rows: per passage, its distinct term ids (int32).
        tfs: per passage, their counts (int32).
    """

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self.rows: list[np.ndarray] = []
        self.tfs: list[np.ndarray] = []

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, token_lists: Sequence[Sequence[str]]) -> None:
        """Count the tokens of each passage (one list per passage, duplicates kept)."""
        vocab = self.vocab
        lengths = np.fromiter((len(tokens) for tokens in token_lists), dtype=np.int64, count=len(token_lists))
        ids = np.fromiter(
            (vocab.setdefault(token, len(vocab)) for tokens in token_lists for token in tokens),
            dtype=np.int64,
            count=int(lengths.sum()),
        )
        # One sort for the whole batch: key = passage * vocabulary size + term id.
        passage = np.repeat(np.arange(len(token_lists), dtype=np.int64), lengths)
        keys, counts = np.unique(passage * max(len(vocab), 1) + ids, return_counts=True)
        owner = keys // max(len(vocab), 1)
        bounds = np.searchsorted(owner, np.arange(len(token_lists) + 1))
        terms = (keys % max(len(vocab), 1)).astype(np.int32)
        counts = counts.astype(np.int32)
        for start, end in zip(bounds[:-1], bounds[1:], strict=True):
            self.rows.append(terms[start:end])
            self.tfs.append(counts[start:end])


class SparseIndex:
    """BM25 (Lucene variant, as bm25s computes it) over per-passage term counts.

    Counts are stored, BM25 weights derived from them, so adding or removing passages
    never re-tokenises the others. Rows follow the index's passage order.
    """

    def __init__(
        self, tokenizer: str = DEFAULT_TOKENIZER, k1: float = DEFAULT_K1, b: float = DEFAULT_B
    ) -> None:
        if tokenizer not in TOKENIZERS:
            raise ValueError(f"unknown tokenizer {tokenizer!r}; choose from {sorted(TOKENIZERS)}")
        self.tokenizer = tokenizer
        self.k1 = float(k1)
        self.b = float(b)
        self.vocab: dict[str, int] = {}
        self._counts_file: Path | None = None  # counts not read yet (a memory-mapped load)
        self._rows: list[np.ndarray] = []  # per passage: its distinct term ids
        self._tfs: list[np.ndarray] = []  # per passage: their counts
        self._average_length = 0.0
        self._weights = self._build_weights()  # CSC (docs × vocab) BM25 weights

    @property
    def _rows(self) -> list[np.ndarray]:
        self._read_counts()
        return self._row_list

    @_rows.setter
    def _rows(self, rows: list[np.ndarray]) -> None:
        self._row_list = rows

    @property
    def _tfs(self) -> list[np.ndarray]:
        self._read_counts()
        return self._tf_list

    @_tfs.setter
    def _tfs(self, tfs: list[np.ndarray]) -> None:
        self._tf_list = tfs

    def _read_counts(self) -> None:
        """Read the counts of a memory-mapped load (the first change needs them)."""
        if self._counts_file is None:
            return
        path, self._counts_file = self._counts_file, None
        self._row_list, self._tf_list = _split_counts(*_read_counts(path))

    def __len__(self) -> int:
        return self._weights.shape[0] if self._counts_file is not None else len(self._row_list)

    def extended(self, token_lists: Sequence[Sequence[str]]) -> SparseIndex:
        """A new index with these passages (given as token lists) appended as rows.

        The receiver is left unchanged, so searches running on it are not disturbed.
        """
        terms = TermCounts()
        terms.add(token_lists)
        return self.joined(None, terms)

    def joined(
        self, keep: Sequence[int] | None, terms: TermCounts, new_keep: Sequence[int] | None = None
    ) -> SparseIndex:
        """A new index: these rows of this one, then rows of ``terms`` (counted under their
        own vocabulary, mapped into this one's here). Weights are computed once.

        Args:
            keep: rows of this index to keep, in order (None: all).
            terms: the new passages' term counts.
            new_keep: rows of ``terms`` to append, in order (None: all).
        """
        other = self._copy()
        if keep is not None:
            other._rows = [self._rows[i] for i in keep]
            other._tfs = [self._tfs[i] for i in keep]
        vocab = other.vocab
        translate = np.fromiter(
            (vocab.setdefault(token, len(vocab)) for token in terms.vocab), dtype=np.int32, count=len(terms.vocab)
        )
        for row in range(len(terms)) if new_keep is None else new_keep:
            other._rows.append(translate[terms.rows[row]])
            other._tfs.append(terms.tfs[row])
        other._weights = other._build_weights()
        return other

    def subset(self, rows: Sequence[int]) -> SparseIndex:
        """A new index holding only these rows, in this order (vocabulary ids stay valid)."""
        other = self._copy()
        other._rows = [self._rows[i] for i in rows]
        other._tfs = [self._tfs[i] for i in rows]
        other._weights = other._build_weights()
        return other

    def _copy(self) -> SparseIndex:
        other = SparseIndex(self.tokenizer, self.k1, self.b)
        other.vocab = dict(self.vocab)
        other._rows = list(self._rows)
        other._tfs = list(self._tfs)
        return other

    def reweighted(self, n_docs: int, average_length: float, extra_df: np.ndarray) -> SparseIndex:
        """These rows weighted as part of a larger collection (``qa.retrieve.layers``): one
        of ``n_docs`` passages averaging ``average_length`` tokens, where term i of this
        vocabulary occurs in ``extra_df[i]`` passages besides these. Scores of the copy are
        then on the scale of the larger collection's own BM25 scores.

        Returns:
            a new index (its ``idf`` and ``document_frequencies`` still describe these rows).
        """
        other = self._copy()
        other._weights = other._build_weights(n_docs, average_length, np.asarray(extra_df, dtype=np.float32))
        return other

    @property
    def average_length(self) -> float:
        """Mean passage length in tokens (0.0 for an empty index)."""
        return self._average_length

    def _build_weights(self, n_total: int | None = None, average: float | None = None, extra_df=None):
        """The CSC (docs × vocab) matrix of BM25 weights, computed a block of rows at a
        time into one array (a year's 29 M postings used to take ~1 GB of temporaries).

        ``n_total``, ``average`` and ``extra_df`` describe a larger collection these rows
        belong to (see ``reweighted``); None: these rows are the collection."""
        import scipy.sparse as sp

        n_docs, n_vocab = len(self._rows), max(len(self.vocab), 1)
        self._average_length = 0.0
        if n_docs == 0:
            return sp.csc_matrix((0, n_vocab), dtype=np.float32)
        lengths = np.fromiter((len(r) for r in self._rows), dtype=np.int64, count=n_docs)
        nnz = int(lengths.sum())
        index_type = np.int32 if nnz < 2**31 else np.int64
        indptr = np.zeros(n_docs + 1, dtype=index_type)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.concatenate(self._rows).astype(index_type, copy=False) if nnz else np.zeros(0, index_type)
        data = np.zeros(nnz, dtype=np.float32)  # term frequencies, then weights in place
        if nnz:
            np.concatenate(self._tfs, out=data, casting="unsafe")
        doc_len = np.zeros(n_docs, dtype=np.float64)
        filled = lengths > 0
        if nnz:
            doc_len[filled] = np.add.reduceat(data, indptr[:-1][filled], dtype=np.float64)
        self._average_length = float(doc_len.mean())
        avg_len = max(self._average_length if average is None else average, 1e-9)
        df = np.bincount(indices, minlength=n_vocab).astype(np.float32)
        if extra_df is not None:
            df[: len(extra_df)] += extra_df
        total = n_docs if n_total is None else n_total
        idf = np.log1p((total - df + 0.5) / (df + 0.5)).astype(np.float32)
        norm = (self.k1 * (1 - self.b + self.b * doc_len / avg_len)).astype(np.float32)
        block = 8192
        for first in range(0, n_docs, block):
            last = min(first + block, n_docs)
            lo, hi = int(indptr[first]), int(indptr[last])
            tf = data[lo:hi]
            tf /= tf + np.repeat(norm[first:last], lengths[first:last])
            tf *= idf[indices[lo:hi]]
        weights = sp.csr_matrix((data, indices, indptr), shape=(n_docs, n_vocab))
        return weights.tocsc()

    def document_frequencies(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many passages hold each known token (unknown tokens left out)."""
        weights = self._weights
        found = {}
        for token in tokens:
            column = self.vocab.get(token)
            if column is not None and column < weights.shape[1]:
                found[token] = int(weights.indptr[column + 1] - weights.indptr[column])
        return found

    def idf(self, tokens: Sequence[str]) -> dict[str, float]:
        """BM25 inverse document frequency of each known token (unknown tokens left out)."""
        n_docs = self._weights.shape[0]
        return {
            token: float(np.log1p((n_docs - df + 0.5) / (df + 0.5)))
            for token, df in self.document_frequencies(tokens).items()
        }

    def rows_with_all(self, tokens: Sequence[str]) -> np.ndarray:
        """Rows holding every one of these tokens (none when a token is unknown).

        Returns:
            ascending row numbers (int64).
        """
        weights = self._weights
        found: np.ndarray | None = None
        for token in dict.fromkeys(tokens):
            column = self.vocab.get(token)
            if column is None or column >= weights.shape[1]:
                return np.zeros(0, np.int64)
            rows = weights.indices[weights.indptr[column] : weights.indptr[column + 1]].astype(np.int64)
            found = rows if found is None else np.intersect1d(found, rows, assume_unique=True)
        return np.zeros(0, np.int64) if found is None else np.sort(found)

    def scores(self, query_tokens: Sequence[str], scale: Mapping[str, float] | None = None) -> np.ndarray:
        """BM25 score of every passage for distinct query tokens (unknown tokens ignored).

        Args:
            query_tokens: the query's tokens.
            scale: a factor for some tokens' weights (``qa.retrieve.layers`` puts another
                collection's idf in place of this one's); 1 for tokens not in it.

        Returns:
            (len(self),) float32 scores >= 0, in passage order.
        """
        weights = self._weights
        tokens = [t for t in dict.fromkeys(query_tokens) if t in self.vocab]
        n_docs = weights.shape[0]
        if not tokens or n_docs == 0:
            return np.zeros(n_docs, dtype=np.float32)
        indptr, indices, data = weights.indptr, weights.indices, weights.data
        spans = [(indptr[self.vocab[t]], indptr[self.vocab[t] + 1]) for t in tokens]
        rows = np.concatenate([indices[s:e] for s, e in spans])
        if scale is None:
            values = np.concatenate([data[s:e] for s, e in spans])
        else:
            values = np.concatenate([data[s:e] * scale.get(t, 1.0) for t, (s, e) in zip(tokens, spans, strict=True)])
        return np.bincount(rows, weights=values, minlength=n_docs).astype(np.float32)

    def save(self, folder: Path) -> list[str]:
        """Write sparse.npz (counts) and sparse_vocab.json into folder; above MMAP_LIMIT
        passages also the weights (WEIGHT_FILES), to be memory-mapped when loaded.

        Returns:
            the file names written.
        """
        if self._counts_file is not None:  # unchanged since a memory-mapped load
            import shutil

            shutil.copyfile(self._counts_file, folder / "sparse.npz")
        else:
            lengths = np.array([len(r) for r in self._rows], dtype=np.int64)
            np.savez(
                folder / "sparse.npz",
                lengths=lengths,
                ids=np.concatenate(self._rows) if self._rows else np.zeros(0, np.int32),
                tfs=np.concatenate(self._tfs) if self._tfs else np.zeros(0, np.int32),
            )
        vocab_list = sorted(self.vocab, key=self.vocab.__getitem__)
        meta = {
            "tokenizer": self.tokenizer,
            "k1": self.k1,
            "b": self.b,
            "average_length": self.average_length,
            "vocab": vocab_list,
        }
        (folder / "sparse_vocab.json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        if len(self) <= MMAP_LIMIT:
            return ["sparse.npz", "sparse_vocab.json"]
        weights = self._weights
        for name, array in zip(WEIGHT_FILES, (weights.data, weights.indices, weights.indptr), strict=True):
            np.save(folder / name, array, allow_pickle=False)
        return ["sparse.npz", "sparse_vocab.json", *WEIGHT_FILES]

    @classmethod
    def load(cls, folder: Path) -> SparseIndex:
        """Read what ``save`` wrote (no pickle).

        Raises:
            IndexStoreError: when the files are missing or damaged.
        """
        try:
            meta = json.loads((folder / "sparse_vocab.json").read_text("utf-8"))
            index = cls(meta["tokenizer"], meta["k1"], meta["b"])
            if all((folder / name).is_file() for name in WEIGHT_FILES):
                index.vocab = {token: i for i, token in enumerate(meta["vocab"])}
                return index._mapped(folder, meta.get("average_length"))
            lengths, ids, tfs = _read_counts(folder / "sparse.npz")
        except (OSError, ValueError, KeyError) as error:
            raise IndexStoreError(f"BM25 files in {folder} are damaged: {error}") from error
        index.vocab = {token: i for i, token in enumerate(meta["vocab"])}
        bounds = np.concatenate([[0], np.cumsum(lengths)])
        if bounds[-1] != len(ids) or len(ids) != len(tfs):
            raise IndexStoreError(f"BM25 files in {folder} are inconsistent")
        index._rows, index._tfs = _split_counts(lengths, ids, tfs)
        index._weights = index._build_weights()
        return index

    def _mapped(self, folder: Path, average_length: float | None) -> SparseIndex:
        """This index on the memory-mapped weights of ``folder`` (counts read when needed);
        ``average_length`` as saved (None: counted from the counts file).

        Raises:
            ValueError: the weight files disagree with each other or the vocabulary.
        """
        import scipy.sparse as sp

        data, indices, indptr = (np.load(folder / name, allow_pickle=False, mmap_mode="r") for name in WEIGHT_FILES)
        if len(indptr) != max(len(self.vocab), 1) + 1 or int(indptr[-1]) != len(indices) or len(data) != len(indices):
            raise ValueError("the BM25 weight files disagree")
        with np.load(folder / "sparse.npz", allow_pickle=False) as arrays:
            n_docs = len(arrays["lengths"])  # only the small array is read here
            if average_length is None:  # written before the average was saved
                average_length = float(arrays["tfs"].sum(dtype=np.float64)) / max(n_docs, 1)
        self._average_length = float(average_length)
        # copy=False keeps the memory maps: no page is read until a query needs it.
        self._weights = sp.csc_matrix((data, indices, indptr), shape=(n_docs, len(indptr) - 1), copy=False)
        self._counts_file = folder / "sparse.npz"
        return self


def _read_counts(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lengths, ids, tfs) of a sparse.npz."""
    with np.load(path, allow_pickle=False) as arrays:
        return arrays["lengths"], arrays["ids"], arrays["tfs"]


def _split_counts(lengths: np.ndarray, ids: np.ndarray, tfs: np.ndarray) -> tuple[list, list]:
    """Per-passage term ids and counts from the flat arrays.

    Raises:
        IndexStoreError: when the arrays disagree.
    """
    bounds = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    if bounds[-1] != len(ids) or len(ids) != len(tfs):
        raise IndexStoreError("BM25 counts are inconsistent")
    rows = [ids[s:e] for s, e in zip(bounds[:-1], bounds[1:], strict=True)]
    return rows, [tfs[s:e] for s, e in zip(bounds[:-1], bounds[1:], strict=True)]
