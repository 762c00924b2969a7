"""The public Index: the facade that composes the stages (build, save/load, add/remove,
search and ask over articles)."""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np

from qa.answer.compose import compose_answer, no_words_answer
from qa.answer.question import analyse
from qa.answer.sentences import AnswerSettings, settings_for
from qa.errors import IndexStoreError
from qa.retrieve.bm25 import SparseIndex
from qa.retrieve.checkpoint import Checkpoint
from qa.retrieve.dense import DenseIndex
from qa.retrieve.embedders import Embedder, canonical_name, embedder_record, get_embedder
from qa.retrieve.hybrid import Snapshot, allowed_rows, check_k, check_mode, rank, ranking_for
from qa.retrieve.layers import layered
from qa.retrieve.rows import IndexSettings, prepare_rows
from qa.retrieve.sentence_vectors import SentenceVectors
from qa.store.catalog import FileEntry, files_from_json, files_to_json
from qa.store.folder import index_lock, read_manifest, readable_folder, rebuild_hint, write_atomic
from qa.store.milvus import is_store_uri
from qa.text import fold, has_words
from qa.types import Answer, Article, Hit, Passage, Question, print_facts


class Index:
    """Passages of articles, searchable by BM25, by embedding, or both fused, and asked
    questions answered with quoted sentences and citations.

    Searches may run from several threads at once: they read an immutable snapshot,
    which ``add`` and ``remove`` replace under a lock.

    Attributes:
        embedder: the embedding model (loads on first use).
        settings: how articles became rows (stored with the index).
        files: what ``qa.ingest.update_index`` recorded of the files the articles came
            from, by file name (fingerprints, parser, article ids).
        ranking: how hits are ranked (the knobs benchmarks/retrieval.py tunes).
        generation: the id of the save this index was loaded from or last saved as ("" for
            one never saved), so a writer can tell whether a folder still holds it.
    """

    def __init__(
        self,
        embedder: Embedder,
        snapshot: Snapshot,
        settings: IndexSettings,
        files: Mapping[str, FileEntry] | None = None,
        generation: str = "",
    ) -> None:
        self.embedder = embedder
        self._snapshot = snapshot
        self.settings = settings
        self.files: dict[str, FileEntry] = dict(files or {})
        self.ranking = ranking_for(embedder.name)
        self.generation = generation
        self._write_lock = threading.Lock()

    def copy(self) -> Index:
        """An index holding the same articles that can be changed apart from this one
        (cheap: the searchable state is immutable and shared until one of them changes)."""
        other = Index(self.embedder, self._snapshot, self.settings, self.files, self.generation)
        other.ranking = self.ranking
        return other

    def with_overlay(self, overlay: Index) -> Index:
        """A read-only view searching this index and ``overlay`` as one collection: a small
        index of someone's own articles (the app's private uploads) beside the shared one.

        Nothing of this index is copied (``qa.retrieve.layers``): the view costs memory for
        the overlay's rows only. BM25 counts terms over both; hits of both are ranked
        together. ``search`` and ``ask`` work; ``add``, ``remove`` and ``save`` raise.

        Args:
            overlay: the small index on top, built with this index's embedder and settings
                (``Index.build([], model=index.embedder, settings=index.settings)``).

        Returns:
            the read-only view.

        Raises:
            ValueError: the overlay was built with another model or other settings.
        """
        if overlay.embedder.name != self.embedder.name or overlay.settings != self.settings:
            raise ValueError("an overlay must use the shared index's embedder and settings")
        snapshot = layered(self._snapshot, overlay._snapshot)
        view = Index(self.embedder, snapshot, self.settings, {**self.files, **overlay.files})
        view.ranking = self.ranking
        return view

    # --- building --------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        articles: Iterable[Article],
        model: str | Embedder | None = None,
        progress: bool = False,
        settings: IndexSettings | None = None,
    ) -> Index:
        """Index articles (an empty list gives an empty index that ``add`` can fill).

        Args:
            articles: the articles; a later article with an id already seen replaces it.
            model: None for the default USE model, a sentence-transformers id or folder,
                or an Embedder object.
            progress: show a progress bar while embedding.
            settings: how articles become rows (default ``IndexSettings()``).

        Returns:
            the index, in memory (``save`` writes it to a folder).

        Raises:
            ModelError: when the model cannot be loaded.
        """
        embedder = get_embedder(model)
        settings = settings or IndexSettings()
        empty = Snapshot(
            {},
            (),
            SparseIndex(settings.tokenizer),
            DenseIndex(np.zeros((0, embedder.dim), np.float32), settings.exact_limit),
        )
        index = cls(embedder, empty, settings)
        index.add(articles, progress=progress)
        return index

    @property
    def articles(self) -> dict[str, Article]:
        """Indexed articles by id, in insertion order (do not modify)."""
        return self._snapshot.articles

    @property
    def passages(self) -> list[Passage]:
        """Indexed passages, in index order."""
        return list(self._snapshot.passages)

    def add(
        self,
        articles: Iterable[Article],
        progress: bool = False,
        checkpoint: Checkpoint | None = None,
        expected: int | None = None,
    ) -> None:
        """Add articles; an article whose id is already indexed is replaced (so is an
        earlier article of the same id in ``articles``).

        ``articles`` may be a generator: it is read once, chunked, tokenised and embedded
        a batch at a time (``qa.retrieve.rows``), so memory holds the passages, term counts
        and vectors, not every passage's tokens. Embedding happens before the index
        changes, so searches keep running meanwhile and a failure (from the model or from
        ``articles`` itself) leaves the index as it was.

        Args:
            articles: the articles.
            progress: show a progress bar while embedding.
            checkpoint: keeps the vectors as they are made (and gives back those an
                interrupted run made).
            expected: passages expected, for the progress bar's ETA.

        Raises:
            ModelError: when the model cannot be loaded.
        """
        new = prepare_rows(articles, self.embedder, self.settings, progress, checkpoint=checkpoint, expected=expected)
        if not new.articles:
            return
        with self._write_lock:
            old = self._snapshot
            keep = [r for r, p in enumerate(old.passages) if p.article_id not in new.articles]
            old_keep = None if len(keep) == len(old.passages) else keep
            passages = old.passages if old_keep is None else tuple(old.passages[r] for r in keep)
            added = new.passages if new.keep is None else [new.passages[r] for r in new.keep]
            articles_by_id = {i: a for i, a in old.articles.items() if i not in new.articles}
            articles_by_id.update(new.articles)
            self._snapshot = Snapshot(
                articles_by_id,
                passages + tuple(added),
                old.sparse.joined(old_keep, new.terms, new.keep),
                old.dense.joined(old_keep, new.vectors, new.keep, new.sentences),
            )

    def restate(self, articles: Iterable[Article]) -> None:
        """Replace indexed articles whose print facts alone changed (paper, date, page,
        edition: ``only_facts_changed``): their passages keep their rows, term counts and
        vectors and take the new facts, so nothing is tokenised or embedded again.

        Args:
            articles: the new versions of indexed articles.

        Raises:
            KeyError: an article is not indexed.
        """
        new = {article.id: article for article in articles}
        if not new:
            return
        with self._write_lock:
            old = self._snapshot
            for article_id in new:
                if article_id not in old.articles:
                    raise KeyError(article_id)
            passages = tuple(
                replace(passage, **print_facts(new[passage.article_id])) if passage.article_id in new else passage
                for passage in old.passages
            )
            self._snapshot = Snapshot({**old.articles, **new}, passages, old.sparse, old.dense)

    def remove(self, article_ids: Iterable[str]) -> int:
        """Remove articles by id (unknown ids are ignored).

        Args:
            article_ids: ids of the articles to remove.

        Returns:
            how many articles were removed.
        """
        doomed = set(article_ids)
        with self._write_lock:
            old = self._snapshot
            doomed &= set(old.articles)
            if not doomed:
                return 0
            keep = [r for r, p in enumerate(old.passages) if p.article_id not in doomed]
            self._snapshot = Snapshot(
                {i: a for i, a in old.articles.items() if i not in doomed},
                tuple(old.passages[r] for r in keep),
                old.sparse.subset(keep),
                old.dense.subset(keep),
            )
        return len(doomed)

    # --- searching -------------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = 5,
        mode: str = "hybrid",
        article_ids: Sequence[str] | None = None,
        sources: Sequence[str] | None = None,
    ) -> list[Hit]:
        """Find the passages that best match a query.

        Args:
            query: words or a question, in simplified or traditional Chinese; over
                ``MAX_QUESTION_CHARS`` characters it is cut.
            k: how many passages (positive; fewer come back from a smaller index).
            mode: "hybrid" (BM25 and embeddings fused), "bm25" or "dense".
            article_ids, sources: only passages of these articles / source files.

        Returns:
            hits, best first, rank 1-based; score is the fused score in hybrid mode, the
            BM25 score in bm25 mode, in dense mode the cosine of the passage's best
            sentence (of the passage, in an index built without sentence vectors).

        Raises:
            QueryError: for an empty query, k < 1 or an unknown mode.
        """
        question = analyse(query, what="query")
        return self._search(question, check_k(k), check_mode(mode), article_ids, sources)[0]

    def ask(
        self,
        question: str,
        k: int = 5,
        history: Sequence[str] = (),
        article_ids: Sequence[str] | None = None,
        sources: Sequence[str] | None = None,
        settings: AnswerSettings | None = None,
    ) -> Answer:
        """Answer a question with the sentences that hold the fact, quoted and cited.

        The question is analysed once (``qa.answer.question.analyse``), searched in
        hybrid mode with one embedding of it, and the answer composed from the hits
        (``qa.answer.compose.compose_answer``): quoted sentences with ``[n]`` markers,
        or a "not found" message when the passages do not support an answer.

        Args:
            question: the question; over ``MAX_QUESTION_CHARS`` characters it is cut,
                with a notice in the answer.
            k: how many passages to retrieve (the best few are read for sentences).
            history: the user's earlier questions of a chat, oldest first; an elliptical
                follow-up (``那上栗县呢？``) leans on them.
            article_ids, sources: only search these articles / source files.
            settings: answer weights and thresholds (default: the ones tuned for the
                index's model).

        Returns:
            the answer: ``text``, ``supported``, ``citations`` (citation n is
            ``citations[n - 1]``), ``quotes`` and the ``hits`` retrieved.

        Raises:
            QueryError: for an empty question or k < 1.
        """
        k = check_k(k)
        analysed = analyse(question, history)
        if not has_words(analysed.search):
            return no_words_answer(analysed)
        hits, vector = self._search(analysed, k, "hybrid", article_ids, sources)
        # The search embedded ``search``; the support check wants ``query`` (they differ
        # only for questions about an article's byline or headline, which have no check).
        support_vector = vector if analysed.search == analysed.query else None
        settings = settings or settings_for(self.embedder.name)
        return compose_answer(analysed, hits, self.articles, self.embedder, support_vector, settings)

    def _search(
        self,
        question: Question,
        k: int,
        mode: str,
        article_ids: Sequence[str] | None,
        sources: Sequence[str] | None,
    ) -> tuple[list[Hit], np.ndarray | None]:
        """Hits for an analysed question, and the question's vector (None in bm25 mode)."""
        snapshot = self._snapshot
        vector = None if mode == "bm25" else self.embedder.encode_queries([question.search])[0]
        allowed = allowed_rows(snapshot, article_ids, sources)
        return rank(snapshot, question, vector, k, mode, allowed, self.ranking), vector

    # --- persistence -----------------------------------------------------------------

    def save(self, folder: str | os.PathLike) -> None:
        """Write the index to a folder atomically (the previous content stays loadable
        until the new one is complete). Only an index's own files are ever replaced.

        Args:
            folder: the index folder: new, empty, or holding an index.

        Raises:
            IndexBusyError: when another process is writing the same folder.
            IndexStoreError: when the folder holds anything but an index's own files.
        """
        with index_lock(folder):
            self.save_locked(folder)

    def save_locked(self, folder: str | os.PathLike) -> None:
        """``save`` for a caller that already holds ``qa.store.folder.index_lock(folder)``.

        Args:
            folder: the index folder.

        Raises:
            IndexStoreError: when the folder holds anything but an index's own files.
        """
        snapshot = self._snapshot

        def write_files(temp: Path) -> list[str]:
            _write_jsonl(temp / "articles.jsonl", (a.to_dict() for a in snapshot.articles.values()))
            _write_jsonl(temp / "passages.jsonl", (p.to_dict() for p in snapshot.passages))
            return ["articles.jsonl", "passages.jsonl", *snapshot.sparse.save(temp), *snapshot.dense.save(temp)]

        generation = uuid.uuid4().hex
        manifest = {
            "embedder": embedder_record(self.embedder),
            "counts": {"articles": len(snapshot.articles), "passages": len(snapshot.passages)},
            "settings": self.settings.to_dict(),
            "generation": generation,
            "files": files_to_json(self.files),
        }
        write_atomic(folder, write_files, manifest)
        self.generation = generation

    @classmethod
    def load(cls, folder: str | os.PathLike, model: str | None = None) -> Index:
        """Load a saved index; its embedding model loads on the first dense search.

        Args:
            folder: the index folder, or a store URI (``milvus://HOST:PORT/COLLECTION``,
                ``milvus:PATH.db``: a ``StoreIndex``).
            model: refuse the index unless it was built with this model (None: any).

        Returns:
            the index.

        Raises:
            IndexStoreError: when the folder is missing, damaged, of another format
                version or built with another model; the message says how to rebuild.
        """
        if is_store_uri(folder):
            return StoreIndex.open(str(folder), model)
        expected = None if model is None else canonical_name(model)
        for attempt in range(3):
            path = readable_folder(folder)
            before = os.stat(path).st_ino
            try:
                return cls._read(path, expected)
            except IndexStoreError:
                # A writer may have swapped the folder while we read it: read again.
                if attempt == 2 or not path.exists() or os.stat(path).st_ino == before:
                    raise
        raise AssertionError("unreachable")

    @classmethod
    def _read(cls, path: Path, expected_model: str | None) -> Index:
        manifest = read_manifest(path, expected_model)
        try:
            settings = IndexSettings.from_dict(manifest["settings"])
            counts = manifest["counts"]
            articles = [Article.from_dict(d) for d in _read_jsonl(path / "articles.jsonl")]
            passages = tuple(Passage.from_dict(d) for d in _read_jsonl(path / "passages.jsonl"))
            dim = int(manifest["embedder"]["dim"])
            name = manifest["embedder"]["name"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise IndexStoreError(f"{path} is damaged ({error}); {rebuild_hint(path)}") from error
        if len(articles) != counts["articles"] or len(passages) != counts["passages"]:
            raise IndexStoreError(f"{path}: counts differ from manifest.json; {rebuild_hint(path)}")
        sparse = SparseIndex.load(path)
        dense = DenseIndex.load(path, dim, len(passages), settings.exact_limit)
        if len(sparse) != len(passages):
            raise IndexStoreError(f"{path}: BM25 rows differ from passages; {rebuild_hint(path)}")
        snapshot = Snapshot({a.id: a for a in articles}, passages, sparse, dense)
        files = files_from_json(manifest.get("files"))
        return cls(get_embedder(name), snapshot, settings, files, str(manifest.get("generation", "")))


def _write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> Iterator[dict]:
    """The rows of a JSONL file, one at a time (a 100k-passage index's rows held all at
    once as dicts were its loading peak)."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)



# --- the index in an engine (Milvus) ---------------------------------------------------


ARTICLE_CACHE = 50_000  # articles a StoreIndex keeps for answers before starting afresh


class StoreIndex(Index):
    """An Index whose rows live in Milvus (``qa.store.milvus``): the same operations.

    Writes go to the engine as they are made (rows keyed by passage id, so a write done
    twice is done once), the term statistics and the state record last. A search asks
    the engine for its BM25 (jieba) and HNSW candidates, then ranks them with the file
    store's ranking and the whole index's BM25 statistics, so both stores answer alike.

    Attributes:
        store: the engine connection.
        candidates: candidates asked of the engine per side (more than the ranking's pool,
            so the file store's own best BM25 rows are among them).
    """

    candidates = 100
    state_ttl = 5.0  # seconds a search trusts the counts it read last

    def __init__(self, embedder: Embedder, store, settings: IndexSettings, files: Mapping[str, FileEntry]) -> None:
        empty = Snapshot({}, (), SparseIndex(settings.tokenizer), DenseIndex(np.zeros((0, embedder.dim), np.float32)))
        super().__init__(embedder, empty, settings, files, store.state().get("generation", ""))
        self.store = store
        self._saved_files = dict(files)
        self._read_at = time.monotonic()
        self._depth = 0  # nesting of writing()
        self._run: dict | None = None  # the state record of the run under way
        self._deltas: dict[str, int] = {}  # the run's term count changes
        self._local = threading.local()
        # Articles the answers read, by id, while the engine's generation stays the same.
        self._articles: dict[str, Article] = {}
        self._articles_generation = self.generation

    @classmethod
    def open(
        cls,
        uri: str,
        model: str | None = None,
        create: bool = False,
        rebuild: bool = False,
        settings: IndexSettings | None = None,
    ) -> StoreIndex:
        """Open the index a store URI names.

        Args:
            uri: ``milvus://HOST:PORT/COLLECTION`` or ``milvus:PATH.db``.
            model: refuse an index built with another model (None: any); the model of a
                new index (None: the default).
            create: create the index when there is none.
            rebuild: drop the index (only one of ours) and create it empty.
            settings: how a new index makes rows (default ``IndexSettings()``).

        Raises:
            IndexStoreError: unreachable, refused, missing, not ours, of another schema
                or model (the message names the URI and says what to do).
        """
        from qa.store.milvus import MilvusStore

        return cls.on(MilvusStore.connect(uri, create=create), model, create, rebuild, settings)

    @classmethod
    def on(
        cls,
        store,
        model: str | None = None,
        create: bool = False,
        rebuild: bool = False,
        settings: IndexSettings | None = None,
    ) -> StoreIndex:
        """``open`` on a connected ``qa.store.milvus.MilvusStore`` (a writer holding its
        lock opens, creates or rebuilds here)."""
        uri = store.uri.text
        if rebuild and store.exists():
            store.drop()
        if create and not store.exists():
            embedder = get_embedder(model)
            store.create(embedder.name, embedder.dim, (settings or IndexSettings()).to_dict())
        state = store.state()
        name = state["embedder"]["name"]
        if model is not None and name != canonical_name(model):
            raise IndexStoreError(
                f"{uri} was built with model {name!r}, not {canonical_name(model)!r}; {store.rebuild_hint()} --model {model}"
            )
        files = files_from_json([entry for _, _, entry in store.iter_meta("f")])
        try:
            settings = IndexSettings.from_dict(state["settings"])
        except (KeyError, TypeError, ValueError) as error:
            raise IndexStoreError(f"{uri}: the state record is damaged ({error}); {store.rebuild_hint()}") from None
        return cls(get_embedder(name), store, settings, files)

    def with_overlay(self, overlay: Index) -> Index:
        """Not for an engine's index: its rows are not in this process to layer over.

        Args:
            overlay: the small index that would go on top.

        Raises:
            ValueError: always (private files are searched beside a folder index only).
        """
        raise ValueError(f"{self.store.uri.text}: private files can be searched beside a folder index only")

    def copy(self) -> StoreIndex:
        """The same engine rows (they are shared state), with its own file records."""
        other = StoreIndex.__new__(StoreIndex)
        other.__dict__.update(self.__dict__)
        other.files = dict(self.files)
        other._write_lock = threading.Lock()
        return other

    @property
    def articles(self) -> Mapping[str, Article]:
        """Indexed articles by id, read from the engine as they are asked for."""
        return _StoreArticles(self.store, self._articles)

    @property
    def passages(self) -> list[Passage]:
        """Every passage, in insertion order (reads them all: for small indexes)."""
        return self.store.all_passages()

    @contextmanager
    def writing(self, timeout: float | None = None):
        """Hold the store's writer lock for a run of writes (re-entrant). The first counts
        the term statistics again if a writer was killed mid-change; the last to finish
        writes the run's term count changes, then the state record (a run that fails
        leaves the state record saying "pending", so the next one counts again)."""
        from qa.store.folder import LOCK_TIMEOUT

        with self.store.writer_lock(LOCK_TIMEOUT if timeout is None else timeout):
            if not self._depth:
                self.recover()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            if not self._depth:
                self._finish()

    def add(self, articles: Iterable[Article], progress: bool = False) -> None:
        """Add or replace articles in the engine (see ``Index.add``)."""
        new = prepare_rows(articles, self.embedder, self.settings, progress)
        if not new.articles:
            return
        rows = list(range(len(new.passages))) if new.keep is None else new.keep
        passages = [new.passages[r] for r in rows]
        vectors = np.concatenate(new.vectors)[rows] if new.vectors else np.zeros((0, self.embedder.dim), np.float32)
        sentences = None
        if new.sentences is not None:
            store = SentenceVectors.empty(self.embedder.dim).joined(None, new.sentences, rows)
            sentences = store.per_row()
        with self.writing():
            self.write_rows(list(new.articles.values()), passages, vectors, sentences)

    def write_rows(
        self,
        articles: Sequence[Article],
        passages: Sequence[Passage],
        vectors: np.ndarray,
        sentences: Sequence[np.ndarray] | None = None,
    ) -> None:
        """Write articles with their passages and vectors (and each passage's sentence
        vectors, for an index built with them), replacing earlier versions. The caller
        holds ``writing()``, which writes the term counts when it ends."""
        from qa.retrieve.chunk import ranking_context
        from qa.store.milvus import WRITE_BATCH

        by_id = {a.id: a for a in articles}
        state = self._begin()
        # Only articles the engine knows have passages to replace (a filtered query costs
        # a scan in milvus-lite; the article records are looked up by key).
        known = self.store.known_articles(by_id)
        old = self.store.passages_of(sorted(known)) if known else []
        self._count(state, [text for _, text in old], -1)
        self.store.upsert_articles(articles)
        seq = int(state["next_seq"])
        for start in range(0, len(passages), WRITE_BATCH):
            batch = passages[start : start + WRITE_BATCH]
            contexts = [ranking_context(by_id[p.article_id]) if self.settings.sparse_context else "" for p in batch]
            lexical = [f"{c}\n{p.text}" if c else p.text for c, p in zip(contexts, batch, strict=True)]
            self._count(state, lexical, +1)
            dates = [by_id[p.article_id].date for p in batch]
            folded = [fold(text) for text in lexical]
            self.store.upsert_passages(
                batch,
                contexts,
                folded,
                vectors[start : start + len(batch)],
                dates,
                seq + start,
                None if sentences is None else sentences[start : start + len(batch)],
            )
        fresh = {p.id for p in passages}
        self.store.delete_passages([pid for pid, _ in old if pid not in fresh])
        state["counts"]["passages"] += len(passages) - len(old)
        state["counts"]["articles"] += len(by_id) - len(known)
        state["next_seq"] = seq + len(passages)

    def remove(self, article_ids: Iterable[str]) -> int:
        """Remove articles by id from the engine (unknown ids are ignored).

        Returns:
            how many articles were removed.
        """
        with self.writing():
            doomed = sorted(self.store.known_articles(set(article_ids)))
            if not doomed:
                return 0
            state = self._begin()
            old = self.store.passages_of(doomed)
            self._count(state, [text for _, text in old], -1)
            self.store.delete_articles(doomed)
            state["counts"]["passages"] -= len(old)
            state["counts"]["articles"] -= len(doomed)
        return len(doomed)

    def _count(self, state: dict, texts: Sequence[str], sign: int) -> None:
        """Add (sign +1) or take away (-1) passages' tokens to the run's term counts."""
        from qa.retrieve.bm25 import tokenize

        for text in texts:
            tokens = tokenize(text, self.settings.tokenizer)
            state["counts"]["tokens"] += sign * len(tokens)
            for token in set(tokens):
                self._deltas[token] = self._deltas.get(token, 0) + sign

    def _begin(self) -> dict:
        """The run's state record; the first change marks it as under way in the engine
        (so a run killed from now on is seen)."""
        if self._run is None:
            state = self.store.state()
            state["pending"] = True
            self.store.write_state(state)
            self._run, self._deltas = state, {}
        return self._run

    def _finish(self) -> None:
        """Apply the run's term count changes, then write the state record (last)."""
        if self._run is None:
            return
        state, deltas = self._run, self._deltas
        self._run, self._deltas = None, {}
        changed = [t for t, d in deltas.items() if d]
        self.store.flush(passages=False)  # the run's article rows, before many look-ups by key
        current = self.store.frequencies(changed)
        self.store.write_frequencies({t: current.get(t, 0) + deltas[t] for t in changed})
        state["pending"] = False
        state["generation"] = uuid.uuid4().hex
        self.store.write_state(state)
        self.store.flush()
        self.generation = self._articles_generation = state["generation"]
        self._articles = {}

    def recover(self) -> None:
        """After a writer killed mid-change (the state record still says "pending"),
        count the term statistics again from the rows themselves. The caller holds the
        writer lock (``writing``)."""
        from qa.retrieve.bm25 import tokenize

        state = self.store.state()
        if not state.get("pending"):
            return
        frequencies: dict[str, int] = {}
        passages = total = 0
        for text in self.store.iter_texts():
            tokens = tokenize(text, self.settings.tokenizer)
            passages += 1
            total += len(tokens)
            for token in set(tokens):
                frequencies[token] = frequencies.get(token, 0) + 1
        self.store.clear_frequencies()
        self.store.write_frequencies(frequencies)
        articles = sum(1 for _ in self.store.iter_meta("a"))
        state["counts"] = {"articles": articles, "passages": passages, "tokens": total}
        state["pending"] = False
        self.store.write_state(state)

    def _search(
        self,
        question: Question,
        k: int,
        mode: str,
        article_ids: Sequence[str] | None,
        sources: Sequence[str] | None,
    ) -> tuple[list[Hit], np.ndarray | None]:
        """The engine's candidates, ranked as the file store ranks (``rank_candidates``)."""
        from qa.retrieve.bm25 import tokenize_query
        from qa.retrieve.candidates import TermStats, rank_candidates
        from qa.store.milvus import in_filter

        vector = None if mode == "bm25" else self.embedder.encode_queries([question.search])[0]
        where = " and ".join(
            in_filter(field, values)
            for field, values in (("article_id", article_ids), ("source", sources))
            if values is not None
        )
        if (article_ids is not None and not article_ids) or (sources is not None and not sources):
            return [], vector
        text = question.lexical if self.ranking.stopwords else fold(question.search)
        tokens = tokenize_query(text, self.settings.tokenizer)
        pool = max(self.candidates, k, self.ranking.pool)
        found = self.store.search(
            text if mode != "dense" and tokens else None, vector if mode != "bm25" else None, pool, where
        )
        chosen = sorted({c.passage.id: c for c in found}.values(), key=lambda c: c.seq)
        if not chosen:
            return [], vector
        state = self._state()
        stats = TermStats(
            state["counts"]["passages"], state["counts"]["tokens"], self.store.frequencies(tokens) if tokens else {}
        )
        hits = rank_candidates(
            [c.passage for c in chosen],
            [c.text for c in chosen],
            np.stack([c.vector for c in chosen]),
            stats,
            self.settings.tokenizer,
            question,
            vector,
            k,
            mode,
            self.ranking,
            sentences=[c.sentences for c in chosen],
        )
        if getattr(self._local, "asking", False):  # the answer reads these articles: one request
            missing = {h.passage.article_id for h in hits} - set(self._articles)
            self._articles.update(self.store.articles(missing))
        return hits, vector

    def ask(self, question: str, *args, **kwargs) -> Answer:
        """``Index.ask``; the hits' articles are fetched from the engine in one request."""
        self._local.asking = True
        try:
            return super().ask(question, *args, **kwargs)
        finally:
            self._local.asking = False

    def _state(self) -> dict:
        """The state record, read again when older than ``state_ttl`` (another process
        may have written)."""
        cached = getattr(self.store, "_state", None)
        if cached is None or time.monotonic() - self._read_at > self.state_ttl:
            cached = self.store.state()
            self._read_at = time.monotonic()
            if cached.get("generation") != self._articles_generation:  # another writer ran
                self._articles = {}
                self._articles_generation = cached.get("generation")
        if len(self._articles) > ARTICLE_CACHE:
            self._articles = {}
        return cached

    def save(self, folder: str | os.PathLike | None = None) -> None:
        """Write the file records and the state record (the engine has the rows already)."""
        with self.writing():
            self.save_locked(folder)

    def save_locked(self, folder: str | os.PathLike | None = None) -> None:
        """``save`` for a caller holding ``writing()``."""
        changed = {
            name: entry.to_dict() for name, entry in self.files.items() if self._saved_files.get(name) != entry
        }
        gone = [name for name in self._saved_files if name not in self.files]
        state = self.store.state()
        self.store.write_files(changed, gone)
        state["generation"] = uuid.uuid4().hex
        self.store.write_state(state)
        self.generation = state["generation"]
        self._saved_files = dict(self.files)


class _StoreArticles(Mapping):
    """The engine's articles as a read-only mapping: look-ups query the engine, iteration
    pages through every article record."""

    def __init__(self, store, cache: dict[str, Article]) -> None:
        self._store = store
        self._cache = cache

    def __getitem__(self, article_id: str) -> Article:
        found = self.get(article_id)
        if found is None:
            raise KeyError(article_id)
        return found

    def get(self, article_id, default=None):
        if article_id not in self._cache:
            self._cache.update(self._store.articles([article_id]))
        return self._cache.get(article_id, default)

    def __iter__(self) -> Iterator[str]:
        return (key for key, _, _ in self._store.iter_meta("a"))

    def values(self):
        return [Article.from_dict(value) for _, _, value in self._store.iter_meta("a")]

    def __len__(self) -> int:
        state = self._store._state or self._store.state()
        return int(state["counts"]["articles"])

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and bool(self._store.articles([article_id]))


def only_facts_changed(previous: Article, article: Article) -> bool:
    """Whether ``article`` is ``previous`` with other print facts (paper, date, page,
    edition) and nothing else: its passages' texts, what ranks them and what is shown with
    them but those facts are the same (``Index.restate``)."""
    return previous != article and replace(previous, **print_facts(article)) == article
