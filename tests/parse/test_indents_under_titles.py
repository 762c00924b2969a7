"""A page keeps its paragraph indents when the lines under short items' titles are
indented too (■上饶婺源秋季旅游持续升温 / 　　本报讯国庆假期以来…): they open paragraphs, as
the lines after a sentence end do. Read as a page without indents, its indented openings
were layout breaks, and an article was cut at each of them."""

from __future__ import annotations

import pytest
from pagegen2 import news_sources, random_page2
from pagegen5 import random_page5
from pagescore import assert_recovered


def test_a_looked_at_page_of_the_fifth_generator(pool5):
    assert_recovered(random_page5(pool5, 500_560))


@pytest.mark.parametrize("seed", [702])  # a tuning page (even seed) of the second generator
def test_a_tuning_page_of_the_second_generator(seed):
    assert_recovered(random_page2(news_sources(), seed))
