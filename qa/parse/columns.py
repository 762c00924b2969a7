"""The columns of a page's bodies: how wide the column is around each line, read from its
middle lines (neither ending a sentence nor following one, so full); and the page's text
by lines for what headings share with the text around them."""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate
from operator import attrgetter

from qa.parse.headings import bigrams_within
from qa.parse.lines import CLAUSE_MARKS, INDENT, SURE_SHORT, PageLine, block_width

COLUMN_SAMPLE = 5  # middle lines whose median width is a column's width
WIDER = 1.5  # em two full lines running on may be wider than the column before and not be in another
MIN_SAMPLE = 3  # fewer middle lines than this: the column is read from all the lines
NEAR = 12  # lines away that a column's width is read from
NEAR_SURE = 8  # ... the third nearest middle line, for the width to be sure
WIDTH_CHANGE = 2.5  # em between two bodies' columns that shows two items
WIDTH_CHANGE_ROUGH = 4.5  # ... when a column is read from a few lines only
GRAMS_KEPT = 16  # lines whose bigrams a page's text keeps at once (see PageText.grams)
SPANS_KEPT = 16  # runs of lines whose bigrams it keeps at once (see PageText.grams_between)
COLUMN_CUTS = 2  # layout breaks inside paragraphs that show a page cutting its text blocks at column ends


