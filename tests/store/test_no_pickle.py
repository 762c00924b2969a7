"""No pickle anywhere; index files are read only from inside the index folder."""

from __future__ import annotations

import ast
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, SEED_PAGE

from qa.errors import IndexStoreError
from qa.index import Index
from qa.parse import load_articles
from qa.retrieve.rows import IndexSettings

# --- no pickle; index files only from the index folder ------------------------------------

UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "shelve", "marshal"}


def test_source_never_unpickles():
    """No pickle-based module is imported, and every np.load passes allow_pickle=False."""
    np_loads = 0
    for path in [*sorted((REPO / "qa").rglob("*.py")), REPO / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [alias.name for alias in node.names]
                if isinstance(node, ast.ImportFrom) and node.module:
                    names.append(node.module)
                assert not {n.split(".")[0] for n in names} & UNSAFE_MODULES, f"{path}: {names}"
            if isinstance(node, ast.Call):
                called = ast.unparse(node.func)
                assert not called.endswith(("read_pickle", "torch.load")), f"{path}: {called}"
                flags = {k.arg: k.value for k in node.keywords}
                if "allow_pickle" in flags:
                    assert isinstance(flags["allow_pickle"], ast.Constant) and flags["allow_pickle"].value is False
                if called in ("np.load", "numpy.load"):
                    np_loads += 1
                    assert "allow_pickle" in flags, f"{path}:{node.lineno}: np.load without allow_pickle=False"
    assert np_loads >= 2, "the index reads vectors.npy and sparse.npz with np.load"


@pytest.fixture(scope="module")
def approximate_index(tmp_path_factory) -> Path:
    """The seed page indexed with a tiny exact limit, so dense.faiss (HNSW) is written too."""
    folder = tmp_path_factory.mktemp("approx") / "index"
    Index.build(load_articles([SEED_PAGE]), settings=IndexSettings(exact_limit=3)).save(folder)
    return folder


def test_index_folder_holds_no_pickle(approximate_index, monkeypatch):
    folder = approximate_index
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([*manifest["data_files"], "manifest.json"]) and "dense.faiss" in names
    for path in folder.iterdir():
        data = path.read_bytes()
        assert not data.startswith(b"\x80"), f"{path.name} starts like a pickle"
        if path.suffix == ".json":
            assert isinstance(json.loads(data), dict)
        elif path.suffix == ".jsonl":
            assert all(isinstance(json.loads(line), dict) for line in data.decode("utf-8").splitlines())
        elif path.suffix == ".npy":
            assert not np.load(path, allow_pickle=False).dtype.hasobject
        elif path.suffix == ".npz":
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    with archive.open(member) as handle:
                        assert handle.read(6) == b"\x93NUMPY", member
            with np.load(path, allow_pickle=False) as arrays:
                assert all(not arrays[key].dtype.hasobject for key in arrays.files)
        else:
            assert path.name == "dense.faiss" and data[:4] == b"IHNf", "a FAISS HNSW file"

    real_load = np.load
    calls = []

    def strict_load(file, *args, **kwargs):
        calls.append(kwargs.get("allow_pickle"))
        return real_load(file, *args, **kwargs)

    monkeypatch.setattr(np, "load", strict_load)
    index = Index.load(folder)
    assert calls and all(flag is False for flag in calls)
    assert not index._snapshot.dense.exact and "100%" in index.search("铜鼓县电子公函使用率", k=1)[0].passage.text


def _copy(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to)
    return to


def _rename_in_manifest(folder: Path, old: str, new: str) -> None:
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest["data_files"][new] = manifest["data_files"].pop(old)
    path.write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize("named", ["../x.faiss", "ABSOLUTE", "sub/../../x.faiss", ".hidden.faiss", ".."])
def test_manifest_naming_a_file_outside_the_folder_is_refused(tmp_path, approximate_index, monkeypatch, named):
    import faiss

    folder = _copy(approximate_index, tmp_path / "work" / "index")
    if named == "ABSOLUTE":
        named = str(tmp_path / "elsewhere" / "x.faiss")
    if named != "..":  # the named file exists with the right bytes: only its place is wrong
        target = folder / named
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(folder / "dense.faiss", target)
    _rename_in_manifest(folder, "dense.faiss", named)
    read = []
    monkeypatch.setattr(faiss, "read_index", lambda *args: read.append(args))
    with pytest.raises(IndexStoreError, match="names a data file outside the index folder"):
        Index.load(folder)
    assert read == [], "no FAISS file was read"


def test_links_in_the_index_folder_are_refused(tmp_path, approximate_index):
    folder = _copy(approximate_index, tmp_path / "index")
    outside = tmp_path / "elsewhere.faiss"
    (folder / "dense.faiss").rename(outside)
    (folder / "dense.faiss").symlink_to(outside)  # same bytes, same checksum, outside
    with pytest.raises(IndexStoreError, match="dense.faiss is a link; index files are read only from inside"):
        Index.load(folder)
    (folder / "dense.faiss").unlink()
    outside.rename(folder / "dense.faiss")
    assert len(Index.load(folder).articles) == 7
