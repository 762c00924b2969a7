"""The table of bad inputs (docs/BAD_INPUTS.md), one row at a time, through `qa index`,
`qa search` and `qa ask` and through the API (load_articles, Index, ask).

tests/test_parse_inputs.py runs the same files through `qa parse`; this file follows them
into the index. Every row checks the message (file and line where there is one), the exit
code, and that a failed `qa index` leaves the index folder byte for byte as it was (or,
on a first run, absent).
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from conftest import qa, tree

from qa.answer.compose import NO_WORDS
from qa.answer.question import MAX_QUESTION_CHARS
from qa.errors import InputFileError, ModelError, QueryError
from qa.index import Index
from qa.parse import decode, load_articles, parse_file, parse_page_text, parse_paths
from qa.retrieve import embedders as embed_module
from qa.store import folder as store
from qa.store.folder import index_lock
from qa.types import Article

TITLE = "萍乡夜市经济持续升温"
FACT = "萍乡市夜市摊位今年增加到三百二十个，带动就业一千五百人。"
TEXT = f"{TITLE}\n{FACT}\n夜市每晚客流超过两万人次，周边商户营业额明显增长。\n"
QUERY = "萍乡夜市摊位增加到多少"
SEED_QUESTION = "铜鼓县电子公函使用率"
SEED_PAGE = Path(__file__).resolve().parent.parent / "corpus" / "000_5bfbc44df4076cd8.txt"


# --- helpers ----------------------------------------------------------------------------






def leftovers(parent: Path, name: str = "index") -> list[str]:
    """Temporary or backup folders a save could leave beside the index."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{name}.tmp-") or p.name == f"{name}.previous")


class HashEmbedder:
    """A fast deterministic stand-in for the model where embedding is not what is tested:
    character bigrams hashed into 64 dimensions. ``fail`` makes it raise like a broken model."""

    name = "test-hash"
    dim = 64

    def __init__(self) -> None:
        self.fail = False

    def _encode(self, texts) -> np.ndarray:
        if self.fail:
            raise ModelError("test-hash: the model stopped working")
        vectors = np.zeros((len(texts), self.dim), np.float32)
        for row, text in enumerate(texts):
            for i in range(len(text) - 1):
                vectors[row, zlib.crc32(text[i : i + 2].encode()) % self.dim] += 1
        return embed_module.normalise(vectors)

    def encode_queries(self, texts):
        return self._encode(texts)

    def encode_passages(self, texts, progress=False):
        return self._encode(texts)


@pytest.fixture
def hash_model(monkeypatch) -> HashEmbedder:
    """`--model test-hash` names a HashEmbedder in this process."""
    embedder = HashEmbedder()
    monkeypatch.setitem(embed_module._CACHE, HashEmbedder.name, embedder)
    return embedder


