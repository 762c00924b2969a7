"""Lay known articles out as a raw newspaper page, the way PDF extraction hands them over.

What a generated page has, as the seed page does: each body hard-wrapped at its column
width in em (ideograph 1, Latin letters and digits ½, punctuation squeezed to ½ except
at most one mark a line); a paragraph's first
line two em short (its indent lost); punctuation that may not start a line hangs at the
end of the previous one and an opening quote never ends one; a line left short by an
unbreakable number or word is justified by spraying spaces between its characters;
numbers and Latin words set off by spaces; a byline `（胡位涛 肖 俊）` after the last
sentence (two-character names padded to three with a space) or on its own line; a photo
credit `方 曦摄`; headlines (a kicker over the title, a `——` subtitle under it) before
the body, after the byline, or absent; a blank line after every line, or none; a new block
sometimes starting with a leading space or without the blank line before it.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.parse.lines import PageLine

DATA = Path(__file__).parent / "data"
_UNIT = re.compile(r"[A-Za-z0-9.%+\-/]+| |.")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_IDEOGRAPH_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
OPENERS = "“‘（《【"
CLOSERS = "，。、；：？！”’）》】…"
_STOP = re.compile(r"[。！？…][”’）]*\s*$")


@dataclass(frozen=True)
class Known:
    """An article (or photo caption) as it should come out of the parser."""

    kind: str
    title: str
    kicker: str
    subtitle: str
    authors: tuple[str, ...]
    photographer: str
    paragraphs: tuple[str, ...]


def known_articles() -> list[Known]:
    """The seed page's items plus a few more, each with a headline about its own text."""
    records = json.loads((DATA / "seed_expected.json").read_text(encoding="utf-8"))
    records += json.loads((DATA / "known_articles.json").read_text(encoding="utf-8"))
    return [
        Known(
            r["kind"], r["title"], r["kicker"], r["subtitle"], tuple(r["authors"]),
            r["photographer"], tuple(r["paragraphs"]),
        )
        for r in records
    ]


@dataclass(frozen=True)
class Page:
    """A generated page: its text, the items it shows, and the layout choices made.

    Attributes:
        text: the page as PDF extraction hands it over.
        expected: the items a parser should recover, in page order.
        optional_breaks: per item, offsets into "".join(paragraphs) where the page cannot
            show whether a paragraph ends: a line ends a sentence inside a paragraph (its
            indent is lost), or a paragraph's last line and the next one's first line are
            both within noise of the column's width.
        ambiguous: why the page cannot decide its layout, one reason per undecidable
            place (empty when it can); see ``AMBIGUITIES``.
    """

    text: str
    expected: list[Known]
    optional_breaks: list[frozenset[int]]
    ambiguous: tuple[str, ...] = ()


def _width(unit: str) -> float:
    if _IDEOGRAPH.match(unit):
        return 1.0
    return len(unit) / 2 if unit.isascii() else 0.5  # punctuation squeezed to half width


def _wrap(paragraph: str, width: int, rng: random.Random) -> list[tuple[list[str], float, bool]]:
    """Hard-wrap one paragraph: (units, gap left in em, last line of the paragraph).

    One punctuation mark per line may keep its full width (as typesetters squeeze all
    but some), which the parser cannot see: the noise real lines carry.
    """
    lines: list[tuple[list[str], float, bool]] = []
    units: list[tuple[str, float]] = []
    room = width - 2.0
    for unit in _UNIT.findall(paragraph):
        size = _width(unit)
        punctuation = not _IDEOGRAPH.match(unit) and not unit.isascii()
        if punctuation and rng.random() < 0.3 and all(s == _width(u) for u, s in units):
            size = 1.0
        if units and sum(s for _, s in units) + size > room and unit[0] not in CLOSERS:
            carried = []
            while units and units[-1][0] in OPENERS:
                carried.insert(0, units.pop())
            if units:
                lines.append(([u for u, _ in units], room - sum(s for _, s in units), False))
                units, room = carried, float(width)
        units.append((unit, size))
    lines.append(([u for u, _ in units], 0.0, True))
    return lines


def _render(units: list[str], gap: float, last: bool, rng: random.Random) -> tuple[str, bool]:
    """A line's text; justified (sprayed) when a full line was left short by ≥ 1 em."""
    while units and units[0] == " ":  # a Latin space at a line break vanishes into it
        units = units[1:]
    while units and units[-1] == " ":
        units = units[:-1]
    if not last and gap >= 1:
        return " ".join(u for u in units if u != " "), True
    out = ""
    for index, unit in enumerate(units):
        ascii_run = unit != " " and unit.isascii()
        before = index > 0 and units[index - 1] != " " and not units[index - 1].isascii()
        out += (" " if ascii_run and before and rng.random() < 0.8 else "") + unit
        after = index + 1 < len(units) and not units[index + 1].isascii()
        out += " " if ascii_run and after and rng.random() < 0.8 else ""
    return out, False


