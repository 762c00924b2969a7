"""The page's furniture: the header band (paper, date, page, edition), footer, editor lines.

Decisions (each has a test):

- The header band is what lies above the first long rule (at least half the page wide)
  in the top quarter of the page, when that is a few rows (``MAX_HEADER_ROWS``) and one of
  them says what the page is (a rule under an article has the article above it); without
  such a rule, the rows near the top down to the
  last that holds a date, a page (第3版) or a paper's name as a part of its own. The footer is what lies below a long rule in the
  bottom tenth, and page numbers and editor lines in the bottom tenth.
- Editor lines (责任编辑 …, 美术编辑 …, 校对 …), jump lines (（下转第2版）) and rules set in
  characters (————) are furniture wherever they stand.
- From the header band's text: the date (2024年5月8日, 2024-05-08, 二〇二四年五月八日) in
  ISO form; the page from 第3版 or 3版, else a lone number in the header (要闻 03), else
  the footer's page number; the edition, a short name beside the page (第3版 要闻,
  要闻 第3版, 第3版：要闻) or standing alone in the header; the paper's name (…日报, …报).
- Every furniture line is handed back to be reported, none is dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from qa.parse.lines import LEAD_MARKS
from qa.parse.pdf_lines import WIDE_EM, Line
from qa.parse.pdf_read import Shape
from qa.types import Article

_DIGITS = dict(zip("〇零一二三四五六七八九", (0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_DASHED = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_DATE_HAN = re.compile(r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日")
PAGE_MARK = re.compile(r"第\s*([A-Za-z]?\s*\d{1,3})\s*版")
_PAGE_BARE = re.compile(r"(?<![\d年月日])([A-Za-z]?\d{1,3})\s*版")
_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?([A-Za-z]?\d{1,3})(?:\s*版)?[-—–\s]*$")
PAPER = re.compile(r"[\u4e00-\u9fff]{1,8}(?:日报|晚报|晨报|时报|商报|周报|都市报|青年报|法治报|农民报|政报|报)")
WEEKDAY = re.compile(r"^(?:星期|周)[一二三四五六日天]$")  # a header's weekday alone
_EDITOR_ROLE = r"(?:责任编辑|本版责编|责编|本版编辑|美术编辑|美编|版式设计|版式|组版|校对|视觉设计|图片编辑|见习编辑|编辑\s*[:：])"
_EDITOR = re.compile(rf"^[（(]?\s*{_EDITOR_ROLE}")
_EDITOR_INSIDE = re.compile(rf"{_EDITOR_ROLE}\s*[:：]?\s*[\u4e00-\u9fff]")
_EDITOR_ROLE_ALONE = re.compile(rf"^[（(]?\s*{_EDITOR_ROLE}\s*[:：]?$")
_OTHER = re.compile(r"农历|出版物号|CN\d|www\.|http|电话|邮编|邮箱|零售|定价|代号|社址")
# A jump line: （下转第2版）, 上接第一版, （转第3版）, with or without brackets, maybe behind
# a mark (□上接第2版).
_JUMP = re.compile(
    rf"^[{LEAD_MARKS}]?[（(【]?\s*(?:上接|下转|转|接)\s*第?\s*(?:[A-Za-z]?\d{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*版[）)】]?$"
)
# A line giving the paper's address, mail box or hotline (电子信箱：news@example.cn,
# 新闻热线：0791-86849000): a label, then an address or number and nothing else.
_CONTACT = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:信箱|邮箱|热线|电话|传真|网址|E-?mail|email)\s*[:：]\s*"
    r"[A-Za-z0-9@._\-/:()（）]+(?:[\s、，,;；]+[A-Za-z0-9@._\-/:()（）]+)*$",
    re.IGNORECASE,
)
_RULE_TEXT = re.compile(r"^[—－─━_=·.…\-~＊*]{3,}$")  # a rule set in characters
_EDITION = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")
SEPARATORS = "：:·|丨/ "  # what parts a header's fields beside spaces (第3版：要闻, 要闻 | 第3版)
MAX_HEADER_ROWS = 6


@dataclass(frozen=True)
class PageFacts:
    """What the page's furniture says about it ("" when it does not say).

    Attributes:
        paper: the paper's name (江西日报); date: ISO (2024-05-08); page: as printed
            (3, A3); edition: the page's section (要闻).
    """

    paper: str = ""
    date: str = ""
    page: str = ""
    edition: str = ""


@dataclass(frozen=True)
class Furniture:
    """A page's furniture: the facts, and each furniture line with what it is
    ("header", "footer", "page number", "editor line", "jump line", "rule")."""

    facts: PageFacts
    lines: list[tuple[str, Line]]


def is_editor_line(text: str, edge: bool = False) -> bool:
    """True for a credit line of the page's editors: 责任编辑 张三, 校对：李四; at the top or
    foot of the page (``edge``), also a line with such a credit after other names (a line
    of credits cut where two credits stand apart: 张三 美术编辑：李四)."""
    text = text.strip()
    if len(text) > 60:
        return False
    return bool(_EDITOR.match(text) or edge and _EDITOR_INSIDE.search(text))


def is_editor_role(text: str) -> bool:
    """True for an editor's role alone on its line, the names wrapped to the next
    (责任编辑, 美术编辑：), as a text extractor cuts a credit line."""
    return _EDITOR_ROLE_ALONE.match(text.strip()) is not None


def is_jump_line(text: str) -> bool:
    """True for a jump line: where an article goes on or came from (（下转第2版）, 上接第一版)."""
    return bool(_JUMP.match(text.replace(" ", "").replace("\u3000", "")))


def is_contact_line(text: str) -> bool:
    """True for a line of the paper's contacts (电子信箱：news@example.cn, 新闻热线：0791-86849000)."""
    return len(text) <= 60 and bool(_CONTACT.match(text.strip()))


