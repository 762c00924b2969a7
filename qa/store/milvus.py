"""The index in Milvus (Standalone, Distributed or milvus-lite): passage rows with their
vector and BM25 text, articles, term statistics, file records and the state record."""

from __future__ import annotations

import base64
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.errors import IndexBusyError, IndexStoreError
from qa.types import Article, Passage

SCHEME = "milvus:"
# The token (user:password or an API key) is read from here, never from the URI, so it
# stays out of shell history, process lists and error messages.
TOKEN_ENV = "QA_MILVUS_TOKEN"
DEFAULT_COLLECTION = "qa"
# 1: passages + <name>_meta (articles "a:", terms "t:", files "f:", "state", "lock").
FORMAT = 1
# A writer renews its lock this often; a lock not renewed for LEASE_SECONDS belongs to a
# writer that died, and the next writer takes it over.
LEASE_SECONDS = 60.0
CONNECT_TIMEOUT = 10.0
WRITE_BATCH = 512  # rows per upsert request (a request stays well under gRPC's 64 MB)
READ_BATCH = 1000  # ids per query request
# HNSW as on the file store's large indexes (qa/retrieve/dense.py).
HNSW_PARAMS = {"M": 32, "efConstruction": 80}
HNSW_EF = 256
MAX_TEXT = 65_535  # bytes of a VARCHAR field
# Where a passage row's sentence vectors are kept, inside its "passage" JSON record.
SENTENCES_KEY = "sentence_vectors"
MAX_KEY = 4_096
_DUMMY_DIM = 2  # Milvus wants a vector field in every collection; the meta rows carry a zero one

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreURI:
    """Where a Milvus index lives.

    Attributes:
        text: the URI as given (shown in every message).
        address: what the client connects to: ``http://host:port`` or a local ``.db`` path.
        collection: the passages collection (``<collection>_meta`` holds the rest).
        local: True for milvus-lite in process (``milvus:./archive.db``).
    """

    text: str
    address: str
    collection: str
    local: bool

    @property
    def meta(self) -> str:
        """The name of the collection holding articles, terms, files and state."""
        return f"{self.collection}_meta"

    @property
    def lock(self) -> str:
        """The collection the writer lock lives on (it outlives a rebuild)."""
        return f"{self.collection}_lock"

    @property
    def anchor(self) -> Path:
        """The folder file records are relative to: the .db's folder for milvus-lite in
        process, the file system root (absolute paths) for a server any machine may use."""
        return Path(self.address).resolve().parent if self.local else Path("/")


def is_store_uri(target: object) -> bool:
    """True when an index target names Milvus rather than an index folder."""
    return isinstance(target, str) and target.startswith(SCHEME)


def parse_uri(text: str) -> StoreURI:
    """Read a store URI.

    ``milvus://host:port/collection`` (``milvus+https://`` for TLS) names a Milvus server;
    ``milvus:PATH.db`` (``milvus:PATH.db#collection``) a milvus-lite database in this process.

    Raises:
        IndexStoreError: for a URI of another shape.
    """
    collection = DEFAULT_COLLECTION
    for prefix, scheme in (("milvus+https://", "https"), ("milvus://", "http")):
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            host, _, path = rest.partition("/")
            if not host or "@" in host:
                raise IndexStoreError(
                    f"{text}: give milvus://HOST:PORT/COLLECTION (the token goes in ${TOKEN_ENV}, not the URI)"
                )
            if ":" not in host:
                host += ":19530"
            collection = path.strip("/") or collection
            _check_name(text, collection)
            return StoreURI(text, f"{scheme}://{host}", collection, local=False)
    if not text.startswith(SCHEME) or text.startswith("milvus:/" + "/"):
        raise IndexStoreError(f"{text}: not a store URI (milvus://HOST:PORT/COLLECTION or milvus:PATH.db)")
    path, _, name = text[len(SCHEME) :].partition("#")
    if not path.endswith(".db"):
        raise IndexStoreError(f"{text}: a milvus-lite database is a path ending in .db (milvus:./archive.db)")
    collection = name or collection
    _check_name(text, collection)
    return StoreURI(text, path, collection, local=True)


