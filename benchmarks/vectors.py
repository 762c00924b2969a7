"""Vectors kept on disk between benchmark runs (benchmarks/out/vectors/, git-ignored), so a
grid over fusion or answer settings never embeds the same text twice.

e5 embeds 1-3k characters a second on the shared machine: the two eval sets take
minutes; every later run reads them back in a second.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
import sys
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from qa.retrieve.embedders import get_embedder  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "vectors"
# Texts embedded and written per shard: a killed run loses at most one shard of work.
SHARD = 256


def _key(side: str, text: str) -> bytes:
    return hashlib.sha1(f"{side}\0{text}".encode()).digest()


class StoredEmbedder:
    """A built-in or sentence-transformers embedder whose vectors are kept on disk.

    Attributes:
        inner: the real embedder (loads on first miss).
        embedded: texts embedded by this process (the rest came from disk).
        seconds: time spent embedding them.
        chars: their characters.
    """

    def __init__(self, model: str | None, folder: Path = OUT) -> None:
        self.inner = get_embedder(model)
        self.name = self.inner.name
        self.folder = folder / re.sub(r"[^0-9A-Za-z._-]+", "_", self.name)
        self._vectors: dict[bytes, np.ndarray] = {}
        self.embedded = self.chars = 0
        self.seconds = 0.0
        self._pending_keys: list[bytes] = []
        self._pending: list[np.ndarray] = []
        atexit.register(self.flush)
        for shard in sorted(self.folder.glob("shard-*.npz")):
            try:
                with np.load(shard) as data:
                    keys, vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError, zipfile.BadZipFile):
                continue  # a shard cut short by a kill: embedded again when needed
            self._vectors.update(zip((bytes(k) for k in keys), vectors, strict=True))

    @property
    def dim(self) -> int:
        return self.inner.dim

    @property
    def prefixes(self) -> tuple[str, str]:
        return getattr(self.inner, "prefixes", ("", ""))

    def _get(self, side: str, texts: Sequence[str], encode) -> np.ndarray:
        texts = list(texts)
        keys = [_key(side, t) for t in texts]
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in self._vectors))
        for start in range(0, len(missing), SHARD):
            part = missing[start : start + SHARD]
            began = time.perf_counter()
            vectors = encode(part)
            self.seconds += time.perf_counter() - began
            self.embedded += len(part)
            self.chars += sum(map(len, part))
            part_keys = [_key(side, t) for t in part]
            self._vectors.update(zip(part_keys, vectors, strict=True))
            self._write(part_keys, vectors)
            if len(missing) > SHARD:
                print(f"  {self.name} {side}: {start + len(part)}/{len(missing)} embedded", file=sys.stderr, flush=True)
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self._vectors[k] for k in keys]).astype(np.float32)

    def _write(self, keys: list[bytes], vectors: np.ndarray) -> None:
        # Vectors embedded a few at a time (a question each) wait until a shard's worth;
        # the rest are written at exit. Names carry the process and the time, so two runs
        # sharing the folder never write the same shard.
        self._pending_keys += keys
        self._pending.append(np.asarray(vectors, np.float32))
        if len(self._pending_keys) >= SHARD:
            self.flush()

    def flush(self) -> None:
        """Write the vectors embedded since the last shard."""
        if not self._pending_keys:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"shard-{time.time_ns():020d}-{os.getpid()}"
        temp = self.folder / f".{name}.tmp.npz"
        np.savez(temp, keys=np.array(self._pending_keys, dtype="S20"), vectors=np.concatenate(self._pending))
        temp.rename(self.folder / f"{name}.npz")
        self._pending_keys, self._pending = [], []

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._get("q", texts, self.inner.encode_queries)

    def encode_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return self._get("p", texts, self.inner.encode_passages)

    def chars_per_second(self) -> float | None:
        """Passage and query characters embedded per wall second by this process (None
        when everything came from disk)."""
        return self.chars / self.seconds if self.seconds else None