def _long_rules(shapes: list[Shape], width: float) -> list[Shape]:
    return [s for s in shapes if s.kind == "rule" and s.x1 - s.x0 >= 0.5 * width and s.bottom - s.top <= 3.5]


def _cells(line: Line) -> list[str]:
    """A line's parts that stand an em or more apart (第3版　要闻 → 第3版, 要闻)."""
    return [cell.strip(SEPARATORS) for cell in re.split(r" +", line.spaced(WIDE_EM)) if cell.strip(SEPARATORS)]


def _han_number(text: str) -> int:
    if len(text) == 4 and all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    if "十" in text:
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)
    return _DIGITS.get(text, 0)


def find_date(text: str) -> str:
    """The first date in text, in ISO form, or ""."""
    for pattern, han in ((_DATE, False), (_DATE_HAN, True), (_DATE_DASHED, False)):
        match = pattern.search(text)
        if match:
            year, month, day = (_han_number(g) if han else int(g) for g in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def _page(text: str) -> str:
    match = PAGE_MARK.search(text) or _PAGE_BARE.search(text)
    return _clean_page(match.group(1)) if match else ""


def _clean_page(text: str) -> str:
    """A page as printed (A05, 第 3 版's 3, ０４) in its plain form: ASCII, the letter upper
    case, the number without leading zeros (A5, 3, 4)."""
    text = unicodedata.normalize("NFKC", text).replace(" ", "").upper()
    letters = text.rstrip("0123456789")
    digits = text[len(letters) :].lstrip("0") or "0"
    return letters + digits


def _edition(cells: list[str], paper: str) -> str:
    """The edition: a name glued to the page cell (第3版：要闻), else a short name cell."""
    for index, cell in enumerate(cells):
        match = PAGE_MARK.search(cell) or _PAGE_BARE.search(cell)
        if not match:
            continue
        rest = (cell[: match.start()] + " " + cell[match.end() :]).strip(SEPARATORS)
        if _EDITION.match(rest):
            return rest
        for near in (index + 1, index - 1):
            if 0 <= near < len(cells) and _is_edition(cells[near], paper):
                return cells[near]
    for cell in cells:
        if _is_edition(cell, paper):
            return cell
    return ""


def _is_edition(cell: str, paper: str) -> bool:
    return bool(_EDITION.match(cell)) and cell != paper and not (
        WEEKDAY.match(cell) or _OTHER.search(cell) or is_editor_line(cell) or PAPER.fullmatch(cell)
        or find_date(cell)
    )


def read_furniture(lines: list[Line], shapes: list[Shape], width: float, height: float) -> tuple[Furniture, list[Line]]:
    """Find the header band, footer and editor lines of a page and read the facts.

    Args:
        lines: the page's lines, top to bottom.
        shapes: its rules, rectangles and images.
        width, height: the page's size in points.

    Returns:
        the furniture (facts and lines), and the other lines (the page's content).
    """
    rules = _long_rules(shapes, width)
    header = []
    for rule in sorted((r for r in rules if r.top <= 0.25 * height), key=lambda r: r.top):
        above = [li for li in lines if li.bottom <= rule.top + 1]
        if not above:
            continue
        # A header band is a few rows that say what the page is; a rule under an article
        # has the article above it.
        if len({round(li.top) for li in above}) <= MAX_HEADER_ROWS and any(_marks(li) for li in above):
            header = above
        break
    if not header:
        header = _header_without_rule(lines, height)
    footer_rule = max((r.bottom for r in rules if r.top >= 0.9 * height), default=None)
    taken = {id(li) for li in header}
    footer: list[Line] = []
    for line in lines:
        if id(line) in taken:
            continue
        below_rule = footer_rule is not None and line.top >= footer_rule - 1
        low = line.top >= 0.9 * height
        if below_rule or (low and (_NUMBER.match(line.text) or is_editor_line(line.text, edge=True))):
            footer.append(line)
            taken.add(id(line))
    marked: list[tuple[str, Line]] = [("header", li) for li in header]
    for line in footer:
        kind = "page number" if _NUMBER.match(line.text) else "editor line" if is_editor_line(line.text, edge=True) else "footer"
        marked.append((kind, line))
    rest = []
    for line in lines:
        if id(line) in taken:
            continue
        if is_editor_line(line.text):
            marked.append(("editor line", line))
        elif is_jump_line(line.chars):
            marked.append(("jump line", line))
        elif _RULE_TEXT.match(line.chars):
            marked.append(("rule", line))
        else:
            rest.append(line)
    return Furniture(_facts(header, footer), marked), rest


def _marks(line: Line) -> bool:
    """Whether a line has a part of its own that is a date, a page (第3版), a paper's name,
    or another header item (a lunar date, a serial number, a web address, editors)."""
    return any(
        find_date(cell) or PAGE_MARK.fullmatch(cell) or PAPER.fullmatch(cell) or _OTHER.search(cell)
        or is_editor_line(cell, edge=True)
        for cell in _cells(line)
    )


def _header_without_rule(lines: list[Line], height: float) -> list[Line]:
    """Rows near the top that say what the page is, and what shares their band."""
    near = [li for li in lines if li.top < 0.12 * height]
    marks = [li for li in near if _marks(li)]
    if not marks:
        return []
    bottom = max(li.bottom for li in marks)
    return [li for li in near if (li.top + li.bottom) / 2 <= bottom + 2]


def _facts(header: list[Line], footer: list[Line]) -> PageFacts:
    cells = [cell for line in header for cell in _cells(line)]
    said = header_facts(cells)
    paper, date, page = said.paper, said.date, said.page
    if not date:
        date = find_date(" ".join(li.text for li in footer))
    if not paper and header:
        biggest = max(header, key=lambda li: li.size)
        candidates = [c for c in _cells(biggest) if not find_date(c) and not _page(c) and len(c) <= 10]
        paper = candidates[0] if candidates else ""
    if not page:
        for line in footer:
            match = _NUMBER.match(line.text)
            if match:
                page = _clean_page(match.group(1))
                break
    return PageFacts(paper, date, page, _edition(cells, paper))


def header_facts(cells: list[str]) -> PageFacts:
    """What the parts of a page's header (2024年5月8日, 星期三, 江西日报, 第3版, 要闻) say
    of the page: the first date, the part that is a paper's name, the page (第3版, 3版, or
    a part that is a number alone) and the edition (``_edition``); "" where they say nothing."""
    text = " ".join(cells)
    paper = next((cell for cell in cells if PAPER.fullmatch(cell)), "")
    page = _page(text)
    if not page:
        found = [match.group(1) for match in map(_NUMBER.match, cells) if match]
        page = _clean_page(found[0]) if found else ""
    return PageFacts(paper, find_date(text), page, _edition(cells, paper))


def share_facts(pages: Iterable[list[Article]]) -> list[Article]:
    """The articles of a file's pages, in order, each page's missing paper and date filled
    from the file's other pages (the commonest)."""
    pages = list(pages)
    papers = [a.paper for page in pages for a in page if a.paper]
    dates = [a.date for page in pages for a in page if a.date]
    paper = max(set(papers), key=papers.count) if papers else ""
    date = max(set(dates), key=dates.count) if dates else ""
    # (Copied only where a fact is filled in: a file of pages without headers keeps its own.)
    return [
        replace(a, paper=a.paper or paper, date=a.date or date) if not a.paper and paper or not a.date and date else a
        for page in pages
        for a in page
    ]
