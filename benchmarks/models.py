"""Embedders compared and tuned: quality and cost per model, the fusion weights and the
answer settings each model ships with (qa/retrieve/hybrid.py TUNED, qa/answer/sentences.py
TUNED).

Run from the repository root (../shared beside it):

    python benchmarks/models.py                      # everything, then RESULTS.md
    python benchmarks/models.py --models use --no-write

Vectors are kept in benchmarks/out/vectors/ (benchmarks/vectors.py), so only the first
run embeds the eval sets with e5 (minutes to an hour on a busy machine); the cost table
always embeds a fixed sample afresh.

Measured per model, every question asked through the real Index (k = 5 for answers):

- retrieval R@1 / R@5 on CMRC 2018 trial and DRCD test, on each half (even / odd
  questions), on their paraphrase slice (the questions BM25 alone misses at rank 1), and
  on benchmarks/paraphrase_zh.tsv (69 questions in a reader's own words, written before
  any tuning: never tuned on);
- the fusion weights: a grid over (s, w, t, d) scored on each half; on each half the
  configurations within 0.0005 (about one question) of that half's best are "tied" and the one giving the
  dense side the most weight is taken (a tie-break toward paraphrase, where the dense
  side is the strongest signal); the other half checks it;
- answers: gold answer inside ``answer.text``, chosen sentence weights (``similar``)
  and the support threshold, tuned on even questions and checked on odd ones, with both
  error rates (false abstain on answerable, false answer on unanswerable questions);
- cost: characters embedded per second when indexing (a fixed sample, embedded afresh,
  by sentence as the index does), query encoding and ``ask`` p50 on the CMRC index.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import common  # noqa: E402
from answers import UNANSWERABLE, absent_from  # noqa: E402
from vectors import StoredEmbedder  # noqa: E402

from qa.answer.compose import compose_answer  # noqa: E402
from qa.answer.question import analyse  # noqa: E402
from qa.answer.sentences import AnswerSettings, select, settings_for  # noqa: E402
from qa.evaluate import Question, gold_rank, load_squad  # noqa: E402
from qa.index import Index  # noqa: E402
from qa.parse import load_articles  # noqa: E402
from qa.retrieve.bm25 import tokenize_query  # noqa: E402
from qa.retrieve.hybrid import Ranking, _top, fuse_sides, hybrid_sides, ranking_for  # noqa: E402
from qa.retrieve.rows import IndexSettings  # noqa: E402

SECTION = "models"
MODELS = ("e5-small", "use")
PARAPHRASE = ROOT / "benchmarks" / "paraphrase_zh.tsv"
# 240 more questions in readers' words (one per context of another seeded sample), written
# before the sentence weights were fitted; held out like PARAPHRASE.
NATURAL = ROOT / "benchmarks" / "natural_zh.tsv"
# Fusion grid: sentence, window, dated-sentence and dense weights (BM25 weighs 1).
GRID = {"s": (0.5, 1.0), "w": (0.5, 1.0, 1.5), "t": (0.3, 0.6), "d": (0.3, 0.6, 1.0, 1.5, 2.0, 3.0, 4.0)}
TIE = 0.0005
# Answer grid: weight of the sentence cosine, runner-up share, sentence length; and the
# weight of the cosine in the support score (each model's cosines on their own scale).
ANSWER_GRID = {"similar": (0.0, 0.6), "second": (0.8, 0.6), "max_chars": (150, 200)}
SUPPORT_DENSE = {"e5-small": (3.0, 5.0, 8.0), "use-multilingual-v3": (0.5, 0.75, 1.5)}
# The shipped page asked in a reader's words (tests/answer/test_answer.py holds the ones
# that pass as a regression table; the two first phrasings here quote another sentence).
SEED_QUESTIONS = [
    ([], "上栗一共有多少支巡防队？", "143"),
    ([], "上栗网络诈骗案子少了多少？", "32%"),
    ([], "铜鼓县的电子公函用得怎么样？", "100%"),
    ([], "铜鼓县电子公函的使用比例有多高？", "100%"),
    ([], "东乡区派了几个组去监督抗旱？", "12个"),
    ([], "大余县有几个乡镇能办宅基地审批？", "11个"),
    ([], "景德镇高新区一周踢几场球？", "5场"),
    ([], "景德镇高新区每周办几场足球比赛？", "5场"),
    ([], "青山湖区有多少人当上了区政协委员？", "14名"),
    ([], "九江银行给城市美容师送了什么？", "防暑降温物品"),
    (["东乡区发现了多少问题"], "那铜鼓县呢？", "13个"),
    (["铜鼓县电子公函使用率"], "那上栗县呢？", None),
    (["铜鼓县矛盾纠纷就地调处率是多少"], "那上栗县呢？", "96.3%"),
    ([], "上栗县电子公函使用率是多少", None),
    ([], "杭州亚运会中国体育代表团获得多少枚金牌？", None),
]
COST_PARAGRAPHS = 200
# Measured once with the cached hits of this script's runs (see the commit that added
# short_both); not recomputed here.
FAILURES = (" Where e5's CMRC answers failed on the even questions before the rule (500 questions, 51 misses): the quoted passage holds the fact but another of its sentences quoted 39, withheld though the quote held the fact 3, neither the first passage nor the quoted one holds it 7, the right passage first but another one quoted 1, the fact in the chosen sentence but cut with its clauses 1; after it 26 / 3 / 7 / 1 / 1 (DRCD even: 84 → 48 another sentence, 63 withheld, 23 neither passage).")


def paraphrase_questions(name: str, path: Path = PARAPHRASE) -> list[Question]:
    """The hand-written questions in a reader's words about one eval set's contexts
    (``PARAPHRASE`` or ``NATURAL``)."""
    found = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        dataset, context, text, answers = line.split("\t")
        if dataset == name:
            found.append(Question(text, context, tuple(answers.split("|"))))
    return found


class Data:
    """One eval set indexed with one model (vectors from disk)."""

    def __init__(self, name: str, embedder: StoredEmbedder, unit: str = "sentence") -> None:
        self.name = name
        self.articles, questions = load_squad(common.DATASETS[name])
        self.questions = [q for q in questions if q.answerable]
        self.paraphrase = paraphrase_questions(name)
        self.index = Index.build(self.articles, model=embedder, settings=IndexSettings(dense_unit=unit))
        self.index.ranking = ranking_for(embedder.name)
        self.article_ids = [p.article_id for p in self.index.passages]
        self.slice = [q for q in self.questions if self.rank(q, "bm25") != 1]

    def rank(self, question: Question, mode: str, k: int = 30) -> int | None:
        hits = self.index.search(question.text, k=k, mode=mode)
        return gold_rank([h.passage.article_id for h in hits], question.gold)

    def sides(self, questions: list[Question]) -> list:
        """(gold, sides) per question: every candidate's evidence, before weighting."""
        snapshot = self.index._snapshot
        rows = np.arange(len(snapshot.passages), dtype=np.int64)
        ranking = Ranking()
        texts = [analyse(q.text).search for q in questions]
        vectors = self.index.embedder.encode_queries(texts)
        cached = []
        for q, vector in zip(questions, vectors, strict=True):
            question = analyse(q.text)
            tokens = tokenize_query(question.lexical, snapshot.sparse.tokenizer)
            scores = snapshot.sparse.scores(tokens)
            found, ids = snapshot.dense.search(vector, ranking.pool)
            dense_top = list(zip(ids.tolist(), found.tolist(), strict=True))
            sparse_top = _top(scores, rows, ranking.pool, True)
            cached.append((q.gold, hybrid_sides(snapshot, question, tokens, scores, sparse_top, dense_top, vector, ranking)))
        return cached


