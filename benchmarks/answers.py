"""Answer quality, abstention and speed: the measurements behind the defaults in qa/answer/sentences.py.

Run from the repository root (../shared beside it):

    python benchmarks/answers.py                   # everything, then RESULTS.md
    python benchmarks/answers.py --limit 300 --no-write --set second=0.9

It indexes each shared dev set (every context an article, as `qa eval` does) with the
default embedder (or ``--model``; passage vectors kept on disk by benchmarks/vectors.py) and
asks every question through the real Index with the answer settings shipped for that model. Measured:

- gold answer text inside ``answer.text`` (the issue's measure), with and without
  abstention, the mean answer length in characters, and the abstain rate;
- abstention: the support score of answerable questions against that of questions the
  index cannot answer (the other dev set's questions whose answers and titles are absent,
  and the hand-written ``benchmarks/unanswerable_zh.txt`` asked of every index, the seed
  page included); a threshold sweep and both error rates;
- latency of ``ask`` over ``search`` on an index of 10k+ passages (the dev-set contexts,
  repeated under new ids).

Tables are printed and written into benchmarks/RESULTS.md between this script's markers.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import common  # noqa: E402
import models as M  # noqa: E402
from vectors import StoredEmbedder  # noqa: E402

from qa.answer.compose import compose_answer  # noqa: E402
from qa.answer.question import analyse  # noqa: E402
from qa.answer.sentences import AnswerSettings, select, settings_for  # noqa: E402
from qa.evaluate import load_squad  # noqa: E402
from qa.index import Index  # noqa: E402
from qa.parse import load_articles  # noqa: E402
from qa.text import fold  # noqa: E402
from qa.types import Article  # noqa: E402

DATASETS = common.DATASETS
UNANSWERABLE = ROOT / "benchmarks" / "unanswerable_zh.txt"
SEED_QUESTIONS = [
    ("铜鼓县电子公函使用率", "100%"),
    ("上栗县矛盾纠纷就地调处率是多少", "96.3%"),
    ("东乡区组成了多少个专项监督检查组", "12个"),
    ("大余宅基地那篇文章是谁写的", "叶功富"),
    ("九江银行那张照片是谁拍的", "方曦"),
    ("大余宅基地那篇文章的标题是什么", "大余积极探索宅基地审批机制"),
]


@dataclasses.dataclass
class Row:
    """One question asked of one index."""

    support: float
    found: bool  # gold answer inside the answer text, had it answered
    length: int  # characters of the answer text, had it answered
    seconds: float  # time of the answer step after search


def measure(index: Index, questions, settings: AnswerSettings) -> list[Row]:
    """Search once per question, then time the answer step (``compose_answer``, which is
    what ``Index.ask`` adds to ``search``)."""
    never_abstain = dataclasses.replace(settings, threshold_lexical=-1e9)
    rows = []
    for text, answers in questions:
        question = analyse(text)
        hits = index.search(question.search, k=5)
        start = time.perf_counter()
        answer = compose_answer(question, hits, index.articles, index.embedder, None, settings)
        seconds = time.perf_counter() - start
        support = select(question, hits, index.embedder, settings).support
        if not answer.supported:  # the same sentences, quoted regardless of support
            answer = compose_answer(question, hits, index.articles, None, None, never_abstain)
        found = any(a in answer.text for a in answers)
        rows.append(Row(support, found, len(answer.text), seconds))
    return rows


def absent_from(other: list[Article], questions, articles: list[Article]):
    """Questions whose answers and whose context's title are in none of ``other``."""
    haystack = fold("\n".join(a.title + "\n" + a.text for a in other))
    titles = {a.id: a.title for a in articles}
    kept = []
    for q in questions:
        if all(fold(a) not in haystack for a in q.answers) and fold(titles[q.gold]) not in haystack:
            kept.append((q.text, ()))
    return kept


