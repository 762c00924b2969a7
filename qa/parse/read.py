"""Files and folders → Article records: raw newspaper pages, PDFs, JSONL, Markdown, plain text.

Decisions (each has a test):

- ``.pdf`` files are newspaper PDFs, read by position and type size (``qa.parse.pdf``), whatever
  ``mode`` says; each article carries its page's paper, date, page and edition, a page
  that cannot be read is a skip naming the page, and the furniture kept out of the
  articles is reported in ``FileResult.notes``.
- A raw page's articles carry what its header says of the page (its paper, date, page and
  edition, ``qa.parse.furniture.page_facts``), each page of a file its own, its masthead
  at its top or its foot; a page whose header names no paper or date takes the file's
  commonest, as a PDF's pages do.
- Kinds. ``.jsonl``/``.ndjson`` are JSONL; ``.md``/``.markdown`` Markdown; any other text
  file is a raw page or a single clean article, told apart by its own evidence (see
  ``qa.parse.lines.looks_like_page``) unless ``mode`` forces "page" or "article".
- Folders are walked recursively in order of relative names. Hidden files and folders
  (dotfiles: editor and system litter) are ignored silently; files of other types (.pdf,
  .png, .docx …), unreadable files, broken symbolic links, empty, blank and binary files
  are skipped and reported, and the rest still load. Symbolic links to folders are not
  followed. A file named directly is read whatever its extension (binary ones are
  refused by their content); a path given twice is read once. A folder holding a saved
  index (``manifest.json`` beside ``passages.jsonl``) is skipped and reported, so an index
  kept inside the corpus folder is never read back as articles.
- A JSONL line that is not valid JSON, not an object, or has no ``text`` is skipped and
  reported with its line number; the other lines of the file are kept.
- Ids. A JSONL ``id`` is kept as given. Other items get a 16-hex id hashed from the file's
  name relative to the folder it was found in (a file named directly: its base name;
  with ``root``, relative to that folder),
  the item's kind, title and the start of its text: stable across runs and machines,
  unchanged by edits further down an article. Identical items in one file are told
  apart by their order of occurrence.
- Duplicate ids are not disambiguated: the first item with an id wins, later ones are
  skipped and reported (a JSONL line with its line number), so an id always names one
  article.
- Page files: every line ends in an item; layout decisions read with a small margin are
  reported per item (``FileResult.doubts``), with the file line they were made at.
- Large files are streamed: JSONL line by line, pages in windows of lines cut at item
  boundaries, so parsing needs memory for a window, not for the file.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from qa.errors import LONE_SURROGATE, InputFileError, quoted
from qa.parse import decode, formats
from qa.parse.furniture import page_facts
from qa.parse.lines import looks_like_page, read_lines
from qa.parse.page import Doubt, PageItem, iter_page
from qa.parse.pdf_furniture import PageFacts, share_facts
from qa.parse.walk import JSONL_SUFFIXES, MARKDOWN_SUFFIXES, PDF_SUFFIXES, Found, Skip, iter_paths
from qa.text import SURROGATE, system_text
from qa.types import Article, print_facts

if TYPE_CHECKING:
    from qa.parse.pdf import PageNote

log = logging.getLogger(__name__)

MODES = ("auto", "page", "article")
_SNIFF_LINES = 400
_LEAD_CHARS = 100


@dataclass(frozen=True, slots=True)
class ItemLayout:
    """Where a page item came from and how sure its reading is.

    Attributes:
        first_line, last_line: the file lines it was built from (1-based).
        confidence: the probability that its layout is read as printed: the least sure
            of where it starts (with the headings it has), the decisions inside it and
            where it ends (1.0 when nothing else fits).
        doubts: decisions inside it read with a small margin.
        across: its lines came row by row across columns set side by side and were read
            back column by column (``PageItem.across``; the "reading order" note).
    """

    first_line: int
    last_line: int
    confidence: float
    doubts: tuple[Doubt, ...] = ()
    across: bool = False

    def to_dict(self) -> dict:
        """A JSON-ready dict."""
        return {
            "first_line": self.first_line,
            "last_line": self.last_line,
            "confidence": round(self.confidence, 3),
            "doubts": [
                {"line": d.line, "confidence": round(d.confidence, 3), "what": d.what} for d in self.doubts
            ],
            "read_across_columns": self.across,
        }


@dataclass(frozen=True)
class FileResult:
    """What one file gave.

    Attributes:
        source: the file's path as the user gave it (joined with the folder): where it
            is read from, and what messages name.
        kind: how it was read: "page", "article", "markdown" or "jsonl".
        articles: its items in file order; their ``source`` is ``name``.
        layouts: for a page, each article's lines and confidence (same order).
        skipped: lines of it that were skipped (JSONL), or pages (PDF), with reasons.
        encoding: the text encoding it was decoded with ("" for a PDF).
        name: the file's name relative to the folder it was found under (its base name
            when named directly): what the articles and the index call it, the same from
            any working directory or machine.
        root: the folder ``name`` is relative to ("" when not known).
        notes: text kept out of the articles (furniture): for a PDF per page, for page
            text per line; for page text too, where an item's lines were read column by
            column ("reading order": ``qa.parse.interleave``).
        pages: for a PDF, its page count; 0 otherwise.
    """

    source: str
    kind: str
    articles: list[Article]
    layouts: list[ItemLayout] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    encoding: str = "utf-8"
    name: str = ""
    root: str = ""
    notes: list[PageNote] = field(default_factory=list)
    pages: int = 0

    @property
    def doubts(self) -> list[Doubt]:
        """Layout decisions of a page read with a small margin, in line order."""
        return sorted((d for layout in self.layouts for d in layout.doubts), key=lambda d: d.line)


@dataclass(frozen=True)
class LoadResult:
    """Everything read from some paths: articles (ids unique), per-file results, skips."""

    articles: list[Article]
    files: list[FileResult]
    skipped: list[Skip]


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")


def stable_id(name: str, draft: Article, occurrence: int = 0) -> str:
    """The id of an item: a hash of its file's relative name, kind, title and lead.

    Returns:
        16 lowercase hex digits.
    """
    lead = draft.paragraphs[0][:_LEAD_CHARS] if draft.paragraphs else ""
    key = "\x1f".join((name, draft.kind, draft.title, lead, str(occurrence)))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _finish(drafts: Iterable[Article], name: str) -> list[Article]:
    """Give drafts their ids, their source (the file's name, unless a JSONL record named
    its own) and 1-based positions."""
    articles = []
    seen: dict[str, int] = {}
    for position, draft in enumerate(drafts, 1):
        article_id = draft.id
        if not article_id:
            base = stable_id(name, draft)
            seen[base] = seen.get(base, -1) + 1
            article_id = stable_id(name, draft, seen[base]) if seen[base] else base
        articles.append(replace(draft, id=article_id, source=draft.source or name, position=position))
    return articles


def _draft(item: PageItem) -> Article:
    return Article(
        id="",
        title=item.title,
        paragraphs=item.paragraphs,
        kind=item.kind,
        kicker=item.kicker,
        subtitle=item.subtitle,
        authors=item.authors,
        photographer=item.photographer,
    )


def parse_page_text(text: str, source: str = "") -> FileResult:
    """Rebuild the items of a raw page given as a string.

    Returns:
        the items (ids hashed from ``source``'s base name) and their layouts.

    Raises:
        InputFileError: the text holds a lone surrogate (no text can be hashed or saved
            with one), naming its line.
    """
    broken = SURROGATE.search(text)
    if broken is not None:
        raise InputFileError(
            system_text(source) or "text",
            LONE_SURROGATE,
            text.count("\n", 0, broken.start()) + 1,
        )
    return _read_page(decode.split_lines(text), source, system_text(Path(source).name))


def _read_page(numbered: Iterable[tuple[int, str]], source: str, name: str) -> FileResult:
    from qa.parse.pdf import PageNote

    pages: list[list[Article]] = [[]]  # each page's drafts (``PageItem.sheet``)
    headers: list[list[str]] = [[]]  # ... its header lines over its first draft
    closing: list[list[str]] = [[]]  # ... and under it
    layouts, notes = [], []
    for item in iter_page(numbered):
        while item.sheet >= len(pages):
            pages.append([])
            headers.append([])
            closing.append([])
        if item.kind == "furniture":  # reported, not an article
            notes.append(PageNote(0, item.what, item.paragraphs[0], line=item.first_line))
            if item.what in ("header", "page number"):
                (closing if pages[item.sheet] else headers)[item.sheet].append(item.paragraphs[0])
            continue
        if item.across:  # (reported once an item: where its text was read column by column)
            notes.append(
                PageNote(0, "reading order", f"lines {item.first_line}–{item.last_line} given out row by row across columns, read column by column", line=item.first_line)
            )
        pages[item.sheet].append(_draft(item))
        layouts.append(ItemLayout(item.first_line, item.last_line, item.confidence, item.doubts, item.across))
    # Each article carries what its page's header says of the page (its paper, date, page
    # and edition), as one read from a PDF does; a page whose header names no paper or date
    # takes the file's.
    headers = _headers_placed(pages, headers, closing)
    drafts = share_facts([_with_facts(page, page_facts(header)) if header else page for page, header in zip(pages, headers, strict=True)])
    return FileResult(source, "page", _finish(drafts, name), layouts, name=name, notes=notes)


def _headers_placed(pages: list[list[Article]], opening: list[list[str]], closing: list[list[str]]) -> list[list[str]]:
    """Each page's header lines, from those over its first draft (``opening``) and under
    it (``closing``). ``iter_page`` parts a file at a masthead under a page's text, so a
    masthead set at a page's foot opens the next part: a file ending in a masthead with
    no text under it closes its pages with their mastheads. Where its first page's text
    stands under no header, every part's opening header is the page above's; else the
    last masthead alone is also the last page's. (A masthead under the file's last text
    with nothing but a header's parts under it is read with that page, as a page alone is:
    ``page._next_page``; there the last page closes with it.)"""
    foot = len(pages) > 1 and bool(pages[0]) and not opening[0]
    alone = len(pages) > 1 and not pages[-1] and bool(opening[-1])  # (the last part: a masthead alone)
    if foot and (alone or closing[-1]):
        return [[*closed, *following] for closed, following in zip(closing, [*opening[1:], []], strict=True)]
    if alone:
        closing = [*closing[:-2], closing[-2] + opening[-1], closing[-1]]
    return [[*opened, *closed] for opened, closed in zip(opening, closing, strict=True)]


def _with_facts(drafts: list[Article], facts: PageFacts) -> list[Article]:
    return [replace(draft, **print_facts(facts)) for draft in drafts]


def _text_kind(path: Path, encoding: str, mode: str) -> str:
    if mode == "page":
        return "page"
    if mode == "article":
        return "markdown" if path.suffix.lower() in MARKDOWN_SUFFIXES else "article"
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return "markdown"
    sample = []
    for pair in decode.iter_lines(path, encoding):
        sample.append(pair)
        if len(sample) >= _SNIFF_LINES:
            break
    return "page" if looks_like_page(read_lines(sample)) else "article"


def parse_file(path: str | Path, mode: str = "auto", name: str | None = None) -> FileResult:
    """Read one file.

    Args:
        path: the file.
        mode: "auto", or force text files to be read as a "page" or an "article".
        name: the file's name relative to the folder it was found in (for ids);
            default its base name.

    Returns:
        the file's items (with their layouts, for a page) and skipped lines.

    Raises:
        InputFileError: the file is missing, unreadable, empty, binary or undecodable,
            or holds no text; a PDF that cannot be read at all (see ``qa.parse.pdf_read``); the
            message names the file.
    """
    _check_mode(mode)
    path = Path(path)
    source, name = str(path), name or path.name
    if path.suffix.lower() in PDF_SUFFIXES:
        return _read_pdf(path, source, name)
    encoding = decode.detect_encoding(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        result = _read_jsonl(path, encoding, source, name)
    else:
        kind = _text_kind(path, encoding, mode)
        lines = decode.iter_lines(path, encoding)
        if kind == "page":
            result = _read_page(lines, source, name)
        else:
            read = formats.markdown_articles if kind == "markdown" else formats.plain_article
            result = FileResult(source, kind, _finish(read(lines), name), name=name)
    if not result.articles and not result.skipped:
        raise InputFileError(source, "no text (empty or whitespace only)")
    return replace(result, encoding=encoding)


def _read_pdf(path: Path, source: str, name: str) -> FileResult:
    from qa.parse.pdf import read_pdf

    read = read_pdf(path)
    skipped = [Skip(source, f"page {p.number}: {p.reason}") for p in read.problems]
    if not read.articles and read.problems and len(read.problems) == read.pages:
        first = read.problems[0]
        whole = "" if read.pages == 1 else f"none of its {read.pages} pages can be read; "
        raise InputFileError(source, f"{whole}page {first.number} {first.reason}")
    if not read.articles and not read.notes and not skipped:
        raise InputFileError(source, "no text on any page")
    articles = _finish(read.articles, name)
    return FileResult(
        source, "pdf", articles, skipped=skipped, encoding="", name=name, notes=read.notes, pages=read.pages
    )


def _read_jsonl(path: Path, encoding: str, source: str, name: str) -> FileResult:
    drafts, skipped, first_line = [], [], {}
    for number, record in formats.jsonl_records(decode.iter_lines(path, encoding)):
        if isinstance(record, str):
            skipped.append(Skip(source, record, number))
        elif record.id and record.id in first_line:
            reason = f"duplicate id {quoted(record.id)} (first on line {first_line[record.id]})"
            skipped.append(Skip(source, reason, number))
        else:
            if record.id:
                first_line[record.id] = number
            drafts.append(record)
    return FileResult(source, "jsonl", _finish(drafts, name), skipped=skipped, name=name)


def iter_files(
    paths: Iterable[str | Path],
    mode: str = "auto",
    reuse: Callable[[Found], FileResult | None] | None = None,
    root: str | Path | None = None,
) -> Iterator[FileResult | Skip]:
    """Read files and folders one file at a time (see the module docstring for rules).

    Args:
        paths: files and folders.
        mode: "auto", "page" or "article".
        reuse: given a file found, what an earlier read of it gave when that still holds
            (the file unchanged), else None; the file is parsed only when it gives None.
        root: the folder names are relative to (see ``qa.parse.walk.iter_paths``).

    Yields:
        a FileResult for each file read and a Skip for each file that could not be.
    """
    _check_mode(mode)
    seen: set[Path] = set()
    for found in iter_paths(paths, root):
        if isinstance(found, Skip):
            yield found
            continue
        real = found.path.resolve()
        if real in seen:
            yield Skip(str(found.path), "listed more than once")
            continue
        seen.add(real)
        known = reuse(found) if reuse is not None else None
        result = known if known is not None else _try(found.path, mode, found.name)
        yield replace(result, root=str(found.root)) if isinstance(result, FileResult) else result


def _try(path: Path, mode: str, name: str) -> FileResult | Skip:
    try:
        return parse_file(path, mode, name)
    except InputFileError as error:
        return Skip(error.path, error.reason, error.line)


def parse_paths(paths: Iterable[str | Path], mode: str = "auto") -> LoadResult:
    """Read files and folders into articles with unique ids.

    Returns:
        articles in path order (a later duplicate id is skipped), per-file results, skips.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    articles, files, skipped = [], [], []
    seen: dict[str, str] = {}
    for result in iter_files(paths, mode):
        if isinstance(result, Skip):
            skipped.append(result)
            continue
        files.append(result)
        skipped.extend(result.skipped)
        for article in result.articles:
            if article.id in seen:
                reason = f"duplicate id {quoted(article.id)} (already read from {seen[article.id]})"
                skipped.append(Skip(result.source, reason))
                continue
            seen[article.id] = result.source
            articles.append(article)
    return LoadResult(articles, files, skipped)


def load_articles(paths: Iterable[str | Path], mode: str = "auto") -> list[Article]:
    """Read files and folders into articles, logging what was skipped.

    Returns:
        articles in path order, ids unique.
    """
    result = parse_paths(paths, mode)
    for skip in result.skipped:
        log.warning("skipped %s", skip)
    for file_result in result.files:
        for doubt in file_result.doubts:
            log.info("%s:%d: %s (confidence %.2f)", file_result.source, doubt.line, doubt.what, doubt.confidence)
        for note in file_result.notes:
            log.info("%s: %s", file_result.source, note)
    return result.articles
