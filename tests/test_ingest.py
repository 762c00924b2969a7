"""`qa index` / update_index: only new or changed articles are embedded, deletions dropped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa.cli import main
from qa.errors import IndexStoreError
from qa.index import Index
from qa.ingest import update_index
from qa.retrieve.embedders import get_embedder


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


@pytest.fixture
def embedded(monkeypatch):
    """Count the passages the default embedder is asked to embed."""
    embedder = get_embedder(None)
    counted: list[str] = []
    original = embedder.encode_passages

    def counting(texts, progress=False):
        counted.extend(texts)
        return original(texts, progress=progress)

    monkeypatch.setattr(embedder, "encode_passages", counting)
    return counted


def test_update_embeds_only_new_and_changed_and_drops_deleted(tmp_path, embedded):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _jsonl(corpus / "a.jsonl", [
        {"id": "a1", "title": "铜鼓县", "text": "铜鼓县电子公函使用率达100%。"},
        {"id": "a2", "title": "大余县", "text": "大余县探索宅基地审批机制。"},
    ])
    _jsonl(corpus / "b.jsonl", [{"id": "b1", "title": "九江", "text": "九江银行开展金融宣传。"}])
    folder = tmp_path / "index"

    report = update_index([str(corpus)], folder, progress=False)
    assert sorted(report.added) == ["a1", "a2", "b1"] and len(embedded) == 3
    assert "3 articles" in report.summary() and "3 added" in report.summary()

    embedded.clear()
    report = update_index([str(corpus)], folder, progress=False)
    assert sorted(report.unchanged) == ["a1", "a2", "b1"] and not report.added and embedded == []

    _jsonl(corpus / "a.jsonl", [
        {"id": "a1", "title": "铜鼓县", "text": "铜鼓县电子公函使用率达100%，检查4轮次。"},
        {"id": "a2", "title": "大余县", "text": "大余县探索宅基地审批机制。"},
    ])
    (corpus / "b.jsonl").unlink()
    report = update_index([str(corpus)], folder, progress=False)
    assert report.changed == ("a1",) and report.removed == ("b1",) and report.unchanged == ("a2",)
    assert len(embedded) == 1 and "检查4轮次" in embedded[0]

    index = Index.load(folder)
    assert sorted(index.articles) == ["a1", "a2"]
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    (entry,) = manifest["files"]
    assert entry["name"] == "a.jsonl" and entry["root"] == "../corpus"
    assert entry["articles"] == ["a1", "a2"] and len(entry["fingerprint"]["sha256"]) == 64


def test_unchanged_files_are_not_parsed_again(tmp_path, monkeypatch, seed_page):
    """A run over unchanged files reads them from the index (start-up of a big archive),
    re-parses a file whose content changed, and keeps reporting a file's skipped lines."""
    import qa.parse

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_page, corpus / seed_page.name)
    _jsonl(corpus / "a.jsonl", [{"id": "a1", "title": "铜鼓县", "text": "铜鼓县电子公函使用率达100%。"}])
    (corpus / "bad.jsonl").write_text('{"id": "b1", "title": "九江", "text": "九江银行。"}\n{broken\n', "utf-8")
    folder = tmp_path / "index"
    first = update_index([str(corpus)], folder, progress=False)
    assert len(first.added) == 9 and len(first.skipped) == 1

    parsed: list[str] = []
    real = qa.parse.parse_file

    def counting(path, *args, **kwargs):
        parsed.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(qa.parse.read, "parse_file", counting)
    again = update_index([str(corpus)], folder, progress=False)
    assert parsed == ["bad.jsonl"]  # the file with a skipped line is read (and reported) again
    assert len(again.unchanged) == 9 and not again.added and not again.removed
    assert [str(s) for s in again.skipped] == [str(s) for s in first.skipped]

    parsed.clear()
    _jsonl(corpus / "a.jsonl", [{"id": "a1", "title": "铜鼓县", "text": "铜鼓县电子公函使用率达99%。"}])
    changed = update_index([str(corpus)], folder, progress=False)
    assert sorted(parsed) == ["a.jsonl", "bad.jsonl"] and changed.changed == ("a1",)
    assert "99%" in Index.load(folder).articles["a1"].paragraphs[0]

    parsed.clear()  # read another way (the mode decides what a file parses into): parsed again
    update_index([str(corpus)], folder, mode="page", progress=False)
    assert seed_page.name in parsed


def test_update_refuses_another_model_and_rebuild_replaces(tmp_path):
    corpus = tmp_path / "c.jsonl"
    _jsonl(corpus, [{"id": "x", "title": "t", "text": "铜鼓县电子公函。"}])
    update_index([str(corpus)], tmp_path / "index", progress=False)
    with pytest.raises(IndexStoreError, match="--rebuild"):
        update_index([str(corpus)], tmp_path / "index", model="some/other-model", progress=False)
    report = update_index([str(corpus)], tmp_path / "index", progress=False, rebuild=True)
    assert report.added == ("x",)


