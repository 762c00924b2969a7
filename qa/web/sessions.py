"""Private uploads: each browser session's own files, indexed beside the shared index and
searched with it for that session only; capped per session and across sessions; dropped
when the session ends or has been idle too long. Nothing of them is written to disk."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from qa.errors import InputFileError, quoted
from qa.parse import parse_file
from qa.retrieve.chunk import chunk_article
from qa.types import Article
from qa.web.access import UploadRefused
from qa.web.uploads import Upload, check_all, display_name, safe_name

if TYPE_CHECKING:
    from qa.index import Index

PRIVATE = "session"  # private files' sources read "session/<safe name>"


@dataclass(frozen=True)
class SessionLimits:
    """Caps on private uploads.

    Memory is bounded by ``sessions`` × the per-session caps and by ``total_passages``:
    an overlay passage costs 4-9 KB (its 512-float vector, text, term counts and BM25
    weights; benchmarks/sessions.py), so 20,000 private passages stay under ~200 MB,
    whatever the size of the shared index (a private copy of it would cost its own size
    per session: 40-48 MB each at 10,000 shared passages).

    Attributes:
        files, bytes, passages: per session.
        sessions: sessions holding private files at once.
        total_passages: private passages across all sessions.
        idle: seconds after a session's last request its files are dropped.
    """

    files: int = 10
    bytes: int = 2 * 2**20
    passages: int = 1500
    sessions: int = 40
    total_passages: int = 20_000
    idle: float = 1800.0


@dataclass(frozen=True)
class PrivateReport:
    """What adding private files did.

    Attributes:
        names: the files added, as the user named them.
        added: ids of the articles added.
        files, passages: what the session holds afterwards.
        articles: articles the session can search (shared and its own).
    """

    names: tuple[str, ...]
    added: tuple[str, ...]
    files: int
    passages: int
    articles: int
    idle: float

    def summary(self) -> str:
        """Two lines for people, Chinese then English."""
        names = ", ".join(self.names)
        minutes = max(1, round(self.idle / 60))
        return (
            f"已添加 {len(self.added)} 篇文章（{names}），只在你的这个会话中可检索，别人看不到；"
            f"关闭或刷新页面、或闲置 {minutes} 分钟后删除。你的会话现有 {self.files} 个文件。\n"
            f"Added {len(self.added)} article{'s' if len(self.added) != 1 else ''} from {names},"
            f" searchable in this session only and never shown to anyone else; gone when you"
            f" close or reload the page or after {minutes} idle minutes. Your session holds"
            f" {self.files} file{'s' if self.files != 1 else ''}."
        )


@dataclass(frozen=True)
class SessionStats:
    """What the sessions hold right now (for the health endpoint)."""

    sessions: int
    files: int
    passages: int
    bytes: int


@dataclass
class _Session:
    overlay: Index
    hashes: dict[str, str] = field(default_factory=dict)  # sha256 -> file name
    bytes: int = 0
    last_used: float = 0.0
    base: Index | None = None  # the shared index the view was made for
    view: Index | None = None
    version: int = 0  # counts uploads, so a page can tell its lists are stale
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def passages(self) -> int:
        return len(self.overlay._snapshot.passages)


def _no_progress(share: float, what: str) -> None:
    return None


class SessionStore:
    """The private files of every session, by Gradio session id.

    Thread-safe: asks read immutable views; an upload builds a new overlay and swaps it in.
    """

    def __init__(self, limits: SessionLimits | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits or SessionLimits()
        self._clock = clock
        self._sessions: dict[str, _Session] = {}
        self._reserved = 0  # passages of uploads being embedded, counted against the caps
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sweeper: threading.Thread | None = None

    # --- reading ---------------------------------------------------------------------

    def view(self, session_id: str | None, shared: Index) -> Index:
        """The index a session searches: ``shared``, with the session's files if it has any."""
        session = self._touch(session_id)
        if session is None:
            return shared
        with session.lock:
            if session.view is None or session.base is not shared:
                session.view, session.base = shared.with_overlay(session.overlay), shared
            return session.view

    def version(self, session_id: str | None) -> int:
        """How many uploads the session has made (0 without private files)."""
        session = self._sessions.get(session_id or "")
        return session.version if session is not None else 0

    def own_articles(self, session_id: str | None) -> int:
        """How many articles of the session's own files it can search."""
        session = self._sessions.get(session_id or "")
        return len(session.overlay.articles) if session is not None else 0

    def stats(self) -> SessionStats:
        """Sessions holding files (expired ones dropped first), and their files, passages
        and bytes in all."""
        self.sweep()
        with self._lock:
            sessions = list(self._sessions.values())
        return SessionStats(
            sessions=len(sessions),
            files=sum(len(s.hashes) for s in sessions),
            passages=sum(s.passages for s in sessions),
            bytes=sum(s.bytes for s in sessions),
        )

    def _touch(self, session_id: str | None) -> _Session | None:
        """The session, its idle clock restarted; None (and dropped) once it has expired."""
        if not session_id:
            return None
        now = self._clock()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return None
            if now - session.last_used > self.limits.idle:
                del self._sessions[session_id]
                return None
            session.last_used = now
            return session

    # --- ending ----------------------------------------------------------------------

    def end(self, session_id: str | None) -> bool:
        """Drop a session's files (its page was closed or reloaded).

        Returns:
            whether it had any.
        """
        with self._lock:
            return self._sessions.pop(session_id or "", None) is not None

    def sweep(self) -> int:
        """Drop the sessions idle for longer than ``limits.idle``.

        Returns:
            how many were dropped.
        """
        now = self._clock()
        with self._lock:
            stale = [key for key, s in self._sessions.items() if now - s.last_used > self.limits.idle]
            for key in stale:
                del self._sessions[key]
        return len(stale)

    def start_sweeping(self, interval: float | None = None) -> None:
        """Sweep in a daemon thread every ``interval`` seconds (default: a quarter of the
        idle time, at most a minute), so abandoned sessions free their memory."""
        if self._sweeper is not None:
            return
        every = interval or max(0.05, min(60.0, self.limits.idle / 4))

        def run() -> None:
            while not self._stop.wait(every):
                self.sweep()

        self._sweeper = threading.Thread(target=run, name="qa-session-sweeper", daemon=True)
        self._sweeper.start()

    def stop_sweeping(self) -> None:
        """Stop the sweeping thread (the app is closing)."""
        self._stop.set()

    # --- adding ----------------------------------------------------------------------

    def add(
        self,
        session_id: str | None,
        shared: Index,
        received: Sequence[Upload],
        progress: Callable[[float, str], None] = _no_progress,
    ) -> PrivateReport:
        """Read uploaded files into the session's private overlay: all of them or none.

        Every file is checked (type, size, the session's caps) and read in strict mode
        (as shared uploads are: a line the parser skips, no article, the content of a file
        already searchable, or an article id already in use refuses the whole batch)
        before anything is embedded; the received files are deleted afterwards.

        Raises:
            InputFileError: naming the refused file as uploaded, and why.
            UploadRefused: no session, or a per-session or server-wide cap is reached.
        """
        if not session_id:
            raise UploadRefused("没有会话，无法添加私有文件 (no session: private files need a browser session)")
        limits = self.limits
        try:
            progress(0.0, "checking files")
            check_all(received, max_bytes=limits.bytes)
            self.sweep()
            session = self._session_for(session_id, shared)
            with session.lock:
                try:
                    report = self._add_locked(session_id, session, shared, received, progress)
                except BaseException:
                    self._drop_if_empty(session_id, session)
                    raise
        finally:
            for upload in received:
                upload.path.unlink(missing_ok=True)  # private content is not kept on disk
        progress(1.0, "done")
        return report

    def _drop_if_empty(self, session_id: str, session: _Session) -> None:
        """Forget a session whose first upload was refused (it holds nothing)."""
        with self._lock:
            if not session.hashes and self._sessions.get(session_id) is session:
                del self._sessions[session_id]

    def _session_for(self, session_id: str, shared: Index) -> _Session:
        """The session's record, made (with an empty overlay) on its first upload."""
        from qa.index import Index

        with self._lock:
            session = self._sessions.get(session_id)
        if session is not None:
            return session
        overlay = Index.build([], model=shared.embedder, settings=shared.settings)
        with self._lock:
            if session_id in self._sessions:
                return self._sessions[session_id]
            if len(self._sessions) >= self.limits.sessions:
                raise UploadRefused(
                    "服务器上的私有文件已满，请稍后再试 (the server holds as many private files"
                    " as it can right now; try again later)"
                )
            session = self._sessions[session_id] = _Session(overlay=overlay, last_used=self._clock())
            return session

    def _add_locked(
        self,
        session_id: str,
        session: _Session,
        shared: Index,
        received: Sequence[Upload],
        progress: Callable[[float, str], None],
    ) -> PrivateReport:
        limits = self.limits
        sizes = [upload.path.stat().st_size for upload in received]
        if len(session.hashes) + len(received) > limits.files:
            raise UploadRefused(
                f"每个会话最多 {limits.files} 个文件 (up to {limits.files} files per session;"
                f" this session holds {len(session.hashes)})"
            )
        if session.bytes + sum(sizes) > limits.bytes:
            mb = limits.bytes / 2**20
            raise UploadRefused(f"每个会话的文件最多共 {mb:g} MB (up to {mb:g} MB of files per session)")
        articles, hashes = self._read(session, shared, received)
        settings = shared.settings
        passages = sum(len(chunk_article(a, settings.max_chars, settings.min_chars)) for a in articles)
        self._reserve(session, passages)
        try:
            progress(0.2, "embedding passages")
            overlay = session.overlay.copy()
            overlay.add(articles)
            with self._lock:
                if self._sessions.get(session_id) is not session:
                    raise UploadRefused("会话已结束 (the session has ended): reload the page")
                session.overlay = overlay
                session.hashes.update(hashes)
                session.bytes += sum(sizes)
                session.view = None
                session.version += 1
                session.last_used = self._clock()
        finally:
            with self._lock:
                self._reserved -= passages
        return PrivateReport(
            names=tuple(display_name(u.name) for u in received),
            added=tuple(a.id for a in articles),
            files=len(session.hashes),
            passages=session.passages,
            articles=len(shared.articles) + len(overlay.articles),
            idle=limits.idle,
        )

    def _reserve(self, session: _Session, passages: int) -> None:
        """Count the new passages against the caps before they are embedded."""
        limits = self.limits
        if session.passages + passages > limits.passages:
            raise UploadRefused(
                f"每个会话最多 {limits.passages} 个段落 (up to {limits.passages} passages per session;"
                f" these files give {passages}, the session holds {session.passages})"
            )
        with self._lock:
            held = sum(s.passages for s in self._sessions.values()) + self._reserved
            if held + passages > limits.total_passages:
                raise UploadRefused(
                    "服务器上的私有文件已满，请稍后再试 (the server holds as many private files"
                    " as it can right now; try again later)"
                )
            self._reserved += passages

    def _read(
        self, session: _Session, shared: Index, received: Sequence[Upload]
    ) -> tuple[list[Article], dict[str, str]]:
        """The articles of the uploads, read strictly; nothing is changed."""
        known_content = {entry.fingerprint.sha256: name for name, entry in shared.files.items()}
        known_content.update(session.hashes)
        taken_names = set(session.hashes.values())
        known_ids = set(shared.articles) | set(session.overlay.articles)
        articles: list[Article] = []
        hashes: dict[str, str] = {}
        for upload in received:
            shown = display_name(upload.name)
            digest = hashlib.sha256(upload.path.read_bytes()).hexdigest()
            same = known_content.get(digest) or hashes.get(digest)
            if same is not None:
                raise InputFileError(shown, f"is the same as {Path(same).name}, which is searchable already")
            name = _unique(f"{PRIVATE}/{safe_name(upload.name)}", taken_names)
            try:
                result = parse_file(upload.path, "auto", name)
            except InputFileError as error:
                raise InputFileError(shown, error.reason, error.line) from error
            if result.skipped:
                skip = result.skipped[0]
                raise InputFileError(shown, skip.reason, skip.line)
            if not result.articles:
                raise InputFileError(shown, "no article could be read from it")
            for article in result.articles:
                if article.id in known_ids:
                    raise InputFileError(shown, f"article id {quoted(article.id)} is searchable already")
                known_ids.add(article.id)
            taken_names.add(name)
            hashes[digest] = name
            articles.extend(result.articles)
        return articles, hashes


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name`` with -1, -2... before the suffix when it is taken."""
    if name not in taken:
        return name
    stem, suffix = name[: -len(Path(name).suffix)], Path(name).suffix
    number = 1
    while f"{stem}-{number}{suffix}" in taken:
        number += 1
    return f"{stem}-{number}{suffix}"
