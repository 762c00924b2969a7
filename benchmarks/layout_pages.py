"""The generated pages the page layout is scored on: one definition of each generator's
seeds for benchmarks/parse.py, benchmarks/tune_layout.py and benchmarks/layout_diff.py.

Generators 1 and 2 (tests/pagegen.py, tests/pagegen2.py on news text): even seeds from 0
are tuned on, odd ones held out; generator 2 on CMRC text (seeds 100000 on) is held out.
Generators 3-9: seeds ``BASES[n] + 2i`` are looked at, ``BASES[n] + 1 + 2i`` held out,
and ``BASES[n] + 2000 + 2i`` are more looked-at pages (generator 7's were scored once,
held out, before its even seeds were looked at).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "parse")]

import common  # noqa: E402

BASES = {3: 300_000, 4: 400_000, 5: 500_000, 6: 800_000, 7: 700_000, 8: 900_000, 9: 600_000}  # generators 3-9: the first looked-at seed
MORE = 2000  # ... and from here on (added to the base), more looked-at pages
CMRC_BASE = 100_000  # generator 2 on CMRC text: its seeds from here on


@cache
def maker(generator: int | str) -> Callable[[int], object]:
    """A page of a generator (1-9, or "cmrc": generator 2 laid out with CMRC 2018 text)
    for a seed; the generator's pool of texts is read once."""
    if generator == 1:
        from pagegen import known_articles, random_page

        pool = known_articles()
        return lambda seed: random_page(pool, seed)
    if generator in (2, "cmrc"):
        from pagegen2 import cmrc_sources, news_sources, random_page2

        pool = news_sources()
        if generator == "cmrc":
            pool = cmrc_sources(common.DATASETS["CMRC"]) + [source for source in pool if source.kind == "photo"]
        return lambda seed: random_page2(pool, seed)
    if generator == 3:
        from pagegen3 import drcd_sources, random_page3

        pool = drcd_sources(common.DATASETS["DRCD"])
        return lambda seed: random_page3(pool, seed)
    module = __import__(f"pagegen{generator}")
    pool, make = module.default_pool(), getattr(module, f"random_page{generator}")
    return lambda seed: make(pool, seed)


def seeds(generator: int | str, kind: str, count: int) -> range:
    """The seeds of a slice: ``kind`` "looked" (tuned on, for generators 1 and 2), "held"
    (held out) or "more" (more looked-at pages, generators 3-9); generator "cmrc" has only
    held-out pages."""
    if generator == "cmrc":
        return range(CMRC_BASE, CMRC_BASE + count)
    base = BASES.get(generator, 0) + {"looked": 0, "held": 1, "more": MORE}[kind]
    return range(base, base + 2 * count, 2)


def pages(generator: int | str, kind: str, count: int) -> list:
    """The pages of a slice (see ``seeds``)."""
    make = maker(generator)
    return [make(seed) for seed in seeds(generator, kind, count)]


def missing(generator: int | str) -> Path | None:
    """The dataset a generator's texts come from, where it is missing; else None."""
    needs = {3: common.DATASETS["DRCD"], "cmrc": common.DATASETS["CMRC"]}.get(generator)
    return needs if needs is not None and not needs.exists() else None
