"""A marked title in a run of short items under their section's label (◆综合新闻◆ /
◆县城里的“博物馆热” / … / ● 赣江新区首列中欧班列满载出发) starts its item: the decoder
weighs the line as a title, even where its shape is a paragraph's opening that goes on
with the body (on a page that shows its indents lost, a line as wide as the column over
one as wide)."""

from __future__ import annotations

import pytest
from pagegen5 import random_page5
from pagegen8 import default_pool, random_page8
from pagescore import check_page


# "Looked at" pages (even seeds) whose marked brief title was read as a paragraph of the
# brief before it.
@pytest.mark.parametrize("seed", [900_250, 901_114, 907_194])
def test_marked_brief_titles_start_their_items(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok, check.wrong


def test_marked_brief_titles_start_their_items_generator_5(pool5):
    check = check_page(random_page5(pool5, 506_212))
    assert check.count_ok and not check.wrong, check.wrong
