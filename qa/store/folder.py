"""The index folder on disk: manifest, checksummed data files, atomic swap, writer lock."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from qa.errors import IndexBusyError, IndexStoreError
from qa.text import SURROGATE

# 2: articles name their file relative to its root folder; the manifest lists "files".
FORMAT_VERSION = 2
MANIFEST = "manifest.json"
# How long a writer waits for another writer of the same index folder before giving up.
LOCK_TIMEOUT = 10.0


# Every file name an index folder of ours may hold (this format and earlier ones); a
# folder holding anything else is never replaced or removed (see ``check_replaceable``).
INDEX_FILES = frozenset(
    {
        MANIFEST,
        "articles.jsonl",
        "passages.jsonl",
        "sparse.npz",
        "sparse_vocab.json",
        "vectors.npy",
        "dense.faiss",
        "sentence_vectors.npy",
        "sentence_counts.npy",
    }
    # BM25 weights saved for memory-mapping above qa.retrieve.bm25.MMAP_LIMIT passages
    | {"bm25_data.npy", "bm25_indices.npy", "bm25_indptr.npy"}
)
# Suffixes of the files a user's corpus folder holds (to say so when one is given as an index).
_ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".jsonl", ".ndjson", ".pdf")


def rebuild_hint(folder: Path | str) -> str:
    """The sentence a refusal of a damaged or mismatched index of ours ends with (a
    rebuild replaces only the index's own files: ``check_replaceable``)."""
    return f"rebuild it with `qa index --rebuild PATH... --index {folder}`"


def _listed_files(folder: Path) -> set[str]:
    """The data files our manifest in ``folder`` lists (empty when it is not ours)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(manifest, dict) or not isinstance(manifest.get("data_files"), dict):
        return set()
    return {name for name in manifest["data_files"] if _plain_name(name)}


def foreign_entries(folder: Path | str) -> list[str]:
    """Names in ``folder`` that an index save did not create: not index files, not listed
    by our manifest there.

    Returns:
        sorted names (a sub-folder ends with "/"); empty for a missing or empty folder.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    ours = INDEX_FILES | _listed_files(folder)
    return sorted(
        entry.name + ("/" if entry.is_dir() and not entry.is_symlink() else "")
        for entry in folder.iterdir()
        if entry.name not in ours or not entry.is_file() or entry.is_symlink()
    )


def not_an_index(folder: Path | str, foreign: list[str]) -> str:
    """Why ``folder`` cannot be written as an index, saying what it holds instead."""
    folder = Path(folder)
    if not folder.is_dir():
        return f"{folder} is a file, not an index folder: give an empty or new folder to --index"
    shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
    if (folder / MANIFEST).is_file() and _listed_files(folder):
        return (
            f"{folder} is an index but also holds {len(foreign)} files that are not part of it"
            f" ({shown}); move them out of the folder, or give another folder to --index"
        )
    articles = _count_article_files(folder)
    what = f"{articles} page or article files" if articles else f"{len(foreign)} files or folders"
    return f"{folder} holds {what} ({shown}), not an index: give an empty or new folder to --index"


def _count_article_files(folder: Path, limit: int = 100_000) -> int:
    """Files under ``folder`` (sub-folders included) that look like pages or articles."""
    count = 0
    for seen, path in enumerate(folder.rglob("*")):
        if seen >= limit:
            break
        count += path.suffix.lower() in _ARTICLE_SUFFIXES and path.is_file()
    return count


def check_replaceable(folder: Path | str) -> None:
    """Refuse to write an index where it would remove something it did not create.

    A missing or empty folder, or a folder holding only an index's own files, may be
    replaced; anything else (a corpus given as the index by mistake, a note dropped into
    the index folder) is refused before anything is written.

    Raises:
        IndexStoreError: naming the folder and what it holds.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise IndexStoreError(not_an_index(folder, []))
    foreign = foreign_entries(folder)
    if foreign:
        raise IndexStoreError(not_an_index(folder, foreign))


def _backup(folder: Path) -> Path:
    return folder.with_name(folder.name + ".previous")


def lock_path(folder: Path | str) -> Path:
    """The writer lock file of an index folder: ``<name>.lock`` beside it."""
    folder = Path(folder)
    return folder.with_name(folder.name + ".lock")


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's content."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def index_lock(folder: Path | str, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the writer lock of an index folder (a lock file beside it).

    The lock is an OS file lock, so a killed writer releases it at once.

    Raises:
        IndexBusyError: when another process still holds it after ``timeout`` seconds.
    """
    from filelock import FileLock, Timeout

    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path(folder)), is_singleton=False)
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise IndexBusyError(
            f"another process is writing the index {folder} (lock {lock_path(folder)});"
            f" waited {timeout:g} s - try again when it has finished"
        ) from None
    try:
        yield
    finally:
        lock.release()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(folder: Path | str, write_files: Callable[[Path], list[str]], manifest: dict) -> None:
    """Write a complete index folder so that a crash at any moment leaves either the old
    or the new index loadable. The caller holds ``index_lock``.

    Files are written into a fresh folder beside the target, fsynced, listed with their
    sizes and SHA-256 in manifest.json, and the folder is swapped in by renames; the old
    folder is kept as "<name>.previous" until the new one is in place.

    Args:
        folder: the index folder.
        write_files: writes the data files into the folder it is given; returns their names.
        manifest: manifest fields; "format" and "files_sha256" are added.
    """
    folder = Path(folder)
    parent = folder.parent
    parent.mkdir(parents=True, exist_ok=True)
    recover(folder)
    check_replaceable(folder)
    for stale in parent.glob(f".{folder.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    temp = parent / f".{folder.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    temp.mkdir()
    try:
        names = write_files(temp)
        checksums = {}
        for name in names:
            with open(temp / name, "rb+") as handle:
                os.fsync(handle.fileno())
            checksums[name] = {"size": (temp / name).stat().st_size, "sha256": sha256_file(temp / name)}
        full = {"format": FORMAT_VERSION, **manifest, "data_files": checksums}
        with open(temp / MANIFEST, "w", encoding="utf-8") as handle:
            # (A folder's name whose bytes are not UTF-8 is kept as JSON escapes of its
            # lone surrogates: the path, read back, is the same path.)
            handle.write(SURROGATE.sub(_escape, json.dumps(full, ensure_ascii=False, indent=1)))
            handle.flush()
            os.fsync(handle.fileno())
        _fsync_dir(temp)
        backup = _backup(folder)
        if backup.exists():
            check_replaceable(backup)
            shutil.rmtree(backup)
        if folder.exists():
            os.rename(folder, backup)
        os.rename(temp, folder)
        _fsync_dir(parent)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    shutil.rmtree(_backup(folder), ignore_errors=True)


def recover(folder: Path | str) -> None:
    """Put the previous index back if a save was killed between its two renames."""
    folder = Path(folder)
    backup = _backup(folder)
    if not folder.exists() and (backup / MANIFEST).exists():
        os.rename(backup, folder)


def readable_folder(folder: Path | str) -> Path:
    """The folder to read an index from: the folder, or its ".previous" twin when a save
    was killed mid-swap.

    Raises:
        IndexStoreError: when neither holds an index.
    """
    folder = Path(folder)
    if (folder / MANIFEST).exists():
        return folder
    if not folder.exists() and (_backup(folder) / MANIFEST).exists():
        return _backup(folder)
    if folder.exists():
        foreign = foreign_entries(folder)
        if foreign or not folder.is_dir():
            raise IndexStoreError(not_an_index(folder, foreign))
        raise IndexStoreError(f"{folder} is empty, not an index; build one with `qa index PATH... --index {folder}`")
    raise IndexStoreError(f"no index at {folder}; build one with `qa index PATH... --index {folder}`")


def _plain_name(name: object) -> bool:
    """True for a file name of the folder itself: no separator, not . or .., not hidden."""
    return (
        isinstance(name, str)
        and name not in ("", ".", "..")
        and not name.startswith(".")
        and "/" not in name
        and "\\" not in name
        and "\x00" not in name
    )


def read_manifest(folder: Path, expected_model: str | None = None) -> dict:
    """Read and check manifest.json and the data files it lists (sizes and SHA-256).

    Args:
        folder: a folder from ``readable_folder``.
        expected_model: refuse an index built with another embedder (None: any).

    Raises:
        IndexStoreError: on a missing or damaged file, another format version or model,
            a data file named outside the folder, or a link in the folder.
    """
    shown = folder.with_name(folder.name.removesuffix(".previous"))
    for entry in folder.iterdir():  # every file is read from the folder itself
        if entry.is_symlink():
            raise IndexStoreError(
                f"{entry} is a link; index files are read only from inside {shown}; {rebuild_hint(shown)}"
            )
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise IndexStoreError(f"{folder / MANIFEST} is damaged ({error}); {rebuild_hint(shown)}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise IndexStoreError(
            f"{shown} has index format {found!r}, this version reads format {FORMAT_VERSION};"
            f" {rebuild_hint(shown)}"
        )
    model = manifest.get("embedder", {}).get("name")
    if expected_model is not None and model != expected_model:
        raise IndexStoreError(
            f"{shown} was built with model {model!r}, not {expected_model!r}; {rebuild_hint(shown)}"
            f" --model {expected_model}"
        )
    for name, expected in manifest.get("data_files", {}).items():
        if not _plain_name(name):
            raise IndexStoreError(
                f"{folder / MANIFEST} names a data file outside the index folder ({name!r});"
                f" {rebuild_hint(shown)}"
            )
        path = folder / name
        if not path.is_file() or path.stat().st_size != expected["size"]:
            raise IndexStoreError(f"{path} is missing or truncated; {rebuild_hint(shown)}")
        if sha256_file(path) != expected["sha256"]:
            raise IndexStoreError(f"{path} is damaged (checksum differs); {rebuild_hint(shown)}")
    return manifest


def _escape(char: re.Match[str]) -> str:
    return f"\\u{ord(char.group()):04x}"
