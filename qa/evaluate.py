"""`qa eval`: retrieval and answer quality on SQuAD-format files (CMRC 2018, DRCD)."""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.errors import InputFileError
from qa.types import Article

RECALL_AT = (1, 5, 20)
# Passages fetched per question: enough distinct articles for recall@20 even when long
# contexts were split into several passages.
FETCH = 30


@dataclass(frozen=True)
class Question:
    """One evaluation question: its text, the id of the article holding its context,
    and the accepted answer strings (none for a SQuAD 2.0 unanswerable question)."""

    text: str
    gold: str
    answers: tuple[str, ...]

    @property
    def answerable(self) -> bool:
        """False for a question marked impossible or given no answer."""
        return bool(self.answers)


def load_squad(path: str | Path) -> tuple[list[Article], list[Question]]:
    """Read a SQuAD-format file (SQuAD 1.1/2.0, CMRC 2018, DRCD): every distinct context
    becomes a one-paragraph Article titled as in the dataset; every question is kept
    with the id of its context's article. A context given twice is one article; ids
    given twice are made unique, so no context replaces another.

    Raises:
        InputFileError: when the file is missing, not SQuAD-shaped JSON, or holds no
            context or no question.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8-sig"))["data"]
        articles, questions = _read_entries(data, str(path))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputFileError(str(path), f"not a SQuAD-format JSON file ({type(error).__name__}: {error})") from error
    if not articles:
        raise InputFileError(str(path), "holds no contexts")
    if not questions:
        raise InputFileError(str(path), "holds no questions")
    return articles, questions


def _read_entries(data: list, source: str) -> tuple[list[Article], list[Question]]:
    articles: list[Article] = []
    questions: list[Question] = []
    by_context: dict[str, str] = {}
    used: set[str] = set()
    for number, entry in enumerate(data):
        for position, paragraph in enumerate(entry.get("paragraphs", [])):
            context = (paragraph.get("context") or "").strip()
            if not context:
                continue
            article_id = by_context.get(context)
            if article_id is None:
                article_id = str(paragraph.get("id") or f"{entry.get('id', number)}-{position}")
                while article_id in used:
                    article_id += "+"
                used.add(article_id)
                by_context[context] = article_id
                title = str(entry.get("title") or "")
                articles.append(Article(id=article_id, title=title, paragraphs=(context,), source=source))
            for qa in paragraph.get("qas", []):
                text = (qa.get("question") or "").strip()
                if not text:
                    continue  # a few dataset rows carry no question
                answers = () if qa.get("is_impossible") else qa.get("answers") or ()
                accepted = tuple(dict.fromkeys(a["text"] for a in answers if a.get("text")))
                questions.append(Question(text, article_id, accepted))
    return articles, questions


def gold_rank(article_ids: Sequence[str], gold: str) -> int | None:
    """1-based rank of the gold article among the distinct articles hit, or None."""
    seen: list[str] = []
    for article_id in article_ids:
        if article_id not in seen:
            seen.append(article_id)
            if article_id == gold:
                return len(seen)
    return None


def ranking_metrics(ranks: Sequence[int | None]) -> dict[str, float]:
    """Recall@1/5/20, MRR@10 and nDCG@10 (one relevant article) from gold ranks."""
    n = max(len(ranks), 1)
    metrics = {f"recall@{k}": sum(1 for r in ranks if r is not None and r <= k) / n for k in RECALL_AT}
    metrics["mrr@10"] = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    metrics["ndcg@10"] = sum(1 / math.log2(r + 1) for r in ranks if r is not None and r <= 10) / n
    return metrics


def latency(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99 in milliseconds."""
    values = np.asarray(seconds, dtype=np.float64) * 1000 if seconds else np.zeros(1)
    return {f"p{q}": round(float(np.percentile(values, q)), 2) for q in (50, 95, 99)}


def evaluate_retrieval(index, questions: Sequence[Question], mode: str) -> dict:
    """Ask every question in one mode.

    Returns:
        the metrics of ``ranking_metrics`` plus "latency_ms" (p50/p95/p99 of search).
    """
    ranks, times = [], []
    for question in questions:
        start = time.perf_counter()
        hits = index.search(question.text, k=FETCH, mode=mode)
        times.append(time.perf_counter() - start)
        ranks.append(gold_rank([h.passage.article_id for h in hits], question.gold))
    return {**{k: round(v, 4) for k, v in ranking_metrics(ranks).items()}, "latency_ms": latency(times)}