def test_cli_index_then_search_finds_the_seed_paragraph(tmp_path, seed_page, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_page, corpus / seed_page.name)
    folder = tmp_path / "index"
    assert main(["index", str(corpus), "--index", str(folder), "-q"]) == 0
    assert "added" in capsys.readouterr().out
    assert main(["search", "铜鼓县电子公函使用率", "--index", str(folder), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert "铜鼓县" in hits[0]["text"] and "使用率达100%" in hits[0]["text"]
    assert hits[0]["rank"] == 1 and hits[0]["source"].endswith(seed_page.name)
    assert main(["search", "", "--index", str(folder)]) == 1
    assert "query is empty" in capsys.readouterr().err
    assert main(["search", "铜鼓", "--index", str(tmp_path / "none")]) == 1
    assert "qa index" in capsys.readouterr().err


def _qa_index(corpus, folder):
    import subprocess
    import sys

    return subprocess.Popen(
        [sys.executable, "-m", "qa.cli", "index", str(corpus), "--index", str(folder), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _saving(folder) -> set[str]:
    """Names of the temporary folders saves of this index folder have made (and not yet removed)."""
    return {p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.tmp-")}


@pytest.mark.slow
def test_sigkilled_qa_index_runs_leave_a_loadable_index_and_the_next_run_completes(tmp_path):
    """SIGKILL spread over whole `qa index` runs: half at a random moment between start
    and the save (imports, model, parsing, embedding), half inside the save, a random few
    milliseconds after its temporary folder appears. After each kill the index loads and
    answers, holding the previous articles (or all of them, when the kill came after the
    swap); the next run completes and leaves nothing behind."""
    import random
    import signal
    import time

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _jsonl(corpus / "base.jsonl", [{"id": "base", "title": "铜鼓县", "text": "铜鼓县电子公函使用率达100%。"}])
    folder = tmp_path / "index"
    started = time.monotonic()
    run = _qa_index(corpus, folder)
    while run.poll() is None and not _saving(folder):
        time.sleep(0.0005)
    save_starts = time.monotonic() - started  # when a run's save begins, measured
    assert run.wait(timeout=120) == 0, run.stderr.read()

    rng = random.Random(8)
    killed_in_save = 0
    batches = 0
    # A save of this small index takes a few milliseconds: on a fast machine a kill can
    # land after the swap, so save-phase kills are retried (with a new batch each time)
    # until three of them landed inside the save.
    phases = ["run", "save"] * 3 + ["save"] * 12
    for phase in phases:
        if phase == "save" and killed_in_save >= 3:
            continue
        n = batches
        batches += 1
        rows = [{"id": f"n{n}-{i}", "title": "新闻", "text": f"第{n}批第{i}条新闻的内容。" * 5} for i in range(40)]
        _jsonl(corpus / f"new{n}.jsonl", rows)
        previous = len(Index.load(folder).articles)
        stale = _saving(folder)
        run = _qa_index(corpus, folder)
        if phase == "run":
            time.sleep(rng.uniform(0.0, save_starts))
        else:
            while run.poll() is None and not _saving(folder) - stale:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0.0, 0.004))
        run.send_signal(signal.SIGKILL)
        run.wait()
        if phase == "save":
            killed_in_save += bool(_saving(folder) - stale or folder.with_name("index.previous").exists())
        index = Index.load(folder)
        assert len(index.articles) in (previous, 1 + 40 * (n + 1))
        assert index.search("铜鼓县电子公函使用率", k=1)[0].passage.article_id == "base"
        assert "100%" in index.ask("铜鼓县电子公函使用率").text
    assert killed_in_save >= 3, "kills landed inside the save"
    run = _qa_index(corpus, folder)
    assert run.wait(timeout=120) == 0, run.stderr.read()
    assert len(Index.load(folder).articles) == 1 + batches * 40
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "index", "index.lock"]


@pytest.mark.slow
def test_two_qa_index_runs_at_once_wait_or_refuse_and_never_corrupt(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [{"id": f"r{i}", "title": "新闻", "text": f"第{i}条新闻的内容。"} for i in range(30)]
    _jsonl(corpus / "rows.jsonl", rows)
    folder = tmp_path / "index"
    runs = [_qa_index(corpus, folder) for _ in range(2)]
    outcomes = [(run.wait(timeout=120), run.stderr.read()) for run in runs]
    for code, err in outcomes:
        assert code == 0 or (code == 1 and "another process is writing" in err), err
    assert any(code == 0 for code, _ in outcomes)
    assert len(Index.load(folder).articles) == 30


def test_cli_index_of_only_unreadable_input_fails(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", "utf-8")
    assert main(["index", str(bad), "--index", str(tmp_path / "index"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "bad.jsonl" in err
    assert not (tmp_path / "index").exists(), "a failed first run leaves no index behind"


def test_the_app_then_the_cli_then_the_app_embed_nothing_again(tmp_path, monkeypatch, seed_page, embedded, capsys):
    """The app names folders absolutely, the command line as typed from wherever it runs:
    both know a file by its name inside the corpus, so neither re-embeds after the other."""
    import app

    corpus = tmp_path / "corpus"
    (corpus / "uploads").mkdir(parents=True)
    shutil.copy(seed_page, corpus / seed_page.name)
    (corpus / "uploads" / "note.md").write_text("# 通知\n\n上栗县夜市摊位增加到三百二十个。\n", "utf-8")
    settings = app.AppSettings(corpus=corpus.resolve(), index=(tmp_path / "index").resolve(), model=None, host="127.0.0.1", port=0)
    served = app.IndexHolder(settings).get()
    assert len(embedded) > 0 and {a.source for a in served.articles.values()} == {seed_page.name, "uploads/note.md"}
    embedded.clear()

    monkeypatch.chdir(tmp_path)
    assert main(["index", "corpus/", "--index", "index", "-q"]) == 0
    assert "(0 added, 0 changed, 0 removed, 8 unchanged)" in capsys.readouterr().out
    assert embedded == []

    monkeypatch.chdir(seed_page.parent)  # the app again, started from elsewhere
    app.IndexHolder(settings).get()
    assert embedded == []


def test_a_parser_file_renamed_or_moved_changes_the_digest_and_files_are_read_again(tmp_path, monkeypatch, seed_page):
    import qa.parse
    import qa.store.catalog as catalog

    parse_copy = tmp_path / "parse"
    shutil.copytree(catalog.PARSE_FOLDER, parse_copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert catalog.parser_digest(parse_copy) == catalog.parser_digest()
    digest = catalog.parser_digest.__wrapped__  # uncached: the copy changes under it
    monkeypatch.setattr(catalog, "parser_digest", lambda: digest(parse_copy))

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_page, corpus / seed_page.name)
    folder = tmp_path / "index"
    update_index([corpus], folder, progress=False)
    parsed: list[str] = []
    real = qa.parse.parse_file
    monkeypatch.setattr(qa.parse.read, "parse_file", lambda path, *a, **k: parsed.append(Path(path).name) or real(path, *a, **k))

    update_index([corpus], folder, progress=False)
    assert parsed == []  # same parser: read from the index

    digests = {catalog.parser_digest()}
    (parse_copy / "headings.py").rename(parse_copy / "heads.py")  # renamed
    digests.add(catalog.parser_digest())
    update_index([corpus], folder, progress=False)
    assert parsed == [seed_page.name]

    (parse_copy / "layout").mkdir()
    (parse_copy / "heads.py").rename(parse_copy / "layout" / "heads.py")  # moved
    digests.add(catalog.parser_digest())
    update_index([corpus], folder, progress=False)
    assert parsed == [seed_page.name] * 2 and len(digests) == 3


def test_an_article_whose_print_facts_alone_changed_keeps_its_vectors(tmp_path, embedded):
    # A page's header read anew (a new parser reads the date a page's header prints; the
    # header corrected): its articles change in their paper, date and page only, so their
    # passages keep their rows and vectors and take the new facts; nothing is embedded.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = [
        "乡村振兴成效显著", "本报记者 王五",
        "今年以来，我省持续推进乡村振兴，全省粮食总产量再创新高，农民人均可支配收入稳步增长。",
        "新增公办学位一万个", "记者从市教育局获悉，今年秋季全市将新增公办学位一万个，有效缓解入学难问题。",
        "据介绍，新建学校将于八月底前全部完工，届时将同步开展招生工作，各区教育部门将提前公布招生范围和报名"
        "办法，方便家长及时了解相关政策，合理安排孩子的入学事宜，确保新学期各项工作平稳有序推进。（李四）",
    ]
    page = corpus / "page.txt"
    page.write_text("\n\n".join(["江西日报 2024年5月8日 星期三 第3版 要闻", *body]) + "\n", encoding="utf-8")
    folder = tmp_path / "index"
    first = update_index([str(corpus)], folder, progress=False)
    assert len(first.added) == 2 and embedded  # (its sentences)

    embedded.clear()
    page.write_text("\n\n".join(["江西日报 2024年5月9日 星期四 第4版 要闻", *body]) + "\n", encoding="utf-8")
    report = update_index([str(corpus)], folder, progress=False)
    assert sorted(report.changed) == sorted(first.added) and report.restated == 2 and embedded == []
    assert "2 changed in their print facts only" in report.summary()
    index = Index.load(folder)
    assert {(a.date, a.page) for a in index.articles.values()} == {("2024-05-09", "4")}
    assert {p.print_label for p in index.passages} == {"江西日报 2024-05-09 第4版"}
    hits = index.search("全省粮食总产量", k=1)
    assert hits[0].passage.print_label == "江西日报 2024-05-09 第4版"

    # A change of text is embedded again, as ever (the other article keeps its vectors).
    edited = body[5].replace("平稳有序", "安全平稳有序")  # (far down: the article keeps its id)
    page.write_text("\n\n".join(["江西日报 2024年5月9日 星期四 第4版 要闻", *body[:5], edited]) + "\n", encoding="utf-8")
    report = update_index([str(corpus)], folder, progress=False)
    assert len(report.changed) == 1 and report.restated == 0 and any("安全平稳有序" in text for text in embedded)
