"""Sentence weights for answer choice: fitted on half the questions, judged on the rest.

Every sentence of the passages an answer reads gets a row of features
(``qa.answer.sentences.sentence_features``: bigram and character coverage, cosine with the
question, passage rank, opening sentence, the kind's number or date, the question's words
beyond the headline, place in the passage, a pointing-back opening, the unit the question
asks for); its score is the row times the settings' weights of the same names. This script
fits those weights as a conditional logit (softmax over the sentences read, the sentences
holding the gold answer as the target, with an L2 penalty; two-fold cross-validation on
the training half is printed beside it) on the even-numbered CMRC and DRCD questions whose gold is in a sentence
read, and prints the weights in the units of ``lexical`` = 1 (what TUNED in
qa/answer/sentences.py holds) with the share of questions whose best sentence holds the
gold, shipped weights against fitted, on the even (tuning) and odd (held-out) questions,
the paraphrase set and the natural set (benchmarks/*_zh.tsv, never fitted on).

    python benchmarks/sentence_weights.py --model e5-small
    python benchmarks/sentence_weights.py --model use --no-write

Then the support score that decides abstention: for the best sentence the answer step
chooses, its passage's bigram coverage of the question (weight 1), the sentence's cosine,
the sentence's and the passage's share of the question's characters (a reader's own words
keep characters when they lose bigrams), weighed by a logistic regression of answerable
(even CMRC and DRCD questions) against unanswerable questions (the other set's questions
whose answers are absent, and benchmarks/unanswerable_zh.txt on each index and the seed
page; even-numbered), both sides weighted equally; the threshold keeps the false-answer
rate of the settings before the fit (BEFORE) on those even unanswerable questions, so what changes is how many
answerable ones are withheld; odd-numbered and reader's-words questions judge it.

The full answers (with the runner-up and neighbouring sentences) are measured by
benchmarks/answers.py.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import common  # noqa: E402
import models as M  # noqa: E402
from answers import UNANSWERABLE, absent_from  # noqa: E402
from vectors import StoredEmbedder  # noqa: E402

from qa.answer.sentences import FEATURES, AnswerSettings, select, sentence_features, settings_for  # noqa: E402
from qa.index import Index  # noqa: E402
from qa.parse import load_articles  # noqa: E402

# What shipped before these weights were fitted (commit 3eb203e): the hand-tuned sentence
# score (lexical, unigram, similar, rank, lead, kind) and a support of cover + dense alone;
# the tables show it beside the shipped and the fitted weights, and the fitted threshold
# keeps its false-answer rate.
BEFORE = {
    "e5-small": {"similar": 0.6, "second": 0.6, "max_chars": 200, "support_dense": 5.0, "threshold": 4.68,
                 "min_chars": 70, "short_both": True},
    "use-multilingual-v3": {"min_chars": 70, "short_both": True},
}

# The parts of the support score, in Selection's attribute names; cover's weight is 1.
SUPPORT = ("cover", "dense", "chars", "passage_chars")
SUPPORT_WEIGHTS = ("support_dense", "support_chars", "support_passage_chars")

PENALTIES = (1e-4, 1e-3, 3e-3, 1e-2, 3e-2)


def _support_parts(asked, settings: AnswerSettings) -> np.ndarray:
    """(questions, len(SUPPORT) + 1): the support parts of each answer's best sentence and
    the penalty for a quoted name missing (0 or -1)."""
    rows = []
    for a in asked:
        chosen = select(a.question, a.hits, None, settings)
        parts = [getattr(chosen, name) for name in SUPPORT]
        used = parts[0] + sum(getattr(settings, w) * x for w, x in zip(SUPPORT_WEIGHTS, parts[1:], strict=True))
        rows.append([*parts, round(chosen.support - used)])
    return np.array(rows, dtype=np.float64).reshape(-1, len(SUPPORT) + 1)


def feature_sets(embedder: StoredEmbedder, before: AnswerSettings) -> tuple[dict[str, list], dict, dict]:
    """Per question set, per question: (feature rows, 1 for sentences holding the gold),
    or None when no sentence read holds it (nothing to learn from that question); and the
    support parts (``_support_parts``) of the answerable and of the unanswerable sets, by
    set name, as (shipped settings, ``before`` settings) pairs."""
    settings = settings_for(embedder.name)
    read = settings.read
    out: dict[str, list] = {}
    answerable: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    unanswerable: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def parts(asked) -> tuple[np.ndarray, np.ndarray]:
        return _support_parts(asked, settings), _support_parts(asked, before)

    hand = [line.strip() for line in UNANSWERABLE.read_text("utf-8").splitlines()]
    hand = [(line, ()) for line in hand if line and not line.startswith("#")]
    data = {name: M.Data(name, embedder) for name in common.DATASETS}
    for name, here in data.items():
        other = next(d for n, d in data.items() if n != name)
        absent = absent_from(here.articles, other.questions, other.articles)
        unanswerable[f"{other.name} questions on {name}"] = parts([a for _i, a in M.ask_all(here.index, absent)])
        unanswerable[f"hand-written on {name}"] = parts([a for _i, a in M.ask_all(here.index, hand)])
    seed = Index.build(load_articles([str(ROOT / "corpus")]), model=embedder, progress=False)
    unanswerable["hand-written on seed page"] = parts([a for _i, a in M.ask_all(seed, hand)])
    for name, data_set in data.items():
        for label, questions in [
            (name, data_set.questions),
            (f"paraphrase {name}", data_set.paraphrase),
            (f"natural {name}", M.paraphrase_questions(name, M.NATURAL)),
        ]:
            rows = []
            asked_all = [a for _i, a in M.ask_all(data_set.index, [(q.text, q.answers) for q in questions])]
            answerable[label] = parts(asked_all)
            for asked in asked_all:
                found = sentence_features(asked.question, asked.hits, read)
                gold = np.array(
                    [any(a in asked.hits[i].passage.text[s:e] for a in asked.answers) for i, s, e in found.spans], float
                )
                rows.append((found.rows, gold) if gold.any() else None)
            out[label] = rows
            print(f"{label}: {len(rows)} questions", file=sys.stderr, flush=True)
    return out, answerable, unanswerable


def fit_support(answerable: dict, unanswerable: dict, settings: AnswerSettings,
                before: AnswerSettings) -> tuple[np.ndarray, float, list[str]]:
    """Support weights (cover = 1, then SUPPORT_WEIGHTS' order) and threshold, fitted on the
    parts of the shipped sentence choice; a table of false abstain / false answer, before,
    shipped and fitted."""
    pos = np.concatenate([answerable[n][0][0::2] for n in common.DATASETS])
    neg = np.concatenate([v[0][0::2] for v in unanswerable.values()])
    x = np.concatenate([pos, neg])[:, : len(SUPPORT)]
    y = np.r_[np.ones(len(pos)), np.zeros(len(neg))]
    weight = np.r_[np.full(len(pos), 0.5 / len(pos)), np.full(len(neg), 0.5 / len(neg))]
    mean, scale = x.mean(0), x.std(0) + 1e-9

    def loss(w):  # balanced logistic loss on standardised parts, small L2
        z = ((x - mean) / scale) @ w[1:] + w[0]
        p = 1 / (1 + np.exp(-z))
        g = weight * (p - y)
        return (float(-(weight * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12))).sum() + 1e-4 * w[1:] @ w[1:]),
                np.r_[g.sum(), ((x - mean) / scale).T @ g + 2e-4 * w[1:]])

    w = minimize(loss, np.zeros(len(SUPPORT) + 1), jac=True, method="L-BFGS-B").x[1:] / scale
    w = np.round(w / w[0], 2)

    def support(parts: np.ndarray, weights: np.ndarray) -> np.ndarray:
        return parts[:, : len(SUPPORT)] @ weights + parts[:, len(SUPPORT)]

    def weights_of(chosen: AnswerSettings) -> np.ndarray:
        return np.array([1.0, *(getattr(chosen, n) for n in SUPPORT_WEIGHTS)])

    old_negatives = np.concatenate([v[1][0::2] for v in unanswerable.values()])
    rate = float(np.mean(support(old_negatives, weights_of(before)) >= before.threshold))
    fitted_negatives = np.sort(support(neg, w))
    threshold = float(np.round(fitted_negatives[int(np.ceil(len(fitted_negatives) * (1 - rate)))] + 0.005, 2))
    rows = []
    for label, weights, t, side in (("before", weights_of(before), before.threshold, 1),
                                    ("shipped", weights_of(settings), settings.threshold, 0), ("fitted", w, threshold, 0)):
        even_neg = np.concatenate([v[side][0::2] for v in unanswerable.values()])
        odd_neg = np.concatenate([v[side][1::2] for v in unanswerable.values()])
        cells = [f"{np.mean(support(even_neg, weights) >= t):.3f}", f"{np.mean(support(odd_neg, weights) >= t):.3f}"]
        for name, pair in answerable.items():
            held = pair[side][1::2] if name in common.DATASETS else pair[side]
            cells.append(f"{np.mean(support(held, weights) < t):.3f}")
        rows.append([label, f"{t:g}", *cells])
    header = ["weights", "threshold", "false answer even", "false answer odd",
              *(f"false abstain {n}{' odd' if n in common.DATASETS else ''}" for n in answerable)]
    return w, threshold, [common.table(header, rows)]


def _loss(w: np.ndarray, data: list, penalty: float) -> tuple[float, np.ndarray]:
    """Mean negative log of the softmax mass on gold sentences, plus the L2 penalty; and its gradient."""
    total, grad = 0.0, np.zeros_like(w)
    for rows, gold in data:
        scores = rows @ w
        p = np.exp(scores - scores.max())
        p /= p.sum()
        mass = float(p @ gold)
        total -= np.log(mass + 1e-12)
        grad -= (p * gold / (mass + 1e-12) - p) @ rows
    return total / len(data) + penalty * float(w @ w), grad / len(data) + 2 * penalty * w


def fit(data: list, penalty: float) -> np.ndarray:
    return minimize(_loss, np.zeros(len(FEATURES)), args=(data, penalty), jac=True, method="L-BFGS-B").x


def top1(w: np.ndarray, data: list) -> float:
    """Share of questions whose best-scored sentence holds the gold."""
    return float(np.mean([gold[np.argmax(rows @ w)] > 0 for rows, gold in data]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="e5-small", help="use or e5-small")
    parser.add_argument("--penalty", type=float, default=3e-3,
                        help="L2 penalty (3e-3: of those within 0.001 of the best in the cross-validation,"
                        " the one whose weights gave the most gold answers on the even questions in"
                        " benchmarks/answers.py)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    embedder = StoredEmbedder(args.model)
    name = embedder.name
    before = AnswerSettings(**BEFORE[name])
    sets, answerable, unanswerable = feature_sets(embedder, before)
    usable = {name: [x for x in rows if x is not None] for name, rows in sets.items()}
    halves = {name: ([x for x in rows[0::2] if x], [x for x in rows[1::2] if x]) for name, rows in sets.items()}
    train = [x for name in common.DATASETS for x in halves[name][0]]
    # The penalty by two-fold cross-validation inside the training half.
    folds = [[x for name in common.DATASETS for x in halves[name][0][k::2]] for k in (0, 1)]
    cv = {p: np.mean([top1(fit(folds[k], p), folds[1 - k]) for k in (0, 1)]) for p in PENALTIES}
    penalty = args.penalty
    w = fit(train, penalty)
    w = w / w[FEATURES.index("lexical")]
    shipped = settings_for(name)
    current = np.array([getattr(shipped, f) for f in FEATURES])
    old = np.array([getattr(before, f) for f in FEATURES])
    fitted = ", ".join(f'"{f}": {v:.2f}' for f, v in zip(FEATURES, w, strict=True) if f != "lexical")
    rows = []
    for label in sets:
        tune, held = halves[label]
        for half, data in (("even", tune), ("odd", held)):
            rows.append([label, half, len(data), f"{top1(old, data):.3f}", f"{top1(current, data):.3f}", f"{top1(w, data):.3f}"])
    lines = [
        f"## Sentence and support weights, {name} (benchmarks/sentence_weights.py)",
        "",
        f"Command: `python benchmarks/sentence_weights.py --model {args.model}`, "
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC. Training: {len(train)} even CMRC + DRCD questions"
        f" whose gold is in a sentence read; L2 penalty {penalty} (best-sentence share in two-fold CV on them: "
        + ", ".join(f"{p}: {cv[p]:.4f}" for p in PENALTIES) + ").",
        "",
        f"Fitted (lexical = 1): {fitted}",
        "",
        "Best sentence holds the gold (questions whose gold is in some sentence read); only the even"
        " CMRC and DRCD questions were fitted on:",
        "",
        common.table(["questions", "half", "n", "before", "shipped weights", "fitted weights"], rows),
        "",
        "Questions with no gold in any sentence read: "
        + ", ".join(f"{label} {sum(x is None for x in sets[label])}" for label in sets)
        + f"; usable in all: {sum(len(v) for v in usable.values())}.",
    ]
    support_w, threshold, support_table = fit_support(answerable, unanswerable, shipped, before)
    lines += [
        "",
        "Support (abstention): fitted weights " + ", ".join(
            f'"{n}": {v:.2f}' for n, v in zip(SUPPORT_WEIGHTS, support_w[1:], strict=True))
        + f', "threshold": {threshold:g} (cover = 1; the threshold keeps the false-answer rate before the fit on the even'
        " unanswerable questions):",
        "",
        *support_table,
    ]
    print("\n".join(lines))
    if not args.no_write:
        common.write_section(f"sentence_weights.py {name}", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
