"""Fusion of dense and BM25 rankings: weighted reciprocal rank or guarded normalised scores."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

# Chosen on the eval sets (benchmarks/retrieval.py; grids in benchmarks/RESULTS.md).
DEFAULT_DENSE_WEIGHT = 0.1
RRF_K = 60
METHODS = ("rrf", "minmax", "zscore")


class Scored(NamedTuple):
    """A candidate passage: its row in the index and a score (higher is better)."""

    row: int
    score: float


def best_first(pairs: Iterable[tuple[int, float]]) -> list[Scored]:
    """Candidates sorted by score, highest first; ties go to the lower row."""
    return sorted((Scored(int(r), float(s)) for r, s in pairs), key=lambda item: (-item.score, item.row))


def _normalise(values: np.ndarray, method: str) -> np.ndarray:
    """Scale scores of one side to comparable units, guarding against equal scores.

    "max" divides by the largest score (scores >= 0, e.g. BM25: the best becomes 1),
    "minmax" maps to [0, 1], "zscore" to mean 0 / deviation 1, "none" keeps the values.
    """
    if len(values) == 0 or method == "none":
        return values
    if method == "max":
        high = float(values.max())
        return values / high if high > 1e-12 else np.zeros_like(values)
    if method == "minmax":
        low, high = float(values.min()), float(values.max())
        if high - low <= 1e-9:  # all equal: no evidence either way from this side
            return np.full_like(values, 1.0 if high > 0 else 0.0)
        return (values - low) / (high - low)
    spread = float(values.std())
    if spread <= 1e-9:
        return np.zeros_like(values)
    return (values - float(values.mean())) / spread


def combine(sides: Sequence[tuple[Sequence[Scored], float, str]], k: int) -> list[Scored]:
    """Weighted sum of normalised scores from several candidate lists.

    Args:
        sides: (list of (row, score), weight, normalisation) per side; normalisation is
            "max", "minmax", "zscore" or "none". A row missing from a side gets that
            side's lowest normalised score.
        k: how many rows to return.

    Returns:
        up to k candidates with their combined score, best first, ties to the lower row;
        the score is the weighted mean (weights summing to 1 keep it in the sides' scale).
    """
    rows = list(dict.fromkeys(int(row) for ranking, _, _ in sides for row, _ in ranking))
    fused = dict.fromkeys(rows, 0.0)
    total = sum(weight for _, weight, _ in sides) or 1.0
    for ranking, weight, method in sides:
        if not ranking or weight == 0:
            continue
        normalised = _normalise(np.array([s for _, s in ranking], dtype=np.float64), method)
        floor = float(normalised.min())
        seen = dict(zip((int(r) for r, _ in ranking), normalised.tolist(), strict=True))
        for row in rows:
            fused[row] += weight / total * seen.get(row, floor)
    return best_first(fused.items())[:k]


def fuse(
    dense: Sequence[Scored],
    sparse: Sequence[Scored],
    k: int,
    method: str = "minmax",
    dense_weight: float = DEFAULT_DENSE_WEIGHT,
) -> list[Scored]:
    """Combine two candidate lists of (row, score), each best first.

    "rrf" sums weight / (60 + rank) over the lists a row appears in. "minmax" and
    "zscore" normalise each side's scores over its own list (equal scores guarded) and
    take ``dense_weight * dense + (1 - dense_weight) * sparse``; a row missing from one
    list gets that side's lowest normalised score. Ties go to the lower row number.

    Args:
        dense: (row, cosine) pairs, best first.
        sparse: (row, BM25 score) pairs, best first; rows with score 0 should be left out.
        k: how many rows to return.
        method: "rrf", "minmax" or "zscore".
        dense_weight: weight of the dense side in [0, 1].

    Returns:
        up to k candidates with their fused score, best first; fewer when the lists hold
        fewer rows.

    Raises:
        ValueError: an unknown method or a weight outside [0, 1].
    """
    if method not in METHODS:
        raise ValueError(f"unknown fusion method {method!r}; choose from {METHODS}")
    if not 0.0 <= dense_weight <= 1.0:
        raise ValueError(f"dense_weight must be in [0, 1], got {dense_weight}")
    if method != "rrf":
        return combine([(dense, dense_weight, method), (sparse, 1.0 - dense_weight, method)], k)
    fused: dict[int, float] = {}
    for ranking, weight in ((dense, dense_weight), (sparse, 1.0 - dense_weight)):
        for rank, (row, _score) in enumerate(ranking, 1):
            fused[int(row)] = fused.get(int(row), 0.0) + weight / (RRF_K + rank)
    return best_first(fused.items())[:k]
