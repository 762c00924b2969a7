"""On a double-spaced page (a blank line after every line) a wider gap, two blank lines
or more, sets a block apart as much as a missing blank line does: it is a layout break.
Read as the page's usual spacing, a short brief and the photo captions after the gap ran
together into one photo group, and a brief over a headline printed under its article's
first lines went into that article. The page's usual gap is what it sets most often, so a
page that sets two blank lines after every line reads as one that sets one."""

from __future__ import annotations

import re

from pagegen5 import default_pool, random_page5
from test_page import layout_of

from qa.parse.lines import PageLine
from qa.parse.page import _usual_gap

ARTICLE = [
    "然而，苏黎世协定虽然让岛上两族共享权力，各方的",
    "矛盾却一直没有化解，议会中的土耳其族议员全部退出。",
    "在冲突之中有大量原本居住在南部的居民逃往北部，",
    "同样也有一部分居民逃往岛南，再次加深原本已经非",
    "常歧异的意识。",
    "（记者 潘 秀）",
    "北赛普勒斯土耳其共和国",
]
BRIEF = [
    "日前，由省人民医院牵头，",
    "联合赣州、吉安、抚州等地",
    "12 家医院组建的跨区域医疗",
    "联合体正式成立。",
]
CAPTIONS = [
    "图为婺源县一处古村落，游客",
    "在古桥上拍照留念。",
    "图为村民在自家民宿前晾晒农",
    "作物。",
    "周雪欣摄",
]


def _page(gap: str) -> str:
    return gap.join(ARTICLE) + "\n\n\n\n" + gap.join(BRIEF) + "\n\n\n\n" + gap.join(CAPTIONS) + "\n"


def test_a_brief_between_wider_gaps_is_no_caption():
    article, brief, photo = layout_of(_page("\n\n")).items
    assert article.title == "北赛普勒斯土耳其共和国"
    assert article.authors == ("潘秀",)
    assert (brief.kind, brief.title) == ("article", "")
    assert brief.paragraphs == (
        "日前，由省人民医院牵头，联合赣州、吉安、抚州等地12家医院组建的跨区域医疗联合体正式成立。",
    )
    assert photo.kind == "photo"
    assert photo.paragraphs == (
        "图为婺源县一处古村落，游客在古桥上拍照留念。",
        "图为村民在自家民宿前晾晒农作物。",
    )
    assert photo.photographer == "周雪欣"


def test_the_usual_gap_is_the_one_the_page_sets_most():
    def lines(blanks):
        return [PageLine.read(i + 1, "文字", 0.0, blank) for i, blank in enumerate(blanks)]

    assert _usual_gap(lines([0, 1, 1, 3, 1, 0])) == 1
    assert _usual_gap(lines([0, 2, 2, 2, 4, 2])) == 2
    assert _usual_gap(lines([0, 0, 0])) == 1  # (a single-spaced page: no gap to read)
    assert _usual_gap(lines([2, 1])) == 1  # (the blank lines over the first line stand between no two)
    assert _usual_gap(lines([0, 2, 1, 0])) == 1  # (of two as frequent, the narrower)


def test_a_page_set_with_two_blank_lines_reads_as_one_set_with_one():
    page = _page("\n\n")
    assert _read(_wider(page)) == _read(page)


def test_generated_pages_set_with_two_blank_lines_read_as_with_one():
    # (Read with one blank line as the usual gap whatever the page sets, every line of
    # these is a layout break, and the article count falls on most of them.)
    pool = default_pool()
    pages = [page.text for page in (random_page5(pool, seed) for seed in range(701_000, 701_040))]
    double = [text for text in pages if text.count("\n\n") * 3 > text.count("\n")][:12]
    assert len(double) >= 6
    for text in double:
        assert _read(_wider(text)) == _read(text)


def _wider(text: str) -> str:
    wider = re.sub(r"(?<=[^\n])\n\n(?=[^\n])", "\n\n\n", text)
    assert wider != text
    return wider


def _read(text: str) -> list[tuple]:
    return [
        (item.kind, item.title, item.paragraphs, item.authors, item.photographer)
        for item in layout_of(text).items
    ]
