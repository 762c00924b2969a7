"""Writing an index never removes what it did not create (issue: --rebuild deleted a corpus).

Every path that writes an index (``Index.save``, ``update_index`` with and without
``rebuild``, ``qa index``, the app's start-up, an upload) is pointed at a folder holding a
user's files; each must refuse with a message saying what the folder holds, and leave
every file byte for byte.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from qa.cli import main
from qa.errors import IndexStoreError
from qa.index import Index
from qa.ingest import update_index
from qa.types import Article


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry under folder: file bytes, or None for a folder."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def corpus_copy(tmp_path, seed_page) -> Path:
    """A copy of a corpus: the seed page and an upload, as `mycorpus/` in the issue."""
    folder = tmp_path / "mycorpus"
    (folder / "uploads").mkdir(parents=True)
    shutil.copy(seed_page, folder / seed_page.name)
    (folder / "uploads" / "note.md").write_text("# 通知\n\n铜鼓县电子公函使用率达100%。\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def small_index() -> Index:
    return Index.build([Article(id="a", title="标题", paragraphs=("铜鼓县电子公函使用率达100%。",))])


def test_save_into_a_folder_of_user_files_refuses_and_keeps_them(small_index, corpus_copy):
    before = _snapshot(corpus_copy)
    with pytest.raises(IndexStoreError, match=r"holds 2 page or article files .*not an index"):
        small_index.save(corpus_copy)
    assert _snapshot(corpus_copy) == before


def test_save_over_an_index_holding_a_user_file_refuses(small_index, tmp_path):
    folder = tmp_path / "idx"
    small_index.save(folder)
    (folder / "feature.md").write_text("my notes", "utf-8")
    before = _snapshot(folder)
    with pytest.raises(IndexStoreError, match=r"also holds 1 files that are not part of it \(feature.md\)"):
        small_index.save(folder)
    assert _snapshot(folder) == before


def test_save_over_our_own_index_still_replaces_it(small_index, tmp_path):
    folder = tmp_path / "idx"
    small_index.save(folder)
    small_index.save(folder)  # no foreign file: replaced as before
    assert Index.load(folder).articles.keys() == small_index.articles.keys()


@pytest.mark.parametrize("rebuild", [False, True])
def test_update_index_into_a_corpus_refuses_before_embedding(corpus_copy, seed_page, rebuild, monkeypatch):
    before = _snapshot(corpus_copy)

    def no_embedding(*args, **kwargs):
        raise AssertionError("embedded before refusing")

    monkeypatch.setattr("qa.index.prepare_rows", no_embedding)
    with pytest.raises(IndexStoreError, match="give an empty or new folder to --index"):
        update_index([str(seed_page)], corpus_copy, rebuild=rebuild, progress=False)
    assert _snapshot(corpus_copy) == before


def test_cli_rebuild_into_a_corpus_exits_1_and_keeps_every_file(corpus_copy, seed_page, capsys):
    before = _snapshot(corpus_copy)
    code = main(["index", "--rebuild", str(seed_page), "--index", str(corpus_copy), "-q"])
    err = capsys.readouterr().err
    assert code == 1
    assert "holds 2 page or article files" in err and "not an index" in err
    assert _snapshot(corpus_copy) == before


def test_cli_ask_with_a_corpus_as_index_never_advises_a_rebuild(corpus_copy, capsys):
    code = main(["ask", "铜鼓县电子公函使用率", "--index", str(corpus_copy)])
    err = capsys.readouterr().err
    assert code == 1
    assert "holds 2 page or article files" in err
    assert "--rebuild" not in err


def test_app_start_up_with_a_corpus_as_index_refuses(corpus_copy, seed_page, tmp_path):
    import app

    page_folder = tmp_path / "pages"
    page_folder.mkdir()
    shutil.copy(seed_page, page_folder / seed_page.name)
    settings = app.AppSettings(corpus=page_folder, index=corpus_copy, model=None, host="127.0.0.1", port=0)
    before = _snapshot(corpus_copy)
    with pytest.raises(IndexStoreError, match="not an index"):
        app.IndexHolder(settings).get()
    assert _snapshot(corpus_copy) == before


def test_upload_saving_into_an_index_holding_a_user_file_is_undone(small_index, tmp_path):
    from qa.web.uploads import Upload, add_uploads

    index_dir = tmp_path / "idx"
    index = Index.build(small_index.articles.values())
    index.save(index_dir)
    (index_dir / "feature.md").write_text("my notes", "utf-8")
    before = _snapshot(index_dir)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sent = tmp_path / "sent.md"
    sent.write_text("# 上栗县\n\n上栗县矛盾纠纷就地调处率达98%。\n", "utf-8")
    with pytest.raises(IndexStoreError, match="feature.md"):
        add_uploads(index, [Upload(sent, "sent.md")], corpus, index_dir)
    assert _snapshot(index_dir) == before
    assert not (corpus / "uploads").exists()
    assert index.articles.keys() == small_index.articles.keys()
