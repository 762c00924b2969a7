"""The public Index: the facade that composes the stages (build, save/load, add/remove,
search and ask over articles)."""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
from qa.retrieve.rows import IndexSettings, prepare_rows
from qa.store.catalog import FileEntry, files_from_json, files_to_json
from qa.store.folder import index_lock, read_manifest, readable_folder, rebuild_hint, write_atomic
from qa.text import has_words
from qa.types import Answer, Article, Hit, Passage, Question


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
        a batch at a time (``qa.retrieve.rows``), so memory holds the passages, term counts and
        vectors, not every passage's tokens. Embedding happens before the index changes,
        so searches keep running meanwhile and a failure leaves the index as it was.
        ``checkpoint`` keeps the vectors as they are made (and gives back those an
        interrupted run made); ``expected`` passages give the progress bar its ETA.
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

    def remove(self, article_ids: Iterable[str]) -> int:
        """Remove articles by id (unknown ids are ignored).

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
        """``save`` for a caller that already holds ``qa.store.folder.index_lock(folder)``."""
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
            folder: the index folder.
            model: refuse the index unless it was built with this model (None: any).

        Returns:
            the index.

        Raises:
            IndexStoreError: when the folder is missing, damaged, of another format
                version or built with another model; the message says how to rebuild.
        """
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

