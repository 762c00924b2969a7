"""A line with a sentence end inside it (`爱普格评分是以发明者的姓氏为名。五项指标的英`) is
running text, never a heading line, however short the line before it left off (a
paragraph's end, or a Latin word pushed down)."""

from __future__ import annotations

from pagegen4 import default_pool, random_page4
from pagescore import parse_layout


def test_no_heading_holds_a_sentence_end_on_generated_pages():
    # Generator 4's looked-at page 400000 had a body line that ends no sentence but holds
    # one, after a short line, read as the headline of the text below it.
    page = random_page4(default_pool(), 400_000)
    items = parse_layout(page.text).items
    assert not any("。" in item.title + item.kicker + item.subtitle for item in items)
    assert [item.title for item in items if item.kind == "article"][1] == "美国医生维珍尼亚·阿普伽"