def _padded(name: str) -> str:
    return " ".join(name) if len(name) == 2 else name


@dataclass
class _Laid:
    """One item hard-wrapped at its column: what the ambiguity rules read."""

    heads: list[str]
    body: list[str]  # body lines, the byline appended to the last one or on its own line
    firsts: list[int]  # index in body of each paragraph's first line
    optional: set[int]
    ends: list[int]  # offset into "".join(paragraphs) after each paragraph but the last
    mark: str = ""  # the byline or credit as printed
    breaks: list[bool] = field(default_factory=list)  # per block: a layout break opens it


def _item_lines(item: Known, width: int, heading: str, style: str, rng: random.Random):
    """The blocks of one item (lists of lines, each starting a block), headings placed and
    signed in ``style`` (see ``BYLINES``), and what the ambiguity rules read."""
    heads = [h for h in (item.kicker, item.title, item.subtitle) if h] if heading != "none" else []
    heads = [re.sub(r"(?<=[^\x00-\x7f])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=[^\x00-\x7f])", " ", h) for h in heads]
    mark = _byline(item, style, rng)
    laid = _Laid(heads, [], [], set(), [], mark)
    lead = mark if style == "dateline" else ""
    offset = -lead.count(" ")  # offsets index the clean text, which drops the dateline's spaces
    for number, paragraph in enumerate(item.paragraphs):
        laid.firsts.append(len(laid.body))
        for units, gap, last in _wrap(lead + paragraph if number == 0 else paragraph, width, rng):
            text, _ = _render(units, gap, last, rng)
            offset += sum(len(unit) for unit in units)
            if not last and _STOP.search(text):
                laid.optional.add(offset)
            laid.body.append(text)
        laid.ends.append(offset)
    laid.ends.pop()
    # A paragraph end is not shown when its last line and the next first line both come
    # within noise of the column (a squeezed mark, a gap under 1 em, a hanging comma).
    for end, first in zip(laid.ends, laid.firsts[1:], strict=True):
        if measure(laid.body[first - 1]) >= width - 2.25 and measure(laid.body[first]) > width - 2:
            laid.optional.add(end)
    body = list(laid.body)
    if style in ("plain", "roles"):
        if rng.random() < 0.5 and len(body[-1]) + len(mark) + 1 <= width:
            body[-1] += " " + mark
        else:
            body.append(mark)
    blocks = [body]
    if heads:
        blocks.insert(0 if heading == "before" else 1, heads + ([mark] if style == "report" else []))
    return blocks, laid


# How an item is signed: at its end, plainly `（胡位涛 肖 俊）` or with role words
# `（记者 胡位涛 通讯员 肖 俊）`; or not at its end: not at all, by a dateline opening its
# body `本报讯（记者 胡位涛）`, or by a report line under its headline `记者 胡位涛 报道`.
BYLINES = ("plain", "roles", "none", "dateline", "report")


def _byline(item: Known, style: str, rng: random.Random) -> str:
    """The byline or credit of ``item`` as printed in ``style`` ("" for none)."""
    names = [_padded(n) for n in (item.authors or (item.photographer,))]
    if style == "none":
        return ""
    if item.kind == "photo":
        return f"记者 {' '.join(names)} 摄" if style == "roles" else f"{' '.join(names)}摄"
    if style == "plain":
        return f"（{' '.join(names)}）"
    if style == "report":
        return f"记者 {' '.join(names)} 报道"
    roles = rng.choice((("记者", "通讯员"), ("通讯员", "记者"))) if len(names) > 1 else (rng.choice(("记者", "本报记者")),)
    inside = " ".join(f"{roles[min(i, len(roles) - 1)]} {name}" for i, name in enumerate(names))
    return f"本报讯（{inside}）" if style == "dateline" else f"（{inside}）"


def measure(text: str) -> float:
    """A line's width in em as a reader of the page measures it (``qa.parse.lines``)."""
    return PageLine.read(0, text.strip()).width


def random_page(pool: list[Known], seed: int) -> Page:
    """The page ``seed`` lays out: one to five articles of ``pool``, as every check of this
    generator draws them (the other generators' ``random_pageN`` alike)."""
    rng = random.Random(seed)
    return make_page(rng.sample(pool, rng.randint(1, 5)), rng)


