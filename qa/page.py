"""Raw newspaper-page layout: lines → blocks → paragraphs → articles, headlines, bylines.

A page extracted from PDF has lost its typography but kept its evidence, which these rules
read instead of anything written for one page:

- Width: each article is hard-wrapped at its column's width, measured here in em
  (an ideograph is 1, punctuation, digits and Latin letters ½). A body line is full,
  or it is a paragraph's first line (its two-em indent was lost, so about 2 em short),
  or it is a paragraph's last line and ends a sentence. A line that fits none of these
  next to its block is a headline (or a kicker over one).
- Justification sprays spaces into a full line (`截 至 目 前`); such a line is never the
  last of a paragraph.
- An article ends at its byline `（胡位涛 肖 俊）`, a photo caption at its credit `方 曦摄`
  (see ``qa.byline``); a change of column width at a paragraph end also starts a new item.
- A headline group between two items (after a byline, before the next body) belongs to
  the item whose text shares more of its character bigrams; on a tie, to the one after.
- Layout breaks (a line with a leading space, a missing blank line in a double-spaced
  file, a blank line in a single-spaced one) mark where a block starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qa.byline import Signature, find_byline, find_credit
from qa.headings import assign_group, bigrams, clean_heading, heading_fields, lean
from qa.layout import INDENT, SURE_SHORT, PageLine, block_width
from qa.text import clean_spaces

FULL = 1.25  # a line this much under the block width is short
LONG = 1.5  # a body line never exceeds its block width by more than this
WIDTH_CHANGE = 2.5  # em between two blocks' widths that starts a new item
MAX_HEADING_LINES = 3  # kicker, headline, subtitle
MIN_SPACING_LINES = 6  # a chunk shorter than this takes the page's line spacing
# A heading-like line is the headline of the item before when it shares this many of
# its bigrams (at least MIN_LEAN) with that item more than with the text after it.
MIN_LEAN = 3
LEAN_SHARE = 0.4
SUBTITLE_DASH = "——"


@dataclass(frozen=True)
class PageItem:
    """An article or captioned photo rebuilt from page lines.

    Attributes:
        kind: "article" or "photo".
        title, kicker, subtitle: heading lines, cleaned ("" when none).
        paragraphs: clean paragraphs in reading order.
        authors: byline names; photographer: credit names joined by a space.
        first_line, last_line: the span of file lines the item was built from.
        consumed: the characters of its byline or credit that are in no field (see
            ``qa.byline``).
    """

    kind: str
    title: str
    kicker: str
    subtitle: str
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]
    photographer: str
    first_line: int
    last_line: int
    consumed: str = ""


@dataclass(frozen=True)
class PageLayout:
    """Items in page order, and lines no item took (line number, text)."""

    items: list[PageItem]
    unassigned: list[tuple[int, str]]


@dataclass
class _Segment:
    head: list[PageLine]
    body: list[PageLine]
    signature: Signature | None = None
    sign_line: PageLine | None = None
    kind: str = "article"
    double: bool = True
    headings: list[PageLine] = field(default_factory=list)
    _text: str | None = None

    def text(self) -> str:
        """The body's text without spaces (joined once)."""
        if self._text is None:
            self._text = "".join(line.text for line in self.body).replace(" ", "")
        return self._text


def _double_spaced(lines: list[PageLine]) -> bool:
    """Whether most lines follow a blank line (a blank line after every line)."""
    return sum(line.blank_before > 0 for line in lines[1:]) * 2 >= len(lines) - 1


