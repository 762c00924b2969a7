"""A masthead at the foot of a file's last page (2023年2月15日 星期三 / 要闻 / A12 under
its text) closes that page and opens none (``page._next_page``, ``furniture.closes_the_text``):
streamed (``iter_page``, as ``qa index`` and ``qa parse`` read files) the page reads as it
does whole (``analyse_page``), its header with it. Before, the stream parted the page at
the masthead and read the text over it without its header; on a page of generator 8 the
kicker 专访 was then read as the section's label."""

from __future__ import annotations

import pagegen8
import pytest
from pagescore import parse_layout

from qa.parse import parse_page_text

SEED = 900_334  # (a looked-at page of generator 8: its 167th even seed)


@pytest.fixture(scope="module")
def page():
    return pagegen8.random_page8(pagegen8.default_pool(), SEED)


def test_the_stream_reads_the_page_as_a_whole(page):
    whole = [(item.kicker, item.title, item.subtitle, item.paragraphs) for item in parse_layout(page.text).items if item.kind != "furniture"]
    streamed = [(a.kicker, a.title, a.subtitle, tuple(a.paragraphs)) for a in parse_page_text(page.text, "page.txt").articles]
    assert [(k, t, s, tuple(p)) for k, t, s, p in whole] == streamed
    assert ("专访", "六十进制：听邵蕾芳说") in [(k, t) for k, t, _, _ in streamed]


def test_the_masthead_at_the_foot_is_the_pages_header(page):
    notes = parse_page_text(page.text, "page.txt").notes
    assert [(note.kind, note.text) for note in notes][-3:] == [
        ("header", "2023年2月15日 星期三"), ("header", "要闻"), ("page number", "A12"),
    ]
