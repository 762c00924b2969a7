"""An item opening with a line that ends its sentence well short of its column opens
with a paragraph of one line, whatever follows it: a line left that short ends its
paragraph, so a full line after it opens the next one rather than going on. (A tail of
a paragraph cut by the column, 成的。, under a line read as a heading pays for it.)"""

from __future__ import annotations

from qa.parse.lines import read_lines
from qa.parse.segment import _one_line

COLUMN = 12.0


def _lines(*texts: str):
    return read_lines(enumerate(texts))


def test_a_short_line_ending_a_sentence_opens_a_one_line_paragraph_before_a_full_line():
    opening, following = _lines("成的。", "此后的研究表明，这些书卷")
    assert _one_line(opening, following, COLUMN) > 0


def test_a_full_line_ending_a_sentence_goes_on_in_its_paragraph():
    opening, following = _lines("到大约公元一八五年才得名。", "此后的研究表明，这些书卷")
    assert _one_line(opening, following, COLUMN) == 0


def test_a_short_line_ending_a_sentence_at_the_end_of_the_item_is_one_line():
    (opening,) = _lines("成的。")
    assert _one_line(opening, None, COLUMN) > 0