def quality_table(results: dict[str, list[Row]], threshold: float) -> list[str]:
    lines = [
        "| dev set | questions | gold in answer.text | even / odd questions | same, never abstaining"
        " | abstained | mean answer chars | answer step p50 / p95 ms |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def gold(rows: list[Row]) -> float:
        return sum(r.found and r.support >= threshold for r in rows) / len(rows)

    for name, rows in results.items():
        answered = [r for r in rows if r.support >= threshold]
        found = gold(rows)
        halves = f"{gold(rows[::2]):.3f} / {gold(rows[1::2]):.3f}" if len(rows) > 1 else ""
        ms = np.percentile([r.seconds * 1000 for r in rows], [50, 95])
        lines.append(
            f"| {name} | {len(rows)} | {found:.3f} | {halves} | {np.mean([r.found for r in rows]):.3f}"
            f" | {1 - len(answered) / len(rows):.3f} | {np.mean([r.length for r in rows]):.1f}"
            f" | {ms[0]:.1f} / {ms[1]:.1f} |"
        )
    return lines


def sweep(positives: list[float], negatives: list[float], in_use: float) -> tuple[float, list[str]]:
    """Error rates over thresholds around the one in use and the one minimising their sum."""
    pos, neg = np.asarray(positives), np.asarray(negatives)
    grid = np.round(in_use * np.arange(0.60, 1.41, 0.02), 3)  # each model's support has its own scale
    errors = [(float(np.mean(pos < t)), float(np.mean(neg >= t))) for t in grid]
    best = int(np.argmin([a + b for a, b in errors]))
    used = int(np.argmin(np.abs(grid - in_use)))
    lines = ["| threshold | false abstain (answerable) | false answer (unanswerable) |", "|---|---|---|"]
    for i in range(max(min(best, used) - 3, 0), min(max(best, used) + 4, len(grid))):
        mark = (" **(in use)**" if i == used else "") + (" (lowest sum)" if i == best else "")
        lines.append(f"| {grid[i]:.3g}{mark} | {errors[i][0]:.3f} | {errors[i][1]:.3f} |")
    return float(grid[best]), lines


def seed_table(seed: Index) -> list[str]:
    lines = ["| question | expected | supported | answer |", "|---|---|---|---|"]
    for question, expected in SEED_QUESTIONS:
        answer = seed.ask(question)
        ok = "yes" if expected in answer.text and answer.supported else "NO"
        lines.append(f"| {question} | {expected} ({ok}) | {answer.supported} | {answer.text} |")
    return lines


def speed_table(articles: list[Article], passages_per_copy: int, questions, count: int, embedder) -> list[str]:
    """ask vs search latency on an index of at least 10k passages."""
    copies = -(-10_000 // passages_per_copy)
    scaled = [dataclasses.replace(a, id=f"{a.id}~{c}") for c in range(copies) for a in articles]
    index = Index.build(scaled, model=embedder, progress=False)
    index.ask("预热")
    sample = questions[:count]
    search_ms, ask_ms = [], []
    for text, _answers in sample:
        start = time.perf_counter()
        index.search(analyse(text).search, k=5)
        search_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        index.ask(text)
        ask_ms.append((time.perf_counter() - start) * 1000)
    s, a = np.percentile(search_ms, [50, 95]), np.percentile(ask_ms, [50, 95])
    return [
        f"{len(index.passages)} passages ({len(index.articles)} articles: the dev-set contexts"
        f" {copies}x under new ids), {len(sample)} questions, {embedder.name} (vectors read from disk;"
        " the questions' too: embedding a question, ~13-15 ms with e5, is not in these times).",
        "",
        "| call | p50 ms | p95 ms |",
        "|---|---|---|",
        f"| search | {s[0]:.1f} | {s[1]:.1f} |",
        f"| ask | {a[0]:.1f} | {a[1]:.1f} |",
        f"| ask − search (p50) | {a[0] - s[0]:.1f} | |",
    ]


def write_results(lines: list[str]) -> None:
    """Replace this script's block in RESULTS.md (other scripts' blocks stay)."""
    common.write_section("answers.py", "\n".join(lines))


def _typed(current, value: str):
    """``value`` as the type of the setting it overrides (true/false for a flag)."""
    if isinstance(current, bool):
        if value.lower() not in ("true", "false", "1", "0"):
            raise SystemExit(f"--set: {value!r} is not true or false")
        return value.lower() in ("true", "1")
    return type(current)(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="embedder (default: the default model)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N questions of each set")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a Settings field")
    parser.add_argument("--speed-questions", type=int, default=300)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    # The vectors of the dev sets are kept on disk (benchmarks/vectors.py): the same as the
    # model's, embedded once.
    embedder = StoredEmbedder(args.model)
    shipped = settings_for(embedder.name)
    overrides = {k: _typed(getattr(shipped, k), v) for k, v in (s.split("=", 1) for s in args.set)}
    settings = dataclasses.replace(shipped, **overrides)

    loaded = {name: load_squad(path) for name, path in DATASETS.items()}
    indexes = {name: Index.build(arts, model=embedder, progress=False) for name, (arts, _qs) in loaded.items()}
    seed = Index.build(load_articles([str(ROOT / "corpus")]), model=embedder, progress=False)
    hand = [line.strip() for line in UNANSWERABLE.read_text("utf-8").splitlines()]
    hand = [(line, ()) for line in hand if line and not line.startswith("#")]

    answerable: dict[str, list[Row]] = {}
    unanswerable: dict[str, list[Row]] = {}
    for name, (_articles, questions) in loaded.items():
        asked = [(q.text, q.answers) for q in questions[: args.limit]]
        print(f"measuring {name} ...", file=sys.stderr, flush=True)
        answerable[name] = measure(indexes[name], asked, settings)
        other = next(n for n in loaded if n != name)
        cross = absent_from(loaded[name][0], loaded[other][1], loaded[other][0])[: args.limit]
        unanswerable[f"{other} questions on {name}"] = measure(indexes[name], cross, settings)
        unanswerable[f"hand-written on {name}"] = measure(indexes[name], hand, settings)
    unanswerable["hand-written on seed page"] = measure(seed, hand, settings)
    # Questions in a reader's own words (held out: nothing was fitted on them).
    readers: dict[str, list[Row]] = {}
    recall: list[str] = []
    for label, path in (("paraphrase", M.PARAPHRASE), ("natural", M.NATURAL)):
        for name in loaded:
            asked = [(q.text, q.answers) for q in M.paraphrase_questions(name, path)]
            readers[f"{label} {name}"] = measure(indexes[name], asked, settings)
            golds = [q.gold for q in M.paraphrase_questions(name, path)]
            ranks = [[h.passage.article_id for h in indexes[name].search(text, k=5)] for text, _a in asked]
            r1 = np.mean([r[:1] == [g] for r, g in zip(ranks, golds, strict=True)])
            r5 = np.mean([g in r for r, g in zip(ranks, golds, strict=True)])
            recall.append(f"| {label} {name} | {len(asked)} | {r1:.3f} | {r5:.3f} |")

    positives = [r.support for rows in answerable.values() for r in rows]
    negatives = [r.support for rows in unanswerable.values() for r in rows]
    t = settings.threshold
    lowest, sweep_lines = sweep(positives, negatives, t)
    command = "python benchmarks/answers.py " + " ".join(argv if argv is not None else sys.argv[1:])
    lines = [
        "## Answers (benchmarks/answers.py)",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" shared with other jobs (timings are noisy). Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.",
        f"Command: `{command.strip()}`. Settings: `{settings}`.",
        "",
        "### Seed page",
        "",
        *seed_table(seed),
        "",
        f"### Answer quality (hybrid search, k=5, threshold {t})",
        "",
        "Gold in answer.text counts an abstention as a miss; 'never abstaining' is the",
        "sentence choice alone. Mean answer chars: the quoted text with its [n] markers.",
        "Even / odd: the dev set's questions in file order, 0-based; the answer settings and",
        "the sentence weights (benchmarks/sentence_weights.py) were chosen on the even ones.",
        "Paraphrase and natural: benchmarks/paraphrase_zh.tsv and natural_zh.tsv, questions in a",
        "reader's own words about the same contexts, written before anything was tuned on them.",
        "Answers run on (``run_on``: the best sentence's quote goes on into the sentences after it,",
        "then the one before, while the answer fits max_total) for questions that do not want a",
        "number or a date; `--set run_on=false` measures them without it.",
        "",
        *quality_table({**answerable, **readers}, t),
        "",
        "Retrieval of the reader's-words questions (the first hits' articles against the context asked about):",
        "",
        "| set | questions | R@1 | R@5 |",
        "|---|---|---|---|",
        *recall,
        "",
        "### Abstention",
        "",
        "Support score = weighted bigram coverage of the question by the best sentence's passage",
        "and title + support_dense × cosine(question, best sentence) + support_chars × the sentence's",
        "share of the question's characters + support_passage_chars × the passage's (weights and",
        "threshold: benchmarks/sentence_weights.py). Unanswerable sets:",
        "",
        "| set | questions | false answer at threshold " + f"{t} |",
        "|---|---|---|",
        *[
            f"| {name} | {len(rows)} | {np.mean([r.support >= t for r in rows]):.3f} |"
            for name, rows in unanswerable.items()
        ],
        "",
        f"Answerable: {len(positives)} questions, false abstain {np.mean(np.asarray(positives) < t):.3f};"
        f" unanswerable: {len(negatives)} questions, false answer {np.mean(np.asarray(negatives) >= t):.3f}.",
        f"Sweep: the sum of both error rates is lowest at {lowest:.3g}; {t} is in use (it keeps the",
        "false-answer rate of the threshold before the support weights were fitted, on the even",
        "unanswerable questions); an abstaining answer still lists the closest passages.",
        "Part of 'CMRC questions on DRCD' is answerable there after all (overlapping Wikipedia",
        "topics; the filter only drops questions whose answer string or title occurs in DRCD).",
        "",
        *sweep_lines,
    ]
    if not args.no_speed:
        print("speed at 10k+ passages ...", file=sys.stderr, flush=True)
        everything = [a for arts, _qs in loaded.values() for a in arts]
        per_copy = sum(len(index.passages) for index in indexes.values())
        questions = [(q.text, q.answers) for _arts, qs in loaded.values() for q in qs]
        lines += ["", "### Speed at 10k+ passages", "",
                  *speed_table(everything, per_copy, questions[::7], args.speed_questions, embedder)]
    print("\n".join(lines))
    if not args.no_write:
        write_results(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
