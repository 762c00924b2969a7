"""Private uploads: a session's files searched with the shared index by that session only,
read strictly, capped per session and across sessions, dropped when it ends or idles."""

from __future__ import annotations

import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SEED_PAGE
from test_bad_inputs import HashEmbedder

from qa.errors import InputFileError
from qa.web.access import UploadRefused
from qa.web.sessions import SessionLimits, SessionStats, SessionStore
from qa.web.uploads import Upload

NIGHT_MARKET = "# 萍乡夜市\n\n萍乡市夜市摊位今年增加到三百二十个，夜间消费增长两成。\n"
QUESTION = "萍乡夜市摊位有多少"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """The shared index: the seed page, indexed as the app does (files fingerprinted)."""
    from qa.ingest import update_index

    corpus = tmp_path_factory.mktemp("shared") / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_PAGE, corpus / SEED_PAGE.name)
    return update_index([corpus], corpus.parent / "index", model=HashEmbedder(), progress=False).index


@pytest.fixture
def received(tmp_path):
    """Make an upload as Gradio hands it over: a temporary file and the user's name."""
    count = iter(range(1000))

    def make(name: str, text: str | bytes) -> Upload:
        path = tmp_path / f"received-{next(count)}" / Path(name).name
        path.parent.mkdir()
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return Upload(path, name)

    return make


def cited(index, question: str = QUESTION) -> set[str]:
    return {h.passage.source for h in index.search(question, k=10)}


def test_a_sessions_files_are_searched_by_that_session_only(shared, received):
    store = SessionStore()
    upload = received("../夜市 报道.md", NIGHT_MARKET)
    report = store.add("A", shared, [upload])
    assert report.names == ("夜市 报道.md",) and len(report.added) == 1 and report.files == 1
    assert "只在你的这个会话中" in report.summary() and "searchable in this session only" in report.summary()
    assert "session/夜市_报道.md" in cited(store.view("A", shared))
    assert "三百二十个" in store.view("A", shared).ask(QUESTION).text
    for other in ("B", None, ""):
        assert store.view(other, shared) is shared
    assert "session/夜市_报道.md" not in cited(shared)
    assert not upload.path.exists(), "the received file is not kept on disk"
    assert store.stats().sessions == 1 and store.stats().passages == 1


def test_a_newspaper_pdf_is_a_private_file_too(shared, received):
    from pdfgen import make_issue

    store = SessionStore()
    issue = make_issue(3)
    report = store.add("A", shared, [received("江西日报 第3版.pdf", issue.data)])
    truth = issue.pages[0]
    view = store.view("A", shared)
    added = [view.articles[i] for i in report.added]
    assert len(added) == len(truth.items) and {(a.paper, a.page) for a in added} == {(truth.paper, truth.page)}
    assert {a.source for a in added} == {"session/江西日报_第3版.pdf"}
    assert not set(report.added) & set(shared.articles)


def test_the_view_is_reused_until_something_changes(shared, received):
    store = SessionStore()
    store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    first = store.view("A", shared)
    assert store.view("A", shared) is first
    assert store.version("A") == 1 and store.version("B") == 0
    store.add("A", shared, [received("b.md", "# 上栗\n\n上栗县新建了十二个调解室。\n")])
    second = store.view("A", shared)
    assert second is not first and store.version("A") == 2
    assert {"session/a.md", "session/b.md"} <= {a.source for a in second.articles.values()}
    newer = shared.copy()  # the shared index changed (a shared upload): the view follows it
    assert store.view("A", newer) is not second


def test_same_names_in_one_session_are_kept_apart(shared, received):
    store = SessionStore()
    store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    store.add("A", shared, [received("a.md", "# 上栗\n\n上栗县新建了十二个调解室。\n")])
    sources = {a.source for a in store.view("A", shared).articles.values()}
    assert {"session/a.md", "session/a-1.md"} <= sources


def test_two_sessions_may_hold_the_same_file(shared, received):
    """Nothing about one session's files shows in another's answers, refusals included."""
    store = SessionStore()
    store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    store.add("B", shared, [received("b.md", NIGHT_MARKET)])
    assert cited(store.view("A", shared)) & {"session/a.md", "session/b.md"} == {"session/a.md"}
    assert cited(store.view("B", shared)) & {"session/a.md", "session/b.md"} == {"session/b.md"}


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"page.txt": "SEED"}, "page.txt: is the same as 000_5bfbc44df4076cd8.txt, which is searchable already"),
        ({"a.md": NIGHT_MARKET, "b.md": NIGHT_MARKET}, "b.md: is the same as a.md"),
        ({"ok.md": NIGHT_MARKET, "bad.jsonl": '{"id": "j1", "text": "好"}\n{oops\n'}, "bad.jsonl:2: "),
        ({"blank.md": " \n\n"}, "blank.md: no text"),
        ({"empty.txt": ""}, "empty.txt: is empty"),
        ({"page.pdf": "%PDF-1.7"}, "page.pdf: cannot be read as a PDF: it is truncated"),
        ({"x.jsonl": '{"id": "x1", "text": "一"}\n{"id": "x1", "text": "二"}\n'}, "x.jsonl:2: duplicate id"),
        ({"y.jsonl": '{"id": "SHARED", "text": "一"}\n'}, "y.jsonl: article id"),
    ],
)
def test_refused_batches_change_nothing(shared, received, seed_page, files, message):
    store = SessionStore()
    shared_id = next(iter(shared.articles))
    uploads = [
        received(name, seed_page.read_bytes() if text == "SEED" else text.replace("SHARED", shared_id))
        for name, text in files.items()
    ]
    with pytest.raises(InputFileError) as caught:
        store.add("A", shared, uploads)
    assert message in str(caught.value)
    assert "received-" not in str(caught.value) and "/" not in str(caught.value).split(":")[0]
    assert store.view("A", shared) is shared
    assert store.stats() == SessionStats(0, 0, 0, 0)


