"""Where bodies start and end in a run of page lines: headlines over them, width changes.

A body must read as wrapped text from its first line: a paragraph start (about two em
short), then full lines until a sentence ends. Heading-like lines (no closing
punctuation) that cannot start such a body are headlines; a headline, a line too wide
for the block, or a paragraph of another width ends a body. See ``qa.parse.page``.
"""

from __future__ import annotations

from qa.parse.headings import bigrams, lean
from qa.parse.lines import (
    FULL,
    INDENT,
    INDENT_SHOWN,
    INDENT_SLACK,
    SURE_SHORT,
    PageLine,
    block_width,
)

LONG = 1.5  # a body line never exceeds its block width by more than this
WIDTH_CHANGE = 2.5  # em between two blocks' widths that starts a new item
MAX_HEADING_LINES = 3  # kicker, headline, subtitle
# A heading-like line is the headline of the item before when it shares this many of
# its bigrams (at least MIN_LEAN) with that item more than with the text after it.
MIN_LEAN = 3
LEAN_SHARE = 0.4
SUBTITLE_DASH = "——"


def _short(line: PageLine, width: float) -> bool:
    return not line.justified and line.width < width - FULL


def _window(lines: list[PageLine], k: int, most: int = 12) -> list[PageLine]:
    """Lines from ``k`` that show one block's width: up to the first clear paragraph end
    after three lines (what follows may be another block), a line too wide for the lines
    before it, or a paragraph opening far too narrow for them, at most ``most``."""
    widest = 0.0
    for j in range(k, min(k + most, len(lines))):
        line = lines[j]
        if j - k >= 2 and not line.justified and line.width > widest + INDENT + LONG:
            return lines[k:j]  # too wide for this block: the next one
        if (
            j - k >= 2
            and lines[j - 1].ends_sentence
            and not (line.justified or line.ends_sentence)
            and line.width < widest - INDENT - SURE_SHORT
        ):
            return lines[k:j]  # far too narrow to open a paragraph here: the next block
        widest = max(widest, line.width)
        if j - k >= 2 and line.ends_sentence and line.width < widest - SURE_SHORT:
            return lines[k : j + 1]
    return lines[k : k + most]


def _starts_body(lines: list[PageLine], k: int, width: float | None = None) -> bool:
    """Whether ``lines[k:]`` reads as a wrapped body that starts at a paragraph start.

    Args:
        lines: the lines.
        k: where the body would start.
        width: the column width, when known; else estimated from the lines from ``k``.
    """
    if width is None:
        width = block_width(_window(lines, k))
    first = lines[k]
    if not first.justified and first.width > width + LONG:
        return False
    if not (first.justified or first.ends_sentence or first.width >= width - INDENT - INDENT_SLACK):
        return False
    for j in range(k + 1, min(k + 5, len(lines))):
        if lines[j - 1].ends_sentence:
            break  # a paragraph ended; what follows may be another block
        line = lines[j]
        if _short(line, width) and not line.ends_sentence:
            return False
        if not line.justified and line.width > width + LONG:
            return False
    return True


def _body_start(lines: list[PageLine], pos: int, breaks: set[int], need_body: bool) -> int:
    """Index of the first body line at or after ``pos``; the lines before it are headings.

    Returns ``len(lines)`` when only headings remain and no body is needed.
    """
    valid: list[int] = []
    stop = min(pos + MAX_HEADING_LINES * 2, len(lines))
    for k in range(pos, stop):
        # A line ending in ？ or ！ is a headline alone over a body, or last after a byline.
        alone = _alone(lines, k, True) or (lines[k].headline_mark and k == len(lines) - 1 and not need_body)
        if alone:
            valid.clear()  # a headline: the lines over it are headings, not a paragraph
        elif _starts_body(lines, k):
            valid.append(k)
        if not (alone or lines[k].heading_like):
            break
    else:
        if stop == len(lines):  # only heading-like lines remain
            if not need_body:
                return len(lines)
            return valid[-1] if valid else len(lines) - 1
    if not valid:
        # No line reads as a start (a short window misjudges widths): a few heading-like
        # lines over the first line that goes on past a clause are still headings.
        return k if k - pos <= MAX_HEADING_LINES else pos
    at_break = [k for k in valid if k > pos and lines[k].number in breaks]
    return at_break[0] if at_break else valid[0]


