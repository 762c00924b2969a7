"""A short item's marked title under a section label (简讯 / ●上饶婺源秋季旅游持续升温) heads its
item: reading it as body text of the item before costs ``segment.TITLE_IN_BODY``, so an
unsigned short item is not merged into the one over it."""

from __future__ import annotations

import pytest
from pagegen5 import random_page5
from pagescore import assert_recovered

# "Looked at" pages of the fifth generator (even seeds): a brief's ●/◆ title was read as
# the first line of a paragraph of the brief before.
PAGES = [500_196, 500_250]


@pytest.mark.parametrize("seed", PAGES)
def test_a_brief_s_marked_title_starts_its_item(pool5, seed):
    assert_recovered(random_page5(pool5, seed))
