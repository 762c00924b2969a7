"""How well a page parser recovers generated pages: the rates the layout issue is judged by.

Each expected item is matched to the parsed item sharing most of its body's character
4-grams (of those sharing as many, the first that no expected item before it took: a page
may print one caption twice); then, per page and per item:

- count: the page gives as many items as it shows;
- headline: an article's kicker, title and subtitle are each what is printed (spaces
  ignored; an article printed without a headline must get none); heading text: the
  three joined are (the same lines went to the right article, whatever their roles);
- body: an item's paragraphs joined are its text exactly (spaces ignored);
- byline: an article's authors are the printed names, in order;
- photo: a caption group is one photo item with its captions and its photographer;
- paragraph F1: paragraph ends inside items, each named by the six characters on
  either side of it, against the printed ones; ends the page cannot show (the
  generator's ``optional_breaks``) count neither way;
- unassigned: lines the parser left in no item, or (this parser) kept as an item of
  their own because no item could take them (``PageItem.leftover``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from qa.parse.decode import split_lines
from qa.parse.page import PageLayout, iter_page
from qa.parse.read import parse_page_text

_SPACE = re.compile(r"\s+")
_CONTEXT = 6


def squeezed(text: str) -> str:
    """``text`` without whitespace: what a page laid out and what the parser made of it
    compared whatever spaces its lines were sprayed with."""
    return _SPACE.sub("", text)


def _grams(text: str) -> set[str]:
    return {text[i : i + 4] for i in range(max(1, len(text) - 3))}


def _ends(paragraphs: Iterable[str]) -> list[int]:
    return list(itertools.accumulate(len(squeezed(p)) for p in list(paragraphs)[:-1]))


def _context(text: str, offset: int) -> tuple[str, str]:
    return text[max(0, offset - _CONTEXT) : offset], text[offset : offset + _CONTEXT]


@dataclass(frozen=True)
class Scores:
    """Rates over a set of pages (each in [0, 1]; ``unassigned`` is a count of lines)."""

    pages: int
    count: float
    headline: float
    heading_text: float
    body: float
    byline: float
    photo: float
    paragraph_f1: float
    unassigned: int
    articles: int
    photos: int

    def row(self, label: str) -> str:
        """A Markdown table row: label, pages, then each rate."""
        return (
            f"| {label} | {self.pages} | {self.count:.3f} | {self.headline:.3f} | {self.heading_text:.3f}"
            f" | {self.body:.3f} | {self.byline:.3f} | {self.paragraph_f1:.3f} | {self.photo:.3f}"
            f" | {self.unassigned} |"
        )


HEADER = (
    "| pages | n | article count | headline | heading text | body text | byline | paragraph F1"
    " | photo captions | unassigned lines |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def parse_layout(text: str):
    """The parser under test, reading the text as ``qa index`` and ``qa parse`` read a
    file (``iter_page``: a file of several pages parted at each page's masthead or form
    feed, each page read alone under its own conventions): its items. On a page alone this
    is ``analyse_page``'s reading (on every page of the layout rows but generator 9's, which
    hold several pages a file, the two read alike)."""
    return PageLayout(list(iter_page(split_lines(text))))


@dataclass(frozen=True)
class PageCheck:
    """What went wrong on one page (empty lists when nothing did)."""

    count_ok: bool
    wrong: list[str]
    unassigned: list[tuple[int, str]]


def read_items(lines: list[str]) -> list[tuple[str, tuple[str, ...], list[str]]]:
    """A page's lines, as its text was extracted with a blank line after each, read by
    ``qa.parse.read.parse_page_text``: each article's title, authors and the first six
    characters of each of its paragraphs."""
    result = parse_page_text("\n\n".join(lines) + "\n", "page.txt")
    return [(a.title, a.authors, [p[:6] for p in a.paragraphs]) for a in result.articles]


def check_page(page, parse: Callable = parse_layout, tally: Counter | None = None) -> PageCheck:
    """Compare one generated page (``text``, ``expected``, ``optional_breaks``) with what
    ``parse`` makes of it, adding to ``tally`` (see ``score_pages``).

    Returns:
        whether the item count is right, a line per wrong field, the unassigned lines.
    """
    tally = tally if tally is not None else Counter()
    layout = parse(page.text)
    items = [item for item in layout.items if item.kind != "furniture"]  # reported apart, not articles
    bodies = [squeezed("".join(item.paragraphs)) for item in items]
    grams = [_grams(body) for body in bodies]
    wrong: list[str] = []
    expected_contexts: Counter = Counter()
    optional_contexts: set[tuple[str, str]] = set()
    taken: set[int | None] = set()
    for number, (want, loose) in enumerate(zip(page.expected, page.optional_breaks, strict=True)):
        text = squeezed("".join(want.paragraphs))
        for offset in _ends(want.paragraphs):
            if offset not in loose:
                expected_contexts[_context(text, offset)] += 1
        for offset in loose:
            optional_contexts.add(_context(text, offset))
        want_grams = _grams(text)
        # (Of parsed items sharing as much, one no expected item took yet: a page may print
        # one caption twice, under two photographers.)
        best = max(range(len(items)), key=lambda i: (len(want_grams & grams[i]), i not in taken), default=None)
        taken.add(best)
        got = items[best] if best is not None else None
        body_ok = got is not None and bodies[best] == text
        if want.kind == "photo":
            tally["photos"] += 1
            ok = body_ok and got.kind == "photo" and squeezed(got.photographer) == squeezed(want.photographer)
            tally["photo_ok"] += ok
            if not ok:
                wrong.append(f"item {number}: photo {got.kind if got else None} {got.photographer if got else ''!r}")
            continue
        tally["articles"] += 1
        tally["body_ok"] += body_ok
        if not body_ok:
            wrong.append(f"item {number}: body differs")
        heads = (want.kicker, want.title, want.subtitle)
        got_heads = (got.kicker, got.title, got.subtitle) if got else ("", "", "")
        headline_ok = tuple(map(squeezed, heads)) == tuple(map(squeezed, got_heads))
        tally["headline_ok"] += headline_ok
        tally["heading_text_ok"] += squeezed("".join(heads)) == squeezed("".join(got_heads))
        if not headline_ok:
            wrong.append(f"item {number}: headings {got_heads} != {heads}")
        byline_ok = got is not None and tuple(got.authors) == tuple(want.authors)
        tally["byline_ok"] += byline_ok
        if not byline_ok:
            wrong.append(f"item {number}: authors {got.authors if got else None} != {want.authors}")
    found: Counter = Counter()
    for item, body in zip(items, bodies, strict=True):
        for offset in _ends(item.paragraphs):
            context = _context(body, offset)
            if context not in optional_contexts:
                found[context] += 1
    true = sum((expected_contexts & found).values())
    tally["para_true"] += true
    tally["para_found"] += sum(found.values())
    tally["para_expected"] += sum(expected_contexts.values())
    if found != expected_contexts:
        wrong.append(f"paragraph ends: {sum((found - expected_contexts).values())} extra, "
                     f"{sum((expected_contexts - found).values())} missed")
    count_ok = len(items) == len(page.expected)
    tally["pages"] += 1
    tally["count_ok"] += count_ok
    unassigned = [
        (item.first_line, line) for item in items if getattr(item, "leftover", False) for line in item.paragraphs
    ]
    unassigned += list(getattr(layout, "unassigned", []))
    tally["unassigned"] += len(unassigned)
    return PageCheck(count_ok, wrong, unassigned)


def assert_fields_fit_kind(item) -> None:
    """A generated item's fields fit its kind: a photo group has a photographer and no
    headline or authors; an article no photographer, and a kicker or a subtitle only
    with a title."""
    if item.kind == "photo":
        assert item.photographer, item
        assert not (item.title or item.kicker or item.subtitle or item.authors), item
    else:
        assert not item.photographer, item
        assert item.title or not (item.kicker or item.subtitle), item


def assert_printed_in_order(page, most: int) -> None:
    """Fail unless a generated page prints its truth (a generator's own test): one to
    ``most`` items, each with its optional breaks, an article or a photo whose paragraphs
    are none of them empty, and each item's body one run of the page's text (spaces
    aside), the runs in item order."""
    plain, at = squeezed(page.text), 0
    assert 1 <= len(page.expected) <= most
    assert len(page.optional_breaks) == len(page.expected)
    for item in page.expected:
        assert item.kind in ("article", "photo") and item.paragraphs
        assert all(squeezed(paragraph) for paragraph in item.paragraphs)
        body = squeezed("".join(item.paragraphs))
        found = plain.find(body, at)
        assert found >= 0, (page.style, item)
        at = found + len(body)


def assert_recovered(page, parse: Callable = parse_layout) -> None:
    """Fail unless ``parse`` recovers the generated ``page`` whole: the item count right,
    nothing wrong in any item, no line left to no item."""
    check = check_page(page, parse)
    assert check.count_ok and check.wrong == [] and check.unassigned == [], check.wrong


def score_pages(pages: Iterable, parse: Callable = parse_layout) -> Scores:
    """Score a parser over pages (see the module docstring).

    Returns:
        the rates; a rate over no items is 1.0.
    """
    tally: Counter = Counter()
    for page in pages:
        check_page(page, parse, tally)
    return scores_of(tally)


def scores_of(tally: Counter) -> Scores:
    """The rates of the counts ``check_page`` added to ``tally``."""

    def rate(hits: str, total: str) -> float:
        return tally[hits] / tally[total] if tally[total] else 1.0

    precision = rate("para_true", "para_found")
    recall = rate("para_true", "para_expected")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        pages=tally["pages"],
        count=rate("count_ok", "pages"),
        headline=rate("headline_ok", "articles"),
        heading_text=rate("heading_text_ok", "articles"),
        body=rate("body_ok", "articles"),
        byline=rate("byline_ok", "articles"),
        photo=rate("photo_ok", "photos"),
        paragraph_f1=f1,
        unassigned=tally["unassigned"],
        articles=tally["articles"],
        photos=tally["photos"],
    )
