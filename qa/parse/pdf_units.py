"""Lines of a page → the units its layout is made of: boxes, photos with captions,
headline groups, and column blocks of body text.

Decisions (each has a test):

- A box is a rectangle at least 4 em by 2 em holding text; its lines are read as a page
  of their own (a boxed article never runs into the text around it). A rectangle round
  nearly all the text is a page frame, not a box.
- A caption is the run of lines right under an image, within its width, ending with a
  credit (方 曦摄, （张三 摄）, 本报记者 张三 摄) within eight lines; without a credit the
  lines stay body text.
- Headline type is at least ``LARGE`` times the body size. Headline lines stacked with
  less than one line of their size between them, overlapping sideways, are one group
  (more than ``MAX_HEAD_LINES`` lines of one size in it are a lead article's body set large);
  body-size lines right under a group that open with a dash (a subtitle) or read as a
  byline (本报记者 张三) join it. Two groups side by side on one row are one headline when
  a line under them is centred under the two and under neither alone.
- A column block is a run of body lines one under another at a steady pitch (less than
  ``PITCH_SLACK`` times it), overlapping sideways, of one size; a line indented 2 em still
  belongs to the block whose column it sits in.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from qa.parse.byline import find_byline, find_credit, find_report_line
from qa.parse.pdf_lines import LARGE, Line, join
from qa.parse.pdf_read import Shape

PITCH_SLACK = 1.45  # a gap over this many pitches ends a column block
FIRST_PITCH = 2.1  # the most a second line may lie under a block's first, in em
MAX_CAPTION_LINES = 8
MAX_HEAD_LINES = 5  # more lines of one size than this in a "headline" are body text set large


@dataclass(eq=False)
class Block:
    """Body lines of one column at a steady pitch."""

    lines: list[Line]
    x0: float = 0.0
    x1: float = 0.0
    left: float = 0.0  # the column's left edge, for reading indents

    def __post_init__(self) -> None:
        self.x0 = min(line.x0 for line in self.lines)
        self.x1 = max(line.x1 for line in self.lines)

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)

    def replace_last(self, line: Line) -> None:
        self.lines[-1] = line
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def pitch(self) -> float | None:
        steps = [b.top - a.top for a, b in zip(self.lines, self.lines[1:], strict=False)]
        return statistics.median(steps) if steps else None


@dataclass(eq=False)
class Head:
    """A headline group: big lines, and the body-size subtitle and byline lines under them.

    ``x0``/``x1`` start as the lines' extent and are widened to the columns the headline
    stands over (``qa.parse.pdf_flow``).
    """

    lines: list[Line]
    extra: list[Line] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0

    def __post_init__(self) -> None:
        self.x0 = min(line.x0 for line in self.lines)
        self.x1 = max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        return min(line.top for line in self.lines + self.extra)

    @property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines + self.extra)


@dataclass(eq=False)
class Photo:
    """An image and its caption lines (no caption: not an item)."""

    image: Shape
    caption: list[Line]


@dataclass(eq=False)
class Region:
    """The units of the page, or of one box on it."""

    x0: float
    x1: float
    top: float
    bottom: float
    heads: list[Head]
    blocks: list[Block]
    photos: list[Photo]
    rules: list[Shape]
    images: list[Shape]
    boxed: bool = False
    frames: list[Shape] = field(default_factory=list)  # boxes standing in it (read apart)


def _inside(line: Line, box: Shape, slack: float = 1.5) -> bool:
    return box.x0 - slack <= line.x0 and line.x1 <= box.x1 + slack and box.top - slack <= line.top and line.bottom <= box.bottom + slack


def _area(shape: Shape) -> float:
    return (shape.x1 - shape.x0) * (shape.bottom - shape.top)


def find_boxes(lines: list[Line], shapes: list[Shape], body: float) -> list[Shape]:
    """Rectangles that frame some of the text (not nearly all of it), duplicates merged."""
    boxes: list[Shape] = []
    for shape in shapes:
        if shape.kind != "rect" or shape.x1 - shape.x0 < 4 * body or shape.bottom - shape.top < 2 * body:
            continue
        inside = sum(_inside(line, shape) for line in lines)
        if not inside or inside >= 0.9 * len(lines):
            continue
        if any(abs(shape.x0 - b.x0) < 2 and abs(shape.top - b.top) < 2 and abs(shape.x1 - b.x1) < 2 and abs(shape.bottom - b.bottom) < 2 for b in boxes):
            continue
        boxes.append(shape)
    return boxes


def regions(lines: list[Line], shapes: list[Shape], body: float, width: float, height: float) -> list[tuple[Region, list[Line]]]:
    """Split a page's content lines between the page and its boxes (innermost box wins).

    Returns:
        (region, its lines) for the page and each box holding lines.
    """
    boxes = sorted(find_boxes(lines, shapes, body), key=_area)
    owned: dict[int, list[Line]] = {}
    page_lines: list[Line] = []
    for line in lines:
        for index, box in enumerate(boxes):
            if _inside(line, box):
                owned.setdefault(index, []).append(line)
                break
        else:
            page_lines.append(line)
    out = []
    rules = [s for s in shapes if s.kind == "rule"]
    images = [s for s in shapes if s.kind == "image"]
    for index, box in enumerate(boxes):
        if index in owned:
            inner = [s for s in rules + images if box.x0 - 1 <= s.x0 and s.x1 <= box.x1 + 1 and box.top - 1 <= s.top and s.bottom <= box.bottom + 1]
            out.append((Region(box.x0, box.x1, box.top, box.bottom, [], [], [], [s for s in inner if s.kind == "rule"], [s for s in inner if s.kind == "image"], True), owned[index]))
    out.insert(0, (Region(0.0, width, 0.0, height, [], [], [], rules, images, frames=boxes), page_lines))
    return out


def build_units(region: Region, lines: list[Line], body: float) -> None:
    """Fill a region with its photos, headline groups and column blocks."""
    rest = _take_captions(region, lines, body)
    big = [line for line in rest if line.size >= LARGE * body]
    small = [line for line in rest if line.size < LARGE * body]
    region.heads, set_large = _group_heads(big)
    small += set_large
    small = _attach_to_heads(region.heads, small, body)
    region.blocks = _blocks(small)
    _column_edges(region.blocks)


def _take_captions(region: Region, lines: list[Line], body: float) -> list[Line]:
    """Take each image's caption lines out of ``lines`` into region.photos."""
    taken: set[int] = set()
    ordered = sorted(lines, key=lambda li: (li.top, li.x0))
    for image in sorted(region.images, key=lambda s: s.top):
        if image.x1 - image.x0 < 3 * body:
            continue  # a rule drawn as an image, a logo
        run: list[Line] = []
        for line in ordered:
            if id(line) in taken or line.size >= LARGE * body:
                continue
            if line.x0 < image.x0 - body or line.x1 > image.x1 + body:
                continue
            last = run[-1].bottom if run else image.bottom
            beside = bool(run) and abs(line.top - run[-1].top) < 0.3 * line.size and line.x0 > run[-1].x1
            if line.top < last - 0.3 * line.size and not beside:
                continue  # (a credit cut off its caption's line at a gutter stands beside it)
            if line.top - last > (1.2 if run else 2.5) * line.size:
                break
            run.append(line)
            if find_credit(line.text) or len(run) >= MAX_CAPTION_LINES:
                break
        if run and find_credit(run[-1].text):
            region.photos.append(Photo(image, run))
            taken.update(id(line) for line in run)
    return [line for line in lines if id(line) not in taken]


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _group_heads(big: list[Line]) -> tuple[list[Head], list[Line]]:
    """Group headline-size lines; a run of more than MAX_HEAD_LINES lines of one size is
    body text set large, handed back."""
    groups: list[list[Line]] = []
    for line in sorted(big, key=lambda li: (li.top, li.x0)):
        for group in reversed(groups):
            last = max(group, key=lambda li: li.bottom)
            gap = line.top - last.bottom
            x0, x1 = min(li.x0 for li in group), max(li.x1 for li in group)
            if -0.3 * line.size <= gap <= 1.2 * max(line.size, last.size) and _overlap(line.x0, line.x1, x0, x1) > 0:
                group.append(line)
                break
        else:
            groups.append([line])
    heads, body_lines = [], []
    for group in groups:
        sizes = Counter(round(line.size * 2) for line in group)
        common, count = sizes.most_common(1)[0]
        if count > MAX_HEAD_LINES:
            # A lead article set in larger body type, not a headline: its lines are text.
            body_lines += [line for line in group if round(line.size * 2) == common]
            group = [line for line in group if round(line.size * 2) != common]
        if group:
            heads.append(Head(sorted(group, key=lambda li: (li.top, li.x0))))
    return heads, body_lines


