"""Very large indexes on one machine: quantised dense search re-scored exactly, and BM25
weights memory-mapped from the index folder (limits lowered so small data takes the path)."""

from __future__ import annotations

import numpy as np
import pytest

import qa.retrieve.bm25 as bm25
import qa.retrieve.dense as dense
from qa.retrieve.bm25 import SparseIndex, tokenize
from qa.retrieve.dense import DenseIndex


def _unit(rows: int, dim: int = 32, seed: int = 0, topics: int = 0) -> np.ndarray:
    """Random unit vectors; with ``topics``, gathered around that many directions (as
    text embeddings are, and as IVF lists assume)."""
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(rows, dim)).astype(np.float32)
    if topics:
        centres = np.random.default_rng(99).normal(size=(topics, dim)).astype(np.float32)
        vectors = centres[rng.integers(0, topics, rows)] + 0.35 * vectors
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.fixture
def quantised(monkeypatch):
    monkeypatch.setattr(dense, "QUANTISED_LIMIT", 1000)


def test_quantised_search_finds_the_exact_best_with_exact_scores(quantised, tmp_path):
    vectors, queries = _unit(4000, topics=40), _unit(50, seed=1, topics=40)
    index = DenseIndex(vectors)
    assert index.quantised and not index.exact and index.vectors is vectors
    found = 0
    for query in queries:
        scores, rows = index.search(query, 10)
        truth = np.argsort(-(vectors @ query), kind="stable")[:10]
        found += len(set(rows.tolist()) & set(truth.tolist()))
        np.testing.assert_allclose(scores, vectors[rows] @ query, rtol=1e-6)  # exact cosines, best first
        assert np.all(np.diff(scores) <= 0)
    assert found / (10 * len(queries)) >= 0.95

    names = index.save(tmp_path)
    assert sorted(names) == ["dense.faiss", "vectors.npy"]
    loaded = DenseIndex.load(tmp_path, 32, 4000)
    assert loaded.quantised and isinstance(loaded.vectors, np.memmap)  # float32 rows stay on disk
    for query in queries[:10]:
        assert [a.tolist() for a in loaded.search(query, 5)] == [a.tolist() for a in index.search(query, 5)]
    np.testing.assert_allclose(loaded.similarities(queries[0], np.array([7, 3, 3999])), vectors[[7, 3, 3999]] @ queries[0], rtol=1e-6)


def test_a_quantised_index_grows_and_shrinks(quantised):
    vectors = _unit(1500)
    index = DenseIndex(vectors)
    extra = _unit(3, seed=5)
    grown = index.extended(extra)
    assert grown.quantised and len(grown) == 1503
    assert grown.search(extra[1], 1)[1].tolist() == [1501]
    small = grown.subset(range(0, 1503, 2))
    assert len(small) == 752 and not small.quantised
    assert small.search(vectors[4], 1)[1].tolist() == [2]


def test_bm25_weights_are_memory_mapped_above_the_limit(monkeypatch, tmp_path):
    monkeypatch.setattr(bm25, "MMAP_LIMIT", 2)
    texts = ["铜鼓县电子公函使用率达100%", "上栗县平安建设", "九江银行开展金融宣传", "电子公函业务培训会"]
    index = SparseIndex().extended([tokenize(t) for t in texts])
    names = index.save(tmp_path)
    assert set(bm25.WEIGHT_FILES) <= set(names)
    loaded = SparseIndex.load(tmp_path)
    weights = loaded._weights
    # read-only views of the files, not copies (a copy would be writable memory)
    assert not any(a.flags.writeable for a in (weights.data, weights.indices, weights.indptr))
    assert loaded._counts_file is not None
    query = tokenize("电子公函使用率")
    np.testing.assert_array_equal(loaded.scores(query), index.scores(query))
    assert loaded.idf(query) == index.idf(query) and len(loaded) == 4
    # a private upload's BM25 is weighted by the shared index's average (qa.retrieve.layers)
    assert loaded.average_length == pytest.approx(index.average_length) and index.average_length > 1
    grown = loaded.extended([tokenize("电子公函")])  # the counts are read for the change
    assert len(grown) == 5 and grown.scores(query)[4] > 0
    np.testing.assert_allclose(grown.scores(query)[:4], SparseIndex().extended([tokenize(t) for t in [*texts, "电子公函"]]).scores(query)[:4])
    again = tmp_path / "again"
    again.mkdir()
    loaded.save(again)  # unchanged since loading: the counts file is copied as it is
    assert (again / "sparse.npz").read_bytes() == (tmp_path / "sparse.npz").read_bytes()
