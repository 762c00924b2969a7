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
  (see ``qa.parse.byline``); a change of column width at a paragraph end also starts a new item.
  A byline line that follows no finished sentence (`记者 张三 报道` or `（本报记者 王五）`
  under a headline) is the item after it's, and takes no part in the layout. An item
  without a byline takes its authors from a dateline opening its body (`本报讯（记者
  张三）…`), which stays in the body as printed: the names are copies
  (``PageItem.authors_in_text``).
- A headline group between two items (after a byline, before the next body) belongs to
  the item whose text shares more of its character bigrams; on a tie, to the one after.
- Layout breaks (a line with a leading space, a missing blank line in a double-spaced
  file, a blank line in a single-spaced one) mark where a block starts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from qa.parse.blocks import MAX_HEADING_LINES, split_chunk
from qa.parse.byline import Signature, find_byline, find_credit, find_dateline, find_report_line
from qa.parse.headings import assign_group, clean_heading, heading_fields
from qa.parse.lines import (
    FULL,
    INDENT,
    INDENT_SHOWN,
    INDENT_SLACK,
    PageLine,
    block_width,
    read_lines,
)
from qa.text import clean_spaces

MIN_SPACING_LINES = 6  # a chunk shorter than this reads line spacing with the lines before it
WINDOW_LINES = 4000  # page lines parsed at once when streaming
MAX_WINDOWS = 16  # a window without item boundaries grows to this many times its size


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
            ``qa.parse.byline``).
        roles: the byline's role words, in order (`记者`, `通讯员`).
        authors_in_text: the authors were read from a dateline that stays in the first
            paragraph (本报讯（记者 张三）), so their characters are copies.
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
    roles: tuple[str, ...] = ()
    authors_in_text: bool = False


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
    leading: list[tuple[PageLine, Signature]] = field(default_factory=list)
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
    lines, leading = _leading_bylines(lines)
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
        for head, body in split_chunk(chunk, breaks, signature is not None, previous):
            segments.append(_Segment(head, body, double=double))
        last = segments[-1]
        last.signature, last.sign_line, last.kind = signature, sign_line, kind
    _assign_headings(segments, unassigned)
    _assign_leading(segments, leading, unassigned)
    unassigned.extend(
        (segment.sign_line.number, segment.sign_line.text)
        for segment in segments
        if not segment.body and segment.sign_line is not None
    )
    items = [_build(segment) for segment in segments if segment.body]
    unassigned.sort()
    return PageLayout(items, unassigned)


def _leading_bylines(lines: list[PageLine]) -> tuple[list[PageLine], list[tuple[PageLine, Signature]]]:
    """Take out byline lines that follow no finished sentence (`记者 张三 报道`, or a
    bracketed one with a role word, under a headline): they open the item after them.

    Returns:
        the other lines, and the byline lines with their signatures.
    """
    kept: list[PageLine] = []
    leading: list[tuple[PageLine, Signature]] = []
    for line in lines:
        if not (kept and kept[-1].ends_sentence):
            signature = find_report_line(line.text)
            if signature is None:
                bracket = find_byline(line.text)
                signature = bracket if bracket and bracket.start == 0 and bracket.roles else None
            if signature is not None:
                leading.append((line, signature))
                continue
        kept.append(line)
    return kept, leading


def _assign_leading(
    segments: list[_Segment], leading: list[tuple[PageLine, Signature]], unassigned: list[tuple[int, str]]
) -> None:
    """Give each leading byline to the first item whose body starts after it."""
    for line, signature in leading:
        owner = next((s for s in segments if s.body and s.body[0].number > line.number), None)
        if owner is None:
            unassigned.append((line.number, line.text))
        else:
            owner.leading.append((line, signature))


def _chunks(lines: list[PageLine]):
    """Split lines after each byline or credit: (lines, signature, its line, kind)."""
    chunk: list[PageLine] = []
    for line in lines:
        signature, kind = find_byline(line.text) or find_report_line(line.text), "article"
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
            indented = following.width <= width - INDENT_SHOWN and (
                following.width >= width - INDENT - INDENT_SLACK or not following.ends_sentence
            )
            if line.width < width - FULL or indented:
                groups.append([])
    return [clean_spaces(" ".join(parts)) for parts in groups if parts]


def _build(segment: _Segment) -> PageItem:
    kicker, title, subtitle = heading_fields([clean_heading(h.text) for h in segment.headings])
    signatures = [signature for _, signature in segment.leading]
    if segment.signature is not None:
        signatures.append(segment.signature)
    photo = segment.kind == "photo" and segment.signature is not None
    names = tuple(name for signature in signatures for name in signature.names)
    dateline = None
    if not names and not photo:  # 本报讯（记者 张三）… opening the body
        dateline = find_dateline("".join(line.text for line in segment.body[:3]))
        names = dateline.names if dateline else ()
    numbers = [line.number for line in segment.headings + segment.body]
    numbers += [line.number for line, _ in segment.leading]
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
        consumed="".join(signature.consumed for signature in signatures),
        roles=tuple(role for signature in signatures for role in signature.roles),
        authors_in_text=dateline is not None,
    )


def iter_page(
    numbered: Iterable[tuple[int, str]], window: int = WINDOW_LINES
) -> Iterator[PageItem | tuple[int, str]]:
    """Stream a raw page: parse windows of about ``window`` lines, keeping the last two
    items of each (whose headlines may depend on what follows) for the next window. A
    window without three items grows, up to ``MAX_WINDOWS`` windows, then is let go whole.

    Yields:
        PageItem for each item and (line number, text) for each unassigned line, in order.
    """
    buffer: list[tuple[int, str]] = []
    wanted = window
    for pair in numbered:
        buffer.append(pair)
        if len(buffer) < wanted:
            continue
        layout = analyse_page(read_lines(buffer))
        if len(layout.items) < 3 and len(buffer) < window * MAX_WINDOWS:
            wanted = len(buffer) * 2  # no item boundary to cut at yet: read on
            continue
        if len(layout.items) < 3:  # a run of lines without items: let it go as it is
            yield from layout.items
            yield from layout.unassigned
            buffer, wanted = [], window
            continue
        restart = layout.items[-2].first_line
        yield from layout.items[:-2]
        yield from (line for line in layout.unassigned if line[0] < restart)
        buffer, wanted = [pair for pair in buffer if pair[0] >= restart], window
    if buffer:
        layout = analyse_page(read_lines(buffer))
        yield from layout.items
        yield from layout.unassigned