def test_per_session_caps(shared, received):
    store = SessionStore(SessionLimits(files=2, bytes=300, passages=3))
    store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    with pytest.raises(UploadRefused, match="up to 2 files per session; this session holds 1"):
        store.add("A", shared, [received("b.md", "# 乙\n\n乙文。\n"), received("c.md", "# 丙\n\n丙文。\n")])
    with pytest.raises(UploadRefused, match="MB of files per session"):
        store.add("A", shared, [received("big.md", "# 大\n\n" + "很长的文章。" * 12)])  # 222 + 98 bytes
    assert store.stats().files == 1 and store.stats().passages == 1
    many = "# 多\n\n" + "\n\n".join(f"第{n}段讲的是第{n}件事情，" * 8 for n in range(4))
    fresh = SessionStore(SessionLimits(passages=3))
    with pytest.raises(UploadRefused, match="up to 3 passages per session; these files give 4, the session holds 0"):
        fresh.add("A", shared, [received("many.md", many)])
    assert fresh.stats().sessions == 0, "a session whose first upload was refused holds nothing"
    store.add("B", shared, [received("b.md", "# 乙\n\n乙文。\n")])  # another session has its own caps


def test_caps_across_sessions_bound_memory(shared, received):
    store = SessionStore(SessionLimits(sessions=2, total_passages=2))
    store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    store.add("B", shared, [received("b.md", "# 乙\n\n乙文讲的是别的事情。\n")])
    with pytest.raises(UploadRefused, match="try again later"):
        store.add("C", shared, [received("c.md", "# 丙\n\n丙文。\n")])  # a third session
    with pytest.raises(UploadRefused, match="try again later"):
        store.add("A", shared, [received("d.md", "# 丁\n\n丁文。\n")])  # a third passage
    assert store.stats().sessions == 2 and store.stats().passages == 2
    store.end("B")
    store.add("C", shared, [received("c.md", "# 丙\n\n丙文。\n")])


def test_sessions_end_and_expire(shared, received):
    clock = Clock()
    store = SessionStore(SessionLimits(idle=60), clock=clock)
    store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    store.add("B", shared, [received("b.md", NIGHT_MARKET)])
    assert store.end("A") is True and store.end("A") is False
    assert store.view("A", shared) is shared
    clock.now += 50
    assert store.view("B", shared) is not shared  # a request restarts the idle clock
    clock.now += 50
    assert store.sweep() == 0
    clock.now += 11
    assert store.view("B", shared) is shared, "idle for 61 s: gone, even before a sweep"
    assert store.stats().sessions == 0


def test_the_sweeper_drops_abandoned_sessions(shared, received):
    store = SessionStore(SessionLimits(idle=0.2))
    store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    store.start_sweeping(0.05)
    try:
        for _ in range(100):
            if store.stats().sessions == 0:
                break
            threading.Event().wait(0.05)
        assert store.stats().sessions == 0
    finally:
        store.stop_sweeping()


def test_an_upload_to_a_session_that_ended_meanwhile_is_refused(shared, received, monkeypatch):
    store = SessionStore()
    from qa.index import Index

    real_add = Index.add

    def add_and_end(self, articles, progress=False):
        if articles:
            store.end("A")  # the page closed while the files were being embedded
        return real_add(self, articles, progress)

    monkeypatch.setattr(Index, "add", add_and_end)
    with pytest.raises(UploadRefused, match="session has ended"):
        store.add("A", shared, [received("a.md", NIGHT_MARKET)])
    assert store.stats().sessions == 0
    assert store._reserved == 0


def test_without_a_session_nothing_is_added(shared, received):
    with pytest.raises(UploadRefused, match="no session"):
        SessionStore().add(None, shared, [received("a.md", NIGHT_MARKET)])


def test_limits_are_frozen_records():
    limits = SessionLimits()
    assert replace(limits, idle=5).idle == 5 and limits.idle == 1800
