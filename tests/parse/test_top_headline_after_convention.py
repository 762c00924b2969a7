"""On a page that prints its headlines after their articles, the lines over the page's
first body can still be its headline: there is no item before them for them to follow,
so the page's convention says nothing of them (东乡区靠前监督护航抗旱保收 at the top of a
page whose other headlines stand after their bodies)."""

from __future__ import annotations

from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse.segment import CREDIT, PLACEMENT
from qa.parse.viterbi import _TOP, TITLED, _closing_costs


def test_a_headline_atop_the_page_pays_no_more_than_none_under_any_placement():
    for place in PLACEMENT:
        (before, _, untitled), _ = PLACEMENT[place]
        costs = (PLACEMENT[place][0], CREDIT["credited"][0])
        for late, signed in ((False, True), (False, False)):
            table = _closing_costs(costs)[late, signed, False]
            # (the item titled at the page's top against one titled further down)
            assert table[TITLED | _TOP] - table[TITLED] == min(before, untitled) - before


def test_a_generated_page_with_such_a_headline(pool4):
    # A "looked at" page of the fourth generator (the second slice): 东乡区靠前监督护航抗旱保收
    # at the page's top, over an unsigned item, on a page whose other headlines stand after
    # their bodies.
    assert_recovered(random_page4(pool4, 401_138))
