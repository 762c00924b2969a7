"""The app's settings, read from the environment: corpus, index, model, address, uploads."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from qa.errors import QueryError

DEFAULT_PORT = 7860
UPLOAD_MODES = ("session", "shared", "off")
MIN_KEY_CHARS = 12  # an admin key anyone may try from the page must not be guessable
DEFAULT_IDLE = 1800.0  # seconds a session's private files outlive its last request
DEFAULT_QUEUE = 64  # requests waiting at most; more are told the server is busy
# Limits on what one request may ask for (the page's question box stops at the core's
# MAX_QUESTION_CHARS, which the core reads and cuts longer questions to, with a notice).
MAX_ASKED_CHARS = 2000
MAX_K = 50
MAX_FILES_PER_UPLOAD = 20


def check_asked(question: object, k: object = 1) -> None:
    """Refuse a question or search beyond the app's limits (before any work is done).

    Raises:
        QueryError: the question is over MAX_ASKED_CHARS characters, or k over MAX_K.
    """
    if isinstance(question, str) and len(question) > MAX_ASKED_CHARS:
        raise QueryError(
            f"问题太长（{len(question)} 字），最多 {MAX_ASKED_CHARS} 字"
            f" (the question is {len(question)} characters long; up to {MAX_ASKED_CHARS} are accepted)"
        )
    if isinstance(k, int) and not isinstance(k, bool) and k > MAX_K:
        raise QueryError(f"k 最大为 {MAX_K} (k may be at most {MAX_K} passages, got {k})")


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class AppSettings:
    """Where the app finds its corpus, index and model, and where it listens.

    Attributes:
        corpus: folder of source files; shared uploads go to ``corpus/uploads``.
        index: index folder.
        model: embedding model name or folder, None for the default.
        host, port: the address to bind.
        upload_mode: "session" (each browser session's files are private to it),
            "shared" (stored in the corpus, searchable by everyone) or "off"; "" picks
            shared on loopback and session on a public deployment.
        admin_key: the key that lets a shared upload through (never shown in repr).
        on_space: running on a Hugging Face Space (public whatever the host).
        session_idle: seconds after its last request a session's private files are dropped.
        queue_size: requests that may wait; one more is answered "busy" at once.
        refresh_seconds: how often an open page checks whether the shared index changed.
        store: a store URI (``milvus://HOST:PORT/COLLECTION``, ``milvus:PATH.db``) that
            keeps the index instead of ``index`` ("" for the folder).
    """

    corpus: Path
    index: Path
    model: str | None
    host: str
    port: int
    upload_mode: str = ""
    admin_key: str | None = field(default=None, repr=False)
    on_space: bool = False
    session_idle: float = DEFAULT_IDLE
    queue_size: int = DEFAULT_QUEUE
    refresh_seconds: float = 10.0
    store: str = ""

    def __post_init__(self) -> None:
        if not self.upload_mode:
            private = "off" if self.store else "session"  # an overlay sits on a folder index only
            object.__setattr__(self, "upload_mode", private if self.public else "shared")
        if self.upload_mode not in UPLOAD_MODES:
            raise ValueError(f"QA_UPLOADS={self.upload_mode!r}: choose one of {', '.join(UPLOAD_MODES)}")
        if self.store and self.upload_mode == "session":
            raise ValueError(
                "QA_UPLOADS=session needs the index in a folder: private files are searched beside"
                " a folder index only; with QA_STORE choose shared or off"
            )

    @property
    def public(self) -> bool:
        """True when people other than this machine's users can reach the app."""
        return self.on_space or not is_loopback(self.host)

    @property
    def key_required(self) -> bool:
        """Whether a shared upload needs the admin key: on a public deployment, or
        wherever a key is set."""
        return self.public or self.admin_key is not None

    @property
    def target(self) -> str:
        """Where the index is: the store URI, else the index folder."""
        return self.store or str(self.index)

    @property
    def uploads(self) -> Path:
        """The folder uploaded files are stored in (inside the corpus)."""
        return self.corpus / "uploads"  # qa.web.uploads.UPLOADS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, base: Path | None = None) -> AppSettings:
        """Read QA_CORPUS, QA_INDEX, QA_STORE, QA_MODEL, QA_HOST, QA_PORT, QA_UPLOADS,
        QA_ADMIN_KEY, QA_SESSION_IDLE (seconds) and QA_QUEUE_SIZE.

        Relative folders are taken from ``base`` (the folder of app.py). On a Hugging Face
        Space (``SPACE_ID`` set) the defaults are 0.0.0.0:7860, as Spaces expect; otherwise
        127.0.0.1:7860, so a local run is not reachable from the network. Uploads default
        to "shared" on loopback and to "session" on a Space or any other host.

        Raises:
            ValueError: a setting is malformed (the message names it); QA_ADMIN_KEY is
                shorter than MIN_KEY_CHARS.
        """
        env = os.environ if environ is None else environ
        base = Path.cwd() if base is None else base
        on_space = bool(env.get("SPACE_ID"))
        port_text = env.get("QA_PORT") or str(DEFAULT_PORT)
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"QA_PORT={port_text!r} is not a port number (1-65535)")
        key = env.get("QA_ADMIN_KEY") or None
        if key is not None and len(key.strip()) < MIN_KEY_CHARS:
            raise ValueError(f"QA_ADMIN_KEY is too short: use at least {MIN_KEY_CHARS} random characters")
        return cls(
            corpus=base / env.get("QA_CORPUS", "corpus"),
            index=base / env.get("QA_INDEX", "index"),
            model=env.get("QA_MODEL") or None,
            host=env.get("QA_HOST") or ("0.0.0.0" if on_space else "127.0.0.1"),
            port=int(port_text),
            upload_mode=(env.get("QA_UPLOADS") or "").strip().lower(),
            admin_key=None if key is None else key.strip(),
            on_space=on_space,
            session_idle=_number(env, "QA_SESSION_IDLE", DEFAULT_IDLE),
            queue_size=int(_number(env, "QA_QUEUE_SIZE", DEFAULT_QUEUE)),
            store=env.get("QA_STORE", ""),
        )


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    """A positive number from the environment, or ``default`` when unset."""
    text = env.get(name)
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise ValueError(f"{name}={text!r} is not a positive number")
    return value
