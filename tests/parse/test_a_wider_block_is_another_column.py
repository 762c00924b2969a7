"""Two lines set twice as wide as the column over them, right over a photo's captions,
are another column's: a brief of its own (``segment._shows_change``). Where every line
of a block ends a paragraph, its widest line is only a lower bound of its column, and
the reading ahead was not weighed against the column before at all; a bound wider than
that column by a change of width still shows that the lines cannot stand in it. Before,
the brief (近日，有外媒报道称…) went on as the last paragraph of the encyclopedia entry
over it (孟子)."""

from __future__ import annotations

from pagescore import read_items


def test_a_block_wider_than_the_column_over_it_is_an_item_of_its_own(generated_page):
    page = generated_page("gen6", 802_592)  # (a looked-at page: generator 6's more slice)
    lines = [line for line in page.text.split("\n") if line.strip()]
    excerpt = lines[lines.index("孟子") : lines.index("廖佳婷摄") + 1]
    got = read_items(excerpt)
    assert [(title, paragraphs[0]) for title, _, paragraphs in got] == [
        ("孟子", "不忍人之心也"),
        ("", "近日，有外媒"),
        ("", "8月18日，"),
    ]