def analyse_page(lines: list[PageLine]) -> PageLayout:
    """Rebuild the items of a page from its non-empty lines.

    Returns:
        items in page order and the lines no item could take.
    """
    segments: list[_Segment] = []
    unassigned: list[tuple[int, str]] = []
    recent: list[PageLine] = []
    for chunk, signature, sign_line, kind in _chunks(lines):
        if not chunk and signature is not None and sign_line is not None:
            unassigned.append((sign_line.number, sign_line.text))
            continue
        # Spacing is read per chunk (pages of both kinds may share a file), with the lines
        # before it when a chunk is too short to show it.
        recent = (recent + chunk)[-max(len(chunk), MIN_SPACING_LINES) :]
        double = _double_spaced(recent)
        breaks = {
            line.number
            for line in chunk[1:]
            if line.indent or (line.blank_before == 0 if double else line.blank_before > 0)
        }
        previous = segments[-1].text() if segments and segments[-1].body else None
        parts = _split_chunk(chunk, breaks, signature is not None, previous)
        parts[-1].signature, parts[-1].sign_line, parts[-1].kind = signature, sign_line, kind
        for part in parts:
            part.double = double
        segments.extend(parts)
    _assign_headings(segments, unassigned)
    unassigned.extend(
        (segment.sign_line.number, segment.sign_line.text)
        for segment in segments
        if not segment.body and segment.sign_line is not None
    )
    items = [_build(segment) for segment in segments if segment.body]
    unassigned.sort()
    return PageLayout(items, unassigned)


def _chunks(lines: list[PageLine]):
    """Split lines after each byline or credit: (lines, signature, its line, kind)."""
    chunk: list[PageLine] = []
    for line in lines:
        signature, kind = find_byline(line.text), "article"
        if signature is None:
            signature, kind = find_credit(line.text), "photo"
        if signature is not None and signature.start == 0 and not (chunk and chunk[-1].ends_sentence):
            signature = None  # a bracket line that follows no finished sentence is text
        if signature is None:
            chunk.append(line)
            continue
        before = line.text[: signature.start].rstrip()
        if before:
            chunk.append(PageLine.read(line.number, before, line.indent, line.blank_before))
        yield chunk, signature, line, kind
        chunk = []
    if chunk:
        yield chunk, None, None, "article"


def _short(line: PageLine, width: float) -> bool:
    return not line.justified and line.width < width - FULL


def _window(lines: list[PageLine], k: int, most: int = 12) -> list[PageLine]:
    """Lines from ``k`` that show one block's width: up to the first clear paragraph end
    after three lines (what follows may be another block) or a line too wide for the
    lines before it, at most ``most``."""
    widest = 0.0
    for j in range(k, min(k + most, len(lines))):
        line = lines[j]
        if j - k >= 2 and not line.justified and line.width > widest + INDENT + LONG:
            return lines[k:j]  # too wide for this block: the next one
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
    if not (first.justified or first.ends_sentence or first.width >= width - INDENT - 1.5):
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
        if _starts_body(lines, k):
            valid.append(k)
        if not lines[k].heading_like:
            break
    else:
        if stop == len(lines):  # only heading-like lines remain
            if not need_body:
                return len(lines)
            return valid[-1] if valid else len(lines) - 1
    if not valid:
        return pos
    at_break = [k for k in valid if k > pos and lines[k].number in breaks]
    return at_break[0] if at_break else valid[0]


