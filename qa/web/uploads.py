"""Uploaded files: allowed types, size cap, safe names, storing them under the corpus folder."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qa.errors import InputFileError

if TYPE_CHECKING:
    from qa.index import Index

ALLOWED_SUFFIXES = (".txt", ".md", ".jsonl", ".pdf")
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
UPLOADS = "uploads"  # the folder inside the corpus that uploads are stored in
# Longest stem kept from an uploaded name (characters); the suffix is added after it.
_MAX_STEM = 80
_UNSAFE = re.compile(r"[^\w.\-]+")  # \w is Unicode-aware: CJK letters and digits stay


@dataclass(frozen=True)
class Upload:
    """A file as received from the browser.

    Attributes:
        path: where the server holds the received bytes (a temporary file).
        name: the name the user's file had, as sent (untrusted).
    """

    path: Path
    name: str


def display_name(name: str) -> str:
    """The last component of an untrusted name, for messages (both / and \\ separate)."""
    parts = [p for p in re.split(r"[\\/]", name) if p]
    return parts[-1] if parts else name


def safe_name(name: str) -> str:
    """A file name that is safe to create inside the uploads folder.

    Keeps only the last path component (so ``../x`` and ``/etc/x`` cannot escape),
    normalises Unicode (NFKC), turns anything but letters, digits, ``-``, ``_`` and ``.``
    into ``_``, strips leading dots and dashes (no hidden files, nothing that looks like
    an option), lower-cases the suffix and shortens a long stem.

    Returns:
        a name like ``铜鼓县_通报.txt``; ``upload.txt`` when nothing usable is left.

    Raises:
        InputFileError: the suffix is not one of ALLOWED_SUFFIXES.
    """
    base = unicodedata.normalize("NFKC", display_name(name))
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C")
    suffix = Path(base).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise InputFileError(display_name(name), _type_message(suffix))
    stem = _UNSAFE.sub("_", base[: len(base) - len(suffix)])
    stem = re.sub(r"\.{2,}", ".", stem).lstrip(".-_").rstrip(".")[:_MAX_STEM] or "upload"
    return stem + suffix


def _type_message(suffix: str) -> str:
    allowed = ", ".join(ALLOWED_SUFFIXES)
    got = f"a {suffix} file" if suffix else "a file without a suffix"
    return f"{got} cannot be added; only {allowed} files are accepted"


def check_upload(upload: Upload, max_bytes: int = MAX_UPLOAD_BYTES) -> None:
    """Refuse a file of the wrong type, empty, or over the size cap.

    Raises:
        InputFileError: naming the file, with the reason and what is accepted.
    """
    shown = display_name(upload.name)
    safe_name(upload.name)  # raises for a wrong type
    try:
        size = upload.path.stat().st_size
    except OSError as error:
        raise InputFileError(shown, f"cannot be read: {error.strerror}") from error
    if size == 0:
        raise InputFileError(shown, "is empty")
    if size > max_bytes:
        raise InputFileError(
            shown, f"is {size / 2**20:.1f} MB; files up to {max_bytes / 2**20:.0f} MB are accepted"
        )


def store_upload(upload: Upload, folder: Path) -> Path:
    """Copy an upload into ``folder`` under its safe name, never overwriting a file.

    When the name is taken, ``-1``, ``-2``... is added before the suffix; the file is
    created exclusively, so two uploads of the same name at once both survive.

    Returns:
        the path of the stored file, inside ``folder``.
    """
    name = safe_name(upload.name)
    folder.mkdir(parents=True, exist_ok=True)
    stem, suffix = name[: -len(Path(name).suffix)], Path(name).suffix
    for attempt in range(10_000):
        candidate = folder / (name if attempt == 0 else f"{stem}-{attempt}{suffix}")
        if candidate.resolve().parent != folder.resolve():  # defence in depth
            raise InputFileError(display_name(upload.name), "has a name that cannot be stored")
        try:
            with open(candidate, "xb") as target, open(upload.path, "rb") as source:
                shutil.copyfileobj(source, target)
        except FileExistsError:
            continue
        except BaseException:
            candidate.unlink(missing_ok=True)
            raise
        return candidate
    raise InputFileError(display_name(upload.name), f"too many files named {name} in {folder.name}")


def check_all(uploads: Sequence[Upload], max_bytes: int = MAX_UPLOAD_BYTES) -> None:
    """Check every upload before any is stored, so one bad file changes nothing.

    Raises:
        InputFileError: for the first file that is refused; no file is stored.
    """
    if not uploads:
        raise InputFileError("(no file)", "choose one or more .txt, .md, .jsonl or .pdf files first")
    for upload in uploads:
        check_upload(upload, max_bytes)


@dataclass(frozen=True)
class AddReport:
    """What adding uploads did.

    Attributes:
        stored: where the files were stored, in upload order.
        added: ids of the articles added.
        articles, passages: the index's size afterwards.
        index: the updated index (serve it instead of the one given).
    """

    stored: tuple[Path, ...]
    added: tuple[str, ...]
    articles: int
    passages: int
    index: Index | None = field(default=None, repr=False, compare=False)

    def summary(self) -> str:
        """Two lines for people, Chinese then English."""
        names = ", ".join(p.name for p in self.stored)
        plural = "s" if len(self.added) != 1 else ""
        return (
            f"已添加 {len(self.added)} 篇文章（{names}），保存在语料库中，所有人都能检索；"
            f"索引现有 {self.articles} 篇文章，{self.passages} 个段落。\n"
            f"Added {len(self.added)} article{plural} from {names}, stored in the corpus and"
            f" searchable by everyone; the index now has {self.articles} articles,"
            f" {self.passages} passages."
        )


def _no_progress(share: float, what: str) -> None:
    return None


def add_uploads(
    index: Index,
    received: Sequence[Upload],
    corpus: Path,
    index_dir: Path | str,
    progress: Callable[[float, str], None] = _no_progress,
) -> AddReport:
    """Check, store and index uploaded files: all of them or none.

    Every file is checked (type, size) before any is stored in ``corpus/uploads``. Then
    they go through the same path as `qa index` (``qa.ingest.update_index`` with the
    corpus as root, so the next start-up finds them up to date), in strict mode: a file
    that gives no article, has a line the parser skips, repeats an indexed file or reuses
    an indexed article id refuses the whole batch; the stored files are deleted and
    neither the index nor its folder changes.

    Args:
        index: the index being served (not changed: the report carries the new one).
        received: the uploaded files.
        corpus: the corpus folder.
        index_dir: the index folder to save to, or a store URI.
        progress: called with (share done in [0, 1], what is happening).

    Returns:
        what was added, and the updated index.

    Raises:
        InputFileError: naming the refused file (as uploaded) and why; nothing was changed.
        IndexStoreError, IndexBusyError: the index folder cannot be written; nothing was changed.
    """
    from qa.ingest import update_index

    progress(0.0, "checking files")
    check_all(received)
    folder = corpus / UPLOADS
    new_folder = not folder.exists()
    stored: list[Path] = []
    try:
        for upload in received:
            stored.append(store_upload(upload, folder))
        progress(0.2, "reading and embedding articles")
        try:
            report = update_index(stored, index_dir, root=corpus, index=index, strict=True, progress=False)
        except InputFileError as error:
            raise _as_uploaded(error, stored, received) from error
        for path, upload in zip(stored, received, strict=True):
            entry = report.index.files.get(path.relative_to(corpus).as_posix())
            if entry is None or not entry.articles:
                raise InputFileError(display_name(upload.name), "no article could be read from it")
    except BaseException:
        for path in stored:
            path.unlink(missing_ok=True)
        if new_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    progress(1.0, "done")
    added = tuple(report.added) + tuple(report.changed)
    return AddReport(tuple(stored), added, report.articles or 0, report.passages, report.index)


def _as_uploaded(error: InputFileError, stored: Sequence[Path], received: Sequence[Upload]) -> InputFileError:
    """The error naming the file as the user uploaded it, not where it was stored."""
    for path, upload in zip(stored, received, strict=True):
        if os.path.abspath(error.path) == os.path.abspath(path):
            return InputFileError(display_name(upload.name), error.reason, error.line)
    return error
