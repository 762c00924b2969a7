"""A page keeps paragraph indents when its openings are indented, counting the first line
after a byline or credit where it is set with a paragraph's indent (1 em or more: the
next item's first paragraph; a headline or a block set apart by ½ em says nothing). On a
page of two captioned photos and one article whose every paragraph is indented, the
indents were read as layout breaks and each paragraph became an item.

The pages are pages 300694 and 300050 of the third generator (tests/pagegen3.py), kept
as text (tests/data/layout_cases/gen3-300694.txt, gen3-300050.txt): their texts are DRCD
contexts (Delta Reading Comprehension Dataset, from Chinese Wikipedia, CC BY-SA 3.0)."""

from __future__ import annotations

from pathlib import Path

from pagescore import parse_layout

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines

PAGE = Path(__file__).parent.parent / "data" / "layout_cases" / "gen3-300694.txt"


def test_indents_are_read_in_em():
    lines = read_lines(split_lines("\u3000\u3000全角缩进\n  两个空格\n 一个空格\n顶格\n"))
    assert [line.indent for line in lines] == [2.0, 1.0, 0.5, 0.0]


def test_an_article_indented_after_photo_credits_is_one_item():
    items = parse_layout(PAGE.read_text(encoding="utf-8")).items
    assert [(item.kind, item.authors) for item in items] == [("photo", ()), ("photo", ()), ("article", ("江红", "司马兰平"))]
    assert len(items[2].paragraphs) == 3


def test_two_ascii_spaces_indent_a_paragraph_after_a_credit():
    """Page 300050 of the third generator (tests/data/layout_cases/gen3-300050.txt), its
    paragraphs typed with two ASCII spaces (1 em): the article under a photo's credit, with
    its headline printed after its byline, is one item."""
    items = parse_layout((PAGE.parent / "gen3-300050.txt").read_text(encoding="utf-8")).items
    assert [(item.kind, item.title, item.authors) for item in items] == [
        ("photo", "", ()),
        ("article", "都管辖地方民政", ("吕勋勋",)),
    ]
