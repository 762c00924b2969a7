"""Near a photo's credit, lines set narrower than the column of the text before them are
the photo's captions in a frame of their own, not that text going on in a narrower column
(``segment.NARROW_CAPTIONS``): the article before keeps its text, and the photo gets its
captions. (Not where a caption's mark opens the line, ▲ or 图②: a group's captions go on
from one to the next.)"""

from __future__ import annotations

import pytest
from pagegen6 import default_pool, random_page6
from pagescore import check_page


@pytest.mark.parametrize(
    "seed",
    [
        800_030,  # an article's last paragraph, 24 em wide, then two caption lines of 13
        800_212,  # a caption of two lines of 10 em, then a second whose first line leads with a space
    ],
)
def test_narrow_lines_over_a_credit_are_the_photos_captions(seed):
    # Looked-at pages of generator 6, where the first caption stayed with the text above.
    page = random_page6(default_pool(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if "photo" in wrong or "body" in wrong]
