"""Odd pages never break the reader nor lose text: a byline or credit right under the
one that ends an item (a photo's credit under an article's
byline) stays in the item's text, and where every reading at a zone would give
heading lines to an item that has its headline already, the lines go on as text instead
of leaving the search no way through (a mutated generated page, kept in
tests/data/layout_cases/fuzzed-dead-end.txt, raised ValueError there)."""

from __future__ import annotations

from pathlib import Path

from test_page import accounted, layout_of, visible

DEAD_END = Path(__file__).parent.parent / "data" / "layout_cases" / "fuzzed-dead-end.txt"

TWICE_SIGNED = """城市书房成了市民的“第二客厅”
晚上九点，位于红谷滩区的一家城市书房依然灯火
通明。读者们或坐或站，安静地翻阅着手中的书籍。
（本报记者 罗 斌）
朱亮萍摄
"""


def test_a_second_signature_under_the_first_stays_in_the_text():
    text = TWICE_SIGNED
    layout = layout_of(text)
    assert visible(text) - accounted(layout) == {}
    first = layout.items[0]
    assert first.authors == ("罗斌",)
    assert "".join(first.paragraphs).endswith("朱亮萍摄")


def test_a_page_with_no_way_through_at_a_zone_still_reads_whole():
    text = DEAD_END.read_text(encoding="utf-8")
    layout = layout_of(text)
    assert layout.items
    assert visible(text) - accounted(layout) == {}
