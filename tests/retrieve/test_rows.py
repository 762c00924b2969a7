"""Indexing in batches: streamed articles, term counts joined once, vectors held once in
FAISS, passages embedded on several threads."""

from __future__ import annotations

import gc
import json

import numpy as np
import pytest

from qa.index import Index
from qa.ingest import update_index
from qa.retrieve import rows as build
from qa.retrieve.bm25 import SparseIndex, TermCounts, tokenize
from qa.retrieve.dense import DenseIndex
from qa.retrieve.embedders import UseEmbedder, get_embedder
from qa.retrieve.rows import prepare_rows
from qa.types import Article

TEXTS = [
    "铜鼓县电子公函使用率达100%，开展专项检查4轮次。",
    "上栗县矛盾纠纷就地调处率达96.3%以上。",
    "东乡区组成12个专项监督检查组，采取四不两直方式。",
    "九江银行在市区开展金融知识宣传，服务3万人次。",
    "大余县积极探索宅基地审批机制，群众满意度持续提升。",
]


class FakeEmbedder:
    """Deterministic 8-dimensional vectors from character codes; counts its calls."""

    name = "fake"
    dim = 8

    def __init__(self) -> None:
        self.calls: list[int] = []

    def _vectors(self, texts) -> np.ndarray:
        rows = np.zeros((len(texts), self.dim), np.float32)
        for row, text in enumerate(texts):
            for position, char in enumerate(text):
                rows[row, (ord(char) + position) % self.dim] += 1.0
        rows += 1e-3
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def encode_queries(self, texts):
        return self._vectors(texts)

    def encode_passages(self, texts, progress=False):
        self.calls.append(len(texts))
        return self._vectors(texts)


def _articles(n: int, prefix: str = "a") -> list[Article]:
    return [Article(id=f"{prefix}{i}", title=f"标题{i}", paragraphs=(TEXTS[i % 5], f"第{i}条补充说明的内容，记者在现场看到了。")) for i in range(n)]


# --- BM25 term counts -------------------------------------------------------------------


def test_term_counts_joined_score_like_one_index_built_at_once():
    token_lists = [tokenize(text) for text in TEXTS]
    whole = SparseIndex().extended(token_lists)
    first, second = TermCounts(), TermCounts()
    first.add(token_lists[:2])
    second.add(token_lists[2:])
    joined = SparseIndex().joined(None, first).joined(None, second)
    assert len(joined) == 5 and set(joined.vocab) == set(whole.vocab)
    for query in (["铜鼓"], ["检查", "1查"], ["九江", "nope"]):
        np.testing.assert_allclose(joined.scores(query), whole.scores(query), rtol=1e-6)
    counts = dict(zip(first.vocab, range(len(first.vocab)), strict=True))
    row = dict(zip(first.rows[0].tolist(), first.tfs[0].tolist(), strict=True))
    assert row[counts["1检"]] == 1 and row[counts["1县"]] == 1 and sum(row.values()) == len(token_lists[0])


def test_joined_keeps_chosen_rows_of_both_sides():
    base = SparseIndex().extended([["a", "b"], ["c"], ["d"]])
    terms = TermCounts()
    terms.add([["e"], ["a", "f"]])
    joined = base.joined([2, 0], terms, [1])
    assert len(joined) == 3 and len(base) == 3, "the receiver is left alone"
    assert joined.scores(["d"]).tolist()[0] > 0 and joined.scores(["f"]).tolist()[2] > 0
    assert joined.scores(["e"]).tolist() == [0, 0, 0] and joined.scores(["c"]).tolist() == [0, 0, 0]


def test_bm25_weights_by_blocks_equal_the_formula_with_empty_passages(monkeypatch):
    rng = np.random.default_rng(9)
    vocab = [f"t{i}" for i in range(30)]
    corpus = [list(rng.choice(vocab, size=rng.integers(0, 12))) for _ in range(40)] + [[]]
    index = SparseIndex("bigram", k1=1.2, b=0.75).extended(corpus)
    lengths = np.array([len(doc) for doc in corpus], dtype=np.float64)
    for token in ("t1", "t7", "t29"):
        tf = np.array([doc.count(token) for doc in corpus], dtype=np.float64)
        df = int((tf > 0).sum())
        idf = np.log1p((len(corpus) - df + 0.5) / (df + 0.5))
        expected = idf * tf / (tf + 1.2 * (1 - 0.75 + 0.75 * lengths / lengths.mean()))
        np.testing.assert_allclose(index.scores([token]), expected, rtol=1e-5, atol=1e-7)
    assert index.scores(["t1"])[-1] == 0 and len(index) == 41


# --- dense vectors held once ------------------------------------------------------------


