"""Vectors checkpointed while a long build embeds, so a build that is killed keeps them and
the next run embeds only what is missing."""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

import numpy as np

# A checkpoint file: ``vectors-<n>.npz`` holding ``keys`` (SHA-1 of model, unit and text)
# and ``vectors``; written under a temporary name, then renamed, so a kill never leaves a
# half file that looks whole.
_PREFIX = "vectors-"
_SUFFIX = ".npz"


class Checkpoint:
    """A folder of embedded vectors keyed by what was embedded.

    A key is the SHA-1 of the model's name, the unit ("sentence" or "passage") and the
    text, so vectors of another model or unit are never taken for these.

    Attributes:
        folder: where the files are (created on the first write).
        reused: texts whose vectors came from the folder, as an earlier run left it.
        embedded: texts embedded (and written) in this run.
    """

    def __init__(self, folder: str | os.PathLike, model: str, unit: str) -> None:
        self.folder = Path(folder)
        self._salt = f"{model}\0{unit}\0"
        self._found: dict[bytes, np.ndarray] = {}
        self.reused = self.embedded = 0
        for path in sorted(self.folder.glob(f"{_PREFIX}*{_SUFFIX}")) if self.folder.is_dir() else ():
            try:
                with np.load(path, allow_pickle=False) as data:
                    keys, vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError):
                continue  # unreadable: its texts are embedded again
            self._found.update(zip((bytes(k) for k in keys), vectors, strict=True))
        self._left = set(self._found)  # (what an earlier run left: a text this run embedded and meets again is no resumed one)

    def __len__(self) -> int:
        return len(self._found)

    def _key(self, text: str) -> bytes:
        return hashlib.sha1((self._salt + text).encode("utf-8")).digest()

    def embed(self, texts: Sequence[str], encode) -> np.ndarray:
        """Vectors of these texts: from the folder when there, else from ``encode`` (then
        written to the folder at once).

        Returns:
            (len(texts), dim) float32, in order.
        """
        keys = [self._key(text) for text in texts]
        missing = [i for i, key in enumerate(keys) if key not in self._found]
        self.reused += sum(1 for key in keys if key in self._left)
        if missing:
            fresh = np.asarray(encode([texts[i] for i in missing]), dtype=np.float32)
            self._write([keys[i] for i in missing], fresh)
            self.embedded += len(missing)
            self._found.update(zip((keys[i] for i in missing), fresh, strict=True))
        return np.stack([self._found[key] for key in keys]).astype(np.float32, copy=False)

    def _write(self, keys: list[bytes], vectors: np.ndarray) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}{_SUFFIX}"
        temp = self.folder / f".{name}.tmp"
        with open(temp, "wb") as handle:
            np.savez(handle, keys=np.array(keys, dtype="S20"), vectors=vectors)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, self.folder / name)

    def remove(self) -> None:
        """Delete the checkpoint files (and the folder when that leaves it empty); nothing
        else in the folder is touched."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            ours = path.name.startswith((_PREFIX, f".{_PREFIX}")) and path.name.endswith((_SUFFIX, ".tmp"))
            if ours and path.is_file() and not path.is_symlink():
                path.unlink()
        with contextlib.suppress(OSError):  # something else is in it: left alone
            self.folder.rmdir()
