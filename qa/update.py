"""`qa index`: bring an index folder up to date with files, embedding only what changed."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qa.embed import canonical_name
from qa.errors import IndexStoreError
from qa.store import index_lock, readable_folder, rebuild_hint, sha256_file


@dataclass(frozen=True)
class UpdateReport:
    """What an update did, by article id.

    Attributes:
        added: ids of articles indexed for the first time.
        changed: ids of articles re-indexed because their content changed.
        removed: ids of articles dropped (their file changed, vanished or stopped giving them).
        unchanged: ids of articles kept without re-embedding.
        skipped: the parser's skipped files and lines (str()-able).
        passages: passages in the saved index.
        folder: the index folder written.
        articles: articles in the saved index (more than the paths gave when the index
            also holds other files' articles).
    """

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple = field(default=(), repr=False)
    passages: int = 0
    folder: str = ""
    articles: int | None = None

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
        return text


def fingerprint(path: str) -> dict:
    """Size, modification time and SHA-256 of a file."""
    stat = os.stat(path)
    return {"size": stat.st_size, "mtime": stat.st_mtime, "sha256": sha256_file(Path(path))}


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
    from qa.parse import parse_paths
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
        result = parse_paths(list(paths), mode=mode)
        if not result.articles and result.skipped:
            # Nothing could be read (every file refused): a failed run, which must not
            # empty or otherwise change the index. The caller reports the skips.
            previous = len(index.passages) if index is not None else 0
            return UpdateReport(skipped=tuple(result.skipped), passages=previous, folder=str(folder))
        if index is None:
            index = Index.build([], model=model)

        old = index.articles
        parsed = {article.id: article for article in result.articles}
        fresh = [a for a in parsed.values() if old.get(a.id) != a]
        added = tuple(a.id for a in fresh if a.id not in old)
        changed = tuple(a.id for a in fresh if a.id in old)
        unchanged = tuple(i for i in parsed if i not in added and i not in changed)
        # Drop what the scanned paths no longer give, and everything from deleted files.
        gone = tuple(
            i
            for i, a in old.items()
            if i not in parsed
            and (_covers(paths, a.source) or (a.source and not os.path.exists(a.source)))
        )
        index.remove(gone)
        index.add(fresh, progress=progress)

        files = {s: f for s, f in index.files.items() if os.path.exists(s) and not _covers(paths, s)}
        for file_result in result.files:
            if os.path.isfile(file_result.source):
                ids = [a.id for a in file_result.articles if parsed.get(a.id) is a]
                files[file_result.source] = {**fingerprint(file_result.source), "articles": ids}
        first = not (folder / "manifest.json").exists()
        if (fresh or gone or files != index.files or first) and (index.articles or not first):
            index.files = files
            index.save_locked(folder)
        return UpdateReport(
            added=added,
            changed=changed,
            removed=gone,
            unchanged=unchanged,
            skipped=tuple(result.skipped),
            passages=len(index.passages),
            articles=len(index.articles),
            folder=str(folder),
        )
