"""A 小标题 (◆在这段期间内) heads the article's text after it: nothing starts under it,
even where it repeats the headline and the paragraph under it opens a new subject.

The page is page 300500 of the third generator (tests/pagegen3.py), kept as text
(tests/data/layout_cases/gen3-300500.txt): its articles are DRCD contexts (Delta Reading
Comprehension Dataset, from Chinese Wikipedia, CC BY-SA 3.0)."""

from __future__ import annotations

from pathlib import Path

from pagescore import parse_layout

PAGE = Path(__file__).parent.parent / "data" / "layout_cases" / "gen3-300500.txt"


def test_nothing_starts_under_a_subhead():
    items = parse_layout(PAGE.read_text(encoding="utf-8")).items
    assert [(item.title, item.authors) for item in items] == [
        ("在这段期间内", ("余晨宏", "马婷宏", "彭丽峰")),
        ("劳亚大陆分裂为北美和欧亚大陆", ("余轩", "万飞", "潘曦")),
    ]
    paragraphs = items[0].paragraphs
    assert "◆在这段期间内" in paragraphs
    assert paragraphs[-1].replace(" ", "").endswith("小弟弟迈克安格诺鲁托付给他照看。")