def is_byline_line(text: str) -> bool:
    """A line that is only a byline: 本报记者 张三, （记者 张三 通讯员 李四）."""
    if find_report_line(text):
        return True
    bracket = find_byline(text)
    return bool(bracket and bracket.start == 0 and bracket.roles)


def _signature_line(line: Line) -> bool:
    return line.chars.startswith(("—", "－", "-")) or is_byline_line(line.text)


def _join_heads_over(heads: list[Head], small: list[Line], body: float) -> list[Head]:
    """Join two headline groups side by side on one row, an em or so apart, when a line
    under that row (a byline, subtitle or kicker-size line, in either group or alone) is
    centred under the two together and under neither alone: one headline cut at a phrase
    space that fell on a gutter."""
    joined = True
    while joined:
        joined = False
        for a in heads:
            for b in heads:
                if a is not b and b.x0 > a.x0 and _centred_under_both(a, b, small, body):
                    a.lines.extend(b.lines)
                    a.x0, a.x1 = min(a.x0, b.x0), max(a.x1, b.x1)
                    heads.remove(b)
                    joined = True
                    break
            if joined:
                break
    return heads


def _centred_under_both(a: Head, b: Head, small: list[Line], body: float) -> bool:
    pairs = [
        (la, lb) for la in a.lines for lb in b.lines
        if abs(la.top - lb.top) < 0.3 * la.size and abs(la.size - lb.size) < 0.05 * la.size and 0 < lb.x0 - la.x1 <= 1.6 * la.size
    ]
    if not pairs:
        return False
    la, lb = pairs[0]
    row_bottom = max(la.bottom, lb.bottom)
    centre = (la.x0 + lb.x1) / 2
    for line in small + a.lines + b.lines:
        if line.top < row_bottom - 0.3 * line.size or line.top - row_bottom > 3 * line.size:
            continue
        if line is la or line is lb or not (_signature_line(line) or line in a.lines or line in b.lines):
            continue
        if abs(line.centre - centre) <= 2 * body and abs(line.centre - la.centre) > 2 * body and abs(line.centre - lb.centre) > 2 * body:
            return True
    return False


