"""A headline printed after the page's last article may stand over five lines where its
subtitle wraps too (kicker, a title over two lines, ——subtitle over two): it is that
article's, not lines left to no item."""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagescore import check_page


def test_a_five_line_stack_at_the_pages_end_heads_the_last_article():
    # A looked-at page of generator 6 (seed 800882): the last item's headline, after its
    # byline, is a kicker, a title and a subtitle wrapped at its frame.
    page = random_page6(default_pool(), 800_882)
    check = check_page(page)
    assert check.unassigned == []
    assert not [wrong for wrong in check.wrong if "headings" in wrong]
