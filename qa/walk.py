"""The files some paths name: folders walked in name order, what cannot be read reported."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = JSONL_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES | PDF_SUFFIXES
_INDEX_FILES = ("manifest.json", "passages.jsonl")  # what qa.store writes into an index folder
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


def iter_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | Skip]:
    """The files to read, as (path, name relative to its folder), and Skips."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from [Skip(str(path), INDEX_FOLDER)] if is_index_folder(path) else walk_folder(path)
        elif path.is_symlink() and not path.exists():
            yield Skip(str(path), "broken symbolic link")
        elif not path.exists():
            yield Skip(str(path), "no such file or folder")
        else:
            yield path, path.name


def is_index_folder(path: Path) -> bool:
    """True for a folder holding a saved index (qa.store writes these files)."""
    return all((path / name).is_file() for name in _INDEX_FILES)


def walk_folder(folder: Path) -> Iterator[tuple[Path, str] | Skip]:
    """A folder's files in order of their relative names (``a/x.txt`` before ``b.txt``),
    hidden ones left out, with Skips for what cannot be read."""
    found: list[tuple[str, tuple[Path, str] | Skip]] = []
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
                found.append((name, (path, name)))
    found.sort(key=lambda entry: entry[0])
    yield from (entry for _, entry in found)
    yield from (Skip(p.filename or str(folder), f"cannot read folder: {p.strerror}") for p in problems)
