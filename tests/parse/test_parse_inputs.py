"""Bad inputs, one row each, through the API and the CLI: what each gets and the message."""

from __future__ import annotations

import codecs
import json
import os

import pytest

from qa.cli import main
from qa.errors import InputFileError
from qa.parse import decode, parse_file, parse_paths

SHORT = "你好世界"
LONG = "南昌地铁4号线开通运营\n" + "国庆假期以来，婺源县篁岭景区游客络绎不绝。红彤彤的辣椒铺满屋顶。\n" * 40

# (row id, file name, bytes, the reason a refused file gets)
REFUSED = [
    ("empty", "empty.txt", b"", "empty file"),
    ("whitespace-only", "blank.txt", b"  \n\t\n\r\n ", "no text (empty or whitespace only)"),
    ("pdf", "scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document), not text"),
    ("png", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image), not text"),
    ("nul-bytes", "data.txt", b"abc\x00\x01\x02def", "binary file (contains NUL bytes), not text"),
    ("docx", "report.md", b"PK\x03\x04\x14\x00\x06\x00", "binary file (a ZIP archive (or .docx/.xlsx)), not text"),
    ("control-bytes", "noise.txt", bytes(range(1, 32)) * 20, "binary file (control characters), not text"),
]


@pytest.mark.parametrize(("name", "content", "reason"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_file_api(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError) as error:
        parse_file(path)
    assert str(error.value) == f"{path}: {reason}"
    result = parse_paths([tmp_path])
    assert result.articles == [] and [str(s) for s in result.skipped] == [f"{path}: {reason}"]


@pytest.mark.parametrize(("name", "content", "reason"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_file_cli(tmp_path, capsys, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"skipped {path}: {reason}" in err and "nothing could be read" in err


ENCODED = [
    ("utf-8-short", SHORT.encode("utf-8"), "utf-8"),
    ("gbk-short", SHORT.encode("gbk"), "gb18030"),
    ("gbk-long", LONG.encode("gbk"), "gb18030"),
    ("gb18030-beyond-gbk", ("𠀀" + LONG + "€").encode("gb18030"), "gb18030"),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE + LONG.encode("utf-16-le"), "utf-16"),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + SHORT.encode("utf-16-be"), "utf-16"),
    ("utf-8-bom", LONG.encode("utf-8-sig"), "utf-8-sig"),
    ("utf-8-bom-short", SHORT.encode("utf-8-sig"), "utf-8-sig"),
    ("gb18030-short", ("𠀀" + SHORT).encode("gb18030"), "gb18030"),
    ("utf-16-le-bom-short", codecs.BOM_UTF16_LE + SHORT.encode("utf-16-le"), "utf-16"),
    ("big5-via-charset-normalizer", "國慶假期以來，婺源縣篁嶺景區遊客絡繹不絕。紅彤彤的辣椒、金燦燦的稻穀鋪滿屋頂。".encode("big5"), "big5"),
]


@pytest.mark.parametrize(("content", "encoding"), [r[1:] for r in ENCODED], ids=[r[0] for r in ENCODED])
def test_encodings_are_detected(tmp_path, content, encoding):
    path = tmp_path / "text.txt"
    path.write_bytes(content)
    result = parse_file(path)
    assert result.encoding == encoding
    text = "\n".join(line for a in result.articles for line in (a.title, *a.paragraphs))
    assert "\ufeff" not in text
    expected = content.decode(encoding).lstrip("\ufeff")
    assert "".join(text.split()) == "".join(expected.split())


def test_encodings_through_the_cli(tmp_path, capsys):
    (tmp_path / "gbk.txt").write_bytes(LONG.encode("gbk"))
    (tmp_path / "utf16.txt").write_bytes(LONG.encode("utf-16"))
    assert main(["parse", str(tmp_path), "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in records] == ["南昌地铁4号线开通运营"] * 2


def test_seed_page_in_gbk_and_mixed_line_endings_reads_the_same(tmp_path, seed_page):
    text = seed_page.read_text(encoding="utf-8")
    # Each text line and the blank line after it end alike, cycling through \r\n, \r, \n
    # (a \r line ending followed by an empty \n line would make one \r\n).
    mixed, ending, count = "", "\n", 0
    for line in text.split("\n"):
        if line.strip():
            ending, count = ("\r\n", "\r", "\n")[count % 3], count + 1
        mixed += line + ending
    (tmp_path / "gbk.txt").write_bytes(text.encode("gbk"))
    (tmp_path / "mixed.txt").write_bytes(mixed.encode("utf-8"))
    reference = [(a.title, a.paragraphs, a.authors) for a in parse_file(seed_page).articles]
    for name in ("gbk.txt", "mixed.txt"):
        result = parse_file(tmp_path / name)
        assert [(a.title, a.paragraphs, a.authors) for a in result.articles] == reference, name


def test_a_bad_byte_deep_in_a_file_refuses_the_whole_file(tmp_path, seed_page):
    path = tmp_path / "page.txt"
    path.write_bytes(seed_page.read_bytes() * 20 + b"\xff\xfe\xfd tail")
    with pytest.raises(InputFileError, match="cannot decode"):
        parse_file(path)


def test_jsonl_broken_line_and_missing_text_through_the_cli(tmp_path, capsys):
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"id": "1", "text": "好。"}) + "\n{oops\n" + json.dumps({"id": "2"}) + "\n", encoding="utf-8"
    )
    assert main(["parse", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["1"]
    assert f"skipped {path}:2: broken JSON" in err
    assert f"skipped {path}:3: missing 'text'" in err


def test_unreadable_file_and_broken_symlink_in_a_folder(tmp_path, seed_page, monkeypatch):
    (tmp_path / "page.txt").write_bytes(seed_page.read_bytes())
    locked = tmp_path / "locked.txt"
    locked.write_text("南昌地铁。", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    if os.geteuid() == 0:  # root reads anything: make opening this file fail instead
        real_open = open

        def guarded(file, *args, **kwargs):
            if str(file) == str(locked):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(decode, "open", guarded, raising=False)
    else:
        locked.chmod(0)
    try:
        result = parse_paths([tmp_path])
    finally:
        locked.chmod(0o644)
    assert len(result.articles) == 7
    assert [str(s) for s in result.skipped] == [
        f"{tmp_path / 'gone.txt'}: broken symbolic link",
        f"{locked}: cannot read: permission denied",
    ]


def test_hidden_files_are_ignored_and_other_types_reported(tmp_path, capsys):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".notes.txt").write_text("私人笔记。", encoding="utf-8")
    (tmp_path / "scan.tif").write_bytes(b"II*\x00")
    (tmp_path / "a.txt").write_text("南昌地铁开通。\n线路全长39.6公里。\n", encoding="utf-8")
    assert main(["parse", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert f"skipped {tmp_path / 'scan.tif'}: not a supported file type (.tif); use .txt, .md, .jsonl or .pdf" in err
    assert ".DS_Store" not in err and ".notes.txt" not in err
