"""A long `qa index` that is killed keeps the vectors it made; the next run embeds only
what is missing (qa.retrieve.checkpoint, beside the index as ``<index>.partial``)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from qa.index import Index
from qa.ingest import checkpoint_path, update_index
from qa.retrieve.checkpoint import Checkpoint
from qa.retrieve.embedders import get_embedder
from qa.retrieve.rows import EMBED_TEXTS
from qa.retrieve.sentence_vectors import passage_sentences

PLACES = ("铜鼓县", "上栗县", "东乡区", "大余县", "青山湖区", "景德镇高新区", "九江市", "萍乡市")


def _corpus(folder, articles: int = 420):
    """JSONL articles of distinct real-looking sentences (each a text to embed)."""
    folder.mkdir()
    rows = []
    for n in range(articles):
        place = PLACES[n % len(PLACES)]
        sentences = [
            f"{place}第{n}期简报指出，今年以来共开展专项检查{n + 3}轮次。",
            f"督促整改问题{n * 7 % 97 + 1}个，推动电子公函使用率提高到{60 + n % 40}%。",
            f"{place}纪委监委相关负责人表示，下一步将持续压实主体责任（第{n}条）。",
            f"全{place[-1]}{n % 12 + 1}个乡镇召开培训会{n % 5 + 1}场，服务群众{n * 13}人次。",
        ]
        rows.append({"id": f"a{n}", "title": f"{place}推进作风建设（{n}）", "text": "".join(sentences)})
    (folder / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return folder


def _sentences_to_embed(index_like_folder) -> int:
    from qa.parse import load_articles
    from qa.retrieve.chunk import chunk_article

    return sum(
        len(passage_sentences(p.text)) for a in load_articles([str(index_like_folder)]) for p in chunk_article(a)
    )


def test_checkpoint_gives_back_what_it_kept_and_removes_only_its_own_files(tmp_path):
    calls: list[list[str]] = []

    def encode(texts):
        calls.append(list(texts))
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)

    folder = tmp_path / "idx.partial"
    first = Checkpoint(folder, "m", "sentence")
    np.testing.assert_array_equal(first.embed(["甲", "乙乙"], encode), [[1, 1], [2, 1]])
    again = Checkpoint(folder, "m", "sentence")  # a new run reads what the last one kept
    np.testing.assert_array_equal(again.embed(["乙乙", "丙丙丙", "甲"], encode), [[2, 1], [3, 1], [1, 1]])
    assert calls == [["甲", "乙乙"], ["丙丙丙"]] and again.reused == 2 and again.embedded == 1
    # (A text this run embedded and meets again, a sentence two articles share, is taken
    # from what this run made, and counts as no vector an interrupted run left.)
    again.embed(["丙丙丙", "甲"], encode)
    assert calls == [["甲", "乙乙"], ["丙丙丙"]] and again.reused == 3 and again.embedded == 1
    other_model = Checkpoint(folder, "other", "sentence")
    other_model.embed(["甲"], encode)
    assert calls[-1] == ["甲"], "another model's vectors are never taken"
    (folder / "notes.txt").write_text("mine", "utf-8")
    (folder / "vectors-x.npz.part").write_bytes(b"not ours by name")
    again.remove()
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "vectors-x.npz.part"]
    (folder / "notes.txt").unlink()
    (folder / "vectors-x.npz.part").unlink()
    Checkpoint(folder, "m", "sentence").remove()
    assert not folder.exists()


@pytest.mark.slow
def test_a_sigkilled_qa_index_keeps_its_vectors_and_the_next_run_embeds_only_the_rest(tmp_path, monkeypatch, capsys):
    corpus = _corpus(tmp_path / "corpus")
    total = _sentences_to_embed(corpus)
    assert total >= 6 * EMBED_TEXTS, total
    folder = tmp_path / "index"
    partial = checkpoint_path(folder)
    run = subprocess.Popen(
        [sys.executable, "-m", "qa.cli", "index", str(corpus), "--index", str(folder), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 300
    while run.poll() is None and len(list(partial.glob("vectors-*.npz"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert run.returncode == -signal.SIGKILL, run.stderr.read()
    assert not (folder / "manifest.json").exists(), "killed before its save"
    kept = len(Checkpoint(partial, get_embedder(None).name, "sentence"))
    assert 2 * EMBED_TEXTS <= kept < total

    embedder = get_embedder(None)
    embedded: list[str] = []
    original = embedder.encode_passages
    monkeypatch.setattr(embedder, "encode_passages", lambda texts, progress=False: embedded.extend(texts) or original(texts))
    report = update_index([corpus], folder, progress=False)
    assert report.resumed == kept and len(embedded) == total - kept
    assert f"{kept} vectors reused from an interrupted run" in report.summary()
    assert not partial.exists(), "removed once the index is saved"

    # The index is the one an uninterrupted build makes (up to the last digits a model's
    # arithmetic gives a text in another batch).
    whole = update_index([corpus], tmp_path / "whole", progress=False).index
    resumed = Index.load(folder)
    np.testing.assert_allclose(resumed._snapshot.dense.vectors, whole._snapshot.dense.vectors, atol=1e-4)
    np.testing.assert_allclose(
        np.asarray(resumed._snapshot.dense.sentences.vectors, np.float32),
        np.asarray(whole._snapshot.dense.sentences.vectors, np.float32),
        atol=1e-3,
    )
    for question in ("景德镇高新区第5期简报开展了几轮专项检查", "萍乡市服务群众多少人次"):
        assert [h.passage.id for h in resumed.search(question, k=3)] == [h.passage.id for h in whole.search(question, k=3)]


def test_the_progress_bar_knows_how_many_passages_are_coming(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus", articles=12)
    update_index([corpus], tmp_path / "index", progress=True)
    err = capsys.readouterr().err
    passages = len(Index.load(tmp_path / "index").passages)
    assert f"{passages}/{passages}" in err and "passages" in err  # a total, hence an ETA
    update_index([corpus], tmp_path / "index", progress=True)  # nothing new: no bar
    assert "embedding" not in capsys.readouterr().err
