"""Page furniture in page text: the lines a text extractor keeps that belong to no article.

A newspaper page's header (`2024年5月8日 星期三 3 要闻`, `江西日报 2024年11月4日 第10版
地方新闻`, or split over two lines, `3 要闻` / `2024年5月8日 星期三`) at the top or the
foot of the page, and its editors' credit lines (`责任编辑：张三 校对：李四`) anywhere. They
are kept out of the articles (a header read as a kicker, a credit line as a headline, were
the commonest failures on generator 4's pages) and reported, never dropped
(``qa.parse.read``: ``FileResult.notes``). The PDF reader finds the same furniture from
positions (``qa.parse.pdf_furniture``); here only the words and the place on the page tell.
"""

from __future__ import annotations

import re

from qa.parse.byline import LEAD_MARKS
from qa.parse.lines import PageLine
from qa.parse.pdf_furniture import find_date, is_editor_line

# How many lines at the top and at the foot of the lines read may hold the page's header.
EDGE_LINES = 3
MAX_HEADER_CHARS = 40
# What a header holds beside the date: the weekday, the page (第3版, 3版), the paper's name.
_HEADER_MARK = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日天](?![\u4e00-\u9fff])|第\s*[A-Za-z]?\d{1,3}\s*版|\d\s*版|日报|晚报|晨报|时报")
# A short line beside a header: the page number and section (3 要闻), the weekday, the
# paper's name with its page (江西日报 3).
_HEADER_PART = re.compile(
    r"^(?:[A-Za-z]?\d{1,3}\s*[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,6}\s*[A-Za-z]?\d{1,3}|星期[一二三四五六日天]"
    r"|[\u4e00-\u9fff]{1,8}(?:日报|晚报|晨报|时报)(?:\s*[A-Za-z]?\d{1,3})?)$"
)


# A label over a run of short items (简讯, ■ 短讯, 本报简讯, 新闻速览): a line of its own that
# names the run, no item's headline (each short item has its own).
_SECTION_LABEL = re.compile(
    rf"^[{LEAD_MARKS}\s]*(?:本报|本地|国内|国际|新闻|要闻|经济|社会)?"
    r"(?:简讯|短讯|快讯|速览|简报|速递|一句话新闻)$"
)


def _header(text: str) -> bool:
    compact = text.replace(" ", "")
    return len(compact) <= MAX_HEADER_CHARS and bool(find_date(compact)) and bool(_HEADER_MARK.search(compact))


def furniture_lines(lines: list[PageLine]) -> dict[int, str]:
    """The furniture among a page's lines, by index: "header", "editor line" or "section
    label".

    A header is a line holding the page's date with its weekday, page or paper, among the
    first or last ``EDGE_LINES`` lines, with the short lines right beside it that name the
    page or its section; an editor line is a credit line of the page's editors anywhere;
    a section label is a line that only names a run of short items (简讯, ■ 短讯).
    """
    found: dict[int, str] = {}
    count = len(lines)
    edges = [range(min(EDGE_LINES, count)), range(max(count - EDGE_LINES, 0), count)]
    for edge in edges:
        headers = [i for i in edge if _header(lines[i].text)]
        for i in headers:
            found[i] = "header"
            for j in (i - 1, i + 1):
                if j in edge and j not in found and _HEADER_PART.match(lines[j].text.strip()):
                    found[j] = "header"
    for i, line in enumerate(lines):
        if i not in found and _SECTION_LABEL.match(line.text.replace(" ", "")):
            found[i] = "section label"
        if i not in found and is_editor_line(line.text, edge=i < EDGE_LINES or i >= count - EDGE_LINES):
            found[i] = "editor line"
    return found
