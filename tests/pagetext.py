"""Small hand-made page text for the parser's tests: two short news bodies with their
titles, hard wrapping at a column width as an extractor leaves it, and a page of lines
parsed as the text parser reads a file."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import PageItem, analyse_page

BODIES = (
    "今年以来，我省持续推进乡村振兴，全省粮食总产量再创新高，农民人均可支配收入稳步增长。省农业农村厅负责人介绍，下一步将继续加大投入。",
    "记者从市教育局获悉，今年秋季全市将新增公办学位一万个，有效缓解入学难问题。据介绍，新建学校将于八月底前全部完工。",
)
TITLES = ("乡村振兴成效显著", "新增公办学位一万个")


HANGING = "，。、；：？！”）"  # closing marks that never open a line


def wrap(text: str, width: int, indent: str = "", hangs: str = HANGING) -> list[str]:
    """Lines of ``width`` characters, the first opening with ``indent``; a mark in
    ``hangs`` never opens a line (it hangs at the end of the line before)."""
    lines, line = [], indent
    for char in text:
        if len(line) >= width and char not in hangs:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line]


def page_items(lines: list[str] | tuple[str, ...], double: bool = False, furniture: bool = True) -> list[PageItem]:
    """The items the parser reads from ``lines`` printed one a line (``double``: with a
    blank line after each, as many extractors leave them); ``furniture=False`` leaves the
    page's furniture items out."""
    text = ("\n\n" if double else "\n").join(lines) + "\n"
    items = analyse_page(read_lines(split_lines(text))).items
    return [item for item in items if furniture or item.kind != "furniture"]
