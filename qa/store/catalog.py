"""The index's record of the files it was built from: fingerprints, the parser that read
them and the articles each gave, so an update reads again only what changed."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path

from qa.store.folder import sha256_file

_PACKAGE = Path(__file__).resolve().parent.parent
# What decides what a file parses into: every file of the parse stage (found from the
# folder, so a file added, moved or renamed there changes the digest too) and the
# shared text helpers and records it uses.
PARSE_FOLDER = _PACKAGE / "parse"
PARSER_SHARED = (_PACKAGE / "text.py", _PACKAGE / "types.py")


@dataclass(frozen=True)
class Fingerprint:
    """A file's size, modification time and SHA-256, taken when it was read."""

    size: int
    mtime: float
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike) -> Fingerprint:
        """The fingerprint of a file now.

        Raises:
            OSError: the file cannot be read.
        """
        stat = os.stat(path)
        return cls(stat.st_size, stat.st_mtime, sha256_file(Path(path)))


@dataclass(frozen=True)
class FileEntry:
    """One file an index was built from.

    Attributes:
        name: the file's name relative to its root (``000_x.txt``, ``uploads/a.md``):
            its key in ``Index.files`` and the ``source`` of its articles.
        root: the folder ``name`` is relative to, as a path relative to the index folder
            (``../corpus``), so the app and the command line, and the same index moved
            with its corpus, agree on it.
        fingerprint: the file as it was read.
        reader: how it was read: the parser digest, the read mode and the name.
        kind: "page", "article", "markdown", "jsonl".
        articles: ids of the articles it gave, in order.
        skipped_lines: lines of it the parser skipped (such a file is read again next time,
            so the skips keep being reported).
    """

    name: str
    root: str
    fingerprint: Fingerprint
    reader: str
    kind: str = ""
    articles: tuple[str, ...] = ()
    skipped_lines: int = 0

    def path(self, index_folder: str | os.PathLike) -> Path:
        """Where the file is, for an index kept in ``index_folder``."""
        return Path(os.path.normpath(Path(index_folder) / self.root / self.name))

    def to_dict(self) -> dict:
        """A JSON-ready dict (an entry of the manifest's "files")."""
        return {**asdict(self), "articles": list(self.articles)}

    @classmethod
    def from_dict(cls, data: Mapping) -> FileEntry:
        """Inverse of ``to_dict``.

        Raises:
            KeyError, TypeError, ValueError: the data is not an entry.
        """
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        values["fingerprint"] = Fingerprint(**data["fingerprint"])
        values["articles"] = tuple(str(i) for i in data.get("articles", ()))
        return cls(**values)


def files_to_json(entries: Mapping[str, FileEntry]) -> list[dict]:
    """File entries as JSON-ready dicts, in name order (the manifest's "files")."""
    return [entries[name].to_dict() for name in sorted(entries)]


def files_from_json(rows: object) -> dict[str, FileEntry]:
    """Read what ``files_to_json`` wrote, by name; rows that are not entries are left out
    (their files are then read again on the next update)."""
    entries: dict[str, FileEntry] = {}
    for row in rows if isinstance(rows, list) else ():
        try:
            entry = FileEntry.from_dict(row)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        entries[entry.name] = entry
    return entries


def root_of(folder: str | os.PathLike, index_folder: str | os.PathLike) -> str:
    """A root folder as ``FileEntry.root`` records it: relative to the index folder."""
    return Path(os.path.relpath(os.path.abspath(folder), os.path.abspath(index_folder))).as_posix()


@lru_cache(maxsize=4)
def parser_digest(folder: Path = PARSE_FOLDER, shared: tuple[Path, ...] = PARSER_SHARED) -> str:
    """SHA-256 (first 16 hex digits) of the parser's code: every ``.py`` file under the
    parse folder (its relative name and content) and the shared modules it uses."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py")):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for path in shared:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def reader_of(mode: str, name: str, digest: str | None = None) -> str:
    """How a file is read: the parser's code, the mode and the name its ids come from."""
    return f"{digest or parser_digest()}:{mode}:{name}"
