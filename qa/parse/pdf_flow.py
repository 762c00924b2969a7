"""Which headline each column block belongs to, and where an article runs on.

Decisions (each has a test):

- A headline stands over the columns whose text starts right under it (within four
  lines), on the baseline of the text under the headline itself, with nothing else above
  that text at its level: first the widest run it stands centred over (a short headline
  centred over three columns owns all three), then free columns beside it (see
  ``widen_heads``).
- A block belongs to the nearest unit above it that overlaps it sideways: a headline
  (the block is that article's), or another block. Photos, captions and boxes are looked
  through (the text runs on under a picture); a rule crossed on the way is noted.
- A block under another block, a rule, or at the head of a column, runs on an article:
  one that stopped at the foot of a column further left, or the one right above it when a
  picture or box stands between them or no article stopped at a foot (blank space in a
  column ends an article); either only when open and when the text fits (a line that does
  not open a paragraph must follow a full line). With neither, the block starts an
  article without a headline. An article
  is closed by a byline ending its last line (（胡位涛 肖 俊）). A byline alone in a block
  (set flush right, or carried to the next column) ends the open article nearest before it.
- Articles are read column by column, left to right, each column top to bottom.
- A headline cut in two at a phrase space that fell on a gutter is joined again when the
  text under its right half starts in mid-paragraph: no article starts so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qa.parse.byline import find_byline
from qa.parse.pdf_units import Block, Head, Region
from qa.text import SENTENCE_END

INDENT_EM = 1.2  # a line this far right of its column's edge opens a paragraph
LEVEL_EM = 0.35  # columns of one article start on one baseline, within this many body em
_UNDER_HEAD_LINES = 4  # how far under a headline its columns' text may start, in lines


@dataclass(eq=False)
class Story:
    """An article being put together: its headline group (or None) and blocks in order."""

    head: Head | None
    blocks: list[Block] = field(default_factory=list)
    closed: bool = False

    @property
    def anchor(self) -> tuple[float, float]:
        """Where it starts on the page (top, left), for page order."""
        if self.head is not None:
            return self.head.top, self.head.x0
        return self.blocks[0].top, self.blocks[0].x0


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def indented(line, block: Block) -> bool:
    """Whether a line opens a paragraph: set in from its column's edge by about 2 em."""
    return line.x0 - block.left >= INDENT_EM * line.size


def _right_edge(block: Block, region: Region) -> float:
    """The right edge of a block's column: the widest line of the longer blocks in it."""
    edge = block.x1
    for other in region.blocks:
        if len(other.lines) >= 3 and abs(other.left - block.left) < block.size:
            edge = max(edge, other.x1)
    return edge