def _unit(rng, n, dim):
    vectors = rng.standard_normal((n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_vectors_are_a_read_only_view_of_faiss_that_outlives_the_index():
    rng = np.random.default_rng(5)
    vectors = _unit(rng, 50, 16)
    dense = DenseIndex(vectors)
    view = dense.vectors
    assert not view.flags.owndata and not view.flags.writeable
    assert view.__array_interface__["data"][0] == int(dense.index.get_xb()), "the FAISS copy itself"
    np.testing.assert_array_equal(view, vectors)
    del dense
    gc.collect()
    np.testing.assert_array_equal(view, vectors)  # the view keeps its FAISS index alive


@pytest.mark.parametrize("exact_limit", [1000, 30])
def test_dense_joined_equals_rebuilding_from_the_rows(exact_limit):
    rng = np.random.default_rng(6)
    old, new = _unit(rng, 25, 16), _unit(rng, 20, 16)
    dense = DenseIndex(old, exact_limit)
    parts = [new[:7], new[7:]]
    joined = dense.joined([3, 0, 24], parts, [1, 6, 7, 19])
    assert parts == [], "parts are taken off the list as they are copied"
    expected = np.concatenate([old[[3, 0, 24]], new[[1, 6, 7, 19]]])
    np.testing.assert_array_equal(joined.vectors, expected)
    assert joined.exact and len(dense) == 25
    grown = dense.joined(None, [new])
    np.testing.assert_array_equal(grown.vectors, np.concatenate([old, new]))
    assert grown.exact == (exact_limit >= 45)
    _, rows = grown.search(new[4], 1)
    assert rows.tolist() == [29]


@pytest.mark.parametrize("exact_limit", [1000, 30])
def test_dense_save_load_roundtrip(tmp_path, exact_limit):
    rng = np.random.default_rng(7)
    vectors = _unit(rng, 40, 16)
    DenseIndex(vectors, exact_limit).save(tmp_path)
    loaded = DenseIndex.load(tmp_path, 16, 40, exact_limit)
    np.testing.assert_array_equal(loaded.vectors, vectors)
    assert loaded.exact == (exact_limit >= 40) and loaded.index.ntotal == 40
    assert loaded.search(vectors[9], 1)[1].tolist() == [9]


# --- streaming articles into an index ----------------------------------------------------


def test_prepare_rows_reads_a_generator_once_in_batches():
    embedder = FakeEmbedder()
    consumed: list[str] = []

    def stream():
        for article in _articles(7):
            consumed.append(article.id)
            yield article

    index = Index.build([], model=embedder)
    rows = prepare_rows(stream(), embedder, index.settings, batch_passages=4)
    assert consumed == [f"a{i}" for i in range(7)]
    assert embedder.calls == [4, 4, 4, 2], "two passages an article, embedded four at a time"
    assert len(rows.passages) == 14 and len(rows.terms) == 14 and sum(map(len, rows.vectors)) == 14
    assert rows.keep is None


def test_streamed_index_equals_one_built_at_once(monkeypatch):
    articles = _articles(9)
    whole = Index.build(articles, model=FakeEmbedder())
    monkeypatch.setattr(build, "BATCH_PASSAGES", 3)
    streamed = Index.build([], model=FakeEmbedder())
    streamed.add(a for a in articles)
    assert [p.id for p in streamed.passages] == [p.id for p in whole.passages]
    np.testing.assert_array_equal(streamed._snapshot.dense.vectors, whole._snapshot.dense.vectors)
    for query in ("铜鼓县电子公函", "九江银行服务多少人次"):
        assert [h.passage.id for h in streamed.search(query, k=5)] == [h.passage.id for h in whole.search(query, k=5)]


def test_an_article_given_twice_in_one_add_keeps_its_last_version():
    index = Index.build(_articles(3), model=FakeEmbedder())
    newer = Article(id="a1", title="新标题", paragraphs=("铜鼓县今年新闻。",))
    index.add([newer, Article(id="b", title="", paragraphs=("另一篇文章的内容。",)), Article(id="b", title="", paragraphs=("改过的内容。",))])
    assert list(index.articles) == ["a0", "a2", "a1", "b"]
    assert [p.text for p in index.passages if p.article_id in ("a1", "b")] == ["铜鼓县今年新闻。", "改过的内容。"]
    assert len(index._snapshot.dense) == len(index.passages) == len(index._snapshot.sparse)


def test_update_index_embeds_while_still_reading_files(tmp_path, monkeypatch):
    """Files are parsed one at a time and embedded in batches as they come, so the first
    batch is embedded before the last file is read."""
    import qa.parse

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(4):
        rows = [{"id": f"f{n}-{i}", "title": "新闻", "text": TEXTS[i]} for i in range(5)]
        (corpus / f"{n}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    events: list[str] = []
    parse_file = qa.parse.parse_file
    monkeypatch.setattr(qa.parse.read, "parse_file", lambda *a, **k: events.append("parse") or parse_file(*a, **k))
    embedder = get_embedder(None)
    encode = embedder.encode_passages
    monkeypatch.setattr(embedder, "encode_passages", lambda texts, progress=False: events.append("embed") or encode(texts))
    monkeypatch.setattr(build, "BATCH_PASSAGES", 5)
    report = update_index([str(corpus)], tmp_path / "index", progress=False)
    assert len(report.added) == 20 and events.count("parse") == 4
    assert events.index("embed") < len(events) - 1 - events[::-1].index("parse")
    assert len(Index.load(tmp_path / "index").passages) == 20


# --- embedding passages on several threads -----------------------------------------------


def test_passages_embedded_on_two_threads_equal_one_thread_in_order():
    from threadpoolctl import threadpool_info

    texts = [f"{TEXTS[i % 5]}第{i}段。" for i in range(150)]
    single = get_embedder(None).encode_passages(texts)
    before = threadpool_info()
    threaded = UseEmbedder(workers=2).encode_passages(texts)
    assert threaded.shape == (150, 512)
    np.testing.assert_allclose(threaded, single, atol=1e-6)
    assert threadpool_info() == before, "BLAS threads are given back after the pool"
