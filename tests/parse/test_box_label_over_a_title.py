"""A box's label over heading lines (相关链接 / 走近恒星) is their kicker: it names the box
and opens no title, even where the page sets its titles to a frame and the label happens
to be as wide as the line under it (two lines of one width read as one title wrapped)."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.furniture import box_label

# "Looked at" pages of the eighth generator (even seeds) whose box label was read as the
# first line of its title.
SEEDS = [900_026, 900_404, 900_560, 900_840, 900_850, 901_366, 901_574]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_box_label_is_the_kicker_over_its_title(seed):
    page = random_page8(default_pool(), seed)
    boxed = [k for k, known in enumerate(page.expected) if known.kicker and box_label(known.kicker)]
    assert boxed
    check = check_page(page)
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if any(wrong.startswith(f"item {k}: headings") for k in boxed)]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_box_label_alone_is_still_its_title(seed):
    # (Over no headline, the label is the box's title, as before.)
    page = random_page8(default_pool(), seed)
    alone = [k for k, known in enumerate(page.expected) if known.title and not known.kicker and box_label(known.title)]
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if any(wrong.startswith(f"item {k}: headings") for k in alone)]
