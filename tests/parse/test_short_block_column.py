"""The column before a zone read from one or two full lines where a short article shows no
more (it is at least as wide as the wider of them), so that what follows is weighed
against it: a late headline as wide as no line of the column under it is no body line
of that column. Each page here is a tuning page (the even seeds of the fourth generator)
that was read wrongly while such a column was left unknown."""

from __future__ import annotations

import pytest
from pagegen4 import random_page4
from pagescore import assert_recovered

PAGES = [
    # 全省首批“无证明城市”名单公布 printed after its short article, then an article in a
    # narrower column whose first line is cut short by a Latin name (琴娜·杜普洛 / JeanneDuPrau).
    400_608,
    # 浮龙属：游泳的蜥蜴 between a short article and the next.
    400_768,
]


@pytest.mark.parametrize("seed", PAGES)
def test_a_page_with_a_short_article_s_column_is_recovered(pool4, seed):
    assert_recovered(random_page4(pool4, seed))
