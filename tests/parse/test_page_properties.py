"""Property tests: pages laid out from known articles (tests/pagegen.py) parse back.

Two kinds of claims. Some hold on every page, and hypothesis searches for a page that
breaks them: no character is lost or invented, and only byline brackets, role words and
the 摄 of a credit are consumed. Recovering the layout (items, headlines, bylines,
paragraphs) is a rate over seeded pages held to a floor: on the pages whose own evidence
decides it (the generator records why a page cannot: ``Page.ambiguous``, a headline as
wide as its body's first line, an unsigned article before a one-line opening, ...), and
over all pages.

The page is read as a whole now (qa/parse/segment.py), with costs tuned on this generator and
an independent one (tests/pagegen2.py): it no longer recovers every clear page of this
one (its clear pages were defined by the rules it replaced), so the strict property over
clear pages became a floor; tests/parse/test_segment.py holds both generators to floors.
"""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pagegen import AMBIGUITIES, Known, Page, known_articles, make_page, random_page

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import PageItem, analyse_page

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


def test_clear_pages_are_recovered():
    # Pages the generator flags no ambiguity on. Measured when written: 312 of the 322
    # clear pages among seeds 0-399 fully recovered (96.9 %; 302 before columns were read
    # per block and the page's words weighed, when an unsigned article followed without a
    # headline by an item in a column 4-6 em wider or narrower read as one item).
    pages = [page for page in map(_seeded, range(400)) if not page.ambiguous]
    recovered_pages = sum(recovered(page) is None for page in pages)
    assert recovered_pages >= 0.93 * len(pages), (recovered_pages, len(pages))


def test_recovery_rate_over_many_pages():
    # Ambiguous pages included. Measured when written: 16 of the first 400 seeds not fully
    # recovered (28 before; the rules this parser replaced missed 8, all of them flagged
    # ambiguous).
    pages = {seed: _seeded(seed) for seed in range(400)}
    failures = [seed for seed, page in pages.items() if recovered(page)]
    assert len(failures) <= 30, failures


def test_ambiguous_pages_are_a_minority_with_reasons():
    # The floor on clear pages keeps its reach only if most pages are clear.
    flagged = [_seeded(seed).ambiguous for seed in range(400)]
    assert sum(map(bool, flagged)) < 0.25 * len(flagged)
    assert {reason for reasons in flagged for reason in reasons} <= set(AMBIGUITIES)


def _seeded(seed: int) -> Page:
    return random_page(POOL, seed)


def test_pool_headlines_are_about_their_own_articles():
    # The generator relies on it: a headline shares more bigrams with its own text.
    from qa.parse.headings import bigrams

    for item in POOL:
        own = bigrams("".join(item.paragraphs))
        for heading in (item.title, item.kicker):
            if heading:
                shared = len(bigrams(heading) & own)
                others = max(len(bigrams(heading) & bigrams("".join(o.paragraphs))) for o in POOL if o is not item)
                assert shared > others, heading