def _check_name(text: str, name: str) -> None:
    if not name.replace("_", "a").isalnum() or not name.isascii() or name[0].isdigit() or len(name) > 200:
        raise IndexStoreError(f"{text}: collection names are letters, digits and _ (not starting with a digit)")


def literal(value: str) -> str:
    """A string as a Milvus filter literal (quoted, escaped)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"' + escaped.replace("\t", "\\t") + '"'


def in_filter(field: str, values: Iterable[str]) -> str:
    """``field in ["a", "b"]`` for a Milvus filter."""
    return f"{field} in [{', '.join(literal(v) for v in values)}]"


@dataclass(frozen=True)
class Candidate:
    """One passage a search in the engine found, with what ranking it again needs.

    Attributes:
        passage: the passage.
        text: the text the project's BM25 reads (context and passage, as given).
        vector: its normalised vector.
        seq: its insertion number (the file store's row order, for ties).
        sentences: the vectors of its sentences (float16), or None for an index whose rows
            were embedded as whole passages.
    """

    passage: Passage
    text: str
    vector: np.ndarray
    seq: int
    sentences: np.ndarray | None = None


def _errors_of_pymilvus() -> tuple[type[BaseException], ...]:
    from pymilvus.exceptions import MilvusException

    return (MilvusException, ConnectionError, OSError)


def explain(uri: str, error: BaseException) -> str:
    """One sentence for a failed call to the engine, naming the URI and what to do."""
    message = str(getattr(error, "message", "") or error).strip()
    code = getattr(error, "code", None)
    lowered = message.lower()
    if "auth" in lowered or "token" in lowered or "credential" in lowered or code in (1800, 2200):
        return (
            f"Milvus at {uri} refused the credentials ({message or code}); set ${TOKEN_ENV}"
            " to user:password or an API key"
        )
    if "open local milvus failed" in lowered:
        return (
            f"{uri} is open in another process (milvus-lite serves one process per database);"
            " wait for it, or run `milvus-lite server` and use milvus://HOST:PORT/COLLECTION"
        )
    if not message or "connect" in lowered or "unavailable" in lowered or "deadline" in lowered:
        return f"cannot reach Milvus at {uri} ({message or type(error).__name__}); is the server running?"
    return f"Milvus at {uri} failed: {message}"


class MilvusStore:
    """An index's rows in Milvus: the engine side of ``qa.index.Index``.

    Passage rows are keyed by passage id (article id + paragraph), so writing a batch
    again replaces it: a run killed mid-batch leaves no duplicates, and the next run
    writes what it missed. The state record (model, settings, counts) is written last.
    """

    def __init__(self, uri: StoreURI, client) -> None:
        self.uri = uri
        self.client = client
        self._state: dict | None = None
        self._loaded = False  # collections loaded for search (a new connection finds them released)
        self._held = 0  # writer lock depth on this connection

    # --- connecting --------------------------------------------------------------------

    @classmethod
    def connect(cls, text: str, timeout: float = CONNECT_TIMEOUT, create: bool = True) -> MilvusStore:
        """Connect to the engine a URI names (milvus-lite opens the database in process).

        Args:
            text: the store URI.
            timeout: seconds to wait for a server.
            create: may create a milvus-lite database that does not exist yet.

        Raises:
            IndexStoreError: unreachable, refused credentials, or a database another
                process holds; the message names the URI.
        """
        uri = parse_uri(text)
        if uri.local and not create and not Path(uri.address).exists():
            raise IndexStoreError(f"no index at {uri.text}; build one with `qa index PATH... --store {uri.text}`")
        with _engine_errors(uri.text):
            from pymilvus import MilvusClient

            # pymilvus logs every failed call with its traceback (and iterator warnings)
            # before raising; each error becomes one clear message here instead.
            logging.getLogger("pymilvus").setLevel(logging.CRITICAL)

            if uri.local:
                Path(uri.address).resolve().parent.mkdir(parents=True, exist_ok=True)
                client = MilvusClient(uri.address)
            else:
                client = MilvusClient(uri=uri.address, token=os.environ.get(TOKEN_ENV, ""), timeout=timeout)
            client.list_collections()  # a server that accepted the connection but not the token fails here
        return cls(uri, client)

    def close(self) -> None:
        """Close the connection (the database, for milvus-lite in process)."""
        with _engine_errors(self.uri.text):
            self.client.close()

    def exists(self) -> bool:
        """True when the passages collection exists (ours or not)."""
        with _engine_errors(self.uri.text):
            return bool(self.client.has_collection(self.uri.collection))

    # --- schema and state -----------------------------------------------------------------

    def state(self, check_schema: bool = True) -> dict:
        """The state record: format, embedder, settings, counts, generation.

        Raises:
            IndexStoreError: when the collection is missing, not ours, of another format
                or schema (the message says how to rebuild).
        """
        uri = self.uri
        with _engine_errors(uri.text):
            names = set(self.client.list_collections())
            if uri.collection not in names:
                raise IndexStoreError(
                    f"no index at {uri.text}; build one with `qa index PATH... --store {uri.text}`"
                )
            if uri.meta not in names:
                raise IndexStoreError(
                    f"{uri.text}: collection {uri.collection!r} was not made by qa (no {uri.meta!r});"
                    " give another collection name"
                )
            if not self._loaded:
                for name in (uri.collection, uri.meta):
                    self.client.load_collection(name)
                self._loaded = True
            rows = self.client.query(uri.meta, filter='key == "state"', output_fields=["value"])
        if not rows or not isinstance(rows[0].get("value"), dict):
            raise IndexStoreError(f"{uri.text}: the index has no state record; {self.rebuild_hint()}")
        state = rows[0]["value"]
        if state.get("format") != FORMAT:
            raise IndexStoreError(
                f"{uri.text} has store format {state.get('format')!r}, this version reads {FORMAT}; {self.rebuild_hint()}"
            )
        if check_schema:
            self._check_schema(int(state.get("embedder", {}).get("dim", 0)))
        self._state = state
        return state

    def rebuild_hint(self) -> str:
        """How to rebuild this store (the sentence refusals end with)."""
        return f"rebuild it with `qa index --rebuild PATH... --store {self.uri.text}`"

    def _check_schema(self, dim: int) -> None:
        with _engine_errors(self.uri.text):
            described = self.client.describe_collection(self.uri.collection)
        found = {f["name"]: (int(f["type"]), f.get("params", {})) for f in described.get("fields", [])}
        expected = _passage_fields(dim)
        wrong = [name for name, kind in expected.items() if name not in found or found[name][0] != kind]
        vector_dim = found.get("vector", (0, {}))[1].get("dim")
        if wrong or (vector_dim is not None and int(vector_dim) != dim):
            what = ", ".join(wrong) if wrong else f"vector dim {vector_dim}, the state record says {dim}"
            raise IndexStoreError(
                f"{self.uri.text}: collection {self.uri.collection!r} has another schema ({what}); {self.rebuild_hint()}"
            )

    def create(self, model: str, dim: int, settings: Mapping) -> dict:
        """Create the two collections and the first state record (an empty index).

        Raises:
            IndexStoreError: when a collection of that name exists already.
        """
        from pymilvus import DataType, Function, FunctionType, MilvusClient

        uri = self.uri
        with _engine_errors(uri.text):
            existing = set(self.client.list_collections()) & {uri.collection, uri.meta}
            if existing:
                raise IndexStoreError(f"{uri.text}: collection {sorted(existing)[0]!r} exists already")
            schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
            schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=MAX_KEY)
            schema.add_field("article_id", DataType.VARCHAR, max_length=MAX_KEY)
            schema.add_field("source", DataType.VARCHAR, max_length=MAX_KEY)
            schema.add_field("date", DataType.VARCHAR, max_length=64)
            schema.add_field("seq", DataType.INT64)
            # The kicker and headline put before the passage for BM25 (as given: the
            # project's tokens are made from context + passage, not from the folded text).
            schema.add_field("context", DataType.VARCHAR, max_length=MAX_KEY)
            # The text BM25 reads: kicker, headline and passage, folded to simplified Chinese
            # so jieba sees the words it knows; the project's own tokens are made from it too.
            schema.add_field(
                "text", DataType.VARCHAR, max_length=MAX_TEXT, enable_analyzer=True, analyzer_params={"tokenizer": "jieba"}
            )
            schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
            schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
            schema.add_field("passage", DataType.JSON)
            schema.add_function(
                Function(
                    name="bm25",
                    function_type=FunctionType.BM25,
                    input_field_names=["text"],
                    output_field_names=["sparse"],
                )
            )
            index = self.client.prepare_index_params()
            index.add_index(field_name="vector", index_type="HNSW", metric_type="IP", params=HNSW_PARAMS)
            index.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
            for field in ("article_id", "source", "date"):
                index.add_index(field_name=field, index_type="INVERTED")
            self.client.create_collection(uri.collection, schema=schema, index_params=index)

            self._create_keyed(uri.meta)
        state = {
            "format": FORMAT,
            "embedder": {"name": model, "dim": int(dim)},
            "settings": dict(settings),
            "counts": {"articles": 0, "passages": 0, "tokens": 0},
            "next_seq": 0,
            "pending": False,
            "generation": uuid.uuid4().hex,
        }
        self.write_state(state)
        return state

    def _create_keyed(self, name: str) -> None:
        """A collection of keyed JSON rows (meta and lock); Milvus wants a vector field, so
        each row carries a zero one."""
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("key", DataType.VARCHAR, is_primary=True, max_length=MAX_KEY)
        schema.add_field("kind", DataType.VARCHAR, max_length=16)
        schema.add_field("count", DataType.INT64)
        schema.add_field("value", DataType.JSON)
        schema.add_field("dummy", DataType.FLOAT_VECTOR, dim=_DUMMY_DIM)
        index = self.client.prepare_index_params()
        index.add_index(field_name="dummy", index_type="FLAT", metric_type="L2")
        index.add_index(field_name="kind", index_type="INVERTED")
        self.client.create_collection(name, schema=schema, index_params=index)

    def drop(self) -> None:
        """Drop both collections (a rebuild); only a store whose state record says it is
        ours (of any schema: a rebuild is how another one is replaced)."""
        self.state(check_schema=False)
        with _engine_errors(self.uri.text):
            for name in (self.uri.collection, self.uri.meta):
                self.client.drop_collection(name)
        self._state = None
        self._loaded = False

    def flush(self, passages: bool = True) -> None:
        """Seal what was written into indexed segments (milvus-lite reads rows still in
        memory one by one on every search and query; Milvus would seal them later itself).

        Args:
            passages: also the passages collection (else only the meta collection).
        """
        with _engine_errors(self.uri.text):
            for name in (self.uri.collection, self.uri.meta) if passages else (self.uri.meta,):
                self.client.flush(name)

    def write_state(self, state: dict) -> None:
        """Write the state record (the last write of every change)."""
        self._upsert_meta([_meta_row("state", "s", state)])
        self._state = state

    # --- rows ---------------------------------------------------------------------------

    def upsert_passages(
        self,
        passages: Sequence[Passage],
        contexts: Sequence[str],
        texts: Sequence[str],
        vectors: np.ndarray,
        dates: Sequence[str],
        first_seq: int,
        sentences: Sequence[np.ndarray] | None = None,
    ) -> None:
        """Write passage rows (replacing rows of the same passage id), a batch at a time.

        Args:
            passages: the passages.
            contexts: the context put before each for BM25 ("" for none).
            texts: what the engine's BM25 reads (context and passage, folded).
            vectors: their normalised vectors.
            dates: their articles' dates (a filter field).
            first_seq: the insertion number of the first (the rest follow).
            sentences: each passage's sentence vectors (None: the index has none); kept in
                the passage's JSON record, float16 in base64.
        """
        rows = []
        per_row = sentences if sentences is not None else [None] * len(passages)
        for n, (passage, context, text, vector, date, sentence_vectors) in enumerate(
            zip(passages, contexts, texts, vectors, dates, per_row, strict=True)
        ):
            record = passage.to_dict()
            if sentence_vectors is not None:
                record[SENTENCES_KEY] = _pack(sentence_vectors)
            rows.append(
                {
                    "id": passage.id,
                    "article_id": passage.article_id,
                    "source": passage.source,
                    "date": date,
                    "seq": first_seq + n,
                    "context": _fit(context, MAX_KEY),
                    "text": _fit(text),
                    "vector": np.asarray(vector, dtype=np.float32).tolist(),
                    "passage": record,
                }
            )
            if len(rows) >= WRITE_BATCH:
                self._upsert(self.uri.collection, rows)
                rows = []
        if rows:
            self._upsert(self.uri.collection, rows)

    def passages_of(self, article_ids: Sequence[str]) -> list[tuple[str, str]]:
        """(passage id, lexical text) of every passage of these articles."""
        found = []
        for chunk in _chunks(list(article_ids), READ_BATCH):
            with _engine_errors(self.uri.text):
                rows = self.client.query(
                    self.uri.collection, filter=in_filter("article_id", chunk), output_fields=["id", "context", "passage"]
                )
            found += [(row["id"], _lexical(row)) for row in rows]
        return found

    def delete_passages(self, ids: Sequence[str]) -> None:
        """Delete passage rows by id."""
        for chunk in _chunks(list(ids), READ_BATCH):
            with _engine_errors(self.uri.text):
                self.client.delete(self.uri.collection, filter=in_filter("id", chunk))

    def iter_texts(self) -> Iterator[str]:
        """The lexical text of every passage (to count term statistics again)."""
        with _engine_errors(self.uri.text):
            iterator = self.client.query_iterator(
                self.uri.collection, batch_size=READ_BATCH, output_fields=["context", "passage"]
            )
            try:
                while batch := iterator.next():
                    yield from (_lexical(row) for row in batch)
            finally:
                iterator.close()

    def count_passages(self) -> int:
        """Passage rows in the engine."""
        with _engine_errors(self.uri.text):
            rows = self.client.query(self.uri.collection, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"])

    def all_passages(self) -> list[Passage]:
        """Every passage, in insertion order (for small indexes and tests)."""
        found: list[tuple[int, Passage]] = []
        with _engine_errors(self.uri.text):
            iterator = self.client.query_iterator(
                self.uri.collection, batch_size=READ_BATCH, output_fields=["seq", "passage"]
            )
            try:
                while batch := iterator.next():
                    found += [(int(row["seq"]), Passage.from_dict(row["passage"])) for row in batch]
            finally:
                iterator.close()
        return [p for _, p in sorted(found, key=lambda pair: pair[0])]

    # --- articles -----------------------------------------------------------------------

    def upsert_articles(self, articles: Sequence[Article]) -> None:
        """Write article records (title, byline, source, date, paragraphs)."""
        self._upsert_meta([_meta_row(f"a:{a.id}", "a", a.to_dict()) for a in articles])

    def delete_articles(self, ids: Sequence[str]) -> None:
        """Delete article records and every passage of these articles."""
        for chunk in _chunks(list(ids), READ_BATCH):
            with _engine_errors(self.uri.text):
                self.client.delete(self.uri.collection, filter=in_filter("article_id", chunk))
                self.client.delete(self.uri.meta, filter=in_filter("key", [f"a:{i}" for i in chunk]))

    def articles(self, ids: Iterable[str]) -> dict[str, Article]:
        """The article records of these ids (unknown ids left out)."""
        found: dict[str, Article] = {}
        for chunk in _chunks(list(dict.fromkeys(ids)), READ_BATCH):
            with _engine_errors(self.uri.text):
                rows = self.client.query(
                    self.uri.meta, filter=in_filter("key", [f"a:{i}" for i in chunk]), output_fields=["value"]
                )
            for row in rows:
                article = Article.from_dict(row["value"])
                found[article.id] = article
        return found

    def known_articles(self, ids: Iterable[str]) -> set[str]:
        """The ids among these that the engine holds an article record of."""
        found: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(ids)), READ_BATCH):
            with _engine_errors(self.uri.text):
                rows = self.client.query(
                    self.uri.meta, filter=in_filter("key", [f"a:{i}" for i in chunk]), output_fields=["key"]
                )
            found.update(row["key"][2:] for row in rows)
        return found

    def iter_meta(self, kind: str) -> Iterator[tuple[str, int, object]]:
        """(key without its prefix, count, value) of every meta row of a kind ("a", "t", "f")."""
        with _engine_errors(self.uri.text):
            iterator = self.client.query_iterator(
                self.uri.meta, batch_size=READ_BATCH, filter=f"kind == {literal(kind)}",
                output_fields=["key", "count", "value"],
            )
            try:
                while batch := iterator.next():
                    for row in batch:
                        yield row["key"].split(":", 1)[1], int(row["count"]), row["value"]
            finally:
                iterator.close()

    # --- term statistics ----------------------------------------------------------------

    def frequencies(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many passages hold each token (tokens held by none left out)."""
        found: dict[str, int] = {}
        for chunk in _chunks([t for t in dict.fromkeys(tokens) if len(t.encode()) < MAX_KEY - 2], READ_BATCH):
            with _engine_errors(self.uri.text):
                rows = self.client.query(
                    self.uri.meta, filter=in_filter("key", [f"t:{t}" for t in chunk]), output_fields=["key", "count"]
                )
            found.update((row["key"][2:], int(row["count"])) for row in rows if int(row["count"]) > 0)
        return found

    def write_frequencies(self, counts: Mapping[str, int]) -> None:
        """Set tokens' passage counts (a count of 0 deletes the token's row)."""
        gone = [t for t, n in counts.items() if n <= 0]
        rows = [_meta_row(f"t:{t}", "t", None, n) for t, n in counts.items() if n > 0 and len(t.encode()) < MAX_KEY - 2]
        self._upsert_meta(rows)
        for chunk in _chunks(gone, READ_BATCH):
            with _engine_errors(self.uri.text):
                self.client.delete(self.uri.meta, filter=in_filter("key", [f"t:{t}" for t in chunk]))

    def clear_frequencies(self) -> None:
        """Delete every term row (before counting them again)."""
        with _engine_errors(self.uri.text):
            self.client.delete(self.uri.meta, filter='kind == "t"')

    # --- file records -------------------------------------------------------------------

    def write_files(self, entries: Mapping[str, dict], gone: Iterable[str]) -> None:
        """Write file records (``FileEntry.to_dict``) and delete those of files gone."""
        self._upsert_meta([_meta_row(f"f:{name}", "f", entry) for name, entry in entries.items()])
        for chunk in _chunks(list(gone), READ_BATCH):
            with _engine_errors(self.uri.text):
                self.client.delete(self.uri.meta, filter=in_filter("key", [f"f:{n}" for n in chunk]))

    # --- searching ----------------------------------------------------------------------

    def search(self, text: str | None, vector: np.ndarray | None, limit: int, where: str = "") -> list[Candidate]:
        """The engine's candidates: its BM25 (jieba) best ``limit`` for ``text`` and its
        HNSW best ``limit`` for ``vector`` (either None: that side is not asked), in one
        request when both are asked.

        Returns:
            the candidates of both sides, each once, in no particular order.
        """
        from pymilvus import AnnSearchRequest, RRFRanker

        fields = ["seq", "context", "vector", "passage"]
        sides = []
        if text is not None and text.strip():
            sides.append((text, "sparse", {"metric_type": "BM25"}))
        if vector is not None:
            query = np.asarray(vector, dtype=np.float32).tolist()
            sides.append((query, "vector", {"metric_type": "IP", "params": {"ef": max(HNSW_EF, limit)}}))
        if not sides:
            return []
        with _engine_errors(self.uri.text):
            if len(sides) == 1:
                data, field, params = sides[0]
                found = self.client.search(
                    self.uri.collection, data=[data], anns_field=field, limit=limit, filter=where,
                    output_fields=fields, search_params=params,
                )
            else:
                # One round trip for both sides; RRF over two lists of ``limit`` returns
                # their union when asked for 2 × limit (the order is the ranking's job).
                requests = [
                    AnnSearchRequest(data=[data], anns_field=field, param=params, limit=limit, expr=where or None)
                    for data, field, params in sides
                ]
                found = self.client.hybrid_search(
                    self.uri.collection, requests, ranker=RRFRanker(), limit=2 * limit, output_fields=fields
                )
        return [_candidate(hit) for hit in (found[0] if found else [])]

    # --- the writer lock ----------------------------------------------------------------

    @contextmanager
    def writer_lock(self, timeout: float, lease: float = LEASE_SECONDS) -> Iterator[None]:
        """Hold the store's writer lock: an alias only one writer can create (on the
        ``<collection>_lock`` collection, which outlives a rebuild of the others), renewed
        while held; a lock not renewed for ``lease`` seconds, or whose holder died on this
        machine, is taken over. Re-entrant for this connection.

        Raises:
            IndexBusyError: when another writer holds it after ``timeout`` seconds.
        """
        if self._held:
            self._held += 1
            try:
                yield
            finally:
                self._held -= 1
            return
        self._ensure_lock_collection()
        alias = f"{self.uri.collection}_writer"
        me = {"host": socket.gethostname(), "pid": os.getpid(), "token": uuid.uuid4().hex, "since": time.time()}
        deadline = time.monotonic() + timeout
        unnamed_since = None  # a holder that has not written its lock row yet gets a lease too
        while not self._try_alias(alias):
            holder = self._lock_holder()
            if holder is None:
                unnamed_since = unnamed_since or time.time()
            age = time.time() - float(holder.get("renewed", 0) if holder else unnamed_since)
            if age > lease or _dead_here(holder):
                log.warning("taking over the writer lock of %s from %s (dead or not renewed for %.0f s)", self.uri.text, holder, age)
                self._drop_alias(alias)
                continue
            if time.monotonic() >= deadline:
                who = f"{holder.get('host')} pid {holder.get('pid')}" if holder else "another process"
                raise IndexBusyError(
                    f"another process is writing the index {self.uri.text} ({who});"
                    f" waited {timeout:g} s - try again when it has finished"
                )
            time.sleep(min(0.5, max(0.05, deadline - time.monotonic())))
        stop = threading.Event()

        def renew() -> None:
            while not stop.wait(lease / 4):
                with suppress(IndexStoreError):  # the writer's own calls report a lost server
                    self._upsert(self.uri.lock, [_meta_row("lock", "l", {**me, "renewed": time.time()})])

        self._upsert(self.uri.lock, [_meta_row("lock", "l", {**me, "renewed": time.time()})])
        renew_thread = threading.Thread(target=renew, name="qa-milvus-lock", daemon=True)
        renew_thread.start()
        self._held = 1
        try:
            yield
        finally:
            self._held = 0
            stop.set()
            renew_thread.join()
            with _engine_errors(self.uri.text):
                self.client.delete(self.uri.lock, filter='key == "lock"')
            self._drop_alias(alias)

    def _ensure_lock_collection(self) -> None:
        from pymilvus.exceptions import MilvusException

        with _engine_errors(self.uri.text):
            if self.uri.lock in self.client.list_collections():
                self.client.load_collection(self.uri.lock)
                return
        try:
            self._create_keyed(self.uri.lock)
        except MilvusException as error:
            if "exist" not in str(error).lower():  # another writer created it meanwhile
                raise IndexStoreError(explain(self.uri.text, error)) from None

    def _try_alias(self, alias: str) -> bool:
        from pymilvus.exceptions import MilvusException

        try:
            self.client.create_alias(self.uri.lock, alias)
        except MilvusException as error:
            if "exist" in str(error).lower():
                return False
            raise IndexStoreError(explain(self.uri.text, error)) from None
        return True

    def _drop_alias(self, alias: str) -> None:
        from pymilvus.exceptions import MilvusException

        with suppress(MilvusException):  # taken over meanwhile, or already dropped
            self.client.drop_alias(alias)

    def _lock_holder(self) -> dict | None:
        with _engine_errors(self.uri.text):
            rows = self.client.query(self.uri.lock, filter='key == "lock"', output_fields=["value"])
        return rows[0]["value"] if rows and isinstance(rows[0].get("value"), dict) else None

    # --- plumbing -----------------------------------------------------------------------

    def _upsert(self, collection: str, rows: list[dict]) -> None:
        with _engine_errors(self.uri.text):
            self.client.upsert(collection, rows)

    def _upsert_meta(self, rows: list[dict]) -> None:
        for chunk in _chunks(rows, WRITE_BATCH):
            self._upsert(self.uri.meta, chunk)


def _dead_here(holder: Mapping | None) -> bool:
    """True when a lock holder ran on this machine and its process is gone (killed)."""
    if not holder or holder.get("host") != socket.gethostname():
        return False
    try:
        os.kill(int(holder.get("pid", 0)), 0)
    except ProcessLookupError:
        return True
    except (OSError, ValueError):
        return False
    return False


_ZERO = [0.0] * _DUMMY_DIM


def _meta_row(key: str, kind: str, value: object, count: int = 0) -> dict:
    return {"key": key, "kind": kind, "count": int(count), "value": {} if value is None else value, "dummy": _ZERO}


def _passage_fields(dim: int) -> dict[str, int]:
    from pymilvus import DataType

    return {
        "id": int(DataType.VARCHAR),
        "article_id": int(DataType.VARCHAR),
        "source": int(DataType.VARCHAR),
        "date": int(DataType.VARCHAR),
        "seq": int(DataType.INT64),
        "context": int(DataType.VARCHAR),
        "text": int(DataType.VARCHAR),
        "sparse": int(DataType.SPARSE_FLOAT_VECTOR),
        "vector": int(DataType.FLOAT_VECTOR),
        "passage": int(DataType.JSON),
    }


def _lexical(row: Mapping) -> str:
    """The text the project's BM25 tokenises: context and passage, as given."""
    text = row["passage"]["text"]
    return f"{row['context']}\n{text}" if row["context"] else text


def _candidate(hit: Mapping) -> Candidate:
    entity = hit["entity"]
    record = dict(entity["passage"])
    packed = record.pop(SENTENCES_KEY, None)
    vector = np.asarray(entity["vector"], dtype=np.float32)
    return Candidate(
        passage=Passage.from_dict(record),
        text=_lexical(entity),
        vector=vector,
        seq=int(entity["seq"]),
        sentences=None if packed is None else _unpack(packed, len(vector)),
    )


def _pack(vectors: np.ndarray) -> str:
    """Sentence vectors as text for a JSON field: float16 bytes in base64."""
    return base64.b64encode(np.ascontiguousarray(vectors, dtype=np.float16).tobytes()).decode("ascii")


def _unpack(text: str, dim: int) -> np.ndarray:
    """Inverse of ``_pack``: (sentences, dim) float16."""
    return np.frombuffer(base64.b64decode(text), dtype=np.float16).reshape(-1, dim)


def _fit(text: str, limit: int = MAX_TEXT) -> str:
    """Text cut to what a VARCHAR field holds (bytes, not characters)."""
    data = text.encode()
    return text if len(data) <= limit else data[:limit].decode(errors="ignore")


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@contextmanager
def _engine_errors(uri: str) -> Iterator[None]:
    """Turn the client's errors into one IndexStoreError naming the URI."""
    try:
        yield
    except IndexStoreError:
        raise
    except _errors_of_pymilvus() as error:
        raise IndexStoreError(explain(uri, error)) from None
    except Exception as error:
        # grpc raises its own RpcError types for a dropped connection.
        if type(error).__module__.startswith(("grpc", "pymilvus")):
            raise IndexStoreError(explain(uri, error)) from None
        raise