def _column_width(region: Region) -> float:
    """The usual width of a column of the region: the median of its longer blocks'."""
    widths = sorted(b.x1 - b.left for b in region.blocks if len(b.lines) >= 3)
    return widths[len(widths) // 2] if widths else 0.0


def widen_heads(region: Region, body: float, pitch: float) -> None:
    """Widen each headline group to the columns it stands over (see the module docstring).

    The columns a headline may claim are those whose text (or picture) starts on the level
    of the text under the headline itself, in an unbroken row beside it. First each
    headline takes the widest run of them it stands centred over (or, if none, those under
    its own text); then a headline set flush left takes the columns to the right of its
    run that no headline took (flush right: to the left), and any headline a free column
    beside it that no other headline stands next to: a short headline centred over its
    own column never takes a column another headline may own.
    """
    runs = {id(head): _columns_at_level(region, head, body, pitch) for head in region.heads}
    claimed: dict[int, tuple[float, float]] = {}
    for head in region.heads:
        chain, _ = runs[id(head)]
        inside = [i for i, (s0, s1) in enumerate(chain) if _overlap(s0, s1, head.x0, head.x1) > 0]
        if not inside:
            claimed[id(head)] = (head.x0, head.x1)
            continue
        first, last = inside[0], inside[-1]
        centre = (head.x0 + head.x1) / 2
        centred = [
            (i, j) for i in range(first + 1) for j in range(last, len(chain))
            if abs((chain[i][0] + chain[j][1]) / 2 - centre) <= 2 * body
        ]
        i, j = max(centred, key=lambda ij: ij[1] - ij[0]) if centred else (first, last)
        claimed[id(head)] = (min(chain[i][0], head.x0), max(chain[j][1], head.x1))
    for head in region.heads:
        x0, x1 = claimed[id(head)]
        chain, level = runs[id(head)]
        rivals = [
            claimed[id(other)] for other in region.heads
            if other is not head and runs[id(other)][1] is not None and level is not None
            and abs(runs[id(other)][1] - level) <= 0.8 * pitch
        ]
        flush_left, flush_right = abs(head.x0 - x0) <= body, abs(head.x1 - x1) <= body
        for s0, s1 in chain:
            free = not any(_overlap(s0, s1, t0, t1) > 0 for t0, t1 in rivals)
            # A headline set flush left runs on to the right over free columns, one set
            # flush right to the left; any headline takes a free column beside it that no
            # other headline at its level stands next to (a centred headline whose article
            # left its last column empty).
            rightward = 0 <= s0 - x1 <= 3 * body and (flush_left or not _beside(s0, s1, rivals, body))
            leftward = 0 <= x0 - s1 <= 3 * body and (flush_right or not _beside(s0, s1, rivals, body))
            if free and (rightward or leftward or _overlap(s0, s1, x0, x1) > 0):
                x0, x1 = min(x0, s0), max(x1, s1)
        head.x0, head.x1 = x0, x1


def _beside(s0: float, s1: float, claims: list[tuple[float, float]], body: float) -> bool:
    """Whether a span stands next to one of the claims (a gutter or less apart)."""
    return any(0 <= t0 - s1 <= 3 * body or 0 <= s0 - t1 <= 3 * body for t0, t1 in claims)


def _columns_at_level(region: Region, head: Head, body: float, pitch: float) -> tuple[list[tuple[float, float]], float | None]:
    """The spans (blocks and pictures) under a headline on the level of the text under
    its own text, in an unbroken run beside it, left to right, merged where they overlap;
    and that level (None when nothing is under it)."""
    reach = _UNDER_HEAD_LINES * pitch
    under = [b for b in region.blocks if head.bottom - 0.5 * b.size <= b.top <= head.bottom + reach]
    images = [s for s in region.images if head.bottom - body <= s.top <= head.bottom + reach]
    # A column is as wide as its longest lines, though the text under a headline may be
    # short (the last column of an article, a line or two).
    width = _column_width(region)
    spans = [(b.left, max(_right_edge(b, region), b.left + width if len(b.lines) < 3 else 0.0), b.top) for b in under]
    spans += [(s.x0, s.x1, s.top) for s in images]
    beneath = [top for s0, s1, top in spans if _overlap(s0, s1, head.x0, head.x1) > 0]
    level = min(beneath) if beneath else min((top for _, _, top in spans), default=None)
    if level is None:
        return [], None
    chosen = sorted(
        (s0, s1) for s0, s1, top in spans
        if abs(top - level) <= LEVEL_EM * body and not _blocked(region, head, under, s0, s1, top)
    )
    merged: list[tuple[float, float]] = []
    for s0, s1 in chosen:
        if merged and s0 < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], s1))
        else:
            merged.append((s0, s1))
    # Keep the unbroken run (gaps of a gutter at most) that touches the headline's text.
    runs: list[list[tuple[float, float]]] = []
    for span in merged:
        if runs and span[0] - runs[-1][-1][1] <= 3 * body:
            runs[-1].append(span)
        else:
            runs.append([span])
    for run in runs:
        if _overlap(run[0][0], run[-1][1], head.x0 - 3 * body, head.x1 + 3 * body) > 0:
            return run, level
    return [], level


