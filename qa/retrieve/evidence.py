"""Lexical evidence that reorders the best BM25 candidates: best sentence, best window, dated sentence."""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from dataclasses import dataclass

from qa.text import DATE, fold, sentence_spans

# Width of the proximity window, in folded characters. 40 and 60 tie on the eval sets
# (benchmarks/RESULTS.md, "Reranking evidence"); at 40 a question whose words one sentence
# spreads over ~50 characters (铜鼓县 … 电子公函 … 使用率) loses to a shorter sentence
# missing some of them.
WINDOW_CHARS = 60


@dataclass(frozen=True)
class Evidence:
    """How much of a query one passage holds close together; each a share in [0, 1]
    of the query's IDF weight.

    Attributes:
        sentence: found in the passage's best single sentence.
        window: found in its best stretch of ``WINDOW_CHARS`` characters (sentence
            ends ignored), so a long sentence that scatters the words gains nothing.
        dated: found in its best sentence that holds a date (0 when there is none).
    """

    sentence: float
    window: float
    dated: float


def query_terms(idf: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    """The characters each query token stands for, with its IDF weight.

    Args:
        idf: query tokens with their IDF (from ``SparseIndex.idf``): bigrams, Latin
            words, and unigrams or jieba words carrying a one-letter prefix.

    Returns:
        (surface, weight) pairs in the order given.
    """
    return tuple((_surface(token), float(weight)) for token, weight in idf.items())


def evidence(
    text: str,
    terms: tuple[tuple[str, float], ...],
    window_chars: int = WINDOW_CHARS,
    dated: bool = False,
) -> Evidence:
    """Measure how closely one passage holds the query's terms.

    A term counts as found where its characters occur in the folded text (exact for CJK
    bigrams and unigrams; a Latin or number token may also match inside a longer word).

    Args:
        text: the passage text (folded here).
        terms: from ``query_terms``.
        window_chars: width of the proximity window.
        dated: also measure the best sentence holding a date (for "when" questions).

    Returns:
        the evidence; all zero when the query has no weighted term.
    """
    total = sum(weight for _, weight in terms)
    if total <= 0:
        return Evidence(0.0, 0.0, 0.0)
    folded = fold(text)
    best_sentence = best_dated = 0.0
    for start, end in sentence_spans(folded):
        sentence = folded[start:end]
        found = sum(weight for surface, weight in terms if surface in sentence)
        best_sentence = max(best_sentence, found)
        if dated and found > best_dated and DATE.search(sentence):
            best_dated = found
    window = best_window(folded, terms, window_chars)
    return Evidence(best_sentence / total, window / total, best_dated / total)


def best_window(folded: str, terms: tuple[tuple[str, float], ...], width: int) -> float:
    """The largest total weight of distinct terms occurring together inside some stretch
    of ``width`` characters of ``folded`` (a term longer than the window still counts
    alone).

    Returns:
        the weight (not divided by the query's total).
    """
    occurrences = []  # (end, start clipped to the window, term number)
    for number, (surface, _weight) in enumerate(terms):
        if not surface:
            continue
        start = folded.find(surface)
        while start >= 0:
            end = start + len(surface)
            occurrences.append((end, max(start, end - width), number))
            start = folded.find(surface, start + 1)
    occurrences.sort()
    # Windows end where an occurrence ends; one leaves for good once its (clipped) start
    # falls before the window, whatever order the ends came in: a heap by start.
    counts = [0] * len(terms)
    current = best = 0.0
    inside: list[tuple[int, int]] = []  # (clipped start, term number)
    for end, start, number in occurrences:
        if counts[number] == 0:
            current += terms[number][1]
        counts[number] += 1
        heapq.heappush(inside, (start, number))
        while inside[0][0] < end - width:
            _, dropped = heapq.heappop(inside)
            counts[dropped] -= 1
            if counts[dropped] == 0:
                current -= terms[dropped][1]
        best = max(best, current)
    return best


def _surface(token: str) -> str:
    """The characters a token stands for (unigram and word tokens carry a prefix)."""
    return token[1:] if len(token) > 1 and token[0] in "1w" and not token[1:2].isascii() else token
