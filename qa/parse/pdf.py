"""Newspaper PDFs → articles: each page read by position and type size, its furniture as data.

A page goes glyphs → lines (``qa.parse.pdf_lines``) → furniture and facts (``qa.parse.pdf_furniture``)
→ boxes, photos, headline groups and column blocks (``qa.parse.pdf_units``) → articles
(``qa.parse.pdf_flow``) → fields (``qa.parse.pdf_fields``). pdfminer.six loads on first use.

Decisions (each has a test):

- Every page of a file is read; a page that cannot be read is reported by number
  (``PageProblem``) and the others are kept. A file none of whose pages has text is
  refused whole, with the first page's reason.
- Each article carries its page's facts: paper, date, page and edition. A page whose
  header does not give the paper or the date takes them from the other pages of the file
  (one file is one issue); a page without a printed page number takes the PDF's page
  label, if it has one.
- Nothing on a page is dropped without a word: furniture lines, headlines over no text,
  rotated or off-page text and glyphs drawn twice are reported as ``PageNote`` records.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from qa.parse.pdf_read import PageProblem, RawPage, iter_raw_pages
from qa.types import Article

if TYPE_CHECKING:
    from qa.parse.pdf_fields import PdfItem

PDF_SUFFIXES = frozenset({".pdf"})


@dataclass(frozen=True)
class PageNote:
    """Text of a page that is in no article, and what it is: "header", "footer", "page
    number", "editor line", "unassigned", "rotated or off-page" or "drawn twice"; for page
    text (``qa.parse.furniture``) "header", "editor line", "section label", "column label", "jump
    line", "footer", "teasers" or "pull quote" with its file line, or "reading order": an item's lines that came row
    by row across columns and were read column by column (``qa.parse.interleave``)."""

    page: int
    kind: str
    text: str
    line: int = 0  # in page text: the file line (page is then 0)

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else f"page {self.page}"
        return f"{where}: {self.kind}: {self.text}"


@dataclass(frozen=True)
class PdfRead:
    """What a PDF gave.

    Attributes:
        articles: draft articles (no id, no source yet), in page order.
        notes: text kept out of the articles, per page.
        problems: pages that could not be read.
        pages: how many pages the file has.
    """

    articles: list[Article]
    notes: list[PageNote]
    problems: list[PageProblem]
    pages: int


@dataclass(frozen=True)
class PageRead:
    """One page read: its items as draft articles (with the page's facts), the same items
    with what their bylines consumed (``PdfItem``), and notes."""

    articles: list[Article]
    items: list[PdfItem]
    notes: list[PageNote]


def read_page(raw: RawPage) -> PageRead:
    """Read one page's articles and furniture from its glyphs and shapes.

    Returns:
        draft articles carrying the page's facts, and notes for the rest of its text.
    """
    from qa.parse.pdf_fields import photo_item, story_item
    from qa.parse.pdf_flow import assemble
    from qa.parse.pdf_furniture import read_furniture
    from qa.parse.pdf_lines import body_size, build_lines
    from qa.parse.pdf_units import build_units, regions

    body = body_size(raw.glyphs)
    lines, twice = build_lines(raw.glyphs, body)
    furniture, content = read_furniture(lines, raw.shapes, raw.width, raw.height)
    notes = [PageNote(raw.number, kind, line.text) for kind, line in furniture.lines]
    items = []
    for region, region_lines in regions(content, raw.shapes, body, raw.width, raw.height):
        build_units(region, region_lines, body)
        pitches = [p for p in (b.pitch for b in region.blocks) if p]
        pitch = statistics.median(pitches) if pitches else 1.6 * body
        items.extend(photo_item(photo) for photo in region.photos)
        for story in assemble(region, body, pitch):
            item = story_item(story)
            if item is not None:
                items.append(item)
                continue
            parts = (story.head.lines + story.head.extra) if story.head else []
            parts += [line for block in story.blocks for line in block.lines]
            notes.extend(PageNote(raw.number, "unassigned", line.text) for line in sorted(parts, key=lambda li: li.top))
    if raw.aside:
        notes.append(PageNote(raw.number, "rotated or off-page", "".join(g.text for g in raw.aside)))
    if twice:
        notes.append(PageNote(raw.number, "drawn twice", f"{twice} glyphs drawn again over themselves, read once"))
    items.sort(key=lambda item: (item.top, item.left))
    facts = furniture.facts
    page = facts.page or raw.label
    articles = [
        Article(
            id="",
            title=item.title,
            paragraphs=item.paragraphs,
            kind=item.kind,
            kicker=item.kicker,
            subtitle=item.subtitle,
            authors=item.authors,
            photographer=item.photographer,
            date=facts.date,
            paper=facts.paper,
            page=page,
            edition=facts.edition,
        )
        for item in items
    ]
    return PageRead(articles, items, notes)


def read_pdf(path: str | Path) -> PdfRead:
    """Read every page of a newspaper PDF.

    Returns:
        draft articles in page order, notes, the pages that could not be read, and the
        page count.

    Raises:
        InputFileError: the file cannot be read as a PDF at all (see ``qa.parse.pdf_read``).
    """
    from qa.parse.pdf_furniture import share_facts

    articles: list[list[Article]] = []
    notes: list[PageNote] = []
    problems: list[PageProblem] = []
    pages = 0
    for raw in iter_raw_pages(path):
        pages += 1
        if isinstance(raw, PageProblem):
            problems.append(raw)
            continue
        page = read_page(raw)
        articles.append(page.articles)
        notes.extend(page.notes)
    return PdfRead(share_facts(articles), notes, problems, pages)
