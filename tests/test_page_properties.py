"""Property tests: pages laid out from known articles (tests/pagegen.py) parse back.

Two kinds of claims. Some hold on every page, and hypothesis searches for a page that
breaks them: no character is lost or invented, and only byline brackets, role words and
the 摄 of a credit are consumed. Recovering the layout (items, headlines, bylines,
paragraphs) holds on every page whose own evidence decides it: the generator records
why a page cannot (``Page.ambiguous``: a headline as wide as its body's first line, an
unsigned article before a one-line opening, ...), and the strict property runs on the
pages it does not flag. Over all pages, ambiguous ones included, a rate over seeded
pages is held to a floor.

The strict property must hold for every clear page, not for a lucky draw: hypothesis'
examples differ with what the process has loaded even when derandomized (it mixes
constants from loaded local modules into its draws, and manages numpy's random state
once numpy is imported), so a rare bad page would show up in one suite order and not
another. ``benchmarks/parse.py --hypothesis N`` runs the property on N fresh examples.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pagegen import AMBIGUITIES, Known, Page, known_articles, make_page

from qa.decode import split_lines
from qa.layout import read_lines
from qa.page import PageItem, analyse_page

POOL = known_articles()


@st.composite
def pages(draw) -> Page:
    chosen = draw(st.lists(st.sampled_from(range(len(POOL))), min_size=1, max_size=5, unique=True))
    return make_page([POOL[i] for i in chosen], draw(st.randoms(use_true_random=False)))


def visible(text: str) -> Counter:
    return Counter(char for char in text if not char.isspace())


def breaks(paragraphs: tuple[str, ...]) -> set[int]:
    return set(itertools.accumulate(len(p) for p in paragraphs[:-1]))


def mismatch(got: PageItem, want: Known, optional: frozenset[int]) -> str | None:
    """What differs between a parsed item and the item laid out, or None."""
    for name in ("kind", "title", "kicker", "subtitle", "authors", "photographer"):
        if getattr(got, name) != getattr(want, name):
            return f"{name}: {getattr(got, name)!r} != {getattr(want, name)!r}"
    if "".join(got.paragraphs) != "".join(want.paragraphs):
        return "text differs"
    found, laid = breaks(got.paragraphs), breaks(want.paragraphs)
    if not laid - optional <= found <= laid | optional:
        return f"paragraph ends {sorted(found)} != {sorted(laid)} (either way at {sorted(optional)})"
    return None


def recovered(page: Page) -> str | None:
    layout = analyse_page(read_lines(split_lines(page.text)))
    if len(layout.items) != len(page.expected):
        return f"{len(layout.items)} items for {len(page.expected)}"
    for got, want, optional in zip(layout.items, page.expected, page.optional_breaks, strict=True):
        problem = mismatch(got, want, optional)
        if problem:
            return problem
    return None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_no_character_is_lost_or_invented(page):
    layout = analyse_page(read_lines(split_lines(page.text)))
    out = Counter()
    for item in layout.items:
        # Role words of a byline are kept in their own field; authors read from a
        # dateline are copies of body text, which keeps the dateline.
        authors = () if item.authors_in_text else item.authors
        for text in (item.title, item.kicker, item.subtitle, item.photographer, *item.paragraphs, *authors, *item.roles):
            out.update(visible(text))
        assert item.paragraphs and all(item.paragraphs)
        if item.authors_in_text:
            assert all(name in item.paragraphs[0] for name in item.authors)
    consumed = visible(page.text) - out
    assert out - visible(page.text) == Counter()  # nothing invented
    # Only byline brackets, the 报道 and 摄 markers are consumed, exactly what the items report.
    assert consumed == visible("".join(item.consumed for item in layout.items))
    assert set(consumed) <= set("（）摄报道")


def clear_pages() -> st.SearchStrategy[Page]:
    """Pages whose own evidence decides their layout (the generator flags no ambiguity)."""
    return pages().filter(lambda page: not page.ambiguous)


# Each page draws hundreds of random choices (widths, wraps, spacing), so its smallest
# example is large by nature.
@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(clear_pages())
def test_layout_is_recovered(page):
    assert recovered(page) is None, page.text


def test_recovery_rate_over_many_pages():
    # Ambiguous pages included. Measured when written (generator with datelines, report
    # lines, role words and headlines ending in ？/！): 39 of 2,000 seeds (1.95 %) not
    # fully recovered, every one flagged ambiguous (33 of them for a ？/！ headline that may
    # read as a one-line paragraph); 8 of the first 400.
    pages = {seed: _seeded(seed) for seed in range(400)}
    failures = [seed for seed, page in pages.items() if recovered(page)]
    assert len(failures) <= 12, failures
    assert all(pages[seed].ambiguous for seed in failures), [s for s in failures if not pages[s].ambiguous]


def test_ambiguous_pages_are_a_minority_with_reasons():
    # The strict property keeps its reach only if most pages are clear.
    flagged = [_seeded(seed).ambiguous for seed in range(400)]
    assert sum(map(bool, flagged)) < 0.25 * len(flagged)
    assert {reason for reasons in flagged for reason in reasons} <= set(AMBIGUITIES)


def _seeded(seed: int) -> Page:
    rng = random.Random(seed)
    return make_page(rng.sample(POOL, rng.randint(1, 5)), rng)


def test_pool_headlines_are_about_their_own_articles():
    # The generator relies on it: a headline shares more bigrams with its own text.
    from qa.headings import bigrams

    for item in POOL:
        own = bigrams("".join(item.paragraphs))
        for heading in (item.title, item.kicker):
            if heading:
                shared = len(bigrams(heading) & own)
                others = max(len(bigrams(heading) & bigrams("".join(o.paragraphs))) for o in POOL if o is not item)
                assert shared > others, heading
