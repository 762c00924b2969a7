"""Two `qa index` runs at once: they wait for each other or refuse, and lose nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import qa, tree

from qa.index import Index
from qa.store.folder import index_lock

# --- two qa index runs at once ----------------------------------------------------------------


def _qa_index(*paths: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "qa.cli", "index", *map(str, paths), "--index", str(folder), "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _jsonl(path: Path, prefix: str, count: int) -> Path:
    rows = [{"id": f"{prefix}{i}", "title": "新闻", "text": f"{prefix}批第{i}条新闻的内容。"} for i in range(count)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.mark.slow
def test_two_qa_index_runs_of_different_files_at_once_lose_neither(tmp_path):
    """The second run waits for the first and builds on its result: both files end up in
    the index (a run that read the index before taking the lock would drop the other's)."""
    first = _jsonl(tmp_path / "a.jsonl", "a", 30)
    second = _jsonl(tmp_path / "b.jsonl", "b", 30)
    folder = tmp_path / "index"
    runs = [_qa_index(first, folder=folder), _qa_index(second, folder=folder)]
    outcomes = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    assert [code for code, _, _ in outcomes] == [0, 0], outcomes
    assert sorted(int(out.split(": ")[1].split()[0]) for _, out, _ in outcomes) == [30, 60]
    index = Index.load(folder)
    assert sorted(index.articles) == sorted([f"a{i}" for i in range(30)] + [f"b{i}" for i in range(30)])


# `qa index` with filelock's debug log on stderr, to see it wait at the lock.
_LOGGED_QA = (
    "import logging, sys; logging.basicConfig(format='%(name)s: %(message)s');"
    " logging.getLogger('filelock').setLevel(logging.DEBUG);"
    " from qa.cli import main; sys.exit(main(sys.argv[1:]))"
)


@pytest.mark.slow
def test_qa_index_waits_while_another_writer_holds_the_index(tmp_path, capsys):
    import queue
    import threading

    corpus = _jsonl(tmp_path / "a.jsonl", "a", 5)
    folder = tmp_path / "index"
    assert qa(capsys, "index", corpus, "--index", folder, "-q")[0] == 0
    before = tree(folder)
    added = _jsonl(tmp_path / "b.jsonl", "b", 5)
    with index_lock(folder):
        run = subprocess.Popen(
            [sys.executable, "-c", _LOGGED_QA, "index", str(corpus), str(added), "--index", str(folder), "-q"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in run.stderr], daemon=True).start()
        deadline = time.monotonic() + 60
        while "not acquired" not in lines.get(timeout=max(0.1, deadline - time.monotonic())):
            pass
        time.sleep(0.5)
        assert run.poll() is None, "the run waits at the lock"
        assert tree(folder) == before, "and writes nothing meanwhile"
    assert run.wait(timeout=60) == 0
    assert "10 articles" in run.stdout.read()
    assert sorted(Index.load(folder).articles) == sorted([f"a{i}" for i in range(5)] + [f"b{i}" for i in range(5)])