def _blocked(region: Region, head: Head, under: list[Block], s0: float, s1: float, top: float) -> bool:
    """Whether something else stands between the headline's level and a span under it."""
    for other in region.heads:
        if other is not head and other.bottom > head.top and other.top < top and _overlap(other.x0, other.x1, s0, s1) > 0:
            return True
    for block in region.blocks:
        if block in under:
            continue
        if block.top < top and block.bottom > head.top and _overlap(block.x0, block.x1, s0, s1) > 0.3 * (s1 - s0):
            return True
    return False


def _above(region: Region, block: Block) -> tuple[Head | Block | None, bool, bool]:
    """The nearest headline group or block above a block; whether a rule lies between; and
    whether a picture, caption or box lies between (the text ran on round it)."""
    best: Head | Block | None = None
    best_bottom = float("-inf")
    width = block.x1 - block.x0
    limit = block.top + 0.3 * block.size
    for head in region.heads:
        if head.bottom <= limit and _overlap(head.x0, head.x1, block.x0, block.x1) >= 0.5 * width and head.bottom > best_bottom:
            best, best_bottom = head, head.bottom
    for other in region.blocks:
        if other is block or other.bottom > limit or other.bottom <= best_bottom:
            continue
        if _overlap(other.x0, other.x1, block.x0, block.x1) >= 0.3 * min(width, other.x1 - other.x0):
            best, best_bottom = other, other.bottom
    ruled = any(
        rule.x1 - rule.x0 > rule.bottom - rule.top
        and rule.top >= best_bottom - 1 and rule.bottom <= block.top + 1
        and _overlap(rule.x0, rule.x1, block.x0, block.x1) >= 0.5 * width
        for rule in region.rules
    )
    between = [s for s in region.images + region.frames] + [p.image for p in region.photos]
    around = any(
        s.top >= best_bottom - 1 and s.bottom <= block.top + 1 and _overlap(s.x0, s.x1, block.x0, block.x1) > 0
        for s in between
    )
    return best, ruled, around


def _at_foot(region: Region, block: Block) -> bool:
    """Nothing but pictures under a block in its column: its text stopped at the foot."""
    width = block.x1 - block.x0
    for other in region.blocks:
        if other is not block and other.top >= block.bottom - 1 and _overlap(other.x0, other.x1, block.x0, block.x1) >= 0.5 * width:
            return False
    return not any(
        head.top >= block.bottom - 1 and _overlap(head.x0, head.x1, block.x0, block.x1) >= 0.5 * width
        for head in region.heads
    )


def _fits(story: Story, block: Block, region: Region) -> bool:
    """Whether a block's first line can follow the story's last line: a line that does
    not open a paragraph must follow a full one."""
    last_block = story.blocks[-1]
    last = last_block.lines[-1]
    edge = _right_edge(last_block, region)
    # A justified line ends flush; a ragged one within an em, but not on a sentence's end.
    full = last.x1 >= edge - 0.3 * last.size or (
        last.x1 >= edge - 1.2 * last.size and not last.text.rstrip().endswith(tuple(SENTENCE_END + "”’"))
    )
    return full or indented(block.lines[0], block)


def _columns(blocks: list[Block], body: float) -> dict[Block, int]:
    """Each block's column number, from its column edge (left to right)."""
    edges: list[float] = []
    for left in sorted(b.left for b in blocks):
        if not edges or left - edges[-1] > 1.5 * body:
            edges.append(left)
    return {b: max(i for i, edge in enumerate(edges) if edge <= b.left + 1.5 * body) for b in blocks}


def _lone_byline(text: str) -> bool:
    signature = find_byline(text)
    return signature is not None and signature.start == 0


def _nearest_open(stories: list[Story], block: Block) -> Story | None:
    """The open story whose text ends nearest before a lone byline line (above it, or
    at the foot of a column to its left)."""
    line = block.lines[0]
    best, best_distance = None, float("inf")
    for story in stories:
        if not story.blocks or story.closed:
            continue
        last = story.blocks[-1].lines[-1]
        left = last.x1 <= line.x0 + line.size
        if last.x0 > line.x1 or not left and last.top > line.top + 0.5 * line.size:
            continue  # neither above it nor in a column to its left
        distance = abs(line.top - last.bottom) + max(0.0, line.x0 - last.x1)
        if distance < best_distance:
            best, best_distance = story, distance
    return best


