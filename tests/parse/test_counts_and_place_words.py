"""A count alone on a heading line (一条, 三个: a number and its measure word) stands
before the noun it counts, and a place word with 的 (里的, 中的) after the noun it places:
a break there falls inside one phrase, so the two lines are one title wrapped, not a
kicker over a title."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.headings import heading_roles


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (["一条", "古道串起三个村"], ("", "一条古道串起三个村", "")),
        (["三个", "村子的变迁"], ("", "三个村子的变迁", "")),
        (["一碗米粉", "里的乡村振兴"], ("", "一碗米粉里的乡村振兴", "")),
        (["高温", "中的坚守"], ("", "高温中的坚守", "")),
        # (Not a count with more after it on its line, nor 的 after a noun opening one.)
        (["一条古道", "三村新景"], ("一条古道", "三村新景", "")),
        (["果园里的直播间", "赣南脐橙开启“云上”销售季"], ("果园里的直播间", "赣南脐橙开启“云上”销售季", "")),
    ],
)
def test_counts_and_place_words_hold_a_title_together(lines, roles):
    assert heading_roles(lines, "") == roles


# "Looked at" pages of the eighth generator (even seeds) where such a title was read as a
# kicker over a title.
@pytest.mark.parametrize("seed", [900_000, 900_008, 900_292, 900_350, 900_440])
def test_generated_titles_with_counts_and_place_words(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "headings" in wrong and ("一条" in wrong or "里的" in wrong)]
