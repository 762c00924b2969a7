"""An assembled article or photo → its fields: kicker, title, subtitle, byline, paragraphs.

Decisions (each has a test):

- In a headline group the largest type is the title (its lines joined); lines above it
  are the kicker, lines below it the subtitle (as printed, ——… included). Spaces in a
  heading are kept only where the page leaves a gap half an em wider than the line's own
  letter spacing (phrases: 一体化运作 一揽子解决) or between two Latin words.
- Bylines, read with ``qa.parse.byline`` as the text parser reads them: a line that is only a
  byline under the headline or opening the body (本报记者 张三), a bracket ending the last
  line (（胡位涛 肖 俊）), else a dateline opening the body (本报讯（记者 张三）), which stays
  in the text. Their brackets, separators and role words are kept as ``consumed`` and
  ``roles``, so every character of the page is accounted for.
- A paragraph starts at each line set in about 2 em from its column's edge.
- An article without a headline whose last line ends with a photo credit is a photo
  caption, as the text parser reads one.
"""

from __future__ import annotations

from dataclasses import dataclass

from qa.parse.byline import (
    Signature,
    find_byline,
    find_credit,
    find_dateline,
    find_report_line,
    leaves_bracket_open,
)
from qa.parse.pdf_flow import Story, indented
from qa.parse.pdf_lines import SPACE_EM, WIDE_EM, Line
from qa.parse.pdf_units import Block, Photo
from qa.text import clean_spaces

MAX_CAPTION_LINES = 8


@dataclass(frozen=True)
class PdfItem:
    """An article or photo read from a page.

    Attributes:
        kind: "article" or "photo".
        title, kicker, subtitle: heading lines, cleaned ("" when none).
        paragraphs: clean paragraphs in reading order.
        authors: byline names; photographer: credit names joined by a space.
        consumed: characters of bylines and credits in no field (brackets, separators).
        roles: the bylines' role words (记者, 通讯员), in order.
        authors_in_text: the authors were read from a dateline that stays in the text.
        top, left: where the item starts on the page (points), for page order.
    """

    kind: str
    title: str
    kicker: str
    subtitle: str
    paragraphs: tuple[str, ...]
    authors: tuple[str, ...]
    photographer: str
    consumed: str = ""
    roles: tuple[str, ...] = ()
    authors_in_text: bool = False
    top: float = 0.0
    left: float = 0.0


def _ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def heading_text(lines: list[Line]) -> str:
    """Heading lines as one string: a space only at em-wide gaps and between Latin words;
    rows joined directly."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda li: (li.top, li.x0)):
        if rows and abs(line.top - rows[-1][0].top) < 0.3 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    out = ""
    for row in rows:
        row.sort(key=lambda li: li.x0)
        text = _heading_line(row[0])
        for left, right in zip(row, row[1:], strict=False):
            # A headline cut at a gutter and joined again: a space only where it was one.
            gap = (right.x0 - left.x1) / min(left.size, right.size) - max(left.spacing, right.spacing)
            text += (" " if gap >= WIDE_EM else "") + _heading_line(right)
        if out and text and _ascii_word(out[-1]) and _ascii_word(text[0]):
            out += " "
        out += text
    return out.strip()


def _heading_line(line: Line) -> str:
    base = line.spacing  # a letter-spaced headline spreads every character alike
    out = ""
    for index, (glyph, gap) in enumerate(zip(line.glyphs, line.gaps, strict=True)):
        gap -= base
        if index and (gap >= WIDE_EM or gap >= SPACE_EM and _ascii_word(out[-1:]) and _ascii_word(glyph.text[:1])):
            out += " "
        out += glyph.text
    return out


def _head_fields(story: Story) -> tuple[str, str, str, list[Signature]]:
    """(kicker, title, subtitle, byline signatures) of a story's headline group."""
    head = story.head
    if head is None:
        return "", "", "", []
    lines = sorted(head.lines, key=lambda li: (li.top, li.x0))
    biggest = max(line.size for line in lines)
    title_rows = [i for i, line in enumerate(lines) if line.size >= 0.95 * biggest]
    first, last = title_rows[0], title_rows[-1]
    kicker = heading_text(lines[:first])
    title = heading_text(lines[first : last + 1])
    subtitle = heading_text(lines[last + 1 :])
    signatures = []
    for line in sorted(head.extra, key=lambda li: li.top):
        signature = _byline_line(line.text)
        if signature is not None:
            signatures.append(signature)
        else:
            subtitle = (subtitle + " " + heading_text([line])).strip()
    return kicker, title, subtitle, signatures


