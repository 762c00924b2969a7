"""Uploaded files: allowed types, size cap, safe names, storing them under the corpus folder."""

from __future__ import annotations

import contextlib
import re
import shutil
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    raise InputFileError(display_name(upload.name), f"too many files named {name} in {folder}")


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
    """

    stored: tuple[Path, ...]
    added: tuple[str, ...]
    articles: int
    passages: int

    def summary(self) -> str:
        """One line for people."""
        names = ", ".join(p.name for p in self.stored)
        return (
            f"added {len(self.added)} articles from {names}; the index now has"
            f" {self.articles} articles, {self.passages} passages"
        )


def _no_progress(share: float, what: str) -> None:
    return None


def add_uploads(
    index: Index,
    received: Sequence[Upload],
    corpus: Path,
    index_dir: Path,
    progress: Callable[[float, str], None] = _no_progress,
) -> AddReport:
    """Check, store, parse and index uploaded files: all of them or none.

    Every file is checked (type, size) before any is stored in ``corpus/uploads``. Then
    each stored file is parsed as a walk of the corpus folder would parse it (same ids
    and source, so the next start-up finds the index up to date). A file that gives no
    article, has a line the parser skips, repeats an indexed file or reuses an indexed
    article id refuses the whole batch: the stored files are deleted and the index is
    left as it was.

    Args:
        index: the loaded index, extended in place (searches keep running meanwhile).
        received: the uploaded files.
        corpus: the corpus folder.
        index_dir: the index folder to save to.
        progress: called with (share done in [0, 1], what is happening).

    Returns:
        what was added.

    Raises:
        InputFileError: naming the refused file and why; nothing was changed.
    """
    from qa.parse import parse_file
    from qa.update import fingerprint

    progress(0.0, "checking files")
    check_all(received)
    folder = corpus / UPLOADS
    new_folder = not folder.exists()
    stored: list[Path] = []
    added: list[str] = []
    try:
        for upload in received:
            stored.append(store_upload(upload, folder))
        progress(0.2, "reading articles")
        articles, prints = [], {}
        indexed_files = {f.get("sha256"): s for s, f in index.files.items()}
        for path, upload in zip(stored, received, strict=True):
            shown = display_name(upload.name)
            prints[str(path)] = fingerprint(str(path))
            if prints[str(path)]["sha256"] in indexed_files:
                same = Path(indexed_files[prints[str(path)]["sha256"]]).name
                raise InputFileError(shown, f"is the same as {same}, which is indexed already")
            result = _parse(parse_file, path, corpus, shown)
            for article in result.articles:
                if article.id in index.articles or article.id in {a.id for a in articles}:
                    raise InputFileError(shown, f"article id {article.id!r} is indexed already")
            articles.extend(result.articles)
            prints[str(path)]["articles"] = [a.id for a in result.articles]
        progress(0.4, f"embedding {len(articles)} articles")
        added = [a.id for a in articles]
        index.add(articles)
        index.files.update(prints)
        progress(0.9, "saving the index")
        index.save(index_dir)
    except BaseException:
        index.remove(added)
        for path in stored:
            index.files.pop(str(path), None)
            path.unlink(missing_ok=True)
        if new_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    progress(1.0, "done")
    return AddReport(tuple(stored), tuple(added), len(index.articles), len(index.passages))


def _parse(parse_file, path: Path, corpus: Path, shown: str):
    """Parse a stored upload; any problem is an InputFileError naming the upload."""
    try:
        result = parse_file(path, name=path.relative_to(corpus).as_posix())
    except InputFileError as error:
        raise InputFileError(shown, error.reason, error.line) from error
    if result.skipped:
        skip = result.skipped[0]
        raise InputFileError(shown, skip.reason, skip.line)
    if not result.articles:
        raise InputFileError(shown, "no article could be read from it")
    return result