def r_at(data: Data, questions: list[Question], mode: str) -> tuple[float, float]:
    ranks = [data.rank(q, mode) for q in questions]
    n = max(len(ranks), 1)
    return sum(r == 1 for r in ranks) / n, sum(r is not None and r <= 5 for r in ranks) / n


def fused_r1(data: Data, cached: list, ranking: Ranking) -> float:
    hits = 0
    for gold, sides in cached:
        chosen = fuse_sides(sides, ranking, 1)
        hits += bool(chosen) and data.article_ids[chosen[0].row] == gold
    return hits / max(len(cached), 1)


def tune_fusion(sets: list[Data], model: str) -> tuple[list[str], Ranking]:
    """The grid on each half; returns table lines and the choice of the even halves."""
    halves = {(d.name, h): (d, d.sides(d.questions[i::2])) for d in sets for h, i in (("even", 0), ("odd", 1))}
    extra = {"slice": [(d, d.sides(d.slice)) for d in sets], "paraphrase": [(d, d.sides(d.paraphrase)) for d in sets]}
    scores = {}
    for s, w, t, dw in itertools.product(*GRID.values()):
        ranking = Ranking(sentence_weight=s, window_weight=w, dated_weight=t, dense_weight=dw)
        per_half = [fused_r1(d, cached, ranking) for d, cached in halves.values()]
        more = []
        for cached_sets in extra.values():
            total = sum(len(c) for _, c in cached_sets)
            more.append(sum(fused_r1(d, c, ranking) * len(c) for d, c in cached_sets) / max(total, 1))
        scores[(s, w, t, dw)] = (per_half, more)
    keys = list(halves)
    lines = [f"#### {model}: fusion grid (R@1; BM25/max + s·sentence + w·window + t·dated + d·dense)", "",
             common.table(["s", "w", "t", "d", *(f"{n} {h}" for n, h in keys), "mean", "slice", "paraphrase set"],
                          [[*c, *(f"{v:.3f}" for v in per), f"{np.mean(per):.4f}", f"{m[0]:.3f}", f"{m[1]:.3f}"]
                           for c, (per, m) in sorted(scores.items(), key=lambda kv: -np.mean(kv[1][0]))[:12]]),
             "", "(the 12 best of the grid by mean R@1 over the four halves)", ""]
    chosen = {}
    for pick in ("even", "odd"):
        idx = [i for i, k in enumerate(keys) if k[1] == pick]
        mean = {c: np.mean([v[0][i] for i in idx]) for c, v in scores.items()}
        top = max(mean.values())
        best = max((c for c in scores if mean[c] >= top - TIE), key=lambda c: (c[3], mean[c]))
        chosen[pick] = best
        held = ", ".join(f"{keys[i ^ 1][0]} {keys[i ^ 1][1]} {scores[best][0][i ^ 1]:.3f}" for i in idx)
        lines.append(f"- chosen on the {pick} halves: (s, w, t, d) = {best}, {pick} mean {mean[best]:.4f}"
                     f" (best {top:.4f}); held out: {held}; slice {scores[best][1][0]:.3f},"
                     f" paraphrase set {scores[best][1][1]:.3f}")
    s, w, t, dw = chosen["even"]
    return lines, Ranking(sentence_weight=s, window_weight=w, dated_weight=t, dense_weight=dw)