def _byline_line(text: str) -> Signature | None:
    """The signature of a line that is only a byline, else None."""
    signature = find_report_line(text)
    if signature is not None:
        return signature
    bracket = find_byline(text)
    return bracket if bracket is not None and bracket.start == 0 and bracket.roles else None


def _body_lines(blocks: list[Block]) -> list[tuple[str, bool]]:
    """Each body line's text and whether it opens a paragraph."""
    return [(line.text, indented(line, block)) for block in blocks for line in block.lines]


def _run(text: str, from_end: bool) -> int:
    """Length of the run of ideographs at one end of text."""
    chars = reversed(text) if from_end else iter(text)
    count = 0
    for char in chars:
        if not "\u4e00" <= char <= "\u9fff":
            break
        count += 1
    return count


def join_lines(texts: list[str]) -> str:
    """Lines of one paragraph as printed, for reading bylines: joined directly, but with a
    space where a line break inside brackets falls between two names (two or three
    ideographs each side: （记者 梁浩琼 / 余洁琳）), as a break hides the space there; a
    name broken across the lines (梁浩 / 琼) is joined."""
    out = ""
    for text in texts:
        if out and leaves_bracket_open(out) and 2 <= _run(out, True) <= 3 and 2 <= _run(text, False) <= 3:
            out += " "
        out += text
    return out


def _paragraphs(lines: list[tuple[str, bool]]) -> list[str]:
    groups: list[list[str]] = []
    for text, opens in lines:
        if opens or not groups:
            groups.append([])
        groups[-1].append(text)
    return [p for p in (clean_spaces(" ".join(parts)) for parts in groups) if p]


def story_item(story: Story) -> PdfItem | None:
    """The item an assembled story makes, or None when it has no text."""
    kicker, title, subtitle, signatures = _head_fields(story)
    lines = _body_lines(story.blocks)
    for _ in range(2):  # a byline line opening the body
        signature = _byline_line(lines[0][0]) if lines else None
        if signature is None:
            break
        signatures.append(signature)
        lines = lines[1:]
    kind, photographer = "article", ""
    if lines:
        text, opens = lines[-1]
        ending = find_byline(text)
        credit = find_credit(text) if ending is None and story.head is None and len(lines) <= MAX_CAPTION_LINES else None
        mark = ending or credit
        if mark is not None:
            signatures.append(mark)
            lines[-1] = (text[: mark.start].rstrip(), opens)
            if not lines[-1][0]:
                lines.pop()
        if credit is not None:
            kind, photographer = "photo", " ".join(credit.names)
    paragraphs = _paragraphs(lines)
    if not paragraphs and not title:
        return None
    if not paragraphs:
        return None  # a headline over nothing: its lines are reported
    authors = tuple(name for s in signatures for name in s.names)
    if kind == "photo":
        authors = ()
    in_text = False
    if not authors and kind == "article":
        dateline = find_dateline(join_lines([text for text, _ in lines[:3]]))
        if dateline is not None:
            authors, in_text = dateline.names, True
            signatures = [dateline]
    top, left = story.anchor
    return PdfItem(
        kind, title, kicker, subtitle, tuple(paragraphs), authors, photographer,
        consumed="" if in_text else "".join(s.consumed for s in signatures),
        roles=() if in_text else tuple(role for s in signatures for role in s.roles),
        authors_in_text=in_text, top=top, left=left,
    )


def photo_item(photo: Photo) -> PdfItem:
    """The photo item of an image's caption."""
    lines = [line.text for line in photo.caption]
    credit = find_credit(lines[-1])
    consumed, roles, photographer = "", (), ""
    if credit is not None:
        lines[-1] = lines[-1][: credit.start].rstrip()
        consumed, roles, photographer = credit.consumed, credit.roles, " ".join(credit.names)
    text = clean_spaces(" ".join(line for line in lines if line))
    return PdfItem(
        "photo", "", "", "", (text,) if text else (), (), photographer,
        consumed=consumed, roles=roles, top=photo.image.top, left=photo.image.x0,
    )