def evaluate_answers(index, questions: Sequence[Question]) -> dict:
    """Ask every question with ``index.ask``.

    Returns:
        over answerable questions: "contains_gold" (share whose gold answer appears in
        the answer text; an abstention counts as a miss) and "abstain_rate" (share
        answered "not supported"); "unanswerable" (count and the share rightly
        abstained on, for SQuAD 2.0 style files; None when there are none); and
        "latency_ms" (p50/p95/p99 of ask over every question).
    """
    found = abstained = refused = 0
    times = []
    for question in questions:
        start = time.perf_counter()
        answer = index.ask(question.text)
        times.append(time.perf_counter() - start)
        if question.answerable:
            found += any(a in answer.text for a in question.answers)
            abstained += not answer.supported
        else:
            refused += not answer.supported
    answerable = sum(1 for q in questions if q.answerable)
    impossible = len(questions) - answerable
    return {
        "contains_gold": round(found / max(answerable, 1), 4),
        "abstain_rate": round(abstained / max(answerable, 1), 4),
        "unanswerable": {"questions": impossible, "abstain_rate": round(refused / impossible, 4)}
        if impossible
        else None,
        "latency_ms": latency(times),
    }


def evaluate_file(
    path: str | Path,
    model: str | None = None,
    modes: Sequence[str] = ("hybrid", "bm25", "dense"),
    limit: int | None = None,
    answers: bool = True,
    store: str | None = None,
) -> dict:
    """Index every context of a SQuAD-format file and measure every question.

    Retrieval is measured on answerable questions (an unanswerable one has no gold
    passage); answers on all of them.

    Args:
        path: the dataset.
        model: embedding model (None: the default).
        modes: search modes to measure, in one run over one index.
        limit: only the first N questions (all contexts are indexed).
        answers: also measure ``index.ask`` when qa.answer.compose is available.
        store: a store URI (``milvus:...``) to measure through: the contexts are written
            there (the store rebuilt first) and every search runs in the engine.

    Returns:
        a JSON-ready report: dataset, counts, model, build seconds, the 1-minute load
        average before and after, "modes" with the metrics of each mode (search
        latency with k=30, the query embedded each time), and "answers" (None when not
        measured).
    """
    from qa.index import Index

    articles, questions = load_squad(path)
    if limit is not None:
        questions = questions[: max(limit, 0)]
    load_before = _load_average()
    start = time.perf_counter()
    if store:
        from qa.index import StoreIndex

        index = StoreIndex.open(store, model, create=True, rebuild=True)
        index.add(articles)
    else:
        index = Index.build(articles, model=model)
    build_seconds = time.perf_counter() - start
    index.search("预热", k=1, mode="hybrid")  # load the model before timing
    answerable = [q for q in questions if q.answerable]
    report = {
        "dataset": str(path),
        "store": store or "memory",
        "questions": len(questions),
        "answerable": len(answerable),
        "articles": len(index.articles),
        "passages": len(index.passages),
        "model": index.embedder.name,
        "build_seconds": round(build_seconds, 2),
        "modes": {mode: evaluate_retrieval(index, answerable, mode) for mode in modes},
        "answers": None,
    }
    if answers:
        report["answers"] = evaluate_answers(index, questions)
    report["load_average"] = [load_before, _load_average()]
    return report


def _load_average() -> float | None:
    """The 1-minute load average (None where the system does not say)."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # pragma: no cover - not Unix
        return None


def format_report(report: dict) -> str:
    """The report as Markdown tables for people."""
    load = report.get("load_average") or [None, None]
    lines = [
        f"{report['dataset']}: {report['questions']} questions ({report.get('answerable', report['questions'])}"
        f" answerable) over {report['articles']} articles ({report['passages']} passages),"
        f" model {report['model']}, built in {report['build_seconds']} s; load average {load[0]} → {load[1]}",
        "",
        "| mode | R@1 | R@5 | R@20 | MRR@10 | nDCG@10 | search p50 ms | p95 ms | p99 ms |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for mode, m in report["modes"].items():
        ms = m["latency_ms"]
        lines.append(
            f"| {mode} | {m['recall@1']:.3f} | {m['recall@5']:.3f} | {m['recall@20']:.3f}"
            f" | {m['mrr@10']:.3f} | {m['ndcg@10']:.3f} | {ms['p50']} | {ms['p95']} | {ms['p99']} |"
        )
    answers = report.get("answers")
    if answers:
        ms = answers["latency_ms"]
        lines += [
            "",
            "| answers | gold in answer text | abstained | ask p50 ms | p95 ms | p99 ms |",
            "|---|---|---|---|---|---|",
            f"| answerable | {answers['contains_gold']:.3f} | {answers['abstain_rate']:.3f}"
            f" | {ms['p50']} | {ms['p95']} | {ms['p99']} |",
        ]
        impossible = answers.get("unanswerable")
        if impossible:
            lines.append(
                f"| unanswerable ({impossible['questions']}) | – | {impossible['abstain_rate']:.3f} | | | |"
            )
    return "\n".join(lines)
