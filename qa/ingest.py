"""Bring an index folder up to date with files, embedding only what changed: the one way
in for `qa index`, the app's start-up and its uploads."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.errors import IndexStoreError, InputFileError, quoted
from qa.index import Index, StoreIndex, only_facts_changed
from qa.parse import FileResult, Skip, iter_files
from qa.parse.walk import Found
from qa.retrieve.checkpoint import Checkpoint
from qa.retrieve.chunk import chunk_article
from qa.retrieve.embedders import canonical_name
from qa.store.catalog import FileEntry, Fingerprint, reader_of, root_of
from qa.store.folder import (
    LOCK_TIMEOUT,
    MANIFEST,
    check_replaceable,
    index_lock,
    lock_path,
    readable_folder,
    rebuild_hint,
)
from qa.store.milvus import is_store_uri
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
        index: the index as saved, in memory (the index as it was when the run failed),
            so a caller that serves it need not load the folder again.
        files: the names of the files read or reused this run (``Article.source`` of
            their articles), in order.
        resumed: texts whose vectors an interrupted earlier run had made and kept
            (``checkpoint_path``), so this run did not embed them again.
        restated: changed articles whose print facts alone changed (paper, date, page,
            edition): their passages kept their vectors (``Index.restate``).
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
    index: Index | None = field(default=None, repr=False, compare=False)
    files: tuple[str, ...] = ()
    resumed: int = 0
    restated: int = 0

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
        if self.restated:
            text += f"; {self.restated} changed in their print facts only, their vectors kept"
        if self.resumed:
            text += f"; {self.resumed} vectors reused from an interrupted run"
        return text


def checkpoint_path(index_dir: str | os.PathLike) -> Path:
    """Where a build keeps the vectors it has made until the index is saved:
    ``<index>.partial`` beside the index folder (like its lock)."""
    folder = Path(index_dir)
    return folder.with_name(folder.name + ".partial")


def update_index(
    paths: Sequence[str | os.PathLike],
    index_dir: str | os.PathLike,
    model: str | None = None,
    mode: str = "auto",
    progress: bool = True,
    rebuild: bool = False,
    lock_timeout: float | None = None,
    *,
    root: str | os.PathLike | None = None,
    index: Index | None = None,
    strict: bool = False,
) -> UpdateReport:
    """Build the index folder from files, or update it: new and changed articles are
    embedded, unchanged ones keep their vectors, articles whose file was deleted or no
    longer gives them are dropped. The folder is replaced atomically, under a lock, and
    only if it holds nothing but an index's own files.

    Files are known by their name relative to the folder they were found under (its
    root), so `qa index corpus/` and the app, started from anywhere, agree on them.

    Args:
        paths: files or folders to index.
        index_dir: the index folder, or a store URI (``milvus://HOST:PORT/COLLECTION``,
            ``milvus:PATH.db``): the same run against Milvus.
        model: embedding model; None keeps the existing index's model (or the default).
        mode: parser mode for text files ("auto", "page", "article").
        progress: show a progress bar while embedding.
        rebuild: ignore the existing index and build from scratch.
        lock_timeout: seconds to wait for another writer (None: the store's default).
        root: the folder the files' names are relative to (the app's corpus folder for
            an upload stored in ``corpus/uploads``); None: each folder given is its own.
        index: the index the caller serves, updated instead of loading the folder when it
            is what the folder holds (it is never changed itself: the report carries the
            updated copy).
        strict: all or nothing (uploads): any file or line that cannot be read, a file
            identical to one indexed, or an article id another file gave refuses the
            whole run with an InputFileError.

    Returns:
        what was done. When nothing could be read but something was skipped, the run
        has failed: the index folder is left exactly as it was (or not created) and the
        report holds only the skips.

    Raises:
        IndexBusyError: another process is writing the folder.
        IndexStoreError: the folder holds other files than an index's, or its index is
            damaged or was built with another model (the message says what to do).
        InputFileError: in strict mode, the file refused and why; nothing was changed.
    """
    if is_store_uri(index_dir):
        return _update_store(str(index_dir), paths, model, mode, progress, rebuild, lock_timeout, root, strict)
    folder = Path(index_dir)
    with index_lock(folder, LOCK_TIMEOUT if lock_timeout is None else lock_timeout):
        check_replaceable(folder)  # before anything is read or embedded
        current = _current(folder, model, rebuild, index)
        existed = (folder / MANIFEST).exists() or folder.with_name(folder.name + ".previous").exists()
        working = current.copy()
        scan = _Scan(known=working.files, folder=folder, strict=strict, lock=str(lock_path(folder).resolve()))
        # Files are read one at a time and their new or changed articles embedded in
        # batches as they come (qa.retrieve.rows), so no run holds every file's text at once.
        old = working.articles
        # Vectors are checkpointed beside the index as they are made: a build killed
        # halfway keeps them, and the next run embeds only what is missing.
        checkpoint = Checkpoint(checkpoint_path(folder), working.embedder.name, working.settings.dense_unit)
        expected = _expected_passages(paths, mode, working, root) if progress else None
        restated: list[Article] = []  # (articles whose print facts alone changed: no embedding)
        working.add(
            _fresh_articles(paths, mode, old, scan, root, restated),
            progress=progress, checkpoint=checkpoint, expected=expected,
        )
        working.restate(restated)
        if not scan.sources and scan.skipped:
            # Nothing could be read (every file refused): a failed run, which must not
            # empty or otherwise change the index. The caller reports the skips.
            previous = len(current.passages) if existed else 0
            return UpdateReport(skipped=tuple(scan.skipped), passages=previous, folder=str(folder), index=current)
        files, gone, kept = _reconcile(working.files, scan, paths, folder)
        working.remove(gone)
        working.files = files
        first = not (folder / MANIFEST).exists()
        changed = scan.added or scan.changed or gone or files != current.files
        if (changed or first) and (working.articles or not first):
            working.save_locked(folder)
        checkpoint.remove()  # saved (or nothing to save): the vectors are in the index
        return scan.report(
            gone,
            kept,
            restated=len(restated),
            passages=len(working.passages),
            articles=len(working.articles),
            folder=str(folder),
            index=working,
            resumed=checkpoint.reused,
        )


def _update_store(
    uri: str,
    paths: Sequence[str | os.PathLike],
    model: str | None,
    mode: str,
    progress: bool,
    rebuild: bool,
    lock_timeout: float | None,
    root: str | os.PathLike | None,
    strict: bool,
) -> UpdateReport:
    """``update_index`` against a store URI: the same scan and reconciliation; rows are
    written to the engine as each step is made, file records and the state record last."""
    from qa.store.milvus import MilvusStore

    store = MilvusStore.connect(uri)
    with store.writer_lock(LOCK_TIMEOUT if lock_timeout is None else lock_timeout):
        index = StoreIndex.on(store, model, create=True, rebuild=rebuild)
        anchor = store.uri.anchor
        index.recover()  # a run killed mid-change: count the term statistics again first
        scan = _Scan(known=index.files, folder=anchor, strict=strict)
        old = _KnownArticles(index)
        index.add(_fresh_articles(paths, mode, old, scan, root), progress=progress)
        if not scan.sources and scan.skipped:
            passages = int(store.state()["counts"]["passages"])
            return UpdateReport(skipped=tuple(scan.skipped), passages=passages, folder=uri, index=index)
        files, gone, kept = _reconcile(index.files, scan, paths, anchor)
        index.remove(gone)
        index.files = files
        index.save()
        counts = index.store.state()["counts"]
        return scan.report(
            gone, kept, passages=int(counts["passages"]), articles=int(counts["articles"]), folder=uri, index=index
        )


def copy_index(folder: str | os.PathLike, uri: str, rebuild: bool = False, batch_passages: int = 4096) -> UpdateReport:
    """Copy an index folder into a store as it is: articles, passages, their vectors (no
    re-embedding) and the file records, so `qa index --store URI` goes on from there.

    Args:
        folder: the index folder.
        uri: the store (created with the folder's model and settings).
        rebuild: drop an index already at ``uri`` first (else it must be empty or absent).
        batch_passages: passages written per step.

    Raises:
        IndexStoreError: the folder cannot be loaded, or the store holds another index.
    """
    source = Index.load(folder)
    target = StoreIndex.open(uri, source.embedder.name, create=True, rebuild=rebuild, settings=source.settings)
    if target.settings != source.settings or target.store.state()["counts"]["passages"]:
        raise IndexStoreError(
            f"{uri} holds an index already; copy into a new collection, or give --rebuild to replace it"
        )
    snapshot = source._snapshot
    with target.writing():
        start = 0
        while start < len(snapshot.passages):
            end = min(start + batch_passages, len(snapshot.passages))
            while end < len(snapshot.passages) and snapshot.passages[end].article_id == snapshot.passages[end - 1].article_id:
                end += 1  # an article's passages go in one step
            passages = snapshot.passages[start:end]
            ids = dict.fromkeys(p.article_id for p in passages)
            sentences = snapshot.dense.sentences
            target.write_rows(
                [snapshot.articles[i] for i in ids],
                passages,
                snapshot.dense.vectors[start:end],
                None if sentences is None else sentences.subset(range(start, end)).per_row(),
            )
            start = end
        anchor = target.store.uri.anchor
        target.files = {
            name: replace(entry, root=root_of(Path(folder) / entry.root, anchor)) for name, entry in source.files.items()
        }
        target.save_locked()
    counts = target.store.state()["counts"]
    return UpdateReport(
        added=tuple(snapshot.articles),
        passages=int(counts["passages"]),
        articles=int(counts["articles"]),
        folder=uri,
        index=target,
    )


class _KnownArticles(dict):
    """The articles of the files an engine index already knows, fetched from the engine
    in one go (``_fresh_articles`` compares each file's articles with them)."""

    def __init__(self, index: StoreIndex) -> None:
        ids = [i for entry in index.files.values() for i in entry.articles]
        super().__init__(index.store.articles(ids))


def _current(folder: Path, model: str | None, rebuild: bool, served: Index | None) -> Index:
    """The index to update: the served one when it is what the folder holds, else the
    folder's index, else a new empty one."""
    saved = (folder / MANIFEST).exists() or folder.with_name(folder.name + ".previous").exists()
    if rebuild or not saved:
        if served is not None and not rebuild and not saved:
            index = served
        else:
            return Index.build([], model=model)
    elif served is not None and served.generation and served.generation == _generation(folder):
        index = served
    else:
        index = Index.load(readable_folder(folder))
    if model is not None and index.embedder.name != canonical_name(model):
        raise IndexStoreError(
            f"{folder} was built with model {index.embedder.name!r}, not"
            f" {canonical_name(model)!r}; {rebuild_hint(folder)} --model {model}"
        )
    return index


def _expected_passages(paths: Sequence[str | os.PathLike], mode: str, index: Index, root) -> int:
    """How many passages this run will embed, for the progress bar's ETA: the new and
    changed articles (not those whose print facts alone changed: ``Index.restate``) of
    the files whose size or time differs from what the index recorded (those files are
    parsed twice; unchanged ones are not read)."""
    known = index.files

    def unchanged(found: Found) -> FileResult | None:
        entry = known.get(found.name)
        try:
            stat = os.stat(found.path)
        except OSError:
            return None
        if entry is None or (entry.fingerprint.size, entry.fingerprint.mtime) != (stat.st_size, stat.st_mtime):
            return None
        return FileResult(str(found.path), entry.kind, [], name=found.name)

    old, settings = index.articles, index.settings
    total = 0
    for result in iter_files(list(paths), mode, reuse=unchanged, root=root):
        if isinstance(result, FileResult):
            total += sum(
                len(chunk_article(a, settings.max_chars, settings.min_chars))
                for a in result.articles
                if old.get(a.id) != a and not (a.id in old and only_facts_changed(old[a.id], a))
            )
    return total


def _generation(folder: Path) -> str:
    """The generation the folder's manifest records ("" when unreadable)."""
    try:
        manifest = json.loads((readable_folder(folder) / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError, IndexStoreError):
        return ""
    return str(manifest.get("generation", "")) if isinstance(manifest, dict) else ""


@dataclass
class _Scan:
    """What reading the paths found, filled in while their articles stream past."""

    known: dict[str, FileEntry]  # the index's files by name
    folder: Path  # the index folder (entries' roots are relative to it)
    strict: bool = False
    lock: str = ""  # the index's own lock file (when the index lives inside a scanned folder)
    sources: dict[str, str] = field(default_factory=dict)  # article id -> file path read (first wins)
    entries: dict[str, FileEntry] = field(default_factory=dict)  # files read or reused, by name
    skipped: list[Skip] = field(default_factory=list)
    unread: set[str] = field(default_factory=set)  # paths of files refused whole
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def skip(self, skip: Skip) -> None:
        """Record a skip (in strict mode: refuse the run)."""
        if self.strict:
            raise InputFileError(skip.path, skip.reason, skip.line)
        self.skipped.append(skip)

    def report(self, gone: Sequence[str], kept: Sequence[str], **rest) -> UpdateReport:
        """The run's report: what this scan found, the articles dropped (``gone``) and kept
        from unreadable files (``kept``), and the rest of the report's fields."""
        return UpdateReport(
            added=tuple(self.added),
            changed=tuple(self.changed),
            removed=tuple(gone),
            unchanged=tuple(self.unchanged),
            kept=tuple(kept),
            skipped=tuple(self.skipped),
            files=tuple(self.entries),
            **rest,
        )


def _fresh_articles(
    paths: Sequence[str | os.PathLike], mode: str, old: dict[str, Article], scan: _Scan, root,
    restated: list[Article] | None = None,
) -> Iterator[Article]:
    """The new and changed articles of the paths, one file at a time; ids are unique (a
    later duplicate is skipped and reported, as ``qa.parse.parse_paths`` does). With
    ``restated``, a changed article whose print facts alone changed goes there instead
    (``only_facts_changed``: its passages need no embedding, ``Index.restate``)."""
    prints: dict[str, Fingerprint] = {}
    by_content = {entry.fingerprint.sha256: name for name, entry in scan.known.items()}

    def reuse(found: Found) -> FileResult | None:
        """The articles an earlier run read from this file, when the file, the parser and
        the way it is read are all unchanged (and that read skipped nothing)."""
        entry = scan.known.get(found.name)
        try:
            prints[found.name] = Fingerprint.of(found.path)
        except OSError:
            return None  # the parser reports it
        if (
            entry is None
            or entry.reader != reader_of(mode, found.name)
            or entry.skipped_lines
            or entry.root != root_of(found.root, scan.folder)
            or entry.fingerprint.sha256 != prints[found.name].sha256
            or not all(i in old for i in entry.articles)
        ):
            return None
        return FileResult(str(found.path), entry.kind, [old[i] for i in entry.articles], name=found.name)

    for result in iter_files(list(paths), mode, reuse=reuse, root=root):
        if isinstance(result, Skip):
            if result.line is None and os.path.realpath(result.path) == scan.lock:
                continue  # the lock file this run holds, not an input
            scan.skip(result)
            if result.line is None:
                scan.unread.add(os.path.abspath(result.path))
            continue
        for skipped in result.skipped:
            scan.skip(skipped)
        fingerprint = prints.get(result.name) or Fingerprint.of(result.source)
        if scan.strict and by_content.get(fingerprint.sha256, result.name) != result.name:
            same = Path(by_content[fingerprint.sha256]).name
            raise InputFileError(result.source, f"is the same as {same}, which is indexed already")
        ids = []
        mine = set(scan.known[result.name].articles) if result.name in scan.known else set()
        for article in result.articles:
            if article.id in scan.sources:
                if scan.strict:
                    first = Path(scan.sources[article.id]).name
                    raise InputFileError(result.source, f"article id {quoted(article.id)} is indexed already (in {first})")
                reason = f"duplicate id {quoted(article.id)} (already read from {scan.sources[article.id]})"
                scan.skip(Skip(result.source, reason))
                continue
            if scan.strict and article.id in old and article.id not in mine:
                raise InputFileError(result.source, f"article id {quoted(article.id)} is indexed already")
            scan.sources[article.id] = result.source
            ids.append(article.id)
            previous = old.get(article.id)
            if previous == article:
                scan.unchanged.append(article.id)
                continue
            (scan.added if previous is None else scan.changed).append(article.id)
            if restated is not None and previous is not None and only_facts_changed(previous, article):
                restated.append(article)
                continue
            yield article
        scan.entries[result.name] = FileEntry(
            name=result.name,
            root=root_of(result.root or Path(result.source).parent, scan.folder),
            fingerprint=fingerprint,
            reader=reader_of(mode, result.name),
            kind=result.kind,
            articles=tuple(ids),
            skipped_lines=len(result.skipped),
        )


def _reconcile(
    known: dict[str, FileEntry], scan: _Scan, paths: Sequence[str | os.PathLike], folder: Path
) -> tuple[dict[str, FileEntry], list[str], list[str]]:
    """The index's files after this run, the article ids to drop, and the ids kept
    from files that could not be read this time.

    A file the run covered (it lies under one of the paths) but did not read is gone:
    deleted, no longer supported, or no longer giving those articles. A file still there
    but refused this time (permission denied, turned binary) keeps what it gave: a
    half-copied file must not empty the index of it. A file outside the paths stays as
    it is unless it no longer exists.
    """
    covered = [os.path.abspath(p) for p in paths]
    files: dict[str, FileEntry] = {}
    gone: list[str] = []
    kept: list[str] = []
    for name, entry in known.items():
        if name in scan.entries:
            continue
        where = os.path.abspath(entry.path(folder))
        unread = where in scan.unread and os.path.exists(where)
        inside = any(where == c or where.startswith(c.rstrip(os.sep) + os.sep) for c in covered)
        if unread or (not inside and os.path.exists(where)):
            files[name] = entry
            if unread:
                kept.extend(i for i in entry.articles if i not in scan.sources)
        else:
            gone.extend(i for i in entry.articles if i not in scan.sources)
    # Articles the files read this run no longer give (an edited file dropped one).
    for name, entry in scan.entries.items():
        before = known.get(name)
        if before is not None:
            gone.extend(i for i in before.articles if i not in scan.sources)
        files[name] = entry
    return files, list(dict.fromkeys(gone)), kept
