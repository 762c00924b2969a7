"""An article's column may change where a paragraph opens: beside a photo, then under
it. Two things read such a change as the item's end before, on generator 8's looked-at
pages, and make an untitled item of the rest:

- On a page that lost its indents, a paragraph's first line is its column's width less
  the indent: 13 em under a column of 15, over lines of 11. It was set in the column
  before (it is too wide for the one after), so the column narrows inside its paragraph
  (``segment._cut_evidence``: no change of column at the zone), whichever item it is in.
- Two full lines running on, wider than the column read before them by more than noise,
  are set in another column (``columns.read_columns`` forgets the lines before them):
  the column before a paragraph under them is theirs, not the one over them."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page


# Looked-at pages (generator 8: even seeds, the further thousand from 902000) where the
# rest of an article whose column changed at a paragraph made an item of its own: an
# opening set in the column before (the first three), two full lines wider than the
# column read before them (the last).
@pytest.mark.parametrize("seed", [901_088, 902_514, 903_040, 902_224])
def test_generated_articles_whose_column_changes_at_a_paragraph(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
