"""`qa eval`: retrieval and answer quality on SQuAD-format files (CMRC 2018, DRCD)."""

from __future__ import annotations

import json
import math
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
    and the accepted answer strings."""

    text: str
    gold: str
    answers: tuple[str, ...]


def load_squad(path: str | Path) -> tuple[list[Article], list[Question]]:
    """Read a SQuAD-format file: every context becomes a one-paragraph Article titled
    as in the dataset; every question is kept with the id of its context's article.

    Raises:
        InputFileError: when the file is missing or not SQuAD-shaped JSON.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8-sig"))["data"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputFileError(str(path), f"not a SQuAD-format JSON file ({error})") from error
    articles: list[Article] = []
    questions: list[Question] = []
    for number, entry in enumerate(data):
        for position, paragraph in enumerate(entry.get("paragraphs", [])):
            context = paragraph.get("context", "").strip()
            if not context:
                continue
            article_id = str(paragraph.get("id") or f"{entry.get('id', number)}-{position}")
            articles.append(
                Article(id=article_id, title=entry.get("title", ""), paragraphs=(context,), source=str(path))
            )
            for qa in paragraph.get("qas", []):
                if not qa.get("question", "").strip():
                    continue  # a few dataset rows carry no question
                answers = tuple(dict.fromkeys(a["text"] for a in qa.get("answers", []) if a.get("text")))
                questions.append(Question(qa["question"].strip(), article_id, answers))
    if not articles:
        raise InputFileError(str(path), "holds no contexts")
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
    """Share of questions whose gold answer appears in ``index.ask(q).text``, and the
    share answered "not supported"."""
    found = abstained = 0
    times = []
    for question in questions:
        start = time.perf_counter()
        answer = index.ask(question.text)
        times.append(time.perf_counter() - start)
        found += any(a in answer.text for a in question.answers)
        abstained += not answer.supported
    n = max(len(questions), 1)
    return {
        "contains_gold": round(found / n, 4),
        "abstain_rate": round(abstained / n, 4),
        "latency_ms": latency(times),
    }


def evaluate_file(
    path: str | Path,
    model: str | None = None,
    modes: Sequence[str] = ("hybrid", "bm25", "dense"),
    limit: int | None = None,
    answers: bool = True,
) -> dict:
    """Index every context of a SQuAD-format file and measure every question.

    Args:
        path: the dataset.
        model: embedding model (None: the default).
        modes: search modes to measure, in one run over one index.
        limit: only the first N questions (all contexts are indexed).
        answers: also measure ``index.ask`` when qa.answer is available.

    Returns:
        a JSON-ready report: dataset, counts, model, build seconds, "modes" with the
        metrics of each mode, and "answers" (None when not measured).
    """
    from qa.index import Index

    articles, questions = load_squad(path)
    if limit is not None:
        questions = questions[: max(limit, 0)]
    start = time.perf_counter()
    index = Index.build(articles, model=model)
    build_seconds = time.perf_counter() - start
    index.search("预热", k=1, mode="hybrid")  # load the model before timing
    report = {
        "dataset": str(path),
        "questions": len(questions),
        "articles": len(index.articles),
        "passages": len(index.passages),
        "model": index.embedder.name,
        "build_seconds": round(build_seconds, 2),
        "modes": {mode: evaluate_retrieval(index, questions, mode) for mode in modes},
        "answers": None,
    }
    if answers and _answers_available():
        report["answers"] = evaluate_answers(index, questions)
    return report


def _answers_available() -> bool:
    """True when qa.answer provides ``ask`` (it is built separately)."""
    try:
        from qa.answer import ask  # noqa: F401
    except ImportError:
        return False
    return True


def format_report(report: dict) -> str:
    """The report as a Markdown table for people."""
    lines = [
        f"{report['dataset']}: {report['questions']} questions over {report['articles']} articles"
        f" ({report['passages']} passages), model {report['model']}, built in {report['build_seconds']} s",
        "",
        "| mode | R@1 | R@5 | R@20 | MRR@10 | nDCG@10 | p50 ms | p95 ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for mode, m in report["modes"].items():
        lines.append(
            f"| {mode} | {m['recall@1']:.3f} | {m['recall@5']:.3f} | {m['recall@20']:.3f}"
            f" | {m['mrr@10']:.3f} | {m['ndcg@10']:.3f} | {m['latency_ms']['p50']}"
            f" | {m['latency_ms']['p95']} |"
        )
    answers = report.get("answers")
    if answers:
        lines += [
            "",
            f"answers: gold answer in answer text {answers['contains_gold']:.3f},"
            f" abstained {answers['abstain_rate']:.3f}, p50 {answers['latency_ms']['p50']} ms",
        ]
    return "\n".join(lines)