@dataclass(frozen=True)
class PageLines:
    """A page's lines with what the decoder reads besides their text.

    Attributes:
        lines: the lines (a line ending in a byline or credit split in two: its text,
            then the signature as a line of its own).
        ends: index → "article" or "photo" for each byline or credit line ending an item.
        leads: indices of bylines standing under a headline (记者 张三 报道).
        breaks: indices of lines where the layout says a block starts.
        spaced: those of them set apart by their spacing alone (a blank line on a page
            that sets none, none or more than its usual on one that does).
        indents: the page keeps paragraph indents (an opening starts with spaces).
        flush: the page sets its paragraphs flush, or types its indents ahead of a full
            line's text (an opening is as wide as a full line).
        short_opening: on such a page, what an opening about 2 em short (an indent's
            shape) costs: the log of the odds of the page's full openings to its short ones;
            on a page that keeps indents and is not flush, the same for an opening without
            its indent, read from the page's unindented openings.
        lost_indents: the page shows its paragraphs' indents lost in extraction (its
            openings after a sentence end are mostly about 2 em short, with no indent).
        openings: lines where something new may start besides those ``segment._zones``
            finds (after a line left short where a first reading left lines to no item).
        starts: lines where an item starts whatever the costs (under a section label).
        cuts: lines before which an item ends whatever the costs (after a jump line: the
            text above goes on on another page); heading lines from there may still be
            its late headline.
        boxes: lines that are a box's label (记者手记, 相关链接): a box starts there (they
            are also ``starts``): no body opens with one, no item before takes one.
        titles: lines that are titles behind a mark: short items' under a section label
            (简讯 / ●赣南脐橙开启“云上”销售季), or any where no 小标题 can stand (the page's
            first line, under a byline): no body text.
        sentences: lines that open with a news sentence's time or source (近日，…,
            4月12日，…): no headline opens so.
        openers: those of them under a line that cannot lead into one
            (``wording.sentence_openings``): no paragraph goes on into them.
        inside: lines that are the text of the item they stand in, where nothing starts
            and no heading stands: a notice's closing between its last sentence and its
            date (the organisation issuing it: 萍乡市市场监督管理局; the date is in
            ``ends``), and the short lines a paragraph ending in a colon leads into (诗中
            写道： / 白日依山尽 / 黄河入海流).
        minor: lines that may be an unmarked 小标题 between an article's paragraphs,
            read on there at a small cost: on a page that keeps its indents, a short line
            ending no sentence or clause, indented as the page's openings are and over an
            indented line (　　一条古道串起三个村: a headline is set flush), or wrapped, its
            shorter rest flush under it (both lines, the rest read as its text); on any page, a
            short flush line between a sentence end and a line going on (a full line, or on
            a page that keeps indents an indented one), where the signed article sets
            several (``page._flush_minor_heads``).
        minor_on: those of them under another, no byline between (``page._minor_on``):
            the article goes on there, so a change of column costs it no more per em
            (an article set in blocks changes its column at a 小标题).
        turns: lines opening an interview's turn with its speaker's name (马博：…,
            ``wording.speaker_turns``): running text, never a heading.
        twice: lines between a byline under a headline or a dateline, naming writers,
            and an end byline naming writers after it, no byline, credit or dateline
            between: read as one item, it would be signed twice, so an item may start at
            any paragraph among them; and a paragraph opening that restates a headline
            printed after its article's end byline (``page._restated_late``): read as one
            item with the text above, it would be titled twice.
        continued: lines under a jump line saying where the text after it came from (上接第1版):
            an article's continuation opens there, as a dateline opens an item (the headline
            repeated over it may stand over the jump line).
        jumps_on: the page's text ends at a jump line sending it on to another page
            (（下转第2版）): its last item goes on there, unfinished here.
        unsigned_briefs: lines of a run of short items under a section label (简讯, 本地快讯)
            whose items sign no names (``page._unsigned_runs``): an item ending there
            unsigned is not weighed by the page's credit convention.
        anonymous: those of ``ends`` that name no one: a source credited (（据新华社）,
            （本报综合）) or the wire's end (（完）); they end an article credited at its
            head without signing it twice.
        finished: those of ``anonymous`` that are the wire's end (（完）): they end an
            article but credit no one, so an item ending there is unsigned as far as the
            page's credit convention goes.
    """

    lines: list[PageLine]
    ends: dict[int, str]
    leads: frozenset[int]
    breaks: frozenset[int]
    indents: bool = False
    flush: bool = False
    short_opening: float = 0.0
    lost_indents: bool = False
    openings: frozenset[int] = frozenset()
    starts: frozenset[int] = frozenset()
    cuts: frozenset[int] = frozenset()
    boxes: frozenset[int] = frozenset()
    titles: frozenset[int] = frozenset()
    sentences: frozenset[int] = frozenset()
    openers: frozenset[int] = frozenset()
    plain_opening: float = 0.0
    inside: frozenset[int] = frozenset()
    minor: frozenset[int] = frozenset()
    turns: frozenset[int] = frozenset()
    spaced: frozenset[int] = frozenset()
    twice: frozenset[int] = frozenset()
    minor_on: frozenset[int] = frozenset()
    continued: frozenset[int] = frozenset()
    jumps_on: bool = False
    unsigned_briefs: frozenset[int] = frozenset()
    anonymous: frozenset[int] = frozenset()
    finished: frozenset[int] = frozenset()
    # Readings of the lines the decoder asks for again and again, made once a page on
    # first use (``qa.parse.segment.opening_lines``); a page made anew (``replace``)
    # starts without them.
    once: dict[str, frozenset[int] | list[int]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def last_end_before(self, i: int) -> int:
        """The last line before line ``i`` that ``ends`` holds (-1: none)."""
        ends = self._ends_in_order()
        at = bisect_left(ends, i)
        return ends[at - 1] if at else -1

    def first_end_from(self, i: int) -> int:
        """The first line from line ``i`` on that ``ends`` holds (the page's length: none)."""
        ends = self._ends_in_order()
        at = bisect_left(ends, i)
        return ends[at] if at < len(ends) else len(self.lines)

    def _ends_in_order(self) -> list[int]:
        # (Sorted once a page: the words' readers ask where the text around a zone stops
        # again and again, a bisection each rather than a step a line.)
        found = self.once.get("ends")
        if found is None:
            found = self.once["ends"] = sorted(self.ends)
        return found  # type: ignore[return-value]


@dataclass
class Columns:
    """Column widths around each line (see ``read_columns`` and ``ahead``)."""

    page: PageLines
    back: list[float | None]
    sure_back: set[int]
    middle: list[bool]
    cut_blocks: bool = False
    _text: PageText | None = None
    _ahead: dict[int, tuple[float | None, bool, bool]] = field(default_factory=dict)
    # What ``qa.parse.segment`` weighed for a body opening at each line (``wording.cohesion``):
    # kept for the page, as zones near each other ask for the same line's.
    cohesions: dict[int, int] = field(default_factory=dict)
    # Where ``ahead`` stops, for each line (and the page's end): the first byline or credit
    # ending an item at or after it, the first byline under a headline at or after it; and
    # the middle lines' indices, in order (``ahead`` reads the nearest few).
    _ends_from: list[int] = field(init=False, repr=False)
    _leads_from: list[int] = field(init=False, repr=False)
    _middles: list[int] = field(init=False, repr=False)
    _middle_widths: list[float] = field(init=False, repr=False)  # (their widths, in the same order)

    def __post_init__(self) -> None:
        lines = self.page.lines
        n = len(lines)
        self._ends_from = _first_from(n, self.page.ends)
        self._leads_from = _first_from(n, self.page.leads)
        self._middles = [i for i, middle in enumerate(self.middle) if middle]
        self._middle_widths = [lines[i].width for i in self._middles]

    @property
    def text(self) -> PageText:
        """The page's text by lines (made on first use: only headings need it)."""
        if self._text is None:
            self._text = PageText.of(self.page.lines)
        return self._text

    def ahead(self, i: int) -> tuple[float | None, bool, bool]:
        """The column of the block from line ``i`` as its own lines show it (up to the
        first clear paragraph end after three lines, not past a byline).

        Returns:
            (width in em or None, whether at least ``MIN_SAMPLE`` + 1 lines show it,
            whether it is only a lower bound: every line ends a paragraph, so the column
            is at least as wide as the widest).
        """
        found = self._ahead.get(i)
        if found is not None:
            return found
        lines, ends = self.page.lines, self.page.ends
        # (Nor past a byline under the next headline.)
        stop = min(i + NEAR, self._ends_from[i], self._leads_from[i + 1])
        # As the width before a line is read: the median of the nearest middle lines, up
        # to where another column's run of them starts. (The block's lines past the
        # ``COLUMN_SAMPLE``th middle line are read only where too few of those are left.)
        at = bisect_left(self._middles, i)
        nearest = self._middles[at : at + COLUMN_SAMPLE]
        cap = nearest[-1] + 1 if len(nearest) == COLUMN_SAMPLE else stop
        block = window(lines, i, min(stop, cap))
        # (The nearest middle lines inside the block: the first of them, in order.)
        found_middle = self._middle_widths[at : at + bisect_left(nearest, i + len(block))]
        spread = len(found_middle) > 1 and max(found_middle) - min(found_middle) >= WIDTH_CHANGE
        for count in range(1, len(found_middle) if spread else 0):
            width = found_middle[count]
            if (
                abs(width - found_middle[count - 1]) >= WIDTH_CHANGE  # cheap first
                and abs(width - sorted(found_middle[:count])[count // 2]) >= WIDTH_CHANGE
            ):
                del found_middle[count:]
                break
        middle = sorted(found_middle)
        if len(middle) >= MIN_SAMPLE:
            found = (middle[len(middle) // 2], True, False)
            self._ahead[i] = found
            return found
        if cap < stop:
            block = window(lines, i, stop)
        if not any(not line.ends_sentence for line in block if not line.justified):
            # Last lines: a lower bound (a sprayed line's text is no wider than its column).
            found = (max((line.width for line in block), default=None), False, True)
        else:
            starts = i == 0 or lines[i - 1].ends_sentence or i - 1 in ends or i - 1 in self.page.leads
            found = (block_width(block, first_starts=starts) if len(block) >= 2 else None, len(block) > MIN_SAMPLE, False)
        self._ahead[i] = found
        return found


def _first_from(n: int, marked: Iterable[int]) -> list[int]:
    """For each line index from 0 to ``n`` (and one past), the first of the line indices
    ``marked`` at or after it (``n`` where none is)."""
    out = [n] * (n + 2)
    start = 0
    for j in sorted(marked):
        if start <= j < n:
            out[start : j + 1] = [j] * (j + 1 - start)
            start = j + 1
    return out


def read_columns(page: PageLines) -> Columns:
    """Each line's column width as the lines before it show it, and as the lines from it
    on show it: the median of the nearest middle lines (neither ending a sentence nor
    following one, so full), not reaching across a byline; with fewer than
    ``MIN_SAMPLE`` of them, what ``qa.parse.lines.block_width`` reads from the lines around
    (before a line: the wider of the one or two there are, not sure).
    The width before a line forgets the lines before a change of column, before a
    line of running text (ending in a mark, or holding a clause mark inside) ``WIDTH_CHANGE``
    wider than any of them, and before two full lines running on ``WIDER`` wider than
    the column they show (no full line is wider than its column). The lines
    ``PageLines.inside`` holds (a verse a colon leads into, a notice's closing) are set
    short whatever the column: they show none.

    Returns:
        the widths before and from each line, which of them middle lines show, and
        whether the page's text blocks are cut where a column ends (``COLUMN_CUTS``
        layout breaks or more inside paragraphs).
    """
    lines, ends, leads, breaks = page.lines, page.ends, page.leads, page.breaks
    n = len(lines)
    widths = list(map(attrgetter("width"), lines))
    sprayed = list(map(attrgetter("justified"), lines))
    ended = list(map(attrgetter("ends_sentence"), lines))
    full = [not (end or spray) for end, spray in zip(ended, sprayed, strict=True)]
    stops = [False] * n  # a byline, credit or lead line: no body line
    for i in ends:
        stops[i] = True
    for i in leads:
        stops[i] = True
    middle = [False] * n
    after = True
    inside = page.inside  # (a verse's lines, a notice's closing: set short whatever the column)
    for i in range(n):
        # A full line: nothing before it in its paragraph is much shorter (a heading over
        # it), nothing after it much wider (a body under it, if it is a heading).
        if full[i] and not after and not stops[i] and i not in inside:
            width = widths[i]
            # (A sprayed line's text is no wider than its column: a lower bound.)
            middle[i] = (
                (sprayed[i - 1] or widths[i - 1] >= width - INDENT - 1.0)
                and (i + 1 >= n or widths[i + 1] <= width + 1.5)
            )
        after = ended[i] or stops[i]
    # Layout breaks inside paragraphs (after a middle line, before a line as full): the
    # page's text blocks end where a column does, so a break shows no item's start.
    cuts = 0
    for i in breaks:
        if middle[i - 1] and (sprayed[i] or widths[i] >= widths[i - 1] - 1.0):
            cuts += 1
    columns = Columns(page, [None] * n, set(), middle, cuts >= COLUMN_CUTS)
    back, sure_back = columns.back, columns.sure_back
    recent: deque[tuple[int, float]] = deque(maxlen=COLUMN_SAMPLE)  # (the last middle lines: older ones drop out)
    # Widths are read only where a zone may start (and before a layout break): the page's
    # first line, a line after a sentence end or a byline ending an item, at or over a
    # break. (Marked once: one look-up a line rather than five tests.)
    reads = [True, *ended]  # (the line after each sentence end)
    for i in ends:
        if 0 <= i < n:
            reads[i + 1] = True
    for i in breaks:
        if 0 <= i <= n:
            reads[i] = reads[i - 1] = True
    for i in range(n):
        current = None
        if reads[i]:
            while recent and i - recent[0][0] > NEAR:
                del recent[0]
            if len(recent) >= MIN_SAMPLE:
                current = back[i] = sorted([width for _, width in recent])[len(recent) // 2]
                sure_back.add(i)
            elif len(recent) == MIN_SAMPLE - 1 and abs(recent[0][1] - recent[1][1]) <= 1.0:
                current = back[i] = max(recent[0][1], recent[1][1])  # two agreeing middle lines
            elif recent:
                # One middle line, or two that disagree (a short article): the column is
                # at least as wide as the wider; not sure.
                current = back[i] = max(width for _, width in recent)
            if stops[i]:
                # (A byline ends an item, or opens one under its headline: the column
                # before it is no column of the text after it.)
                recent.clear()
            elif current is not None and (ended[i - 1] or i in breaks):
                # From this line, or the next when this one may be a heading over it.
                heading = i + 1 < n and full[i] and widths[i] < current - SURE_SHORT
                for start in (i, i + 1) if heading else (i,):
                    width, sure, bound = columns.ahead(start)
                    if width is not None and not bound:
                        change = WIDTH_CHANGE if sure and i in sure_back else WIDTH_CHANGE_ROUGH
                        if abs(width - current) >= change:
                            recent.clear()  # another column from here on
                            break
                    elif width is not None and width - current >= WIDTH_CHANGE_ROUGH:
                        recent.clear()  # at least this wide: another column (a block of short paragraphs)
                        break
        elif stops[i]:
            recent.clear()
        if (
            recent and widths[i] >= recent[-1][1] + WIDTH_CHANGE  # (cheap first: the last is no wider than the widest)
            and widths[i] >= max(width for _, width in recent) + WIDTH_CHANGE and _running_text(lines[i])
        ):
            recent.clear()  # running text wider than the column before it is set in another
        elif (
            middle[i] and middle[i - 1] and len(recent) > 1 and widths[i - 1] >= recent[-2][1] + WIDER  # (cheap first)
            and widths[i] >= widths[i - 1] - 0.5 and widths[i - 1] >= sorted(width for _, width in recent)[len(recent) // 2] + WIDER
        ):
            recent.clear()  # two full lines wider than the column before: set in another
        if middle[i]:
            if len(recent) >= 2 and abs(widths[i] - recent[-1][1]) >= WIDTH_CHANGE and _new_column(recent, widths, middle, i):
                recent.clear()  # a run of middle lines of another width starts here
            recent.append((i, widths[i]))
    return columns


def _running_text(line: PageLine) -> bool:
    """Whether a line reads as running text, no wider than its column: it ends in a mark,
    or holds a clause mark inside (its words cut at the column's end: 1.青石板路蜿蜒向前，
    两旁是成片的茶园和竹), which a headline set wide seldom does."""
    return not line.heading_like or CLAUSE_MARKS.search(line.text, 1, len(line.text) - 1) is not None


def _new_column(recent: deque[tuple[int, float]], widths: list[float], middle: list[bool], i: int) -> bool:
    """Whether middle line ``i`` starts a column of another width than the middle lines
    ``recent`` before it: it differs from their median by ``WIDTH_CHANGE`` or more and the
    next middle line (if near) agrees with it."""
    width = widths[i]
    current = sorted(width for _, width in recent)[len(recent) // 2]
    if abs(width - current) < WIDTH_CHANGE:
        return False
    j = next((j for j in range(i + 1, min(len(widths), i + 1 + NEAR)) if middle[j]), -1)
    return j >= 0 and abs(widths[j] - width) <= 1.5


def window(lines: list[PageLine], k: int, stop: int) -> list[PageLine]:
    """Lines from ``k`` (before ``stop``) that show one block's width: up to the first
    clear paragraph end after three lines (what follows may be another block), a line
    too wide for the lines before it where one of them is a full line (lines that all
    end in a mark, a list's 一是…； / 二是…；, show only a lower bound), or a short line
    after a sentence end that may be the next item's headline."""
    if k >= stop:
        return lines[k:stop]
    first = lines[k]
    widest = max(0.0, first.width)
    full = first.heading_like  # whether a line before reads as a full line (ending in no mark)
    ended = first.ends_sentence  # whether the line before ends a sentence
    for j in range(k + 1, stop):
        line = lines[j]
        width = line.width
        if not line.justified:
            if full and j - k >= 2 and width > widest + INDENT + 1.5:
                return lines[k:j]
            if ended and (line.headline_mark or line.heading_like and width < widest - 3.5):
                return lines[k:j]
        if width > widest:
            widest = width
        full = full or line.heading_like
        ended = line.ends_sentence
        if ended and width < widest - 3.5:
            return lines[k : j + 1]
    return lines[k:stop]


@dataclass
class PageText:
    """The page's text without spaces, sliced by lines."""

    joined: str
    offsets: list[int]
    _line_grams: dict[int, set[str]] = field(default_factory=dict)
    _span_grams: dict[tuple[int, int], set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, lines: list[PageLine]) -> PageText:
        texts = [line.text.replace(" ", "") for line in lines]
        return cls("".join(texts), [0, *accumulate(map(len, texts))])

    def between(self, start: int, stop: int) -> str:
        """The text of lines ``start`` to ``stop`` - 1."""
        return self.joined[self.offsets[start] : self.offsets[stop]]

    def grams(self, i: int) -> set[str]:
        """``qa.parse.headings.bigrams`` of line ``i``, kept for the zones near it, which
        weigh it as a heading or a body's opening again and again (the zones are read in
        page order: the ``GRAMS_KEPT`` lines' worth kept are let go together, so a long
        window's memory stays bounded). Not to be changed."""
        kept = self._line_grams
        found = kept.get(i)
        if found is None:
            if len(kept) >= GRAMS_KEPT:
                kept.clear()
            found = kept[i] = bigrams_within(self.joined, self.offsets[i], self.offsets[i + 1])
        return found

    def grams_between(self, start: int, stop: int) -> set[str]:
        """``qa.parse.headings.bigrams`` of ``between(start, stop)``: the lines' own and
        the pairs of ideographs across the breaks between them, read from the text in
        place. Kept as ``grams`` is, ``SPANS_KEPT`` runs' worth: the zones near a line
        compare the same runs before and after it again (``wording.subject_kept`` for each
        body opening under a zone's heading lines, and for the zone at that opening).
        The set returned is the one kept: callers must not change it. (Built from the
        lines' own sets instead, the runs cost fewer steps on generated pages, a sixth of
        the parse's, but no less time: measured.)"""
        kept = self._span_grams
        found = kept.get((start, stop))
        if found is None:
            if len(kept) >= SPANS_KEPT:
                kept.clear()
            found = kept[start, stop] = bigrams_within(self.joined, self.offsets[start], self.offsets[stop])
        return found