def _heading_at(lines: list[PageLine], j: int, width: float, block_starts: bool) -> bool:
    """Whether a headline for a new item starts at ``lines[j]``, inside a body of ``width``:
    the line cannot start a paragraph of that body (unless a layout break says a new block
    starts), nor of a block of its own width."""
    if not lines[j].heading_like:
        return False
    if j + 1 < len(lines) and lines[j + 1].heading_like and lines[j + 1].text.startswith(SUBTITLE_DASH):
        return True  # a headline over its subtitle
    if _starts_body(lines, j):
        return False
    if not block_starts and _starts_body(lines, j, width):
        return False
    for k in range(j + 1, min(j + MAX_HEADING_LINES * 2, len(lines))):
        if not lines[k].heading_like:
            # A body under headlines opens with a line that goes on, not a sentence end.
            return not lines[k].ends_sentence and _starts_body(lines, k)
        if _starts_body(lines, k):
            return True
    return False


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
    about the text that follows it."""
    need, share = MIN_LEAN, LEAN_SHARE
    following: str | None = None
    while start + 1 < len(lines) and start - pos < MAX_HEADING_LINES * 2 and lines[start].heading_like:
        line, below = lines[start], lines[start + 1]
        if below.heading_like and below.text.startswith(SUBTITLE_DASH):
            start += 2  # a headline and its subtitle
            continue
        if not (start > pos and line.text.startswith(SUBTITLE_DASH)):
            if previous is None:
                break
            if following is None:  # the text after the first candidate line
                following = "".join(other.text for other in lines[start + 1 : start + 20])
                following = following.replace(" ", "")
            if lean(line.text, previous, following) < max(need, share * len(bigrams(line.text))):
                break
            need, share = 1, LEAN_SHARE / 2  # a kicker is seldom printed without its title
        start += 1
    return start


def _split_chunk(
    lines: list[PageLine], breaks: set[int], signed: bool, previous: str | None
) -> list[_Segment]:
    """Split a chunk (the lines up to a byline) into heading groups and bodies;
    ``previous`` is the text of the item before the chunk, if any."""
    segments: list[_Segment] = []
    pos = 0
    while pos < len(lines) or not segments:
        start = _body_start(lines, pos, breaks, need_body=signed)
        start = _past_headings(lines, pos, start, previous if pos == 0 else None)
        end = _body_end(lines, start, breaks)
        segments.append(_Segment(head=lines[pos:start], body=lines[start:end]))
        pos = end
    return segments


def _body_end(lines: list[PageLine], start: int, breaks: set[int]) -> int:
    """Index after the body that begins at ``start``: at the next paragraph start that is
    a headline, or that shows another column width."""
    for j in range(start + 2, len(lines)):
        if not lines[j - 1].ends_sentence:
            continue
        width = block_width(lines[max(start, j - 20) : j])
        if _heading_at(lines, j, width, lines[j].number in breaks):
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


def _assign_headings(segments: list[_Segment], unassigned: list[tuple[int, str]]) -> None:
    """Give each heading group to the item before it, the item after it, or neither."""
    for index, segment in enumerate(segments):
        group = segment.head
        if not group:
            continue
        before = segments[index - 1] if index else None
        if before is not None and (before.headings or not before.body):
            before = None
        after = segment if segment.body else None
        to_before, to_after, left = assign_group(
            [line.text for line in group],
            before.text() if before else None,
            after.text() if after else None,
            MAX_HEADING_LINES,
        )
        if before is not None:
            before.headings = group[:to_before]
        segment.headings = group[len(group) - to_after :] if to_after else []
        unassigned.extend((line.number, line.text) for line in group[to_before : to_before + left])


def paragraphs(body: list[PageLine], double: bool = True) -> list[str]:
    """Join hard-wrapped body lines into clean paragraphs (see the module docstring)."""
    width = block_width(body)
    groups: list[list[str]] = [[]]
    for index, line in enumerate(body):
        if index and not double and line.blank_before:
            groups.append([])
        groups[-1].append(line.text)
        if index + 1 < len(body) and line.ends_sentence and not line.justified:
            following = body[index + 1]
            indented = following.width <= width - 1.0 and (
                following.width >= width - INDENT - 1.5 or not following.ends_sentence
            )
            if line.width < width - FULL or indented:
                groups.append([])
    return [clean_spaces(" ".join(parts)) for parts in groups if parts]


def _build(segment: _Segment) -> PageItem:
    kicker, title, subtitle = heading_fields([clean_heading(h.text) for h in segment.headings])
    names = segment.signature.names if segment.signature else ()
    photo = segment.kind == "photo" and segment.signature is not None
    numbers = [line.number for line in segment.headings + segment.body]
    if segment.sign_line is not None:
        numbers.append(segment.sign_line.number)
    return PageItem(
        kind="photo" if photo else "article",
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        paragraphs=tuple(paragraphs(segment.body, segment.double)),
        authors=() if photo else names,
        photographer=" ".join(names) if photo else "",
        first_line=min(numbers),
        last_line=max(numbers),
        consumed=segment.signature.consumed if segment.signature else "",
    )