def assemble(region: Region, body: float, pitch: float) -> list[Story]:
    """Put a region's blocks into articles (see the module docstring).

    Returns:
        the stories, in page order; a headline group without text is a story without
        blocks.
    """
    widen_heads(region, body, pitch)
    columns = _columns(region.blocks, body)
    order = sorted(region.blocks, key=lambda b: (columns[b], b.top))
    by_head: dict[int, Story] = {id(h): Story(h) for h in region.heads}
    owner: dict[int, Story] = {}
    stories: list[Story] = list(by_head.values())
    above = {id(block): _above(region, block) for block in order}
    # First the blocks right under a headline, so that an article's end (and whether a
    # byline closes it) is known before any text is run on after it.
    for block in order:
        unit, _, _ = above[id(block)]
        if isinstance(unit, Head) and not (len(block.lines) == 1 and _lone_byline(block.lines[0].text)):
            by_head[id(unit)].blocks.append(block)
            owner[id(block)] = by_head[id(unit)]
    for story in stories:
        story.closed = bool(story.blocks) and find_byline(story.blocks[-1].lines[-1].text) is not None
    for block in order:
        if id(block) in owner:
            continue
        unit, ruled, around = above[id(block)]
        story: Story | None = None
        if len(block.lines) == 1 and _lone_byline(block.lines[0].text):
            story = _nearest_open(stories, block)
        else:
            run_on = owner.get(id(unit)) if isinstance(unit, Block) else None
            feet = [
                s for s in stories
                if s.blocks and not s.closed and s is not run_on
                and s.blocks[-1].x1 <= block.x0 + 0.5 * block.size
                and s.blocks[-1].bottom > block.top and _at_foot(region, s.blocks[-1])
            ]
            feet.sort(key=lambda s: (-s.blocks[-1].x1, -s.blocks[-1].bottom))
            fitting_feet = [s for s in feet if _fits(s, block, region)]
            # Blank space between two blocks of a column ends the upper article unless a
            # picture or box stands in it: the text then runs on from a column's foot.
            if run_on is not None and not ruled and not run_on.closed and _fits(run_on, block, region) and (
                around or not fitting_feet
            ):
                story = run_on
            elif fitting_feet:
                story = fitting_feet[0]
            elif run_on is not None and not ruled and not run_on.closed:
                story = run_on
        if story is None:
            story = Story(None)
            stories.append(story)
        story.blocks.append(block)
        owner[id(block)] = story
        story.closed = find_byline(block.lines[-1].text) is not None
    stories = _join_split_heads(stories)
    stories.sort(key=lambda s: s.anchor)
    return stories


def _join_split_heads(stories: list[Story]) -> list[Story]:
    """Join a headline cut in two at a phrase space that fell on a gutter: two headline
    groups side by side on one row, of one size, an em or so apart, where the right one's
    text starts in mid-paragraph (no article starts so) and the left one's is not closed."""
    heads = [s for s in stories if s.head is not None and s.blocks]
    gone: set[int] = set()
    for left in heads:
        for right in heads:
            if right is left or id(right) in gone or id(left) in gone or left.closed:
                continue
            a, b = left.head, right.head
            pairs = [
                (la, lb) for la in a.lines for lb in b.lines
                if abs(la.top - lb.top) < 0.3 * la.size and abs(la.size - lb.size) < 0.05 * la.size
            ]
            if not any(0 < lb.x0 - la.x1 <= 1.6 * la.size for la, lb in pairs):
                continue
            first = right.blocks[0]
            if indented(first.lines[0], first):
                continue
            a.lines.extend(b.lines)
            a.extra.extend(b.extra)
            a.x1 = max(a.x1, b.x1)
            left.blocks.extend(right.blocks)
            left.closed = right.closed
            gone.add(id(right))
    return [s for s in stories if id(s) not in gone]
