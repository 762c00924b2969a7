"""Choosing answer sentences from retrieved passages: sentence scores, clause windows, support."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from qa.text import DATE as _DATE
from qa.text import bigrams, fold, sentence_spans, symbols_removed
from qa.types import DATE, EXPLAIN, NUMBER, PERSON, PLACE, Hit, Question


class Encoder(Protocol):
    """The part of an embedder the answer step uses (any ``qa.retrieve.embedders.Embedder`` fits)."""

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class AnswerSettings:
    """How answer sentences are chosen and when to abstain; the defaults were tuned on
    CMRC 2018 trial and checked on DRCD (benchmarks/answers.py, benchmarks/RESULTS.md);
    unigram, lead and back_ref were chosen on the even-numbered questions of both sets
    and confirmed on the odd ones.

    Attributes:
        read: how many of the top hits are read for answer sentences.
        rank: weight of the passage's rank prior (rank / (1 + position)) in a sentence's
            score, beside its weighted bigram coverage of the question (weight 1).
        kind: bonus for a sentence holding what the question kind wants (a number, ...).
        second: the runner-up sentence is quoted too when its score reaches this share
            of the best one's.
        min_chars: a best sentence shorter than this is quoted with its neighbour.
        max_chars: a longer sentence is cut to its best run of clauses.
        max_total: a runner-up or neighbouring sentence is quoted only while the quotes
            stay within this many characters (a reader wants the fact, not a page); the
            answer text, with its … and [n] markers, never exceeds it.
        number_chars: the same for questions that want a number or a date.
        threshold: supported when passage coverage + ``support_dense`` × cosine(question,
            best sentence) reaches this (with an encoder).
        threshold_lexical: supported when passage coverage reaches this (no encoder).
        support_dense: weight of the cosine in the support score.
        support_chars, support_passage_chars: weights of ``Selection.chars`` and
            ``Selection.passage_chars`` in the support score (0 leaves them out).
        explain: why / how questions quote the best sentence with the one after it.
        unigram: weight of the weighted share of the question's characters in a sentence
            (and its title): finds the sentence that leaves the subject out ("体呈银灰色"
            for 身体是什么颜色) or holds a one-character topic word (花, 叶).
        lead: bonus for the first sentence of a passage (it often says what the subject is).
        back_ref: a best sentence opening with a word that points back (因此, 同年, 这,
            他 ...) is quoted with the sentence before it.
        similar: weight of each sentence's cosine with the question (min-max scaled over
            the sentences read; from the index's sentence vectors, which the hits carry):
            finds the sentence that answers in other words than the question's.
        short_both: a best sentence shorter than ``min_chars`` is quoted with the sentences
            on both sides of it (within ``max_total``), not only the one after: a sentence
            that echoes the question ("驻韩美军由主导角色转变为支援角色。") often has the
            asked fact (the date, the name) in the sentence before it.
        lexical: weight of the weighted bigram coverage (1: the other weights are in its units).
        run_on: the best sentence's quote runs on into the sentences after it (then the
            one before it) while the answer stays within ``max_total``, for questions that
            do not want a number or a date: the asked fact often goes on past the sentence
            that matches the question best (特征：… 叶…, 其特点有以下三点：第一…). Measured
            on every set of benchmarks/answers.py, both halves (RESULTS.md).
        aspect, aspect_chars, position, anaphor, unit: weights of the sentence features of those
            names (``sentence_features``); 0 leaves them out.

    A sentence's score is the sum of its features (``FEATURES``) times the weights of the
    same names: ``lexical``, ``unigram``, ``similar``, ``rank``, ``lead``, ``kind``,
    ``aspect``, ``aspect_chars``, ``position``, ``anaphor``, ``unit``.
    """

    read: int = 4
    rank: float = 0.3
    kind: float = 0.05
    second: float = 0.8
    min_chars: int = 30
    max_chars: int = 150
    max_total: int = 200
    number_chars: int = 80
    threshold: float = 0.54
    threshold_lexical: float = 0.28
    support_dense: float = 0.75
    explain: bool = True
    unigram: float = 0.3
    lead: float = 0.06
    back_ref: bool = True
    similar: float = 0.0
    short_both: bool = False
    lexical: float = 1.0
    aspect: float = 0.0
    aspect_chars: float = 0.0
    position: float = 0.0
    anaphor: float = 0.0
    unit: float = 0.0
    run_on: bool = True
    support_chars: float = 0.0
    support_passage_chars: float = 0.0


DEFAULT_SETTINGS = AnswerSettings()
# Settings per embedder where they differ from the defaults (benchmarks/models.py): the
# cosines of each model live on their own scale, so the support check is calibrated per
# model.
TUNED: dict[str, dict] = {
    "e5-small": {"similar": 2.16, "second": 0.6, "max_chars": 200, "min_chars": 70, "short_both": True,
                 "support_dense": 20.75, "support_chars": 0.41, "support_passage_chars": 0.83, "threshold": 19.18, **{
                     "unigram": 1.67, "rank": 2.45, "lead": 0.11, "kind": 0.75, "aspect": 1.04,
                     "aspect_chars": 1.93, "position": -0.26, "anaphor": -0.29, "unit": 1.18}},
    "use-multilingual-v3": {"min_chars": 70, "short_both": True,
                            "support_dense": 2.44, "support_chars": 0.87, "support_passage_chars": 0.32, "threshold": 1.76, **{
        "similar": 1.46, "unigram": 1.61, "rank": 2.16, "lead": 0.17, "kind": 0.67, "aspect": 0.93,
        "aspect_chars": 1.71, "position": -0.25, "anaphor": -0.29, "unit": 1.06}},
}
# The sentence weights (the inner dict of each) and the support weights and threshold are
# fitted by benchmarks/sentence_weights.py on the even-numbered CMRC and DRCD questions
# (sentences: a conditional logit over the sentences read, lexical = 1; support: a logistic
# regression against unanswerable questions, cover = 1, the threshold keeping the earlier
# false-answer rate) and judged on the odd ones and on benchmarks/natural_zh.tsv.


def settings_for(model: str) -> AnswerSettings:
    """The answer settings tuned for an embedder (by its recorded name)."""
    return AnswerSettings(**TUNED.get(model, {}))

# A digit inside code or an identifier (alert(1), x=2, G20) is not a quantity.
_NUMBER = re.compile(r"(?<![A-Za-z_=(])[0-9０-９]|[一二三四五六七八九十百千万亿两]+[个名人次件项条家所座万亿余多年岁%]|百分之")
_PLACE = re.compile(r"[省市县区镇乡村国州岛山河湖江海洲城路街]|位于|在")
_PERSON = re.compile(r"[先生女士博士教授主席总统书记部长局长市长县长表示说指出介绍]|记者|作者")
# What answers "when" of everyday things (蛋白粉什么时候吃最好: 一般是在早餐时): a time of day
# or of the day's routine, beside a date. The retrieval side keeps ``qa.text.DATE``.
_WHEN_ANSWER = re.compile(
    _DATE.pattern + r"|[早晚]上|早晨|清晨|上午|中午|下午|傍晚|夜[里间晚]|凌晨|[0-9０-９一二三四五六七八九十]+\s*点(?:钟|半)?"
    r"|睡前|[饭餐]前|[饭餐]后|空腹|[早午晚]餐|[早午晚]饭"
)
_KIND_TEST = {NUMBER: _NUMBER, DATE: _WHEN_ANSWER, PLACE: _PLACE, PERSON: _PERSON}
# A name the question quotes (《满江红》, “电子公函”) must be in the passage that answers it.
_QUOTED = re.compile(r"《([^》]+)》|“([^”]+)”|「([^」]+)」|\"([^\"]+)\"")
_CLAUSE = re.compile(r"[^，；：,;:]*(?:[，；：,;:]+|$)")
CLAUSE_MARKS = "，；：,;:、"
# A sentence opening with a word that points back (因此, 同年, 这, 他 ...) leans on the one before.
_ANAPHOR = re.compile(
    r"(?:在|从|自|到|对|与|但|而|并|也|然而|不过)?"
    r"(?:因此|因而|所以|于是|此|这|该|其|他|她|它|同年|同月|次年|翌年|当年|赛后|事后|之后|随后|后来|最终|最后|结果)"
)


@dataclass(frozen=True)
class Span:
    """A stretch of a passage to quote.

    Attributes:
        hit: the index of the hit among those read.
        start, end: the quote's offsets in the hit's passage text.
        sentence_start, sentence_end: the offsets of the sentence it is cut from (a long
            sentence is quoted as its best run of clauses).
    """

    hit: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(frozen=True)
class Selection:
    """The sentences chosen to answer a question, before they are written out.

    Attributes:
        spans: the quotes, in answer order.
        support: how well the best sentence and its passage answer the question: ``cover``
            + ``AnswerSettings.support_dense`` × ``dense`` + ``support_chars`` × ``chars`` +
            ``support_passage_chars`` × ``passage_chars``, less 1 when a name the question
            quotes (《…》, “…”) is missing from that passage; compared with
            ``AnswerSettings.threshold``.
        lexical: weighted share of the question's bigrams in the best sentence, in [0, 1].
        cover: the same share in the best sentence's passage and its title, in [0, 1].
        dense: cosine of question and best sentence, or 0.0 without an encoder.
        chars: weighted share of the question's characters in the best sentence and its
            passage's title, in [0, 1] (a reader's own words keep more characters than bigrams).
        passage_chars: share of the question's distinct characters in that passage and title.
    """

    spans: tuple[Span, ...]
    support: float
    lexical: float = 0.0
    cover: float = 0.0
    dense: float = 0.0
    chars: float = 0.0
    passage_chars: float = 0.0


@dataclass(frozen=True)
class _Candidate:
    hit: int  # index into the hits read
    start: int
    end: int
    score: float
    lexical: float
    dense: float | None = None  # cosine of question and sentence, when measured
    chars: float = 0.0  # weighted share of the question's characters in it and its title


def _question_bigrams(content: str) -> set[str]:
    # Bigrams within each topic piece only: one spanning a removed question word
    # ("霖身" from 张天霖的身高) is in no sentence and would read as missing evidence.
    pieces = content.split()
    grams = set().union(*(_bigrams(p) for p in pieces if len(p) > 1)) if pieces else set()
    return grams or _bigrams(content)


def _bigrams(folded: str) -> set[str]:
    """Bigrams of the text with its punctuation and spaces taken out (so they span them)."""
    return set(bigrams(symbols_removed(folded), None, singles=True))


def _weights(question_bigrams: set[str], sentence_bigrams: list[set[str]]) -> dict[str, float]:
    # Local IDF over the sentences read: a word repeated everywhere (the article's topic)
    # tells sentences apart less than one found in a single sentence, and a question word
    # found nowhere weighs most, which is what makes an unanswerable question score low.
    n = len(sentence_bigrams)
    return {
        b: math.log((n + 1) / (0.5 + sum(b in s for s in sentence_bigrams))) + 0.1
        for b in question_bigrams
    }


def _coverage(weights: dict[str, float], bigrams: set[str]) -> float:
    total = sum(weights.values())
    return sum(w for b, w in weights.items() if b in bigrams) / total if total else 0.0


def _sentence_cosines(hits: Sequence[Hit], spans: list[tuple[int, int, int]]) -> np.ndarray | None:
    """The question's cosine with each sentence of ``spans``, from the hits' sentence
    cosines (None unless every hit read carries them, one per sentence)."""
    counts: dict[int, int] = {}
    for i, _start, _end in spans:
        counts[i] = counts.get(i, 0) + 1
    if any(hits[i].sentences is None or len(hits[i].sentences) != n for i, n in counts.items()):
        return None
    return np.concatenate([np.asarray(hits[i].sentences, dtype=np.float64) for i in counts])


# The columns of a sentence's feature row (``sentence_features``); a sentence's score is the
# row times the weights of the same names in AnswerSettings.
FEATURES = (
    "lexical", "unigram", "similar", "rank", "lead", "kind", "aspect", "aspect_chars", "position", "anaphor", "unit",
)


_NUMERAL = "0-9零〇一二两三四五六七八九十百千万亿"


@functools.lru_cache(maxsize=256)
def _with_unit(units: str) -> re.Pattern[str]:
    """A number followed by one of ``units`` (a regex alternation) on folded text; for a
    percentage also 百分之 before a number."""
    pattern = rf"(?<![第{_NUMERAL}])[{_NUMERAL}半][{_NUMERAL}.,，余多几\s]*(?:{units})"
    if "%" in units:
        pattern += rf"|百分之[{_NUMERAL}]"
    return re.compile(pattern)


@dataclass(frozen=True)
class SentenceFeatures:
    """Every sentence of the hits read, with what its score is made of.

    Attributes:
        spans: (hit index, start, end) of each sentence, passage by passage, in order.
        rows: (sentences, len(FEATURES)) float64, one column per name in ``FEATURES``:
            lexical: weighted share of the question's bigrams in the sentence and its
                passage's title, in [0, 1]; unigram: the same for characters; similar: the
                sentence's cosine with the question, min-max scaled over the sentences read
                (0 without the hits' sentence cosines); rank: 1 / (1 + the passage's
                position); lead: 1 for a passage's first sentence; kind: 1 when it holds
                what the question kind wants (a number, a date ...); aspect, aspect_chars:
                the shares of the question's bigrams / characters that are NOT in the
                passage's title found in the sentence itself (what the question asks about
                the subject, 颜色 of 蓝线裸顶鲷, rather than the subject); position: the
                sentence's place in its passage, 0 for the first, 1 from the sixth on;
                anaphor: 1 when it opens with a word pointing back (因此, 他 ...); unit: 1
                when it holds a number with a unit the question asks for (``Question.units``:
                20集 for 一共几集, 182cm for 多高), 0 too when the question names none.
        weights: the question's bigram weights (local IDF over the sentences read).
        cosines: the question's cosine with each sentence, or None.
    """

    spans: list[tuple[int, int, int]]
    rows: np.ndarray
    weights: dict[str, float]
    cosines: np.ndarray | None


def sentence_features(question: Question, hits: Sequence[Hit], read: int) -> SentenceFeatures:
    """The feature rows of every sentence of the first ``read`` hits (``SentenceFeatures``)."""
    spans = [(i, start, end) for i, hit in enumerate(hits[:read]) for start, end in sentence_spans(hit.passage.text)]
    if not spans:
        return SentenceFeatures([], np.zeros((0, len(FEATURES))), {}, None)
    cosines = _sentence_cosines(hits, spans)
    scaled = np.zeros(len(spans))
    if cosines is not None:
        low, high = float(cosines.min()), float(cosines.max())
        scaled = (cosines - low) / (high - low) if high - low > 1e-9 else np.ones_like(cosines)
    folded = [fold(hits[i].passage.text[s:e]) for i, s, e in spans]
    grams = [_bigrams(f) for f in folded]
    weights = _weights(_question_bigrams(question.content), grams)
    # A sentence is read in the context of its article: the headline's words (often the
    # subject the sentence leaves out) count as present in every sentence of the passage.
    titles = [_bigrams(fold(hit.passage.title)) for hit in hits[:read]]
    chars = [set(symbols_removed(f)) for f in folded]
    char_weights = _weights(set(symbols_removed(question.content)), chars)
    title_chars = [set(symbols_removed(fold(hit.passage.title))) for hit in hits[:read]]
    # What the question asks about its subject: its words the passage's title does not hold.
    aspect = [{b: w for b, w in weights.items() if b not in title} for title in titles]
    aspect_chars = [{c: w for c, w in char_weights.items() if c not in title} for title in title_chars]
    kind_test = _KIND_TEST.get(question.kind)
    unit_test = _with_unit(question.units) if question.units else None
    rows = np.zeros((len(spans), len(FEATURES)))
    place: dict[int, int] = {}
    for n, (i, _start, _end) in enumerate(spans):
        at = place.get(i, 0)
        place[i] = at + 1
        rows[n] = (
            _coverage(weights, grams[n] | titles[i]),
            _coverage(char_weights, chars[n] | title_chars[i]),
            scaled[n],
            1 / (1 + i),
            at == 0,
            kind_test is not None and kind_test.search(folded[n]) is not None,
            _coverage(aspect[i], grams[n]),
            _coverage(aspect_chars[i], chars[n]),
            min(at, 5) / 5,
            _ANAPHOR.match(folded[n]) is not None,
            unit_test is not None and unit_test.search(folded[n]) is not None,
        )
    return SentenceFeatures(spans, rows, weights, cosines)


def _candidates(
    question: Question, hits: Sequence[Hit], settings: AnswerSettings
) -> tuple[list[_Candidate], dict[str, float]]:
    """Every sentence of the hits read, best first (score: its ``sentence_features`` row
    times the settings' weights of the same names), and the question's bigram weights."""
    found = sentence_features(question, hits, settings.read)
    if not found.spans:
        return [], {}
    scores = found.rows @ np.array([getattr(settings, name) for name in FEATURES], dtype=np.float64)
    lexical = found.rows[:, FEATURES.index("lexical")]
    chars = found.rows[:, FEATURES.index("unigram")]
    candidates = [
        _Candidate(i, start, end, float(scores[n]), float(lexical[n]),
                   None if found.cosines is None else float(found.cosines[n]), float(chars[n]))
        for n, (i, start, end) in enumerate(found.spans)
    ]
    candidates.sort(key=lambda c: -c.score)
    return candidates, found.weights


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [
        (start + m.start(), start + m.end())
        for m in _CLAUSE.finditer(text[start:end])
        if m.end() > m.start()
    ]


def _clause_window(
    text: str,
    start: int,
    end: int,
    weights: dict[str, float],
    max_chars: int,
    kind_test: re.Pattern[str] | None = None,
) -> tuple[int, int]:
    """The best run of clauses of the sentence ``text[start:end]`` no longer than
    ``max_chars`` (best: covers the question most, and holds what ``kind_test`` looks for),
    widened with neighbouring clauses (the following one first) while it fits."""
    if end - start <= max_chars:
        return start, end
    clauses = _clauses(text, start, end)
    best, best_score = (0, 0), -1.0
    for i in range(len(clauses)):
        for j in range(i, len(clauses)):
            if j > i and clauses[j][1] - clauses[i][0] > max_chars:
                break
            window = fold(text[clauses[i][0] : clauses[j][1]])
            score = _coverage(weights, _bigrams(window))
            if kind_test is not None and kind_test.search(window):
                score += 1.0
            if score > best_score + 1e-9:
                best, best_score = (i, j), score
    i, j = best
    while True:
        if j + 1 < len(clauses) and clauses[j + 1][1] - clauses[i][0] <= max_chars:
            j += 1
        elif i > 0 and clauses[j][1] - clauses[i - 1][0] <= max_chars:
            i -= 1
        else:
            break
    return clauses[i][0], clauses[j][1]


def _within(spans: list[Span], budget: int) -> list[Span]:
    """The spans in answer order while their quoted characters fit the budget (the first
    is always kept: it is already cut to its best clauses)."""
    kept, used = [], 0
    for span in spans:
        size = span.end - span.start
        if kept and used + size > budget:
            continue
        kept.append(span)
        used += size
    return kept


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    """Join spans of one passage that touch or overlap (so adjacent sentences read as one
    quote); keep the order in which each passage was first chosen."""
    order: list[int] = []
    by_hit: dict[int, list[list[int]]] = {}
    for span in spans:
        if span.hit not in by_hit:
            order.append(span.hit)
            by_hit[span.hit] = []
        by_hit[span.hit].append([span.start, span.end, span.sentence_start, span.sentence_end])
    merged = []
    for hit in order:
        runs: list[list[int]] = []
        for left, right, s, e in sorted(by_hit[hit]):
            if runs and left <= runs[-1][1] + 2:
                runs[-1][1] = max(runs[-1][1], right)
                runs[-1][3] = max(runs[-1][3], e)
            else:
                runs.append([left, right, s, e])
        merged.extend(Span(hit, *run) for run in runs)
    return tuple(merged)


CUT_MARK = "…"  # written where a quote is cut (qa.answer.compose)


def written_chars(spans: Sequence[Span]) -> int:
    """The most characters the answer text takes for these spans (``qa.answer.compose``
    writes each quote with a … where it is cut and its [n] marker)."""
    numbers: dict[int, int] = {}
    total = 0
    for span in spans:
        n = numbers.setdefault(span.hit, len(numbers) + 1)
        cuts = (span.start > span.sentence_start) + (span.end < span.sentence_end)
        total += span.end - span.start + len(f"[{n}]") + cuts * len(CUT_MARK)
    return total


def _best_run(text: str, start: int, end: int, weights: dict[str, float], size: int,
              kind_test: re.Pattern[str] | None) -> tuple[int, int]:
    """The ``size`` characters of ``text[start:end]`` that cover the question most (and hold
    what ``kind_test`` looks for), starting at a clause or every 10 characters in a long
    clause; the earliest on a tie."""
    starts = sorted({left for left, _right in _clauses(text, start, end)} | set(range(start, end, 10)) | {end - size})
    best, best_score = start, -1.0
    for left in dict.fromkeys(min(s, max(end - size, start)) for s in starts):
        window = fold(text[left : left + size])
        score = _coverage(weights, _bigrams(window)) + (1.0 if kind_test is not None and kind_test.search(window) else 0.0)
        if score > best_score + 1e-9:
            best, best_score = left, score
    return best, min(best + size, end)


def _fit(spans: tuple[Span, ...], hits: Sequence[Hit], best: _Candidate, weights: dict[str, float],
         budget: int, kind_test: re.Pattern[str] | None) -> tuple[Span, ...]:
    """The spans cut to an answer text of at most ``budget`` characters: spans are dropped
    from the end (never the one quoting the best sentence), then that one is cut to its
    best run of characters (a sentence with no clause marks can be longer than the budget)."""
    kept = list(spans)

    def holds_best(span: Span) -> bool:
        return span.hit == best.hit and span.start < best.end and best.start < span.end

    while written_chars(kept) > budget and len(kept) > 1:
        drop = next((i for i in range(len(kept) - 1, -1, -1) if not holds_best(kept[i])), len(kept) - 1)
        kept.pop(drop)
    if kept and written_chars(kept) > budget:
        span = kept[0]
        text = hits[span.hit].passage.text
        lo, hi = (max(span.start, best.start), min(span.end, best.end)) if holds_best(span) else (span.start, span.end)
        size = max(budget - len("[1]") - 2 * len(CUT_MARK), 1)  # the one quote's marker, a … each side
        left, right = _best_run(text, lo, hi, weights, size, kind_test)
        kept[0] = Span(span.hit, left, right, span.sentence_start, span.sentence_end)
    return tuple(kept)


def _run_on(spans: tuple[Span, ...], hit: int, sentences: list[tuple[int, int]], at: int,
            budget: int) -> tuple[Span, ...]:
    """The quotes with the sentences after the best one (``sentences[at]`` of hit ``hit``)
    added, in order, while the answer text stays within ``budget`` (then the one before
    it, the same way); each must join the best sentence's quote (a cut quote is not run on)."""
    for step in (1, -1):
        n = at + step
        while 0 <= n < len(sentences):
            start, end = sentences[n]
            trial = _merge([*spans, Span(hit, start, end, start, end)])
            if len(trial) > len(spans) or written_chars(trial) > budget:
                break
            spans, n = trial, n + step
    return spans


def select(
    question: Question,
    hits: Sequence[Hit],
    encoder: Encoder | None = None,
    settings: AnswerSettings = DEFAULT_SETTINGS,
    query_vector: np.ndarray | None = None,
) -> Selection:
    """Choose the sentences (or clause runs of long sentences) that answer a question.

    Args:
        question: the analysed question.
        hits: retrieved passages, best first; the first ``settings.read`` are read.
        encoder: embeds the question and the best sentence for the support check when the
            hits do not carry their sentences' cosines; None skips it.
        settings: weights and limits.
        query_vector: ``encoder.encode_queries([question.query])[0]`` when the caller
            has it already (the search computed it); None encodes the question here.

    Returns:
        the chosen spans, best first, and the scores the support decision uses.
    """
    candidates, weights = _candidates(question, hits, settings)
    if not candidates:
        return Selection(spans=(), support=0.0)
    best = candidates[0]
    chosen = [best]
    for other in candidates[1:2]:
        if other.score >= settings.second * best.score:
            chosen.append(other)
    # A number or a date sits in one clause: such answers are cut to a shorter run.
    kind_test = _KIND_TEST.get(question.kind) if question.kind in (NUMBER, DATE) else None
    max_chars = settings.number_chars if kind_test is not None else settings.max_chars
    spans = []
    for c in chosen:
        text = hits[c.hit].passage.text
        left, right = _clause_window(text, c.start, c.end, weights, max_chars, kind_test)
        spans.append(Span(c.hit, left, right, c.start, c.end))
    explain = settings.explain and question.kind == EXPLAIN
    best_text = hits[best.hit].passage.text
    leans_back = settings.back_ref and bool(_ANAPHOR.match(fold(best_text[best.start : best.end])))
    short = settings.min_chars and best.end - best.start < settings.min_chars
    sentences = sentence_spans(best_text)
    at = sentences.index((best.start, best.end))
    if explain or short or leans_back:
        # A short sentence ("身高182CM。") often leans on the one after it (or before, at
        # the end of a passage; with ``short_both`` on both), one opening with 因此 / 同年 /
        # 他 on the one before: read them together.
        neighbour = at + 1 if at + 1 < len(sentences) else at - 1
        if leans_back and at > 0:
            neighbour = at - 1
        around = [neighbour]
        if settings.short_both and short and not leans_back and 0 < at < len(sentences) - 1:
            around.append(at - 1)
        for neighbour in around:
            if neighbour >= 0:
                s, e = sentences[neighbour]
                left, right = _clause_window(hits[best.hit].passage.text, s, e, weights, max_chars, kind_test)
                spans.append(Span(best.hit, left, right, s, e))
    spans = _fit(_merge(_within(spans, settings.max_total)), hits, best, weights, settings.max_total, kind_test)
    if settings.run_on and kind_test is None:
        spans = _run_on(spans, best.hit, sentences, at, settings.max_total)
    passage = hits[best.hit].passage
    folded_passage = fold(passage.title + " " + passage.text)
    cover = _coverage(weights, _bigrams(folded_passage))
    quoted = [symbols_removed(fold(next(g for g in m.groups() if g))) for m in _QUOTED.finditer(question.query)]
    missing_name = any(name and name not in symbols_removed(folded_passage) for name in quoted)
    dense = 0.0
    if best.dense is not None:
        dense = best.dense
    elif encoder is not None:
        sentence = passage.text[best.start : best.end]
        if query_vector is None:
            query_vector = encoder.encode_queries([question.query])[0]
        dense = float(encoder.encode_passages([sentence])[0] @ query_vector)
    asked_chars = set(symbols_removed(question.content))
    passage_chars = len(asked_chars & set(symbols_removed(folded_passage))) / len(asked_chars) if asked_chars else 0.0
    support = (
        cover
        + settings.support_dense * dense
        + settings.support_chars * best.chars
        + settings.support_passage_chars * passage_chars
        - (1.0 if missing_name else 0.0)
    )
    return Selection(tuple(spans), support, best.lexical, cover, dense, best.chars, passage_chars)