def _heading_at(lines: list[PageLine], j: int, width: float, breaks: set[int]) -> bool:
    """Whether a headline for a new item starts at ``lines[j]`` (after a sentence end),
    inside a body of ``width``: the line cannot start a paragraph of that body (unless a
    layout break says a new block starts), nor of a block of its own width. A layout break
    right under a run of heading-like lines also says so: the run is no paragraph, as a
    paragraph does not go on into another block.

    A line ending in ？ or ！ heads an item only where it stands alone (see ``_alone``) and
    a new block follows it (a layout break, or a body of another width): inside a body
    such a sentence is followed by more text of the same width.
    """
    if lines[j].headline_mark:
        if not _alone(lines, j):
            return False
        following = block_width(_window(lines, j + 1))
        return bool(
            {lines[j].number, lines[j + 1].number} & breaks or abs(following - width) >= WIDTH_CHANGE
        )
    if not lines[j].heading_like:
        return False
    if j + 1 < len(lines) and lines[j + 1].heading_like and lines[j + 1].text.startswith(SUBTITLE_DASH):
        return True  # a headline over its subtitle
    for k in range(j + 1, min(j + 1 + MAX_HEADING_LINES, len(lines))):
        if lines[k].number in breaks or _alone(lines, k):
            return True  # a run over another block or over a headline is no paragraph
        if not lines[k].heading_like:
            break
    block_starts = lines[j].number in breaks
    if _starts_body(lines, j):
        return False
    if not block_starts and _starts_body(lines, j, width):
        return False
    for k in range(j + 1, min(j + MAX_HEADING_LINES * 2, len(lines))):
        if _alone(lines, k):
            continue  # a headline ending in ？ or ！ under a kicker
        if not lines[k].heading_like:
            # A body under headlines opens with a line that goes on, not a sentence end,
            # unless a layout break says a block starts at the headline.
            if lines[k].ends_sentence:
                return block_starts
            return _starts_body(lines, k)
        if _starts_body(lines, k):
            return True
    return False


def _alone(lines: list[PageLine], k: int, item_start: bool = False) -> bool:
    """Whether ``lines[k]`` is a one-sentence line ending in ？ or ！ that stands alone: a
    headline such as `这样的好事，谁不喜欢？` over a body (or heading lines over one).

    Inside a body it must be well narrower than the body under it could open a paragraph
    with. At an item's start (``item_start``), as an item does not open with such a
    one-line paragraph, it is a headline unless it may be the opening line of a longer
    paragraph: as wide as an opening, over a line as wide as the block.
    """
    line = lines[k]
    if not line.headline_mark:
        return False
    under = k + 1  # past heading lines under it (a subtitle, the next item's headlines)
    while under + 1 < min(k + 1 + MAX_HEADING_LINES * 2, len(lines)) and (
        lines[under].headline_mark
        or lines[under].heading_like
        and (lines[under + 1].headline_mark or not _starts_body(lines, under))
    ):
        under += 1
    if under >= len(lines) or lines[under].headline_mark or under + 1 == len(lines):
        return False  # no body under it
    width = block_width(_window(lines, under))
    if line.width < width - INDENT - INDENT_SLACK:
        return True
    return item_start and (under > k + 1 or line.width > width - INDENT_SHOWN or _short(lines[k + 1], width))


def _paragraph_width(lines: list[PageLine], j: int) -> float | None:
    """The column width shown by the paragraph starting at ``lines[j]`` (up to its first
    sentence end), or None when it has fewer than two unjustified lines before that."""
    end = j
    while end < len(lines) and not lines[end].ends_sentence:
        end += 1
    inner = [line for line in lines[j:end] if not line.justified]  # without its last line
    if len(inner) < 2:
        return None
    return block_width(inner, first_starts=False)