def make_page(items: list[Known], rng: random.Random) -> Page:
    """Lay ``items`` out in order with random widths, headline placement and spacing.

    Returns:
        the page and what a parser should recover from it.
    """
    items = [_emphatic(item, rng) for item in items]
    widths = [rng.randint(7, 14) if it.kind == "photo" else rng.randint(11, 30) for it in items]
    headings = [rng.choice(("before", "before", "after", "none")) if it.title else "none" for it in items]
    styles = []
    for index, item in enumerate(items):
        following = index + 1 < len(items)
        may_drop = item.kind == "article" and headings[index] != "after" and (
            not following or headings[index + 1] == "before" or abs(widths[index + 1] - widths[index]) >= 4
        )
        if may_drop and rng.random() < 0.25:
            style = rng.choice(("none", "none", "dateline", "report"))
            styles.append("none" if style == "report" and headings[index] != "before" else style)
        else:
            styles.append("roles" if rng.random() < 0.35 else "plain")
    signed = [style in ("plain", "roles") for style in styles]
    double = rng.random() < 0.6
    lines: list[str] = [""] if rng.random() < 0.5 else []
    expected, laids = [], []
    for item, width, heading, style in zip(items, widths, headings, styles, strict=True):
        blocks, laid = _item_lines(item, width, heading, style, rng)
        laids.append(laid)
        for block in blocks:
            for index, text in enumerate(block):
                start = index == 0
                indented = start and rng.random() < 0.3
                if indented:
                    text = " " + text
                # Double-spaced: a blank line before each line, sometimes not before a block.
                # Single-spaced: sometimes a blank line before a block.
                if double:
                    blank = not (start and lines and rng.random() < 0.3)
                else:
                    blank = start and bool(lines) and rng.random() < 0.5
                if start:
                    laid.breaks.append(indented or bool(lines) and blank != double)
                if blank:
                    lines.append("")
                lines.append(text + (" " if rng.random() < 0.05 else ""))
        shown = heading != "none"
        expected.append(
            Known(
                item.kind,
                item.title if shown else "",
                item.kicker if shown else "",
                item.subtitle if shown else "",
                item.authors if style != "none" else (),
                item.photographer,
                _dated(item, laid.mark) if style == "dateline" else item.paragraphs,
            )
        )
    optional = [frozenset(laid.optional) for laid in laids]
    ambiguous = _ambiguities(items, widths, headings, signed, laids)
    return Page("\n".join(lines) + "\n", expected, optional, ambiguous)


def _emphatic(item: Known, rng: random.Random) -> Known:
    """Now and then a headline ending in ？ or ！ (its bigrams, and so what it is about,
    unchanged)."""
    if item.title and not item.title.endswith(("？", "！")) and rng.random() < 0.06:
        return replace(item, title=item.title + rng.choice("？！"))
    return item


def _dated(item: Known, dateline: str) -> tuple[str, ...]:
    """The paragraphs of an item whose first one opens with ``dateline``, as a reader
    cleans them (the dateline's spaces between ideographs dropped)."""
    return (re.sub(r"\s+", "", dateline) + item.paragraphs[0], *item.paragraphs[1:])


# Layouts whose page does not decide how it reads (each with the evidence it lacks).
ONE_LINE_OPENING = (
    "an unsigned article is followed, without a headline, by an item whose first line ends"
    " a sentence: that line may as well close the article before"
)
WEAK_LATE_HEADLINE = (
    "a headline printed after its byline shares few character bigrams with its article,"
    " so it may as well head the item after it"
)
HEADLINE_AS_OPENING = (
    "a headline over a body is as wide as the body's first line would be, and that first"
    " line is within noise of a full line: the headline may read as the body's opening"
)
UNSIGNED_THEN_HEADLINE = (
    "an unsigned article is followed by a headline as wide as a paragraph opening in its"
    " column: the headline may read as the article's next paragraph"
)
OPENING_ABOUT_BEFORE = (
    "the first line of an item after a byline shares character bigrams with the item"
    " before: it may read as a headline printed after that byline"
)
EMPHATIC_HEADLINE = (
    "a headline ending in ？ or ！ does not stand alone (not well narrower than the column"
    " under it, not at an item's start, or not over a body): it may read as a one-line"
    " paragraph"
)
AMBIGUITIES = (
    ONE_LINE_OPENING,
    WEAK_LATE_HEADLINE,
    HEADLINE_AS_OPENING,
    UNSIGNED_THEN_HEADLINE,
    OPENING_ABOUT_BEFORE,
    EMPHATIC_HEADLINE,
)
# Noise of a line's measured width: a gap under 1 em at its end, a squeezed mark, a
# hanging comma; a paragraph's first line is 2 em short and may be 1.5 em shorter still.
_OPENING_LOW, _OPENING_HIGH = 4.5, 1.5
_NEARBY = 20  # lines of an opening that a reader weighs a line against
_ALONE = 4.5  # em a headline ending in ？ or ！ is narrower than its column, noise included


