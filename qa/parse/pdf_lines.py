"""Glyphs → lines: characters on one baseline and close together, a line cut where a gutter runs.

Decisions (each has a test, in tests/test_pdf.py through generated pages):

- A row is the glyphs whose vertical centres lie within a third of an em of the row's
  first glyph. It is cut wherever two glyphs stand more than ``SPLIT_EM`` body em apart
  (gutters are an em and more, whatever the type beside them) or the type size changes.
- The parts are joined again unless the gap is a gutter, as the nearest rows of that size
  near the gap say (``_gutter``): text covering the gap says no (a justified line spread
  by an unbreakable word); text ending and starting in it says yes (a column's edge). A
  row no neighbour speaks for is cut where its gap is over ``LONE_SPLIT_EM``, and in
  headline type where two headlines stand side by side (``_two_heads``). A letter-spaced
  run stays whole; a byline or credit stays whole over a gutter (its names an em apart).
- A space is read where a gap is ``SPACE_EM`` and ``SPACE_OVER_EM`` wider than the line's
  own spacing between CJK characters (justification spreads them all alike).
- A glyph drawn again over itself (fake bold) is kept once and counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from qa.parse.byline import find_byline, find_credit, find_report_line
from qa.parse.pdf_read import Glyph
from qa.text import is_cjk

SPLIT_EM = 0.8  # a gap wider than this (in body em at most) cuts a row, to be joined again unless a gutter
SPACE_EM = 0.15  # a gap this wide reads as a space (Latin word spaces are 0.2–0.3 em)
SPACE_OVER_EM = 0.18  # ... and this much wider than the line's own spacing
WIDE_EM = 0.5  # a gap this wide is a phrase space in a headline or a padded name
LARGE = 1.12  # type this many times the body size is headline type
GUTTER_MAX_EM = 4.0  # a wider gap in a row is always a cut
LONE_SPLIT_EM = 2.0  # a row without neighbours is cut at gaps wider than this
_ROW_EM = 0.33
_SAME_SIZE = 1.15


@dataclass(frozen=True)
class Line:
    """Glyphs set on one baseline in one column.

    Attributes:
        glyphs: in reading order (left to right), duplicates removed.
        gaps: the gap before each glyph, in em of the smaller neighbour (0 for the first).
        x0, x1, top, bottom: the box, in points, top-down.
        size: the median glyph size; font: the commonest font.
    """

    glyphs: tuple[Glyph, ...]
    gaps: tuple[float, ...]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str

    @property
    def text(self) -> str:
        """The glyphs' text, a space where the page leaves a gap of SPACE_EM or more."""
        return self.spaced(SPACE_EM)

    @property
    def chars(self) -> str:
        """The glyphs' text without any space."""
        return "".join(g.text for g in self.glyphs).replace(" ", "")

    def spaced(self, gap: float) -> str:
        """The text with one space wherever the gap is at least ``gap`` em more than the
        line's own spacing (a justified line spreads all its characters alike)."""
        base = self.spacing
        return "".join(
            (" " if i and g >= gap and g - base >= min(gap, SPACE_OVER_EM) else "") + glyph.text
            for i, (glyph, g) in enumerate(zip(self.glyphs, self.gaps, strict=True))
        )

    @property
    def spacing(self) -> float:
        """The line's own gap between characters, in em: the narrowest between two CJK
        characters (justification spreads those alike, not the letters of a number; a
        line of padded names has few ordinary gaps)."""
        between = [
            gap for gap, left, right in zip(self.gaps[1:], self.glyphs, self.glyphs[1:], strict=False)
            if is_cjk(left.text[-1:]) and is_cjk(right.text[:1])
        ]
        return min(between or self.gaps[1:], default=0.0)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def body_size(glyphs: list[Glyph]) -> float:
    """The commonest type size on a page (by glyph count, to a quarter point)."""
    sizes = Counter(round(g.size * 4) / 4 for g in glyphs if g.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _make(glyphs: list[Glyph]) -> Line:
    gaps = [0.0]
    for left, right in zip(glyphs, glyphs[1:], strict=False):
        gaps.append(max(0.0, right.x0 - left.x1) / min(left.size, right.size))
    sizes = sorted(g.size for g in glyphs)
    font = Counter(g.font for g in glyphs).most_common(1)[0][0]
    return Line(
        tuple(glyphs), tuple(gaps), glyphs[0].x0, max(g.x1 for g in glyphs),
        min(g.top for g in glyphs), max(g.bottom for g in glyphs), sizes[len(sizes) // 2], font,
    )


def build_lines(glyphs: list[Glyph], body: float) -> tuple[list[Line], int]:
    """Group a page's glyphs into lines.

    Args:
        glyphs: the page's upright glyphs, in any order.
        body: the page's body type size.

    Returns:
        lines sorted top to bottom, then left to right; and how many glyphs were dropped
        as drawn twice at the same place.
    """
    rows: list[list[Glyph]] = []
    anchor = 0.0
    for glyph in sorted((g for g in glyphs if g.text.strip()), key=lambda g: g.top + g.bottom):
        centre = (glyph.top + glyph.bottom) / 2
        if rows and abs(centre - anchor) <= _ROW_EM * min(glyph.size, rows[-1][0].size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
            anchor = centre
    pieces: list[list[list[Glyph]]] = []
    twice = 0
    for row in rows:
        row.sort(key=lambda g: g.x0)
        cut: list[list[Glyph]] = []
        for glyph in row:
            if cut:
                last = cut[-1][-1]
                if glyph.text == last.text and abs(glyph.x0 - last.x0) < 0.3 * max(last.x1 - last.x0, 0.1 * glyph.size):
                    twice += 1  # drawn again over itself (fake bold), not a letter repeated (ll)
                    continue
                # Gutters are a body em or so, whatever the type size beside them.
                em = min(glyph.size, last.size, body)
                ratio = max(glyph.size, last.size) / min(glyph.size, last.size)
                if glyph.x0 - last.x1 <= SPLIT_EM * em and ratio <= _SAME_SIZE:
                    cut[-1].append(glyph)
                    continue
            cut.append([glyph])
        pieces.append(cut)
    lines: list[Line] = []
    for index, cut in enumerate(pieces):
        lines.extend(_make(part) for part in _rejoin(cut, pieces, index, body))
    lines.sort(key=lambda line: (line.top, line.x0))
    return lines, twice


def _rejoin(cut: list[list[Glyph]], pieces: list[list[list[Glyph]]], index: int, body: float) -> list[list[Glyph]]:
    """Join neighbouring parts of one row whose gap is no gutter (see ``_gutter``). A row
    no neighbour speaks for is cut where its gap is wider than ``LONE_SPLIT_EM`` or, in
    headline type, where the right part starts a column (see ``_two_heads``)."""
    cut = _join_tracked(cut)
    if len(cut) < 2:
        return cut
    joined = [cut[0]]
    for number, part in enumerate(cut[1:], 1):
        left = joined[-1]
        size = left[-1].size
        gap = part[0].x0 - left[-1].x1
        apart = _gutter(pieces, index, left[-1], part[0], size)
        if apart is None:  # no neighbour of this size says: a lone row
            apart = gap > LONE_SPLIT_EM * size or size >= LARGE * body and _two_heads(pieces, index, left, part, body)
        if gap < GUTTER_MAX_EM * size and abs(part[0].size / size - 1) < 0.05 and (
            not apart or gap <= 1.5 * size and _signs(left, cut[number:])
        ):
            joined[-1] = left + part
        else:
            joined.append(part)
    return joined


def _join_tracked(cut: list[list[Glyph]]) -> list[list[Glyph]]:
    """Join each letter-spaced run of a row into one part: three or more single characters
    of one size, evenly spaced under two em apart (a short headline spread to fill its
    width); the rest of the row as it is."""
    out: list[list[Glyph]] = []
    run: list[list[Glyph]] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append([part[0] for part in run])
        else:
            out.extend(run)
        run.clear()

    for part in cut:
        if len(part) == 1 and run:
            last, glyph = run[-1][0], part[0]
            gap = glyph.x0 - last.x1
            first_gap = run[1][0].x0 - run[0][0].x1 if len(run) > 1 else gap
            same = abs(glyph.size - last.size) < 0.05 * last.size
            if same and gap < 2 * glyph.size and abs(gap - first_gap) <= 0.15 * glyph.size:
                run.append(part)
                continue
        flush()
        if len(part) == 1:
            run.append(part)
        else:
            out.append(part)
    flush()
    return out


def _two_heads(pieces: list[list[list[Glyph]]], index: int, left: list[Glyph], right: list[Glyph], body: float) -> bool:
    """Whether a gap in a row of headline type parts two headlines standing side by side:
    in the first rows of body text below it, a column's right edge and the next column's
    left edge lie inside the gap, and the right part starts flush with that next column or
    both parts stand centred over their own columns (one headline's phrase space falls on
    a column's edge only by chance)."""
    before, after = left[-1], right[0]
    bottom = max(before.bottom, after.bottom)
    seen = 0
    ending: list[list[Glyph]] = []
    starting: list[list[Glyph]] = []
    for other in pieces[index + 1 :]:
        parts = [
            p for p in other
            if abs(p[0].size / body - 1) < 0.05 and p[-1].x1 >= before.x1 - 3 * body and p[0].x0 <= after.x0 + 3 * body
        ]
        if not parts:
            continue
        if parts[0][0].top > bottom + 40 * body or seen == 8:
            break
        seen += 1
        # Rows of two articles side by side need not share a baseline: each side is read
        # on its own, and each edge must be one that several lines keep (a column's).
        ending += [p for p in parts if before.x1 - 0.5 * body <= p[-1].x1 < after.x0]
        starting += [p for p in parts if before.x1 < p[0].x0 <= after.x0 + 0.6 * body]
    edge = _kept([p[-1].x1 for p in ending], body)
    start = _kept([p[0].x0 for p in starting], body)
    if edge is None or start is None or start <= edge:
        return False
    if abs(start - after.x0) <= 0.6 * body:
        return True
    column_left = min(p[0].x0 for p in ending if abs(p[-1].x1 - edge) <= 0.3 * body)
    column_right = max(p[-1].x1 for p in starting if abs(p[0].x0 - start) <= 0.3 * body)
    left_centre = (left[0].x0 + before.x1) / 2
    right_centre = (after.x0 + right[-1].x1) / 2
    return abs(left_centre - (column_left + edge) / 2) <= body and abs(right_centre - (start + column_right) / 2) <= body


def _kept(edges: list[float], body: float) -> float | None:
    """An edge that at least two of the given ones line up on (within a third of a body
    em), or None."""
    edges = sorted(edges)
    for a, b in zip(edges, edges[1:], strict=False):
        if b - a <= 0.3 * body:
            return a
    return None


def _signs(left: list[Glyph], rest: list[list[Glyph]]) -> bool:
    """Whether a row's part and the parts after it (up to a wide gap) read as a byline or
    credit that begins the first part (本报记者 张三, （胡位涛 肖 俊）, 方 曦摄): such a line
    may stand over a gutter, its names an em apart."""
    glyphs = list(left)
    begins = len(_make(glyphs).text.rstrip())
    for part in rest:
        if part[0].x0 - glyphs[-1].x1 > 1.5 * part[0].size:
            break
        glyphs += part
        text = _make(glyphs).text
        signature = find_report_line(text) or find_credit(text) or find_byline(text)
        if signature is not None and signature.start == 0 and begins:
            return True
    return False


def _gutter(pieces: list[list[list[Glyph]]], index: int, before: Glyph, after: Glyph, size: float) -> bool | None:
    """Whether the gap between two glyphs of a row is a gutter, judged by the nearest rows
    of the same size with text near the gap, three above and three below. Text covering the whole gap says it is
    not (a justified line spread by an unbreakable word). Text ending and starting inside
    the gap (up to an indent past its end) says it is: a column's edge; the gap may be
    wider than the gutter, after a paragraph's short last line or before an indented
    first line. Text on one side only says so by half. On
    a tie it is (a line wrongly cut inside a column is joined again by its block; one
    wrongly run across a gutter would mix two articles). None when no such neighbour
    says (a byline, a header cell, a one-line headline)."""
    start, end = before.x1, after.x0
    slack = 0.3 * size
    across = apart = 0.0
    for rows in (reversed(pieces[max(0, index - 8) : index]), pieces[index + 1 : index + 9]):
        seen = 0
        for other in rows:
            parts = [
                p for p in other
                if abs(p[0].size / size - 1) < 0.05 and p[-1].x1 >= start - 3 * size and p[0].x0 <= end + 3 * size
                and p[-1].x1 - p[0].x0 >= 3 * size  # a column's line, not a letter-spaced character
            ]
            if not parts:
                continue  # another column's row
            if abs(parts[0][0].top - before.top) > 4.5 * size or seen == 3:
                break
            seen += 1
            if any(p[0].x0 <= start + slack and p[-1].x1 >= end - slack for p in parts):
                across += 1
                continue
            stops = any(start - 1.2 * size <= p[-1].x1 < end for p in parts)  # ragged lines end short
            starts = any(start < p[0].x0 <= end + 2.5 * size for p in parts)
            # Text on both sides of the gap is a column's edge; text on one side may be
            # a paragraph's short last line or an indent, and counts half.
            apart += 1.0 if stops and starts else 0.5 if stops or starts else 0.0
    if across or apart:
        return apart >= across
    return None


def join(left: Line, right: Line) -> Line:
    """One line from two parts of a row, ``left`` standing before ``right``."""
    return _make(list(left.glyphs) + list(right.glyphs))
