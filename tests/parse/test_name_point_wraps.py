"""The point that parts a foreign name's words (琴娜·杜普洛, 卡拉OK Live·台北) joins them: a
heading line ending in one goes on in the next, as one ending in a clause mark does, so
two such lines are one title wrapped, not a kicker over a title."""

from __future__ import annotations

import pytest
from pagegen4 import default_pool as pool4
from pagegen4 import random_page4
from pagegen8 import default_pool as pool8
from pagegen8 import random_page8
from pagescore import check_page

from qa.parse.headings import heading_roles


@pytest.mark.parametrize(
    ("lines", "roles"),
    [
        (["说说琴娜·", "杜普洛"], ("", "说说琴娜·杜普洛", "")),
        (["马库斯·", "温克霍克"], ("", "马库斯·温克霍克", "")),
        (["古鲁·格兰特·", "萨希卜！"], ("", "古鲁·格兰特·萨希卜！", "")),
        (["对话", "卡拉OK Live·", "台北·我背后的故事"], ("对话", "卡拉OK Live·台北·我背后的故事", "")),
        # (A point inside a line says nothing of its end: a kicker naming a person stays one.)
        (["专访琴娜·杜普洛", "一个歌手的三十年"], ("专访琴娜·杜普洛", "一个歌手的三十年", "")),
    ],
)
def test_a_line_ending_at_a_name_point_goes_on(lines, roles):
    assert heading_roles(lines, "") == roles


# Looked-at pages (generator 8's even seeds and 1000 more; generator 4's even seeds and 1000
# more)
# where such a title was read as a kicker over a title.
@pytest.mark.parametrize(
    ("make", "seed"),
    [
        (lambda seed: random_page8(pool8(), seed), 901_654),
        (lambda seed: random_page8(pool8(), seed), 901_818),
        (lambda seed: random_page8(pool8(), seed), 903_230),
        (lambda seed: random_page8(pool8(), seed), 903_482),
        (lambda seed: random_page4(pool4(), seed), 403_058),
        (lambda seed: random_page4(pool4(), seed), 401_740),
    ],
)
def test_generated_titles_wrapped_at_a_name_point(make, seed):
    check = check_page(make(seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "headings" in wrong and "·" in wrong]