def _ambiguities(items, widths, headings, signed, laids) -> tuple[str, ...]:
    """Why the page cannot decide its layout (see the reasons above), in page order."""
    reasons = []
    for index, (item, width, heading, laid) in enumerate(zip(items, widths, headings, laids, strict=True)):
        after = index + 1 < len(items)
        unsigned = item.kind == "article" and not signed[index]
        if heading == "before" and not laid.heads[-1].startswith("——"):
            head, first = measure(laid.heads[-1]), measure(laid.body[0])
            if width - _OPENING_LOW <= head <= width + _OPENING_HIGH and first >= width - 2:
                reasons.append(HEADLINE_AS_OPENING)
        if heading != "none" and item.title.endswith(("？", "！")) and not _stands_alone(index, items, widths, headings, signed, laids):
            reasons.append(EMPHATIC_HEADLINE)
        if not after:
            continue
        following, known = laids[index + 1], items[index + 1]
        following_text = "".join((known.kicker, known.title, known.subtitle, *known.paragraphs))
        if unsigned and headings[index + 1] != "before" and _STOP.search(following.body[0]):
            reasons.append(ONE_LINE_OPENING)
        if unsigned and headings[index + 1] == "before":
            head = measure(following.heads[0])
            if widths[index] - _OPENING_LOW <= head <= widths[index] + _OPENING_HIGH:
                reasons.append(UNSIGNED_THEN_HEADLINE)
        own = "".join(item.paragraphs)
        if heading == "after" and _weak_headline(laid.heads, own, following_text):
            reasons.append(WEAK_LATE_HEADLINE)
        if signed[index] and headings[index + 1] != "before":
            rest = "".join(following.body[1:_NEARBY])
            if _lean(following.body[0], own, rest) >= (1 if heading == "after" else 3):
                reasons.append(OPENING_ABOUT_BEFORE)
    return tuple(reasons)


def _stands_alone(index, items, widths, headings, signed, laids) -> bool:
    """Whether the headline ending in ？ or ！ of item ``index`` stands alone: directly over
    a body well narrower than its column lets a paragraph open (its own body below it,
    under a byline or atop the page; the next item's body after its byline), or last on
    the page after its byline."""
    laid, heading = laids[index], headings[index]
    if laid.mark.endswith("报道"):
        return False  # a report line under it: it may as well end a body
    title = measure(laid.heads[1 if items[index].kicker else 0])
    if heading == "before":
        if title >= widths[index] - _ALONE:
            return False
        if index == 0 or items[index - 1].kind == "photo" or signed[index - 1]:
            return True  # at an item's start
        # Inside an unsigned article's text: a layout break or another width sets it apart.
        return any(laid.breaks[:2]) or abs(widths[index] - widths[index - 1]) >= 4
    if index + 1 == len(items):
        return not items[index].subtitle  # last on the page: headings only, or a subtitle
    return title < widths[index + 1] - _ALONE


def _weak_headline(heads: list[str], own: str, following: str) -> bool:
    """Whether headline lines printed after a byline share too few bigrams with their own
    article (and not the item after) to be told from the item after's opening: each at
    least 3 and 40 % of its bigrams (a headline over a ``——`` subtitle needs none)."""
    number = 0
    while number < len(heads):
        if number + 1 < len(heads) and heads[number + 1].startswith("——"):
            number += 2  # a headline over its subtitle is one by its dash
            continue
        rest = "".join(heads[number + 1 :]) + following
        if _lean(heads[number], own, rest) < max(3, 0.4 * len(_bigrams(heads[number]))):
            return True
        number += 1
    return False


def _bigrams(text: str) -> set[str]:
    return {run[i : i + 2] for run in _IDEOGRAPH_RUN.findall(text.replace(" ", "")) for i in range(len(run) - 1)}


def _lean(line: str, before: str, after: str) -> int:
    """Bigrams of ``line`` found only in ``before`` minus those found only in ``after``."""
    before, after = before.replace(" ", ""), after.replace(" ", "")
    return sum((gram in before) - (gram in after) for gram in _bigrams(line))