@dataclasses.dataclass
class Asked:
    """One answerable or unanswerable question's hits, kept to try answer settings on."""

    question: object
    hits: list
    answers: tuple[str, ...]


def ask_all(index: Index, questions: list[tuple[str, tuple[str, ...]]]) -> list[tuple[Index, Asked]]:
    """Each question searched once (k = 5), with the index that answers it."""
    asked = []
    for text, answers in questions:
        question = analyse(text)
        hits, _vector = index._search(question, 5, "hybrid", None, None)
        asked.append((index, Asked(question, hits, answers)))
    return asked


def answer_rows(asked: list[tuple[Index, Asked]], settings: AnswerSettings, compose: bool = True) -> list[tuple]:
    """(support, its cosine, gold inside the answer text had it answered, answer characters)
    per question; without ``compose`` only the support (for unanswerable questions)."""
    never = dataclasses.replace(settings, threshold=-1e9, threshold_lexical=-1e9)
    rows = []
    for index, a in asked:
        selection = select(a.question, a.hits, index.embedder, settings)
        found, chars = False, 0
        if compose:
            answer = compose_answer(a.question, a.hits, index.articles, index.embedder, None, never)
            found, chars = any(x in answer.text for x in a.answers), len(answer.text)
        rows.append((selection.support, selection.dense, found, chars))
    return rows


