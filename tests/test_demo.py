"""A public demo nobody can poison, through the app's API on a real Gradio server: private
uploads per session, the admin key for shared ones, limits, the health endpoint, a full
queue answered at once, no server path in any response, quiet start-up logs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import replace
from pathlib import Path

import pytest
from app_site import free_port, serving
from conftest import REPO, SEED_PAGE

gradio_client = pytest.importorskip("gradio_client", reason="gradio_client is in the test extra")

pytestmark = pytest.mark.slow
KEY = "demo-admin-key-0123456789"
QUESTION = "萍乡夜市摊位有多少"
NIGHT_MARKET = "# 萍乡夜市\n\n萍乡市夜市摊位今年增加到三百二十个，夜间消费增长两成。\n"
QUEUE_SIZE = 4


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    yield from serving(
        tmp_path_factory, "demo", record=True, upload_mode="session", admin_key=KEY, queue_size=QUEUE_SIZE
    )


def client(site):
    """A new gradio_client: a session of its own."""
    return gradio_client.Client(site.url, verbose=False)


def upload(user, tmp_path: Path, files: dict[str, str], key: str = "") -> str:
    handles = []
    for name, text in files.items():
        folder = tmp_path / f"to-send-{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        (folder / name).write_text(text, encoding="utf-8")
        handles.append(gradio_client.handle_file(str(folder / name)))
    status, *_ = user.predict(handles, key, api_name="/add_files")
    return status


def private_sources(result: dict) -> set[str]:
    found = {c["source"] for c in result.get("citations", [])} | {h["source"] for h in result.get("hits", [])}
    return {s for s in found if s.startswith("session/")}


def corpus_files(site) -> list[str]:
    return sorted(p.relative_to(site.settings.corpus).as_posix() for p in site.settings.corpus.rglob("*"))


def health(site) -> dict:
    with urllib.request.urlopen(site.url + "health", timeout=30) as response:
        assert response.headers["content-type"].startswith("application/json")
        return json.loads(response.read())


def test_a_private_upload_is_cited_in_its_own_session_only(site, tmp_path):
    a, b = client(site), client(site)
    before = corpus_files(site)
    status = upload(a, tmp_path, {"夜市 报道.md": NIGHT_MARKET})
    assert "只在你的这个会话中可检索" in status and "searchable in this session only" in status, status
    assert corpus_files(site) == before, "a private upload is not stored in the corpus"

    mine = a.predict(QUESTION, api_name="/ask")
    assert mine["supported"] and "三百二十个" in mine["answer"]
    assert private_sources(mine) == {"session/夜市_报道.md"}
    assert "三百二十个" in a.predict(QUESTION, [], [], api_name="/chat")
    assert private_sources(a.predict("萍乡夜市", 3, api_name="/search")) == {"session/夜市_报道.md"}

    theirs = b.predict(QUESTION, api_name="/ask")
    assert "三百二十个" not in json.dumps(theirs, ensure_ascii=False) and not private_sources(theirs)
    assert "三百二十个" not in b.predict(QUESTION, [], [], api_name="/chat")
    hits = b.predict("萍乡夜市摊位三百二十个", 50, api_name="/search")
    assert not private_sources(hits) and "三百二十个" not in json.dumps(hits["hits"], ensure_ascii=False)
    # even asked for by name, another session's file is not there
    named = b.predict("萍乡夜市", 5, "hybrid", None, ["session/夜市_报道.md"], api_name="/search")
    assert named["hits"] == []
    assert health(site)["sessions"]["with_files"] >= 1


def test_private_files_are_gone_after_the_idle_timeout(site, tmp_path):
    sessions = site.demo.sessions
    limits = sessions.limits
    sessions.limits = replace(limits, idle=1.5)
    try:
        a = client(site)
        upload(a, tmp_path, {"夜市.md": NIGHT_MARKET})
        assert private_sources(a.predict(QUESTION, api_name="/ask"))
        time.sleep(2.0)
        later = a.predict(QUESTION, api_name="/ask")
        assert not private_sources(later) and "三百二十个" not in later["answer"]
        assert health(site)["sessions"]["with_files"] == 0
    finally:
        sessions.limits = limits


def test_uploads_beyond_the_limits_are_refused(site, tmp_path):
    a = client(site)
    many = {f"f{n}.md": f"# 第{n}篇\n\n这是第{n}篇文章的正文内容。\n" for n in range(21)}
    status = upload(a, tmp_path, many)
    assert "up to 20 files at a time; 21 were sent" in status, status
    status = upload(a, tmp_path, {f"f{n}.md": text for n, text in enumerate(list(many.values())[:11])})
    assert "nothing was added" in status and "up to 10 files per session" in status, status
    status = upload(a, tmp_path, {"bad.jsonl": '{"id": "j1", "text": "好"}\n{oops\n'})
    assert status == "没有添加任何文件 (nothing was added): bad.jsonl:2: line is not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))" or "bad.jsonl:2:" in status
    assert "/" not in status.split("nothing was added")[1], status  # no server path
    assert site.demo.sessions.version(a.session_hash) == 0


def test_questions_and_k_beyond_the_limits_are_refused(site):
    a = client(site)
    with pytest.raises(gradio_client.exceptions.AppError, match="up to 2000 are accepted"):
        a.predict("铜鼓县" * 700, api_name="/ask")
    with pytest.raises(gradio_client.exceptions.AppError, match="k may be at most 50"):
        a.predict("铜鼓县", 51, api_name="/search")
    assert "2000" in a.predict("铜鼓县" * 700, [], [], api_name="/chat")


def test_health_reports_index_model_uploads_sessions_and_queue(site):
    found = health(site)
    assert found["status"] == "ok"
    assert found["articles"] == len(site.demo.holder.get().articles) > 0
    assert found["passages"] == len(site.demo.holder.get().passages)
    assert found["model"] == site.demo.holder.get().embedder.name
    assert found["uploads"] == "session"
    assert found["queue"] == {"waiting": 0, "max": QUEUE_SIZE}
    assert set(found["sessions"]) == {"with_files", "files", "passages", "max", "idle_seconds"}


def test_a_full_queue_answers_busy_at_once(site):
    """8 asks run, QUEUE_SIZE wait: one more is told to try again at once, not left hanging."""
    index = site.demo.holder.get()
    release = threading.Event()
    original = index.ask
    index.ask = lambda *args, **options: release.wait(60) and original(*args, **options)

    def wait_for(condition) -> None:
        deadline = time.monotonic() + 30
        while not condition() and time.monotonic() < deadline:
            time.sleep(0.05)

    try:
        user = client(site)
        jobs = []
        # One at a time: a burst arriving faster than the workers take them would fill
        # the small queue early (which is also what "full" means).
        for waiting in range(8 + QUEUE_SIZE):
            jobs.append(user.submit("铜鼓县电子公函使用率", api_name="/ask"))
            expected = max(0, waiting + 1 - 8)
            wait_for(lambda expected=expected: health(site)["queue"]["waiting"] >= expected and (
                expected or jobs[-1].status().code.name == "PROCESSING"))
        assert health(site)["queue"]["waiting"] == QUEUE_SIZE
        started = time.monotonic()
        with pytest.raises(Exception, match="(?i)queue is full.*try again") as caught:
            user.submit("铜鼓县电子公函使用率", api_name="/ask").result(timeout=30)
        assert time.monotonic() - started < 10, "a full queue must answer at once"
        assert type(caught.value).__name__ == "QueueError", caught.value
    finally:
        release.set()
        del index.ask
    assert all("100%" in job.result(timeout=120)["answer"] for job in jobs)


def test_the_admin_key_lets_a_shared_upload_through_and_nothing_else(site, tmp_path):
    a, b = client(site), client(site)
    before = corpus_files(site)
    page = {"全县通报.md": "# 全县通报\n\n全县今年新修农村公路四百八十公里。\n"}
    for wrong in (KEY + "x", KEY[:-1], "x"):
        status = upload(a, tmp_path, page, key=wrong)
        assert status == "没有添加任何文件 (nothing was added): 管理密钥不对 (wrong admin key)", status
    assert corpus_files(site) == before
    assert site.demo.sessions.version(a.session_hash) == 0, "a wrong key is not a private upload either"

    articles = health(site)["articles"]
    status = upload(a, tmp_path, page, key=KEY)
    assert "保存在语料库中，所有人都能检索" in status and "searchable by everyone" in status, status
    assert corpus_files(site) == sorted([*before, "uploads", "uploads/全县通报.md"])
    assert health(site)["articles"] == articles + 1
    answer = b.predict("全县今年新修农村公路多少公里", api_name="/ask")
    assert "四百八十公里" in answer["answer"]
    assert {c["source"] for c in answer["citations"]} >= {"uploads/全县通报.md"}

    status = upload(a, tmp_path, {"again.txt": SEED_PAGE.read_text("utf-8")}, key=KEY)
    assert "again.txt: is the same as 000_5bfbc44df4076cd8.txt" in status, status
    assert corpus_files(site) == sorted([*before, "uploads", "uploads/全县通报.md"])


def test_no_response_holds_a_server_path_or_the_key(site):
    """Runs last: every body the server sent during this module, errors included."""
    forbidden = {str(site.settings.corpus.parent), str(site.settings.corpus.parent.resolve()), str(REPO), KEY}
    gradio_temp = os.environ.get("GRADIO_TEMP_DIR", "/nonexistent")
    paths = set()
    for path, body in site.bodies:
        text = bytes(body).decode("utf-8", "replace")
        paths.add(path)
        for secret in forbidden:
            assert secret not in text, (path, secret, text[:300])
        if gradio_temp in text:
            # Gradio's own upload protocol hands the client its cache path back; nothing else may.
            assert path.endswith("/upload") or "/queue/data" in path or path.endswith("/predict"), (path, text[:300])
    assert {"/health", "/gradio_api/upload", "/gradio_api/queue/data"} <= paths, sorted(paths)
    assert len(site.bodies) > 50


def test_start_up_logs_no_faiss_probe_errors_and_no_server_paths(tmp_path):
    """Issue 17: `python app.py` logged faiss's "ModuleNotFoundError ... avx512" probe lines."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / SEED_PAGE.name).write_bytes(SEED_PAGE.read_bytes())
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 \x00\x01")
    port = free_port()
    env = {
        **os.environ,
        "QA_CORPUS": str(corpus),
        "QA_INDEX": str(tmp_path / "index"),
        "QA_PORT": str(port),
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    log = tmp_path / "app.log"
    with open(log, "w") as handle:
        process = subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=tmp_path, env=env, stdout=handle, stderr=handle)
    try:
        deadline = time.monotonic() + 240
        while "Running on" not in log.read_text(errors="replace") and time.monotonic() < deadline:
            assert process.poll() is None, log.read_text(errors="replace")
            time.sleep(0.5)
    finally:
        process.terminate()
        process.wait(30)
    text = log.read_text(errors="replace")
    assert "Running on" in text, text
    assert "index: index: 7 articles" in text and "skipped corpus/scan.pdf" in text, text
    assert "ModuleNotFoundError" not in text and "avx" not in text.lower(), text
    assert str(tmp_path) not in text, text
