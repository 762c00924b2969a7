"""Uploads: only allowed types, a size cap, safe names, stored under the corpus, never overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa import uploads
from qa.errors import InputFileError
from qa.uploads import Upload


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("报道.md", "报道.md"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("/etc/cron.d/evil.jsonl", "evil.jsonl"),
        ("..\\..\\windows\\win.TXT", "win.txt"),
        (".hidden.txt", "hidden.txt"),
        ("-rf.txt", "rf.txt"),
        ("a b<c>&\"d'.md", "a_b_c_d_.md"),
        ("<script>alert(1)</script>.md", "script_.md"),  # "/" separates: the last part is kept
        ("x\u0000y\u202e.txt", "xy.txt"),
        ("...txt", "upload.txt"),
        ("Ｆｕｌｌ．ｔｘｔ", "Full.txt"),
        ("a" * 300 + ".txt", "a" * 80 + ".txt"),
    ],
)
def test_safe_names(name, safe):
    assert uploads.safe_name(name) == safe


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("page.pdf", "a .pdf file cannot be added; only .txt, .md, .jsonl files are accepted"),
        ("payload.exe", "a .exe file cannot be added"),
        ("README", "a file without a suffix cannot be added"),
        ("../.txt", "a file without a suffix cannot be added"),
        ("notes.txt.html", "a .html file cannot be added"),
    ],
)
def test_refused_types_name_the_file(name, message):
    with pytest.raises(InputFileError, match=message.replace(".", r"\.")) as caught:
        uploads.safe_name(name)
    assert caught.value.path == uploads.display_name(name)


@given(st.text(max_size=60), st.sampled_from(["", ".txt", ".md", ".jsonl", ".TXT", ".pdf"]))
def test_any_name_is_refused_or_safe(tmp_path_factory, stem, suffix):
    try:
        name = uploads.safe_name(stem + suffix)
    except InputFileError:
        return
    folder = tmp_path_factory.getbasetemp() / "uploads"
    assert "/" not in name and "\\" not in name and not name.startswith((".", "-"))
    assert Path(name).suffix in uploads.ALLOWED_SUFFIXES
    assert (folder / name).resolve().parent == folder.resolve()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "max_bytes", "message"),
    [
        (b"", 100, "page.txt: is empty"),
        (b"x" * 101, 100, "page.txt: is 0.0 MB; files up to 0 MB are accepted"),
    ],
)
def test_check_upload_refuses_empty_and_oversized(tmp_path, data, max_bytes, message):
    upload = Upload(write(tmp_path / "tmpfile", data), "dir/page.txt")
    with pytest.raises(InputFileError) as caught:
        uploads.check_upload(upload, max_bytes=max_bytes)
    assert str(caught.value) == message


def test_check_upload_reports_the_real_cap_in_megabytes(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(uploads.MAX_UPLOAD_BYTES + 1)
    with pytest.raises(InputFileError, match="files up to 20 MB are accepted"):
        uploads.check_upload(Upload(big, "big.txt"))


def test_check_all_needs_a_file():
    with pytest.raises(InputFileError, match="choose one or more"):
        uploads.check_all([])


def test_store_never_overwrites(tmp_path):
    folder = tmp_path / "corpus" / "uploads"
    first = write(tmp_path / "one", "第一".encode())
    second = write(tmp_path / "two", "第二".encode())
    stored = [
        uploads.store_upload(Upload(first, "../../报道.txt"), folder),
        uploads.store_upload(Upload(second, "报道.txt"), folder),
        uploads.store_upload(Upload(second, "/abs/报道.TXT"), folder),
    ]
    assert [p.name for p in stored] == ["报道.txt", "报道-1.txt", "报道-2.txt"]
    assert [p.read_text() for p in stored] == ["第一", "第二", "第二"]
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        ["one", "two", "报道.txt", "报道-1.txt", "报道-2.txt"]
    )
