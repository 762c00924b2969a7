"""Sentence vectors: the store against brute force, joined and cut like the rows, saved
and loaded, an index built before them, and what they change in ranking and answers."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import E5

from qa.errors import IndexStoreError
from qa.index import Index
from qa.retrieve.dense import DenseIndex
from qa.retrieve.rows import IndexSettings
from qa.retrieve.sentence_vectors import DTYPE, SentenceVectors, passage_sentences
from qa.text import sentence_spans
from qa.types import Article


def _store(rng, counts, dim=8) -> SentenceVectors:
    vectors = rng.normal(size=(sum(counts), dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return SentenceVectors(vectors.astype(DTYPE), counts)


def _rows_of(store: SentenceVectors) -> list[np.ndarray]:
    return [np.asarray(store.vectors[store.starts[r] : store.starts[r + 1]]) for r in range(len(store))]


def test_best_is_the_highest_sentence_cosine():
    rng = np.random.default_rng(0)
    store = _store(rng, [3, 1, 5, 2])
    query = rng.normal(size=8).astype(np.float32)
    rows = np.array([2, 0, 3])
    expected = [max(store.cosines(query, r)) for r in rows]
    np.testing.assert_allclose(store.best(query, rows), expected, rtol=1e-6)
    for r, part in enumerate(_rows_of(store)):
        np.testing.assert_allclose(store.cosines(query, r), part.astype(np.float32) @ query, rtol=1e-6)
    assert store.best(query, np.zeros(0, np.int64)).shape == (0,)


def test_joined_and_subset_keep_each_rows_sentences():
    rng = np.random.default_rng(1)
    old, new1, new2 = _store(rng, [2, 1, 3]), _store(rng, [1, 4]), _store(rng, [2])
    joined = old.joined([2, 0], [new1, new2], [0, 2])  # rows of the parts' concatenation
    want = [_rows_of(old)[2], _rows_of(old)[0], _rows_of(new1)[0], _rows_of(new2)[0]]
    assert [len(p) for p in _rows_of(joined)] == [3, 2, 1, 2]
    for got, expected in zip(_rows_of(joined), want, strict=True):
        np.testing.assert_array_equal(got, expected)
    whole = old.joined(None, [new1])
    assert len(whole) == 5 and whole.counts.tolist() == [2, 1, 3, 1, 4]
    cut = whole.subset([4, 1])
    np.testing.assert_array_equal(_rows_of(cut)[0], _rows_of(new1)[1])
    with pytest.raises(ValueError, match="sentence vectors"):
        SentenceVectors(np.zeros((3, 8), DTYPE), [1, 1])


def test_save_and_load_memory_maps_and_checks(tmp_path):
    rng = np.random.default_rng(2)
    store = _store(rng, [2, 3])
    names = store.save(tmp_path)
    loaded = SentenceVectors.load(tmp_path, 2, 8)
    assert isinstance(loaded.vectors, np.memmap) and sorted(names) == sorted(p.name for p in tmp_path.iterdir())
    np.testing.assert_array_equal(np.asarray(loaded.vectors), store.vectors)
    with pytest.raises(IndexStoreError, match="do not match"):
        SentenceVectors.load(tmp_path, 3, 8)
    (tmp_path / "sentence_counts.npy").write_bytes(b"broken")
    with pytest.raises(IndexStoreError, match="damaged"):
        SentenceVectors.load(tmp_path, 2, 8)
    assert SentenceVectors.load(tmp_path / "nothing", 2, 8) is None


def test_dense_index_keeps_sentences_only_when_every_row_has_them():
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(2, 8)).astype(np.float32)
    with_sentences = DenseIndex(np.zeros((0, 8), np.float32)).extended(vectors, _store(rng, [1, 2]))
    assert len(with_sentences.sentences) == 2
    assert with_sentences.subset([1]).sentences.counts.tolist() == [2]
    assert with_sentences.extended(vectors).sentences is None  # new rows came without
    assert DenseIndex(vectors).extended(vectors, _store(rng, [1, 1])).sentences is None


TEXTS = {
    "longdan": ("龙胆", "龙胆为龙胆科龙胆属的植物，也称为龙胆草。多年生草本。秋季开蓝紫色花，聚伞花序顶生。中医上以根入药。"),
    "shangli": ("上栗创新基层之治", "上栗县组建了143支村级义务巡防队。网络诈骗立案同比下降32%。"),
    "tonggu": ("铜鼓推行电子公函", "铜鼓县推动全县电子公函使用率达100%。发现并督促整改问题13个。"),
}
ARTICLES = [Article(id=k, title=t, paragraphs=(p,), source="x.txt") for k, (t, p) in TEXTS.items()]


@pytest.fixture(scope="module")
def e5_index():
    return Index.build(ARTICLES, model=E5)


def test_an_index_keeps_every_sentence_vector_and_ranks_by_the_best(e5_index, tmp_path):
    dense = e5_index._snapshot.dense
    assert e5_index.settings.dense_unit == "sentence"
    assert dense.sentences.counts.tolist() == [len(passage_sentences(p.text)) for p in e5_index.passages]
    # The passage's vector is the mean of its sentences' (normalised).
    first = np.asarray(dense.sentences.vectors[: dense.sentences.counts[0]], dtype=np.float32).mean(axis=0)
    np.testing.assert_allclose(dense.vectors[0], first / np.linalg.norm(first), atol=2e-3)
    hit = e5_index.search("网上诈骗案子比去年少了多少", k=1, mode="dense")[0]
    assert hit.passage.article_id == "shangli"
    assert len(hit.sentences) == len(sentence_spans(hit.passage.text))
    best = int(np.argmax(hit.sentences))
    start, end = sentence_spans(hit.passage.text)[best]
    assert "32%" in hit.passage.text[start:end]  # the sentence that answers, in other words
    e5_index.save(tmp_path / "idx")
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text("utf-8"))
    assert {"sentence_vectors.npy", "sentence_counts.npy"} <= set(manifest["data_files"])
    loaded = Index.load(tmp_path / "idx")
    again = loaded.search("网上诈骗案子比去年少了多少", k=1, mode="dense")[0]
    assert again.sentences == pytest.approx(hit.sentences, abs=1e-6)


def test_the_answer_quotes_the_sentence_the_question_rewords(e5_index):
    answer = e5_index.ask("龙胆草开什么颜色的花")
    assert answer.supported and "蓝紫色" in answer.text
    answer = e5_index.ask("上栗的电信诈骗降了多少")
    assert answer.supported and "32%" in answer.text


def test_an_index_built_before_sentence_vectors_still_loads_and_ranks(tmp_path):
    index = Index.build(ARTICLES, settings=IndexSettings(dense_unit="passage"))
    assert index._snapshot.dense.sentences is None
    index.save(tmp_path / "old")
    manifest_path = tmp_path / "old" / "manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8"))
    del manifest["settings"]["dense_unit"]  # as saved before this version
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    loaded = Index.load(tmp_path / "old")
    assert loaded.settings.dense_unit == "passage" and loaded._snapshot.dense.sentences is None
    hit = loaded.search("铜鼓县电子公函使用率", k=1)[0]
    assert hit.passage.article_id == "tonggu" and hit.sentences is None
    assert loaded.ask("铜鼓县电子公函使用率").supported
    loaded.add([Article(id="more", title="", paragraphs=("景德镇高新区每周举办足球夜比赛。",), source="y.txt")])
    assert loaded._snapshot.dense.sentences is None  # still embedded the way it was built
