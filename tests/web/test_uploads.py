"""Uploads: only allowed types, a size cap, safe names, stored under the corpus, never overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa.errors import InputFileError
from qa.web import uploads
from qa.web.uploads import Upload


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
        ("page.docx", "a .docx file cannot be added; only .txt, .md, .jsonl, .pdf files are accepted"),
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


class BigramEmbedder:
    """A tiny deterministic embedder: character bigrams hashed into 32 dimensions."""

    name = "test-bigrams"
    dim = 32

    def _encode(self, texts):
        import zlib

        import numpy as np

        vectors = np.zeros((len(texts), self.dim), np.float32)
        for row, text in enumerate(texts):
            for i in range(len(text) - 1):
                vectors[row, zlib.crc32(text[i : i + 2].encode()) % self.dim] += 1
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def encode_queries(self, texts):
        return self._encode(texts)

    def encode_passages(self, texts, progress=False):
        return self._encode(texts)


@pytest.fixture
def corpus_and_index(tmp_path):
    """A corpus folder with one article, indexed in memory (not yet saved)."""
    from qa.ingest import update_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "old.md", "# 旧闻\n\n铜鼓县电子公函使用率达100%。\n".encode())
    built = tmp_path / "built"  # the served index as built from the corpus (not the folder written to)
    index = update_index([corpus], built, model=BigramEmbedder(), progress=False).index
    return corpus, index, tmp_path / "index"


def test_add_uploads_stores_indexes_and_saves(corpus_and_index, tmp_path):
    corpus, index, index_dir = corpus_and_index
    page = write(tmp_path / "tmp-upload", "# 萍乡夜市\n\n夜市摊位增加到三百二十个。\n".encode())
    steps = []
    report = uploads.add_uploads(
        index, [Upload(page, "../萍乡 夜市.md")], corpus, index_dir, lambda share, what: steps.append(share)
    )
    assert report.stored == (corpus / "uploads" / "萍乡_夜市.md",)
    assert len(report.added) == 1 and report.articles == 2
    assert "萍乡_夜市.md" in report.summary()
    assert report.index.search("夜市摊位", k=1)[0].passage.article_id == report.added[0]
    assert "夜市" not in index.search("夜市摊位", k=1)[0].passage.text, "the served index is not changed"
    assert report.index.files["uploads/萍乡_夜市.md"].articles == report.added
    assert steps[0] == 0.0 and steps[-1] == 1.0 and steps == sorted(steps)
    assert '"articles": 2' in (index_dir / "manifest.json").read_text()


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.md": "# 甲\n\n甲文。\n", "b.jsonl": '{"id": "b1", "text": "乙"}\n{broken\n'}, "b.jsonl:2: "),
        ({"copy.md": "# 旧闻\n\n铜鼓县电子公函使用率达100%。\n"}, "copy.md: is the same as old.md"),
        (
            {"two.jsonl": '{"id": "x", "text": "一"}\n', "three.jsonl": '{"id": "x", "text": "二"}\n'},
            "three.jsonl: article id 'x' is indexed already",
        ),
        ({"blank.txt": "  \n \n"}, "blank.txt: no text"),
    ],
)
def test_refused_batch_changes_nothing(corpus_and_index, tmp_path, files, message):
    corpus, index, index_dir = corpus_and_index
    received = [
        Upload(write(tmp_path / f"tmp{i}", text.encode()), name)
        for i, (name, text) in enumerate(files.items())
    ]
    before = (dict(index.articles), len(index.passages), dict(index.files))
    with pytest.raises(InputFileError) as caught:
        uploads.add_uploads(index, received, corpus, index_dir)
    assert message in str(caught.value)
    assert (dict(index.articles), len(index.passages), dict(index.files)) == before
    assert sorted(p.name for p in corpus.iterdir()) == ["old.md"]
    assert not index_dir.exists()


def test_failed_save_rolls_back(corpus_and_index, tmp_path):
    corpus, index, _ = corpus_and_index
    blocker = write(tmp_path / "index-is-a-file", b"not a folder")
    page = write(tmp_path / "tmp-upload", "# 新闻\n\n新的报道。\n".encode())
    before = (dict(index.articles), len(index.passages))
    with pytest.raises(Exception):  # noqa: B017 (whatever the store raises, nothing may stay)
        uploads.add_uploads(index, [Upload(page, "new.md")], corpus, blocker / "index")
    assert (dict(index.articles), len(index.passages)) == before
    assert sorted(p.name for p in corpus.iterdir()) == ["old.md"]


def test_a_newspaper_pdf_upload_is_stored_and_indexed_with_its_page(corpus_and_index, tmp_path):
    from pdfgen import make_issue

    corpus, index, index_dir = corpus_and_index
    issue = make_issue(3)
    received = write(tmp_path / "tmp-upload", issue.data)
    report = uploads.add_uploads(index, [Upload(received, "江西日报 第3版.pdf")], corpus, index_dir)
    assert report.stored == (corpus / "uploads" / "江西日报_第3版.pdf",)
    truth = issue.pages[0]
    added = [report.index.articles[i] for i in report.added]
    assert len(added) == len(truth.items) and {(a.paper, a.page) for a in added} == {(truth.paper, truth.page)}


def test_a_scanned_pdf_upload_is_refused_naming_the_page(corpus_and_index, tmp_path):
    from pdfgen import scanned_pdf

    corpus, index, index_dir = corpus_and_index
    received = write(tmp_path / "tmp-upload", scanned_pdf(1))
    with pytest.raises(InputFileError, match=r"scan\.pdf: page 1 has no text layer, only images .* OCR is not built in"):
        uploads.add_uploads(index, [Upload(received, "scan.pdf")], corpus, index_dir)
    assert sorted(p.name for p in corpus.iterdir()) == ["old.md"] and not index_dir.exists()
