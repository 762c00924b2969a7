"""`qa index`: bring an index folder up to date with files, embedding only what changed."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qa.embed import canonical_name
from qa.errors import IndexStoreError
from qa.store import index_lock, lock_path, readable_folder, rebuild_hint, sha256_file
from qa.types import Article


@dataclass(frozen=True)
class UpdateReport:
    """What an update did, by article id.

    Attributes:
        added: ids of articles indexed for the first time.
        changed: ids of articles re-indexed because their content changed.
        removed: ids of articles dropped (their file changed, vanished or stopped giving them).
        unchanged: ids of articles kept without re-embedding.
        kept: ids of articles kept from an earlier run because their file, still there,
            could not be read this time (fix the file, or delete it, to change them).
        skipped: the parser's skipped files and lines (str()-able).
        passages: passages in the saved index.
        folder: the index folder written.
        articles: articles in the saved index (more than the paths gave when the index
            also holds other files' articles).
        index: the index as saved, in memory (None when the run failed), so a caller that
            serves it need not load the folder again.
    """

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    skipped: tuple = field(default=(), repr=False)
    passages: int = 0
    folder: str = ""
    articles: int | None = None
    index: object = field(default=None, repr=False, compare=False)

    def summary(self) -> str:
        """One line for people: the counts and where the index is."""
        total = len(self.added) + len(self.changed) + len(self.unchanged)
        if self.articles is not None:
            total = self.articles
        text = (
            f"{self.folder}: {total} articles, {self.passages} passages"
            f" ({len(self.added)} added, {len(self.changed)} changed,"
            f" {len(self.removed)} removed, {len(self.unchanged)} unchanged)"
        )
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        if self.kept:
            text += f"; {len(self.kept)} kept from files that could not be read"
        return text


def fingerprint(path: str) -> dict:
    """Size, modification time and SHA-256 of a file."""
    stat = os.stat(path)
    return {"size": stat.st_size, "mtime": stat.st_mtime, "sha256": sha256_file(Path(path))}


# The modules whose code decides what a file parses into: a file is parsed again when
# any of them changes, so an upgraded parser never leaves stale articles behind.
_PARSER_MODULES = (
    "blocks", "byline", "chunk", "decode", "formats", "headings",
    "layout", "page", "parse", "text", "types", "walk",
    "pdf", "pdf_fields", "pdf_flow", "pdf_furniture", "pdf_lines", "pdf_read", "pdf_units",
)


@lru_cache(maxsize=1)
def parser_digest() -> str:
    """SHA-256 (first 16 hex digits) of the parser's source files."""
    digest = hashlib.sha256()
    folder = Path(__file__).resolve().parent
    for name in _PARSER_MODULES:
        path = folder / f"{name}.py"
        digest.update(path.read_bytes() if path.exists() else name.encode())
    return digest.hexdigest()[:16]


def _reader(mode: str, name: str) -> str:
    """How a file was read: the parser's code, the mode and the name its ids come from."""
    return f"{parser_digest()}:{mode}:{name}"


def _covers(paths: Sequence[str], source: str) -> bool:
    """True when source is one of paths or lies under one of them."""
    source_abs = os.path.abspath(source)
    for path in paths:
        root = os.path.abspath(path)
        if source_abs == root or source_abs.startswith(root.rstrip(os.sep) + os.sep):
            return True
    return False


def update_index(
    paths: Sequence[str],
    index_dir: str | os.PathLike,
    model: str | None = None,
    mode: str = "auto",
    progress: bool = True,
    rebuild: bool = False,
    lock_timeout: float | None = None,
) -> UpdateReport:
    """Build the index folder from files, or update it: new and changed articles are
    embedded, unchanged ones keep their vectors, articles whose file was deleted or no
    longer gives them are dropped. The folder is replaced atomically, under a lock.

    Args:
        paths: files or folders to index.
        index_dir: the index folder.
        model: embedding model; None keeps the existing index's model (or the default).
        mode: parser mode for text files ("auto", "page", "article").
        progress: show a progress bar while embedding.
        rebuild: ignore the existing index and build from scratch.
        lock_timeout: seconds to wait for another writer (None: the store's default).

    Returns:
        what was done. When nothing could be read but something was skipped, the run
        has failed: the index folder is left exactly as it was (or not created) and the
        report holds only the skips.

    Raises:
        IndexBusyError: another process is writing the folder.
        IndexStoreError: the existing index is damaged or was built with another model
            (the message says to use --rebuild).
    """
    from qa.index import Index
    from qa.store import LOCK_TIMEOUT

    folder = Path(index_dir)
    with index_lock(folder, LOCK_TIMEOUT if lock_timeout is None else lock_timeout):
        index = None
        if not rebuild and (folder.exists() or folder.with_name(folder.name + ".previous").exists()):
            index = Index.load(readable_folder(folder))
            if model is not None and index.embedder.name != canonical_name(model):
                raise IndexStoreError(
                    f"{folder} was built with model {index.embedder.name!r}, not"
                    f" {canonical_name(model)!r}; {rebuild_hint(folder)} --model {model}"
                )
        existed = index is not None
        if index is None:
            index = Index.build([], model=model)

        # Files are read one at a time and their new or changed articles embedded in
        # batches as they come (qa.build), so no run holds every file's text at once.
        old = index.articles
        scan = _Scan(known=index.files, lock=str(lock_path(folder).resolve()))
        index.add(_fresh_articles(paths, mode, old, scan), progress=progress)
        if not scan.sources and scan.skipped:
            # Nothing could be read (every file refused): a failed run, which must not
            # empty or otherwise change the index. The caller reports the skips.
            previous = len(index.passages) if existed else 0
            return UpdateReport(skipped=tuple(scan.skipped), passages=previous, folder=str(folder))
        added, changed, unchanged = tuple(scan.added), tuple(scan.changed), tuple(scan.unchanged)
        # Drop what the scanned paths no longer give, and everything from deleted files;
        # a file that is still there but could not be read this time keeps what it gave
        # (a permission slip or a half-copied file must not empty the index of it).
        unread = {s for s in scan.unread if os.path.exists(s)}
        kept = tuple(i for i, a in old.items() if i not in scan.sources and a.source in unread)
        gone = tuple(
            i
            for i, a in old.items()
            if i not in scan.sources
            and a.source not in unread
            and (_covers(paths, a.source) or (a.source and not os.path.exists(a.source)))
        )
        index.remove(gone)

        files = {
            s: f
            for s, f in index.files.items()
            if (os.path.exists(s) and not _covers(paths, s)) or s in unread
        }
        for source, ids, entry in scan.files:
            if os.path.isfile(source):
                files[source] = {**(scan.prints.get(source) or fingerprint(source)), "articles": ids, **entry}
        first = not (folder / "manifest.json").exists()
        if (added or changed or gone or files != index.files or first) and (index.articles or not first):
            index.files = files
            index.save_locked(folder)
        return UpdateReport(
            added=added,
            changed=changed,
            removed=gone,
            unchanged=unchanged,
            kept=kept,
            skipped=tuple(scan.skipped),
            passages=len(index.passages),
            articles=len(index.articles),
            folder=str(folder),
            index=index,
        )


@dataclass
class _Scan:
    """What reading the paths found, filled in while their articles stream past."""

    known: dict = field(default_factory=dict)  # the index's file entries (qa.index.Index.files)
    lock: str = ""  # the index's own lock file (when the index lives inside a scanned folder)
    sources: dict[str, str] = field(default_factory=dict)  # article id -> file (first wins)
    files: list[tuple[str, list[str], dict]] = field(default_factory=list)  # file, ids, how read
    prints: dict[str, dict] = field(default_factory=dict)  # file -> fingerprint taken this run
    skipped: list = field(default_factory=list)
    unread: set[str] = field(default_factory=set)  # files refused whole
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _fresh_articles(paths: Sequence[str], mode: str, old: dict, scan: _Scan) -> Iterator[Article]:
    """The new and changed articles of the paths, one file at a time; ids are unique (a
    later duplicate is skipped and reported, as ``qa.parse.parse_paths`` does)."""
    from qa.parse import FileResult, Skip, iter_files

    readers: dict[str, str] = {}

    def reuse(path: Path, name: str) -> FileResult | None:
        """The articles an earlier run read from this file, when the file, the parser and
        the way it is read are all unchanged (and that read skipped nothing)."""
        source = str(path)
        readers[source] = _reader(mode, name)
        entry = scan.known.get(source)
        if not entry or entry.get("reader") != readers[source] or entry.get("skipped_lines", 1):
            return None
        try:
            scan.prints[source] = fingerprint(source)
        except OSError:
            return None  # the parser reports it
        ids = entry.get("articles", [])
        if scan.prints[source]["sha256"] != entry.get("sha256") or not all(i in old for i in ids):
            return None
        if any(old[i].source != source for i in ids):
            return None
        return FileResult(source, entry.get("kind", ""), [old[i] for i in ids])

    for result in iter_files(list(paths), mode, reuse=reuse):
        if isinstance(result, Skip):
            if result.line is None and os.path.realpath(result.path) == scan.lock:
                continue  # the lock file this run holds, not an input
            scan.skipped.append(result)
            if result.line is None:
                scan.unread.add(result.path)
            continue
        scan.skipped.extend(result.skipped)
        ids = []
        for article in result.articles:
            if article.id in scan.sources:
                reason = f"duplicate id {article.id!r} (already read from {scan.sources[article.id]})"
                scan.skipped.append(Skip(result.source, reason))
                continue
            scan.sources[article.id] = result.source
            ids.append(article.id)
            previous = old.get(article.id)
            if previous == article:
                scan.unchanged.append(article.id)
                continue
            (scan.added if previous is None else scan.changed).append(article.id)
            yield article
        how = {"reader": readers.get(result.source, ""), "kind": result.kind, "skipped_lines": len(result.skipped)}
        scan.files.append((result.source, ids, how))