def _past_headings(lines: list[PageLine], pos: int, start: int, previous: str | None) -> int:
    """Move a body start past heading-like lines that must be headings after all: a
    ``——`` subtitle under a heading, or (when ``previous`` gives the text of the item
    before) a line about that item (a headline printed after its byline) rather than
    about the text that follows it; once one line has moved, the next needs less (a
    kicker is seldom printed without its title). Headlines after a byline come before
    those of the next item, so no line moves once a heading above it reads like the text
    after it.
    """
    need, share = MIN_LEAN, LEAN_SHARE
    if previous is not None and start > pos:
        above = [_lean_at(lines, k, previous) for k in range(pos, start)]
        if min(above) < 0:
            previous = None
    found = start
    while start + 1 < len(lines) and start - pos < MAX_HEADING_LINES * 2 and lines[start].heading_like:
        line, below = lines[start], lines[start + 1]
        if below.heading_like and below.text.startswith(SUBTITLE_DASH):
            start = found = start + 2  # a headline and its subtitle
            continue
        if start > pos and line.text.startswith(SUBTITLE_DASH):
            start = found = start + 1
            continue
        if previous is None or _lean_at(lines, start, previous) < max(need, share * len(bigrams(line.text))):
            break
        need, share = 1, LEAN_SHARE / 2
        start = found = start + 1
    return found


def _lean_at(lines: list[PageLine], k: int, previous: str) -> int:
    """How much ``lines[k]`` reads like ``previous`` rather than the lines after it."""
    following = "".join(other.text for other in lines[k + 1 : k + 20]).replace(" ", "")
    return lean(lines[k].text, previous, following)


def split_chunk(
    lines: list[PageLine], breaks: set[int], signed: bool, previous: str | None
) -> list[tuple[list[PageLine], list[PageLine]]]:
    """Split a chunk (the lines up to a byline or credit) into items.

    Args:
        lines: the chunk's lines.
        breaks: numbers of the lines where the layout says a block starts.
        signed: the chunk ends with a byline or credit, so its last item has a body.
        previous: the text (without spaces) of the item before the chunk, if any.

    Returns:
        (heading lines, body lines) for each item, in order; the heading lines may still
        turn out to belong to the item before (see ``qa.parse.headings.assign_group``).
    """
    parts: list[tuple[list[PageLine], list[PageLine]]] = []
    pos = 0
    while pos < len(lines) or not parts:
        start = _body_start(lines, pos, breaks, need_body=signed)
        start = _past_headings(lines, pos, start, previous if pos == 0 else None)
        end = _body_end(lines, start, breaks)
        parts.append((lines[pos:start], lines[start:end]))
        pos = end
    return parts


def _body_end(lines: list[PageLine], start: int, breaks: set[int]) -> int:
    """Index after the body that begins at ``start``: at the next paragraph start that is
    a headline, or that shows another column width."""
    width, opened = None, start
    for j in range(start + 2, len(lines)):
        if not lines[j - 1].ends_sentence:
            if (
                width is not None
                and j - opened <= MAX_HEADING_LINES
                and not lines[j].justified
                and lines[j].width > width + INDENT + LONG
                and all(line.heading_like for line in lines[opened:j])
            ):
                return opened  # under heading-like lines, a line far too wide for the block
            continue
        width, opened = block_width(lines[max(start, j - 20) : j]), j
        if _heading_at(lines, j, width, breaks):
            return j
        if j - start >= 3 and not lines[j].justified and lines[j].width > width + LONG:
            return j  # too wide for this block
        change = WIDTH_CHANGE
        if lines[j].number in breaks:  # a block starts here: its lines show its width
            following = block_width(lines[j : j + 10])
        else:
            following = _paragraph_width(lines, j)
        if following is None and not (lines[j].justified or lines[j].ends_sentence):
            following, change = lines[j].width + INDENT, WIDTH_CHANGE + 1  # one line shows less
        if j - start >= 3 and following is not None and abs(following - width) >= change:
            return j
    return len(lines)


