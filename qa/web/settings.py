"""The app's settings, read from the environment: corpus, index, model, address."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PORT = 7860


@dataclass(frozen=True)
class AppSettings:
    """Where the app finds its corpus, index and model, and where it listens.

    Attributes:
        corpus: folder of source files; uploads go to ``corpus/uploads``.
        index: index folder.
        model: embedding model name or folder, None for the default.
        host, port: the address to bind.
        store: a store URI (``milvus://HOST:PORT/COLLECTION``, ``milvus:PATH.db``) that
            keeps the index instead of ``index`` ("" for the folder).
    """

    corpus: Path
    index: Path
    model: str | None
    host: str
    port: int
    store: str = ""

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
        """Read QA_CORPUS, QA_INDEX, QA_STORE, QA_MODEL, QA_HOST and QA_PORT.

        Relative folders are taken from ``base`` (the folder of app.py). On a Hugging Face
        Space (``SPACE_ID`` set) the defaults are 0.0.0.0:7860, as Spaces expect; otherwise
        127.0.0.1:7860, so a local run is not reachable from the network.

        Raises:
            ValueError: QA_PORT is not a port number.
        """
        env = os.environ if environ is None else environ
        base = Path.cwd() if base is None else base
        on_space = bool(env.get("SPACE_ID"))
        port_text = env.get("QA_PORT") or str(DEFAULT_PORT)
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"QA_PORT={port_text!r} is not a port number (1-65535)")
        return cls(
            corpus=base / env.get("QA_CORPUS", "corpus"),
            index=base / env.get("QA_INDEX", "index"),
            model=env.get("QA_MODEL") or None,
            host=env.get("QA_HOST") or ("0.0.0.0" if on_space else "127.0.0.1"),
            port=int(port_text),
            store=env.get("QA_STORE", ""),
        )
