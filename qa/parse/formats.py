"""Clean inputs: JSONL records, Markdown and plain single-article text → Article drafts.

Drafts have ``id=""`` and ``position=0``; ``qa.parse`` gives them stable ids and positions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from qa.parse.byline import (
    find_byline,
    find_dateline,
    find_lead_line,
    find_report_line,
    split_names,
)
from qa.parse.lines import PageLine
from qa.parse.page import paragraphs
from qa.text import SURROGATE, clean_spaces
from qa.types import Article

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
TITLE_MAX_WIDTH = 40  # em: a first line longer than this is text, not a title
_STRING_FIELDS = ("title", "kicker", "subtitle", "photographer", "date", "url")
_READ_FIELDS = ("text", "id", "authors", "source", "kind", *_STRING_FIELDS)


def jsonl_records(numbered: Iterable[tuple[int, str]]) -> Iterator[tuple[int, Article | str]]:
    """Read one article per JSONL line: ``text`` required; ``id``, ``title``, ``authors``
    (list or string), ``date``, ``source``, ``url`` (and ``kicker``, ``subtitle``, ``kind``,
    ``photographer``) optional. ``text`` splits into paragraphs at line breaks.

    Yields:
        (line number, draft) for a good line, (line number, reason) for a bad one; blank
        lines are passed over.
    """
    for number, raw in numbered:
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            yield number, f"broken JSON ({error.msg} at column {error.colno})"
            continue
        if not isinstance(record, dict):
            yield number, "not a JSON object"
            continue
        broken = _unpaired_surrogate(record)
        if broken is not None:
            yield number, f"{broken!r} holds an unpaired surrogate (a broken \\u escape): not text"
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield number, "missing 'text'" if text is None else "'text' is empty or not a string"
            continue
        fields = {name: str(record[name]) for name in _STRING_FIELDS if record.get(name) is not None}
        authors = record.get("authors") or ()
        if isinstance(authors, str):
            authors = split_names(authors)
        elif not isinstance(authors, (list, tuple)):
            yield number, "'authors' is neither a list nor a string"
            continue
        record_id = record.get("id")
        lines = list(enumerate(text.splitlines(), 1))
        if not authors:  # a byline left in the text is read as on a page
            lines, authors = _split_bylines(lines, markdown=False)
        yield number, Article(
            id="" if record_id is None else str(record_id),
            paragraphs=tuple(clean_spaces(p) for _, p in lines if p.strip()),
            kind="photo" if record.get("kind") == "photo" else "article",
            authors=tuple(str(name) for name in authors),
            source=str(record.get("source") or ""),
            **{"title": "", **fields},
        )


def _unpaired_surrogate(record: dict) -> str | None:
    """The first field read from a JSON record whose text holds an unpaired UTF-16
    surrogate (\\ud800 with no low half after it: JSON lets such an escape through, and no
    text can be written or hashed with it), or None. (Fields the reader does not take
    may hold anything.)"""
    for name in _READ_FIELDS:
        value = record.get(name)
        values = value if isinstance(value, list) else [value]
        if any(isinstance(item, str) and SURROGATE.search(item) for item in values):
            return name
    return None


def _groups(lines: list[tuple[int, str]]) -> list[list[PageLine]]:
    """Runs of non-empty lines separated by blank lines."""
    groups: list[list[PageLine]] = [[]]
    for number, raw in lines:
        if raw.strip():
            groups[-1].append(PageLine.read(number, raw.strip()))
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def _article_paragraphs(lines: list[tuple[int, str]], markdown: bool) -> list[str]:
    """Paragraphs of clean text: a blank line ends one. Inside a run of lines, Markdown
    joins them; plain text keeps one paragraph per line when most lines end a sentence,
    else joins hard-wrapped lines where the page rules say a paragraph goes on."""
    result: list[str] = []
    for group in _groups(lines):
        if markdown:
            result.append(clean_spaces(" ".join(line.text for line in group)))
        elif sum(line.ends_sentence for line in group) * 5 >= len(group) * 3:
            result.extend(clean_spaces(line.text) for line in group)
        else:
            result.extend(paragraphs(group))
    return [paragraph for paragraph in result if paragraph]


_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _plain(raw: str, markdown: bool) -> str:
    """A line without Markdown emphasis marks (``**本报记者 陈晓**`` → ``本报记者 陈晓``)."""
    return _EMPHASIS.sub(r"\2", raw) if markdown else raw


def _filled(lines: list[tuple[int, str]]) -> list[int]:
    return [i for i, (_, raw) in enumerate(lines) if raw.strip()]


def _split_bylines(lines: list[tuple[int, str]], markdown: bool) -> tuple[list[tuple[int, str]], tuple[str, ...]]:
    """Take an article's byline out of its text, read by the same rules as on a page
    (``qa.parse.byline``): a byline line opening the body (`（记者 王小明）`,
    `**本报记者 陈晓**`, `文/张三`), a byline ending the last line or standing on it
    (`（胡位涛 肖 俊）`, `记者 张三 报道`), else the names of a dateline opening the body
    (`本报讯（记者 张三）…`, which stays in the text as printed).

    Returns:
        the lines without the byline, and its names (empty when there is none).
    """
    lines = [(number, _plain(raw, markdown)) for number, raw in lines]
    filled = _filled(lines)
    if not filled:
        return lines, ()
    names: list[str] = []
    first = filled[0]
    opening = find_lead_line(lines[first][1].strip())
    if opening is not None and len(filled) > 1:
        names.extend(opening.names)
        lines = lines[:first] + lines[first + 1 :]
    last = _filled(lines)[-1]
    number, raw = lines[last]
    closing = find_byline(raw.strip()) or find_report_line(raw.strip())
    if closing is not None and (closing.start > 0 or len(_filled(lines)) > 1):
        names.extend(name for name in closing.names if name not in names)
        lines = lines[:last] + [(number, raw.strip()[: closing.start])] + lines[last + 1 :]
    if not names:
        body = "".join(raw.strip() for _, raw in lines if raw.strip())[:200]
        dateline = find_dateline(body)
        if dateline is not None:
            names.extend(dateline.names)
    return lines, tuple(names)


def _draft(title: str, lines: list[tuple[int, str]], markdown: bool) -> Article:
    lines, authors = _split_bylines(lines, markdown)
    body = tuple(_article_paragraphs(lines, markdown))
    return Article(id="", title=title, paragraphs=body, authors=authors)


def plain_article(numbered: Iterable[tuple[int, str]], markdown: bool = False) -> list[Article]:
    """A single clean article; its first line is the title when it looks like one (short,
    no sentence-ending punctuation, more text after it); a byline ending the text goes
    to ``authors``.

    Returns:
        one draft, or none when the text is empty.
    """
    lines = list(numbered)
    filled = [(number, raw) for number, raw in lines if raw.strip()]
    if not filled:
        return []
    title = ""
    first = PageLine.read(filled[0][0], filled[0][1].strip())
    if len(filled) > 1 and first.heading_like and first.width <= TITLE_MAX_WIDTH:
        title = clean_spaces(first.text)
        lines = [(number, raw) for number, raw in lines if number != first.number]
    draft = _draft(title, lines, markdown)
    return [draft] if draft.paragraphs or draft.title else []


def markdown_articles(numbered: Iterable[tuple[int, str]]) -> list[Article]:
    """Articles of a Markdown file: each ``# `` heading starts one and is its title; lower
    headings become paragraphs without their ``#`` marks; lines of a paragraph are joined.
    Without any ``# `` heading the file reads as one article, titled by its first line
    when that looks like a title.

    Returns:
        drafts in file order.
    """
    sections: list[tuple[str, list[tuple[int, str]]]] = [("", [])]
    for number, raw in numbered:
        match = _HEADING.match(raw.strip())
        if match and len(match.group(1)) == 1:
            sections.append((clean_spaces(match.group(2)), []))
        elif match:
            sections[-1][1].extend([(number, ""), (number, match.group(2)), (number, "")])
        else:
            sections[-1][1].append((number, raw))
    if len(sections) == 1:
        return plain_article(sections[0][1], markdown=True)
    drafts = [_draft(title, lines, markdown=True) for title, lines in sections]
    return [draft for draft in drafts if draft.title or draft.paragraphs]
