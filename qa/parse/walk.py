"""The files some paths name: folders walked in name order, what cannot be read reported."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from qa.text import system_text

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = JSONL_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES | PDF_SUFFIXES
_INDEX_FILES = ("manifest.json", "passages.jsonl")  # what qa.store.folder writes into an index folder
INDEX_FOLDER = "a saved index, not articles (left out)"


@dataclass(frozen=True)
class Skip:
    """Something that could not be read: a file, or one line of it."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


class Found(NamedTuple):
    """A file to read.

    Attributes:
        path: where it is, as given (joined with its folder).
        name: its name relative to ``root``, with "/" between folders: the name the index
            knows it by, whatever the working directory; text (``qa.text.system_text``:
            a name whose bytes are not UTF-8 is read as GB18030).
        root: the folder the name is relative to: the folder given, or for a file named
            directly its own folder.
    """

    path: Path
    name: str
    root: Path


def iter_paths(paths: Iterable[str | Path], root: str | Path | None = None) -> Iterator[Found | Skip]:
    """The files some paths name, and Skips for what cannot be read.

    Args:
        paths: files and folders.
        root: the folder every name is relative to (the paths must lie inside it); None:
            each folder given is its own root, a file named directly is named by itself.
    """
    base = None if root is None else Path(root)
    for given in paths:
        path = Path(given)
        outside = base is not None and not _inside(path, base)
        if outside:
            yield Skip(str(path), f"not inside {base}")
        elif path.is_dir():
            if is_index_folder(path):
                yield Skip(str(path), INDEX_FOLDER)
            else:
                yield from walk_folder(path, base)
        elif path.is_symlink() and not path.exists():
            yield Skip(str(path), "broken symbolic link")
        elif not path.exists():
            yield Skip(str(path), "no such file or folder")
        elif base is None:
            yield Found(path, system_text(path.name), path.parent)
        else:
            yield Found(path, _relative(path, base), base)


def _inside(path: Path, root: Path) -> bool:
    return os.path.abspath(path) == os.path.abspath(root) or os.path.abspath(path).startswith(
        os.path.abspath(root).rstrip(os.sep) + os.sep
    )


def _relative(path: Path, root: Path) -> str:
    return system_text(Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix())


def is_index_folder(path: Path) -> bool:
    """True for a folder holding a saved index (qa.store.folder writes these files)."""
    return all((path / name).is_file() for name in _INDEX_FILES)


def walk_folder(folder: Path, root: Path | None = None) -> Iterator[Found | Skip]:
    """A folder's files in order of their relative names (``a/x.txt`` before ``b.txt``),
    hidden ones left out, with Skips for what cannot be read; names are relative to
    ``root`` (default: the folder)."""
    root = folder if root is None else root
    prefix = "" if os.path.abspath(root) == os.path.abspath(folder) else _relative(folder, root) + "/"
    found: list[tuple[str, Found | Skip]] = []
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for index_folder in [d for d in dirs if is_index_folder(Path(root, d))]:
            dirs.remove(index_folder)
            path = Path(root, index_folder)
            found.append((path.relative_to(folder).as_posix(), Skip(str(path), INDEX_FOLDER)))
        for filename in files:
            if filename.startswith("."):
                continue
            path = Path(root, filename)
            name = path.relative_to(folder).as_posix()
            suffix = path.suffix.lower()
            if path.is_symlink() and not path.exists():
                found.append((name, Skip(str(path), "broken symbolic link")))
            elif suffix not in SUPPORTED_SUFFIXES:
                kind = suffix or "no extension"
                reason = f"not a supported file type ({kind}); use .txt, .md, .jsonl or .pdf"
                found.append((name, Skip(str(path), reason)))
            else:
                found.append((name, Found(path, prefix + system_text(name), root)))
    found.sort(key=lambda entry: entry[0])
    yield from (entry for _, entry in found)
    yield from (Skip(p.filename or str(folder), f"cannot read folder: {p.strerror}") for p in problems)
