"""The index folder: atomic swap, recovery after a kill, the writer lock."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from qa.errors import IndexBusyError, IndexStoreError
from qa.index import Index
from qa.store.folder import FORMAT_VERSION, index_lock, read_manifest, readable_folder, write_atomic
from qa.types import Article


def _files(content: str):
    def write(folder):
        (folder / "data.txt").write_text(content, "utf-8")
        return ["data.txt"]

    return write


def test_write_atomic_replaces_whole_folder_and_cleans_up(tmp_path):
    folder = tmp_path / "idx"
    write_atomic(folder, _files("one"), {"embedder": {"name": "m", "dim": 1}})
    write_atomic(folder, _files("two"), {"embedder": {"name": "m", "dim": 1}})
    assert (folder / "data.txt").read_text("utf-8") == "two"
    manifest = read_manifest(folder)
    assert manifest["format"] == FORMAT_VERSION and manifest["data_files"]["data.txt"]["size"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["idx"]


def test_failed_write_leaves_previous_index(tmp_path):
    folder = tmp_path / "idx"
    write_atomic(folder, _files("one"), {})

    def broken(temp):
        (temp / "data.txt").write_text("half", "utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomic(folder, broken, {})
    assert (folder / "data.txt").read_text("utf-8") == "one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["idx"]


def test_kill_between_renames_leaves_previous_readable_and_next_save_recovers(tmp_path):
    folder = tmp_path / "idx"
    write_atomic(folder, _files("one"), {})
    os.rename(folder, tmp_path / "idx.previous")  # as if killed between the two renames
    (tmp_path / ".idx.tmp-1-dead").mkdir()  # and a half-written temp folder
    assert readable_folder(folder) == tmp_path / "idx.previous"
    write_atomic(folder, _files("two"), {})
    assert (folder / "data.txt").read_text("utf-8") == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["idx"]


def test_lock_refuses_a_second_writer(tmp_path):
    folder = tmp_path / "idx"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from qa.store.folder import index_lock
            with index_lock({str(folder)!r}):
                print("locked", flush=True)
                time.sleep(30)
        """)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexBusyError, match="another process is writing"), index_lock(folder, timeout=0.3):
            pass
    finally:
        holder.kill()
        holder.wait()
    with index_lock(folder, timeout=5):  # a killed holder releases the lock at once
        pass


_WRITER = textwrap.dedent("""
    import sys
    from qa.index import Index
    from qa.store.folder import index_lock
    from qa.types import Article

    folder = sys.argv[1]
    with index_lock(folder):
        index = Index.load(folder)
        for n in range(10_000):
            index.add([Article(id=f"n{n % 7}", title="", paragraphs=(f"新增的第{n}条新闻。",))])
            index.save_locked(folder)
            print(n, flush=True)
""")


@pytest.mark.slow
def test_sigkill_at_random_moments_never_breaks_the_index(tmp_path):
    folder = tmp_path / "idx"
    base = Article(id="tonggu", title="", paragraphs=("铜鼓县“电子公函”使用率达100%。",))
    Index.build([base]).save(folder)
    rng = random.Random(4)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for _ in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(folder)], stdout=subprocess.PIPE, env=env, text=True
        )
        writer.stdout.readline()  # killed while saving over and over, not while starting
        time.sleep(rng.uniform(0.0, 0.6))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        index = Index.load(folder)
        assert index.search("电子公函使用率", k=1, mode="bm25")[0].passage.article_id == "tonggu"
        manifest = json.loads((readable_folder(folder) / "manifest.json").read_text("utf-8"))
        assert manifest["counts"]["passages"] == len(index.passages)
    finished = subprocess.run(
        [sys.executable, "-c", _WRITER.replace("10_000", "2"), str(folder)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert finished.returncode == 0, finished.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["idx"]
    assert Index.load(folder).search("电子公函", k=1)[0].passage.article_id == "tonggu"


def test_readable_folder_refuses_a_plain_folder(tmp_path):
    (tmp_path / "notindex").mkdir()
    with pytest.raises(IndexStoreError, match="not an index"):
        readable_folder(tmp_path / "notindex")