def _supports(rows: list[tuple], used: float, wanted: float) -> np.ndarray:
    """The support scores as if the cosine had weighed ``wanted`` instead of ``used``."""
    return np.array([support + (wanted - used) * dense for support, dense, _f, _c in rows])


def tune_answers(sets: list[Data], seed: Index, model: str) -> tuple[list[str], AnswerSettings, dict]:
    """Sentence choice (cosine weight, runner-up share, sentence length) and the support
    check (cosine weight, threshold): chosen on the even questions (and the even half of
    each unanswerable set) by the lowest false abstain + false answer, ties to more gold
    answers shown; checked on the odd ones."""
    hand = [line.strip() for line in UNANSWERABLE.read_text("utf-8").splitlines()]
    hand = [(line, ()) for line in hand if line and not line.startswith("#")]
    answerable = {d.name: ask_all(d.index, [(q.text, q.answers) for q in d.questions]) for d in sets}
    answerable["paraphrase set"] = [a for d in sets for a in ask_all(d.index, [(q.text, q.answers) for q in d.paraphrase])]
    unanswerable = {}
    for d in sets:
        other = next(o for o in sets if o is not d)
        cross = absent_from(d.articles, other.questions, other.articles)
        unanswerable[f"{other.name} questions on {d.name}"] = ask_all(d.index, cross)
        unanswerable[f"hand-written on {d.name}"] = ask_all(d.index, hand)
    unanswerable["hand-written on seed page"] = ask_all(seed, hand)
    base = settings_for(model)
    grid = np.round(np.arange(0.2, 6.0, 0.02), 2)
    negatives: dict[float, dict] = {}
    trials = []
    for similar, second, max_chars in itertools.product(*ANSWER_GRID.values()):
        settings = dataclasses.replace(base, similar=similar, second=second, max_chars=max_chars)
        pos = {n: answer_rows(a, settings) for n, a in answerable.items()}
        if similar not in negatives:  # the support does not depend on what is quoted
            negatives[similar] = {n: answer_rows(a, settings, compose=False) for n, a in unanswerable.items()}
        neg = negatives[similar]
        for dense in SUPPORT_DENSE[model]:
            p = {n: _supports(r, base.support_dense, dense) for n, r in pos.items()}
            q = {n: _supports(r, base.support_dense, dense) for n, r in neg.items()}
            found = {n: np.array([r[2] for r in rows]) for n, rows in pos.items()}

            def rates(threshold, half, p=p, q=q):
                answerable_ = np.concatenate([v[half::2] for n, v in p.items() if n != "paraphrase set"])
                refused = np.concatenate([v[half::2] for v in q.values()])
                return float(np.mean(answerable_ < threshold)), float(np.mean(refused >= threshold))

            def gold(threshold, half, p=p, found=found):
                return float(np.mean(np.concatenate(
                    [(found[n] & (v >= threshold))[half::2] for n, v in p.items() if n != "paraphrase set"])))

            threshold = min(grid, key=lambda t: (sum(rates(t, 0)), -gold(t, 0)))
            trials.append({"settings": dataclasses.replace(settings, support_dense=dense, threshold=float(threshold)),
                           "even": rates(threshold, 0), "odd": rates(threshold, 1), "gold even": gold(threshold, 0),
                           "gold odd": gold(threshold, 1), "p": p, "q": q, "found": found, "pos": pos})
    best = min(trials, key=lambda t: (round(sum(t["even"]), 4), -t["gold even"]))
    chosen = best["settings"]
    threshold = chosen.threshold
    lines = [f"#### {model}: answers (k = 5)", "",
             "similar: weight of each sentence's cosine in its score; second: the runner-up is quoted when its"
             " score reaches this share of the best's; max_chars: a longer sentence is cut to its best clauses;"
             " support = passage coverage + support_dense × best sentence's cosine, answered when ≥ threshold"
             " (chosen per row on the even questions).", "",
             common.table(["similar", "second", "max_chars", "support_dense", "threshold", "even: false abstain / answer",
                           "odd: false abstain / answer", "gold in answer.text even / odd"],
                          [[t["settings"].similar, t["settings"].second, t["settings"].max_chars, t["settings"].support_dense,
                            f"{t['settings'].threshold:.2f}", f"{t['even'][0]:.3f} / {t['even'][1]:.3f}",
                            f"{t['odd'][0]:.3f} / {t['odd'][1]:.3f}", f"{t['gold even']:.3f} / {t['gold odd']:.3f}"]
                           for t in trials]), "",
             f"Chosen on the even questions: similar {chosen.similar}, second {chosen.second}, max_chars"
             f" {chosen.max_chars}, support_dense {chosen.support_dense}, threshold {threshold:.2f}.", ""]
    shipped = settings_for(model)
    if shipped != chosen:
        lines += [f"Shipped for this model (qa/answer/sentences.py TUNED): similar {shipped.similar}, second"
                  f" {shipped.second}, max_chars {shipped.max_chars}, support_dense {shipped.support_dense},"
                  f" threshold {shipped.threshold} (see \"Chosen\" below for why). Measured with it:", ""]
    pos = {n: answer_rows(a, shipped) for n, a in answerable.items()}
    neg = {n: answer_rows(a, shipped, compose=False) for n, a in unanswerable.items()}
    threshold = shipped.threshold
    rows = []
    for n, r in pos.items():
        shown = np.array([x[2] and x[0] >= threshold for x in r])
        chars = [x[3] for x in r]
        rows.append([n, len(r), f"{np.mean(shown):.3f}", f"{np.mean(shown[0::2]):.3f} / {np.mean(shown[1::2]):.3f}",
                     f"{np.mean([x[2] for x in r]):.3f}", f"{np.mean([x[0] < threshold for x in r]):.3f}",
                     f"{np.mean(chars):.0f}", f"{max(chars)}"])
    lines += [common.table(["answerable set", "questions", "gold in answer.text", "even / odd",
                            "never abstaining", "abstained", "mean chars", "max chars"], rows), ""]
    lines += [common.table(["unanswerable set", "questions", "false answer"],
                           [[n, len(r), f"{np.mean([x[0] >= threshold for x in r]):.3f}"] for n, r in neg.items()]), ""]
    answerable_rows = [x for n, r in pos.items() if n != "paraphrase set" for x in r]
    refused_rows = [x for r in neg.values() for x in r]
    for half, label in ((0, "even"), (1, "odd")):
        fa = np.mean([x[0] < threshold for n, r in pos.items() if n != "paraphrase set" for x in r[half::2]])
        fn = np.mean([x[0] >= threshold for r in neg.values() for x in r[half::2]])
        lines.append(f"- {label} questions: false abstain {fa:.3f}, false answer {fn:.3f}")
    summary = {n: float(np.mean([x[2] and x[0] >= threshold for x in r])) for n, r in pos.items()}
    summary["false abstain"] = float(np.mean([x[0] < threshold for x in answerable_rows]))
    summary["false answer"] = float(np.mean([x[0] >= threshold for x in refused_rows]))
    return lines, chosen, summary