def _attach_to_heads(heads: list[Head], small: list[Line], body: float) -> list[Line]:
    """Move subtitle (——…) and byline lines right under a headline group into it."""
    _join_heads_over(heads, small, body)
    taken: set[int] = set()
    ordered = sorted(small, key=lambda li: li.top)
    for head in heads:
        while True:
            bottom = head.bottom
            below = [
                li for li in ordered
                if id(li) not in taken and -0.3 * li.size <= li.top - bottom <= 1.6 * li.size
                and _under(li, head, body)
            ]
            chosen = next((li for li in below if _signature_line(li)), None)
            if chosen is None or len(below) > 1 and not _centred_alone(chosen, below):
                break
            head.extra.append(chosen)
            taken.add(id(chosen))
    return [line for line in small if id(line) not in taken]


def _under(line: Line, head: Head, body: float) -> bool:
    """Whether a line stands under a headline group: centred on it, flush with it, or
    within its width."""
    centre = (head.x0 + head.x1) / 2
    return (
        abs(line.centre - centre) <= 2 * body
        or abs(line.x0 - head.x0) <= body
        or _overlap(line.x0, line.x1, head.x0 - body, head.x1 + body) >= 0.8 * line.width
    )


def _centred_alone(line: Line, row: list[Line]) -> bool:
    """Whether ``line`` is the only line of its row among ``row`` (a byline under a
    headline stands alone; the first body row has one line per column)."""
    return all(other is line or abs(other.top - line.top) > 0.5 * line.size for other in row)


def _blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    active: list[tuple[Block, float | None]] = []  # blocks a later line may still join, with their pitch
    for line in sorted(lines, key=lambda li: (li.top, li.x0)):
        active = [(b, p) for b, p in active if line.top - b.lines[-1].top <= 3 * line.size + (p or 0) * PITCH_SLACK]
        best, best_step, same_row = None, None, False
        for block, pitch in active:
            last = block.lines[-1]
            if abs(line.size / last.size - 1) > 0.08:
                continue
            beside = _overlap(line.x0, line.x1, block.x0, block.x1) >= 0.5 * min(line.width, block.x1 - block.x0)
            if not beside and abs(line.x0 - block.x0) > 3 * line.size:
                continue  # another column (a short line and an indented one share only their edge)
            step = line.top - last.top
            if abs(step) < 0.35 * line.size:
                best, same_row = block, True  # the same row, cut at a wide gap
                break
            limit = PITCH_SLACK * pitch if pitch else FIRST_PITCH * line.size
            if 0.6 * line.size <= step <= limit and (best_step is None or step < best_step):
                best, best_step = block, step
        if best is None:
            block = Block([line])
            blocks.append(block)
            active.append((block, None))
        elif same_row:
            last = best.lines[-1]
            best.replace_last(join(last, line) if last.x0 <= line.x0 else join(line, last))
        else:
            best.add(line)
            active = [(b, b.pitch if b is best else p) for b, p in active]
    return blocks


def _column_edges(blocks: list[Block]) -> None:
    """Set each block's column left edge: its own leftmost line when it has three lines or
    more, else that of the nearest longer block standing in the same column (whose lines
    span the short block's: an indented line, a byline set flush right)."""
    solid = [b for b in blocks if len(b.lines) >= 3]
    for block in blocks:
        block.left = block.x0
        if len(block.lines) >= 3:
            continue
        slack = 0.5 * block.size
        columns = [o for o in solid if o.x0 - slack <= block.x0 and block.x1 <= o.x1 + slack]
        if columns:
            nearest = min(columns, key=lambda o: min(abs(o.top - block.bottom), abs(block.top - o.bottom)))
            block.left = min(block.left, nearest.x0)