@pytest.fixture
def corpus(tmp_path, seed_page) -> Path:
    """A corpus folder holding a copy of the seed page (7 items)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(seed_page, folder / seed_page.name)
    return folder


# --- files that are refused whole ---------------------------------------------------------


@dataclass(frozen=True)
class Refused:
    name: str
    content: bytes
    reason: str
    line: int | None = None  # the line named in the message, for a JSONL file


REFUSED = {
    "empty": Refused("empty.txt", b"", "empty file"),
    "whitespace-only": Refused("blank.txt", " \n\t\r\n\u3000 \r".encode(), "no text (empty or whitespace only)"),
    "pdf-bytes": Refused("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "binary file (a PDF document), not text"),
    "png-bytes": Refused("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "binary file (a PNG image), not text"),
    "undecodable": Refused("bad.txt", "南昌地铁开通。".encode() * 50 + b"\xff\xfe\xfd tail", "cannot decode: not UTF-8, GB18030/GBK"),
    "jsonl-every-line-broken": Refused("news.jsonl", b'{"id": "a", "text": \n', "broken JSON", line=1),
}


@pytest.mark.parametrize("row", REFUSED.values(), ids=REFUSED.keys())
def test_refused_file_api_indexes_nothing(tmp_path, row):
    path = tmp_path / row.name
    path.write_bytes(row.content)
    result = parse_paths([path])
    where = f"{path}:{row.line}" if row.line else str(path)
    assert result.articles == [] and len(result.skipped) == 1
    assert str(result.skipped[0]).startswith(f"{where}: {row.reason}")
    assert load_articles([path]) == []
    index = Index.build(load_articles([path]), model=HashEmbedder())
    assert index.articles == {} and index.search("南昌地铁", k=3) == []


@pytest.mark.parametrize("row", REFUSED.values(), ids=REFUSED.keys())
def test_refused_file_first_qa_index_fails_and_creates_nothing(tmp_path, capsys, row):
    path = tmp_path / row.name
    path.write_bytes(row.content)
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", path, "--index", folder, "-q")
    where = f"{path}:{row.line}" if row.line else str(path)
    assert code == 1
    assert f"skipped {where}: {row.reason}" in err
    assert f"qa index: error: nothing could be read; the index {folder} was not created" in err
    assert not folder.exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("row", REFUSED.values(), ids=REFUSED.keys())
def test_file_turned_bad_fails_and_leaves_the_index_byte_for_byte(tmp_path, capsys, corpus, hash_model, row):
    target = corpus / row.name
    target.write_text(
        TEXT if not row.name.endswith(".jsonl") else json.dumps({"id": "a", "text": FACT}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    folder = tmp_path / "index"
    assert qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")[0] == 0
    before = tree(folder)
    target.write_bytes(row.content)  # the file the index holds articles of turns bad
    code, out, err = qa(capsys, "index", target, "--index", folder, "-q")
    assert code == 1 and f"skipped {target}" in err
    assert f"the index {folder} was left unchanged" in err
    assert tree(folder) == before and leftovers(tmp_path) == []
    hits = Index.load(folder).search(QUERY, k=1, mode="bm25")
    assert FACT in hits[0].passage.text and hits[0].passage.source == target.name


@pytest.mark.parametrize("row", REFUSED.values(), ids=REFUSED.keys())
def test_refused_file_in_a_folder_is_reported_and_the_rest_indexed(tmp_path, capsys, corpus, hash_model, row):
    path = corpus / row.name
    path.write_bytes(row.content)
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")
    where = f"{path}:{row.line}" if row.line else str(path)
    assert code == 0 and f"skipped {where}: {row.reason}" in err
    assert "7 articles" in out and "1 skipped" in out
    assert sorted({a.source for a in Index.load(folder).articles.values()}) == ["000_5bfbc44df4076cd8.txt"]


# --- files that are read: encodings, line endings --------------------------------------


def _mixed_endings(text: str) -> bytes:
    lines = text.rstrip("\n").split("\n")
    endings = ["\r\n", "\r", "\n"]
    return "".join(line + endings[i % 3] for i, line in enumerate(lines)).encode("utf-8")


READ = {
    "gbk": ("gbk.txt", TEXT.encode("gbk"), "gb18030"),
    "gb18030": ("gb18030.txt", (TEXT + "𠀀€\n").encode("gb18030"), "gb18030"),
    "utf-16": ("utf16.txt", TEXT.encode("utf-16"), "utf-16"),
    "utf-16-be": ("utf16be.md", codecs.BOM_UTF16_BE + f"# {TITLE}\n\n{FACT}\n".encode("utf-16-be"), "utf-16"),
    "utf-8-bom": ("bom.txt", TEXT.encode("utf-8-sig"), "utf-8-sig"),
    "mixed-line-endings": ("mixed.txt", _mixed_endings(TEXT), "utf-8"),
}


@pytest.mark.parametrize(("name", "content", "encoding"), READ.values(), ids=READ.keys())
def test_encoded_file_api_reads_and_finds_the_article(corpus, seed_page, name, content, encoding):
    path = corpus / name
    path.write_bytes(content)
    result = parse_file(path)
    assert result.encoding == encoding
    (article,) = result.articles
    assert article.title == TITLE and article.paragraphs[0] == FACT, "decoded exactly: no BOM, no mojibake"
    articles = load_articles([corpus])
    assert len(articles) == 8
    hit = Index.build(articles).search(QUERY, k=1)[0]
    assert hit.passage.source == path.name and hit.passage.text == FACT


@pytest.mark.parametrize(("name", "content", "encoding"), READ.values(), ids=READ.keys())
def test_encoded_file_qa_index_then_search_and_ask_find_it(tmp_path, capsys, corpus, name, content, encoding):
    path = corpus / name
    path.write_bytes(content)
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", corpus, "--index", folder, "-q")
    assert code == 0 and "8 articles" in out and "skipped" not in err
    code, out, _ = qa(capsys, "search", QUERY, "--index", folder, "-k", "1", "--json")
    (hit,) = json.loads(out)["hits"]
    assert code == 0 and hit["source"] == path.name and hit["text"] == FACT
    code, out, _ = qa(capsys, "ask", QUERY, "--index", folder)
    assert code == 0 and "三百二十个" in out and f", {path.name}" in out


# --- names and words the system gives as bytes that are not UTF-8 -----------------------

# 中文.txt in a folder 报, both named on a GBK system: Python holds each byte as a lone surrogate.
GBK_FOLDER, GBK_FILE = os.fsdecode("d报".encode("gbk")), os.fsdecode("中文.txt".encode("gbk"))


def test_file_and_folder_names_not_utf8_are_read_as_gb18030_and_indexed(tmp_path, capsys, hash_model):
    corpus = tmp_path / "corpus"
    (corpus / GBK_FOLDER).mkdir(parents=True)
    (corpus / GBK_FOLDER / GBK_FILE).write_text(TEXT, encoding="utf-8")
    (corpus / os.fsdecode(b"x\xff.txt")).write_text(f"{FACT}\n", encoding="utf-8")  # (no encoding's)
    code, out, err = qa(capsys, "parse", corpus)
    assert code == 0 and "(0 skipped)" in err and "d报/中文.txt" in out and "x\\xff.txt" in out
    (article, _) = load_articles([corpus])
    assert article.source == "d报/中文.txt" and article.title == TITLE
    folder = tmp_path / "index"
    for run, summary in enumerate(("2 added", "2 unchanged")):
        code, out, err = qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")
        assert code == 0 and summary in out, (run, out, err)
    code, out, _ = qa(capsys, "ask", QUERY, "--index", folder)
    assert code == 0 and "三百二十个" in out and ", d报/中文.txt" in out
    assert {a.source for a in Index.load(folder).articles.values()} == {"d报/中文.txt", "x\\xff.txt"}


def test_a_question_typed_on_a_gbk_terminal_is_read_as_gb18030(capsys, seed_index):
    _, folder = seed_index
    code, out, err = qa(capsys, "ask", os.fsdecode(SEED_QUESTION.encode("gbk")), "--index", folder)
    assert code == 0 and err == "" and "使用率达100%" in out
    code, out, _ = qa(capsys, "search", os.fsdecode("电子公函".encode("gbk")), "--index", folder, "--json")
    assert code == 0 and json.loads(out)["query"] == "电子公函"


def test_a_lone_surrogate_given_through_the_api_is_refused_by_name(tmp_path, seed_index):
    index, _ = seed_index
    with pytest.raises(QueryError, match="lone surrogate"):
        index.ask("铜鼓县\ud800使用率")
    with pytest.raises(InputFileError, match=r"^page\.txt:2: holds a lone surrogate"):
        parse_page_text(f"{TITLE}\n{FACT}\ud800\n", "page.txt")
    broken = Article(id="a", title="断\udcff开", paragraphs=(FACT,), source="news.jsonl")
    with pytest.raises(InputFileError, match=r"^news\.jsonl: article 'a': its title holds a lone surrogate"):
        Index.build([Article(id="b", title=TITLE, paragraphs=(FACT,)), broken], model=HashEmbedder())
    before = len(index.passages)
    with pytest.raises(InputFileError):
        index.add([broken])
    assert len(index.passages) == before


# --- a large text file ------------------------------------------------------------------


def test_large_page_file_is_indexed_whole(tmp_path, capsys, seed_page, hash_model):
    """A few MB of page text (parsing streams it: tests/test_parse.py bounds its memory;
    benchmarks/parse.py measures 100 MB) through `qa index`: every item lands in the index."""
    page = seed_page.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as handle:
        for copy in range(160):
            handle.write(page)
            if copy == 97:  # one unique article deep inside the file
                handle.write(f"\n\n{TITLE}\n\n{FACT}\n\n")
    assert big.stat().st_size > 2_500_000
    expected = parse_paths([big]).articles
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", big, "--index", folder, "--model", "test-hash", "-q")
    assert code == 0, err
    assert f"{len(expected)} articles" in out and len(expected) >= 7 * 160
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["counts"]["articles"] == len(expected)
    code, out, _ = qa(capsys, "search", "萍乡夜市摊位", "--index", folder, "--mode", "bm25", "-k", "1", "--json")
    assert FACT in json.loads(out)["hits"][0]["text"]


# --- JSONL lines ---------------------------------------------------------------------------


def _jsonl(path: Path, lines: list) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


GOOD_1 = {"id": "tonggu", "title": "铜鼓县推行电子公函", "text": "铜鼓县电子公函使用率达100%。"}
GOOD_3 = {"id": "pingxiang", "title": TITLE, "text": FACT}
JSONL_ROWS = {
    "broken-line": ([GOOD_1, '{"id": "x", "text": "未闭合', GOOD_3], 2, "broken JSON", ["tonggu", "pingxiang"]),
    "missing-text": ([GOOD_1, {"id": "notext", "title": "只有标题"}, GOOD_3], 2, "missing 'text'", ["tonggu", "pingxiang"]),
    "empty-text": ([GOOD_1, GOOD_3, {"id": "blank", "text": "  "}], 3, "'text' is empty or not a string", ["tonggu", "pingxiang"]),
    "unpaired-surrogate": (
        [GOOD_1, '{"id": "half", "title": "断\\ud800开", "text": "一段正文。"}', GOOD_3],
        2,
        "'title' holds an unpaired surrogate",
        ["tonggu", "pingxiang"],
    ),
    "duplicate-id": (
        [GOOD_1, GOOD_3, {"id": "tonggu", "text": "重复编号的另一篇稿子。"}],
        3,
        "duplicate id 'tonggu' (first on line 1)",
        ["tonggu", "pingxiang"],
    ),
}


@pytest.mark.parametrize(("lines", "line", "reason", "ids"), JSONL_ROWS.values(), ids=JSONL_ROWS.keys())
def test_jsonl_bad_line_api_keeps_the_other_lines(tmp_path, lines, line, reason, ids):
    path = _jsonl(tmp_path / "news.jsonl", lines)
    result = parse_paths([path])
    assert len(result.skipped) == 1 and str(result.skipped[0]).startswith(f"{path}:{line}: {reason}")
    index = Index.build(load_articles([path]), model=HashEmbedder())
    assert list(index.articles) == ids
    assert index.articles["tonggu"].paragraphs == ("铜鼓县电子公函使用率达100%。",), "the first of a duplicate id wins"
    assert index.search("萍乡夜市摊位", k=1, mode="bm25")[0].passage.article_id == "pingxiang"


@pytest.mark.parametrize(("lines", "line", "reason", "ids"), JSONL_ROWS.values(), ids=JSONL_ROWS.keys())
def test_jsonl_bad_line_qa_index_names_the_line_and_indexes_the_rest(tmp_path, capsys, hash_model, lines, line, reason, ids):
    path = _jsonl(tmp_path / "news.jsonl", lines)
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", path, "--index", folder, "--model", "test-hash", "-q")
    assert code == 0
    assert f"skipped {path}:{line}: {reason}" in err
    assert "2 articles" in out and "1 skipped" in out
    assert list(Index.load(folder).articles) == ids
    code, out, _ = qa(capsys, "search", "重复编号的另一篇稿子", "--index", folder, "--mode", "bm25", "--json")
    assert all("重复编号" not in hit["text"] for hit in json.loads(out)["hits"])


def test_duplicate_id_across_files_keeps_the_first_file(tmp_path, capsys, hash_model):
    first = _jsonl(tmp_path / "a.jsonl", [GOOD_1])
    second = _jsonl(tmp_path / "b.jsonl", [{"id": "tonggu", "text": "另一个文件里的同号稿件。"}, GOOD_3])
    reason = f"duplicate id 'tonggu' (already read from {first})"
    assert [str(s) for s in parse_paths([tmp_path]).skipped] == [f"{second}: {reason}"]
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", first, second, "--index", folder, "--model", "test-hash", "-q")
    assert code == 0 and f"skipped {second}: {reason}" in err
    index = Index.load(folder)
    assert index.articles["tonggu"].source == first.name and len(index.articles) == 2


def test_a_broken_escape_in_a_field_the_reader_ignores_keeps_the_record(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl", [GOOD_1, '{"id": "note", "text": "一段正文。", "note": "断\\ud800开"}'])
    result = parse_paths([path])
    assert not result.skipped and [a.id for a in result.articles] == ["tonggu", "note"]


def test_a_duplicate_id_of_any_length_is_named_on_one_short_line(tmp_path, capsys, hash_model):
    long_id = "编" * 100_000
    path = _jsonl(tmp_path / "news.jsonl", [{"id": long_id, "text": "甲。"}, GOOD_1, {"id": long_id, "text": "乙。"}])
    (skip,) = parse_paths([path]).skipped
    assert str(skip).startswith(f"{path}:3: duplicate id '{'编' * 40}'… (100,000 characters) (first on line 1)")
    assert len(str(skip)) < 200
    code, _, err = qa(capsys, "index", path, "--index", tmp_path / "index", "--model", "test-hash", "-q")
    assert code == 0 and "duplicate id" in err and max(map(len, err.splitlines())) < 300


# --- folders with unreadable files and broken links ------------------------------------


@pytest.fixture
def unreadable(monkeypatch):
    """Make a path unreadable: chmod 0 (or, for root, which reads anything, a failing open)."""
    denied: set[str] = set()
    real_open = open

    def guarded(file, *args, **kwargs):
        if str(file) in denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(decode, "open", guarded, raising=False)
    monkeypatch.setattr(store, "open", guarded, raising=False)  # fingerprints (sha256_file)

    def make(path: Path) -> Path:
        denied.add(str(path))
        if os.geteuid() != 0:
            path.chmod(0)
        return path

    yield make
    for name in denied:
        if Path(name).exists():
            Path(name).chmod(0o644)


def test_folder_with_unreadable_file_and_broken_link(tmp_path, capsys, corpus, hash_model, unreadable):
    locked = corpus / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    unreadable(locked)
    (corpus / "gone.md").symlink_to(tmp_path / "nowhere.md")
    expected = [f"{corpus / 'gone.md'}: broken symbolic link", f"{locked}: cannot read: permission denied"]
    assert [str(s) for s in parse_paths([corpus]).skipped] == expected
    assert len(load_articles([corpus])) == 7
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")
    assert code == 0 and "7 articles" in out and "2 skipped" in out
    assert all(f"skipped {line}" in err for line in expected)


def test_file_turned_unreadable_beside_readable_ones_keeps_its_articles(tmp_path, capsys, corpus, hash_model, unreadable):
    extra = corpus / "extra.jsonl"
    extra.write_text(json.dumps({"id": "x1", "title": "铜鼓", "text": "铜鼓县电子公函使用率达100%。"}, ensure_ascii=False) + "\n", "utf-8")
    folder = tmp_path / "index"
    assert qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")[0] == 0
    assert len(Index.load(folder).articles) == 8
    page = unreadable(corpus / "000_5bfbc44df4076cd8.txt")
    extra.write_text(extra.read_text("utf-8").replace("100%", "99%"), "utf-8")
    code, out, err = qa(capsys, "index", corpus, "--index", folder, "-q")
    assert code == 0 and f"skipped {page}: cannot read: permission denied" in err
    assert "8 articles" in out and "1 changed" in out and "0 removed" in out
    assert "7 kept from files that could not be read" in out
    index = Index.load(folder)
    assert sum(a.source == page.name for a in index.articles.values()) == 7
    assert "99%" in index.articles["x1"].paragraphs[0]
    # Deleting the file (not failing to read it) drops its articles.
    page.chmod(0o644)
    page.unlink()
    code, out, err = qa(capsys, "index", corpus, "--index", folder, "-q")
    assert code == 0 and "1 articles" in out and "7 removed" in out


def test_folder_of_only_unreadable_files_fails_and_keeps_the_index(tmp_path, capsys, corpus, hash_model, unreadable):
    folder = tmp_path / "index"
    assert qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")[0] == 0
    before = tree(folder)
    unreadable(corpus / "000_5bfbc44df4076cd8.txt")
    (corpus / "gone.md").symlink_to(tmp_path / "nowhere.md")
    code, out, err = qa(capsys, "index", corpus, "--index", folder, "-q")
    assert code == 1 and "permission denied" in err and "broken symbolic link" in err
    assert "was left unchanged" in err
    assert tree(folder) == before and len(Index.load(folder).articles) == 7


def test_index_folder_inside_the_corpus_is_never_read_back(tmp_path, capsys, corpus, hash_model):
    folder = corpus / "index"
    for run in range(2):  # the second run walks the index the first one saved
        code, out, err = qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")
        assert ("skipped" in out) == (run == 1), out
        assert code == 0 and "7 articles" in out
        assert "index.lock" not in err  # its own lock file is no input
    assert f"skipped {folder}: a saved index, not articles (left out)" in err
    assert qa(capsys, "index", folder, "--index", tmp_path / "other", "-q")[0] == 1
    assert not (tmp_path / "other").exists()


# --- other failed runs of qa index leave the index as it was ----------------------------


def test_failed_qa_index_runs_leave_the_index_byte_for_byte(tmp_path, capsys, corpus, hash_model):
    folder = tmp_path / "index"
    assert qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")[0] == 0
    before = tree(folder)
    (corpus / "new.txt").write_text(TEXT, encoding="utf-8")

    # another model than the index's
    code, _, err = qa(capsys, "index", corpus, "--index", folder, "--model", "other/model", "-q")
    assert code == 1 and "built with model 'test-hash'" in err and "--rebuild" in err
    # the model fails while embedding the new file
    hash_model.fail = True
    code, _, err = qa(capsys, "index", corpus, "--index", folder, "-q")
    assert code == 1 and "qa index: error: test-hash: the model stopped working" in err
    hash_model.fail = False
    # another writer holds the index
    with index_lock(folder), pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "LOCK_TIMEOUT", 0.2)
        code, _, err = qa(capsys, "index", corpus, "--index", folder, "-q")
    assert code == 1 and "another process is writing the index" in err
    assert tree(folder) == before and leftovers(tmp_path) == []

    # a damaged index is refused, not silently replaced
    damaged = folder / "vectors.npy"
    damaged.write_bytes(damaged.read_bytes()[:-8])
    before = tree(folder)
    code, _, err = qa(capsys, "index", corpus, "--index", folder, "-q")
    assert code == 1 and "vectors.npy is missing or truncated" in err and "--rebuild" in err
    assert tree(folder) == before
    assert qa(capsys, "index", corpus, "--index", folder, "--rebuild", "--model", "test-hash", "-q")[0] == 0
    assert len(Index.load(folder).articles) == 8


def test_failed_add_leaves_the_index_as_it_was():
    embedder = HashEmbedder()
    index = Index.build(load_articles([SEED_PAGE]), model=embedder)
    before = (dict(index.articles), index.passages)
    embedder.fail = True
    with pytest.raises(ModelError):
        index.add([Article(id="new", title=TITLE, paragraphs=(FACT,))])
    assert (dict(index.articles), index.passages) == before
    embedder.fail = False
    assert "new" not in {hit.passage.article_id for hit in index.search(FACT, k=50)}


# --- questions and k --------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory) -> tuple[Index, Path]:
    """The seed page indexed with the default model, and the folder it is saved in."""
    folder = tmp_path_factory.mktemp("seed") / "index"
    index = Index.build(load_articles([SEED_PAGE]))
    index.save(folder)
    return index, folder


EMPTY = {"empty": "", "whitespace-only": " \n\t\u3000 "}


@pytest.mark.parametrize("question", EMPTY.values(), ids=EMPTY.keys())
def test_empty_question_is_refused(capsys, seed_index, question):
    index, folder = seed_index
    with pytest.raises(QueryError, match="the question is empty"):
        index.ask(question)
    with pytest.raises(QueryError, match="the query is empty"):
        index.search(question)
    code, out, err = qa(capsys, "ask", question, "--index", folder)
    assert code == 1 and out == "" and "qa ask: error: the question is empty" in err
    code, out, err = qa(capsys, "search", question, "--index", folder)
    assert code == 1 and out == "" and "qa search: error: the query is empty" in err


NO_WORDS_ROWS = {"punctuation": "？？！！……。，、!?", "emoji": "😀🎉👍🏽", "emoji-and-punctuation": "🤔？！…"}


@pytest.mark.parametrize("question", NO_WORDS_ROWS.values(), ids=NO_WORDS_ROWS.keys())
def test_question_without_words_gets_a_clear_unsupported_answer(capsys, seed_index, question):
    index, folder = seed_index
    answer = index.ask(question)
    assert (answer.supported, answer.text, answer.citations) == (False, NO_WORDS, ())
    code, out, err = qa(capsys, "ask", question, "--index", folder)
    assert code == 0 and out.strip() == NO_WORDS
    code, out, _ = qa(capsys, "ask", question, "--index", folder, "--json")
    reply = json.loads(out)
    assert code == 0 and reply["supported"] is False and reply["citations"] == []


def test_100000_character_question_is_cut_with_a_notice(capsys, seed_index):
    index, folder = seed_index
    question = SEED_QUESTION * 10_000
    assert len(question) == 100_000
    notice = f"问题过长（100000字），只使用了前{MAX_QUESTION_CHARS}字。"
    answer = index.ask(question)
    assert answer.notice == notice and len(answer.question) == MAX_QUESTION_CHARS
    assert answer.supported and "100%" in answer.text
    assert index.search(question, k=1)[0].passage.article_id == answer.citations[0].passage.article_id
    code, out, err = qa(capsys, "ask", question, "--index", folder)
    assert code == 0 and f"note: {notice}" in err and "100%" in out
    code, out, _ = qa(capsys, "ask", question, "--index", folder, "--json")
    assert json.loads(out)["notice"] == notice


BAD_K = {"zero": 0, "negative": -1, "text": "5", "fraction": 2.5, "bool": True}


@pytest.mark.parametrize("k", BAD_K.values(), ids=BAD_K.keys())
def test_bad_k_api(seed_index, k):
    index, _ = seed_index
    with pytest.raises(QueryError, match="k must be a"):
        index.search(SEED_QUESTION, k=k)
    with pytest.raises(QueryError, match="k must be a"):
        index.ask(SEED_QUESTION, k=k)


@pytest.mark.parametrize("command", ["search", "ask"])
@pytest.mark.parametrize("k", ["0", "-1", "-100", "two", "2.5"])
def test_bad_k_cli_is_a_usage_error_before_loading(tmp_path, capsys, command, k):
    # The index folder does not exist: -k is refused before anything is loaded.
    code, out, err = qa(capsys, command, SEED_QUESTION, "-k", k, "--index", tmp_path / "none")
    assert code == 2 and out == ""
    assert f"qa {command}: error: argument -k: must be a positive whole number of passages, not '{k}'" in err


def test_k_larger_than_the_corpus_returns_every_passage_once(capsys, seed_index):
    index, folder = seed_index
    total = len(index.passages)
    hits = index.search(SEED_QUESTION, k=10_000)
    assert len(hits) == total == len({h.passage.id for h in hits})
    assert [h.rank for h in hits] == list(range(1, total + 1))
    answer = index.ask(SEED_QUESTION, k=10_000)
    assert answer.supported and len(answer.hits) == total
    code, out, _ = qa(capsys, "search", SEED_QUESTION, "-k", "10000", "--index", folder, "--json")
    assert code == 0 and len(json.loads(out)["hits"]) == total


def test_the_documented_table_names_tests_that_exist():
    """docs/BAD_INPUTS.md names a test for each row; keep it from naming tests that are gone."""
    import re

    doc = (SEED_PAGE.parent.parent / "docs" / "BAD_INPUTS.md").read_text(encoding="utf-8")
    defined = set(re.findall(r"^def (test_\w+)", "\n".join(
        p.read_text(encoding="utf-8") for p in Path(__file__).parent.rglob("test_*.py")
    ), flags=re.M))  # fmt: skip
    named = set(re.findall(r"(test_\w+\*?)(?!\w|\.py)", doc))
    assert len(named) > 30
    for name in named:
        if name.endswith("*"):
            assert any(d.startswith(name[:-1]) for d in defined), name
        else:
            assert name in defined, name