def cost(model: str, sets: list[Data]) -> dict:
    """Fresh embedding throughput (sentences of a fixed sample of paragraphs, as an index
    build embeds them), query encoding and ask latency on the CMRC index."""
    from qa.retrieve.embedders import get_embedder
    from qa.retrieve.sentence_vectors import passage_sentences

    embedder = get_embedder(model)
    embedder.encode_queries(["预热"])
    paragraphs = [p for _, ps in common.source_texts()[300:] for p in ps][:COST_PARAGRAPHS]
    sentences = [s for p in paragraphs for s in passage_sentences(p)]
    with common.Clock() as clock:
        embedder.encode_passages(sentences)
    queries = [q.text for q in sets[0].questions[:100]]
    encode = []
    for text in queries:
        start = time.perf_counter()
        embedder.encode_queries([text])
        encode.append(time.perf_counter() - start)
    index = sets[0].index
    stored = index.embedder
    index.embedder = embedder  # the real model: the ask pays for the query's encoding
    asks = []
    for text in queries:
        start = time.perf_counter()
        index.ask(text)
        asks.append(time.perf_counter() - start)
    index.embedder = stored
    chars = sum(map(len, sentences))
    return {"chars_s": chars / clock.wall, "chars_cpu_s": chars / clock.cpu, "load": clock.load,
            "query_ms": float(np.median(encode) * 1000), "ask_ms": float(np.median(asks) * 1000)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--append", default=None, metavar="FILE",
                        help="Markdown to append (the default model's runs of scale.py and coldstart.py,"
                             " whose own sections belong to those scripts)")
    args = parser.parse_args(argv)
    models = args.models.split(",")
    seed_articles = load_articles([str(ROOT / "corpus")])
    rows, parts, chosen = [], [], {}
    for model in models:
        start = time.perf_counter()
        embedder = StoredEmbedder(model)
        model = embedder.name
        sets = [Data(name, embedder) for name in common.DATASETS]
        seed = Index.build(seed_articles, model=embedder)
        fusion_lines, ranking = tune_fusion(sets, model)
        for d in sets:
            d.index.ranking = ranking
        seed.ranking = ranking
        answer_lines, settings, answers = tune_answers(sets, seed, model)
        measured = {d.name: {mode: r_at(d, d.questions, mode) for mode in ("bm25", "dense", "hybrid")} for d in sets}
        for d in sets:
            measured[d.name]["slice"] = r_at(d, d.slice, "dense"), r_at(d, d.slice, "hybrid")
            measured[d.name]["para"] = {mode: r_at(d, d.paraphrase, mode) for mode in ("bm25", "dense", "hybrid")}
        seed_rows = []
        for history, text, fact in SEED_QUESTIONS:
            answer = seed.ask(text, history=history, settings=settings_for(model))
            ok = (not answer.supported) if fact is None else (answer.supported and fact in answer.text)
            seed_rows.append([" → ".join([*history, text]), fact or "(not found)", "yes" if ok else "NO",
                              answer.text.replace("|", "｜")[:90]])
        parts += [f"#### {model}: the shipped page", "", common.table(["question", "expected", "right", "answer"], seed_rows), ""]
        spent = cost(model, sets)
        chosen[model] = (ranking, settings)
        rows.append((model, measured, answers, spent))
        parts += fusion_lines + [""] + answer_lines + [""]
        print("\n".join(fusion_lines + answer_lines), f"\n({model}: {time.perf_counter() - start:.0f} s)", flush=True)
    lines = [common.header("Models (benchmarks/models.py)", "python benchmarks/models.py " + " ".join(argv or sys.argv[1:]),
                           "Quality numbers are exact; vectors of the eval sets come from benchmarks/out/vectors/."), ""]
    table = []
    for model, m, a, c in rows:
        para = m["CMRC"]["para"]["hybrid"], m["DRCD"]["para"]["hybrid"]
        n_para = [len(paraphrase_questions(n)) for n in common.DATASETS]
        para_r1 = (para[0][0] * n_para[0] + para[1][0] * n_para[1]) / sum(n_para)
        table.append([model, *(f"{m[n]['hybrid'][0]:.3f} / {m[n]['hybrid'][1]:.3f}" for n in common.DATASETS),
                      *(f"{m[n]['dense'][0]:.3f}" for n in common.DATASETS), f"{para_r1:.3f}",
                      f"{a['CMRC']:.3f} / {a['DRCD']:.3f}", f"{a['paraphrase set']:.3f}",
                      f"{a['false abstain']:.3f} / {a['false answer']:.3f}",
                      f"{c['chars_s']:,.0f}", f"{c['query_ms']:.1f}", f"{c['ask_ms']:.1f}", c["load"]])
    lines += ['The answer columns here come from this script\'s grid over the hand-tuned answer settings; since the sentence and support weights are fitted (benchmarks/sentence_weights.py), the shipped answers are measured by benchmarks/answers.py (section "Answers"; `--model use` for USE).', "",
              "### Comparison (each model with its own tuned weights; sentence vectors)", "",
              common.table(["model", "CMRC hybrid R@1 / R@5", "DRCD hybrid R@1 / R@5", "CMRC dense R@1",
                            "DRCD dense R@1", "paraphrase set hybrid R@1", "answer gold in text CMRC / DRCD",
                            "paraphrase set answer", "false abstain / false answer", "indexing chars/s",
                            "query encode p50 ms", "ask p50 ms (CMRC)", "load"], table), ""]
    detail = []
    for model, m, _a, _c in rows:
        for n in common.DATASETS:
            slice_dense, slice_hybrid = m[n]["slice"]
            detail.append([model, n, *(f"{m[n][mode][0]:.3f} / {m[n][mode][1]:.3f}" for mode in ("bm25", "dense", "hybrid")),
                           f"{slice_dense[0]:.3f} / {slice_hybrid[0]:.3f}",
                           *(f"{m[n]['para'][mode][0]:.3f}" for mode in ("bm25", "dense", "hybrid"))])
    lines += ["### Each part alone and fused (R@1 / R@5)", "",
              "Slice: the questions BM25 alone misses at rank 1 (CMRC 16, DRCD 163 of them); paraphrase set:"
              " benchmarks/paraphrase_zh.tsv (35 CMRC, 34 DRCD), never tuned on.", "",
              common.table(["model", "set", "BM25", "dense", "hybrid", "slice: dense / hybrid R@1",
                            "paraphrase set: BM25", "dense", "hybrid"], detail), ""]
    lines += ["### Tuning", "", *parts]
    lines += ["### Chosen", ""] + [f"- {model}: `{r}`; answers chosen `{s}`" for model, (r, s) in chosen.items()]
    lines += ["", "Shipped: each model's fusion weights as chosen on the even halves (qa/retrieve/hybrid.py), and"
              " e5-small's answer settings as chosen. For USE the lowest-sum rule withholds 6-7 % of CMRC answers"
              " and most of the shipped page's reworded questions (tables above), so USE keeps the answer"
              " calibration it shipped with before (threshold 0.54, support_dense 0.75), with the new"
              " 200-character limit on quotes; the tables for USE are measured with that. Both models quote a"
              " best sentence under 70 characters with the sentences on both sides (min_chars 70, short_both;"
              " chosen on the even questions, not by this script's grid): answers grow by about 20-35"
              " characters on average, and the asked fact is often in the sentence before the one that"
              " echoes the question." + FAILURES]
    if args.append:
        lines += ["", "### The default model at scale and at start-up (other scripts' runs on this branch)", "",
                  Path(args.append).read_text("utf-8").strip()]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        common.write_section(SECTION, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
