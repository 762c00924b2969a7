"""A line left short of its column only because the next line opens with a long run that
could not be broken there (桃园市立大溪高级中学 / （TaoyuanMunicipalDasiSeniorHighSchool，…)
is running text going on, not a heading line that happens to end short: reading it as a
heading costs ``segment.HEAD_PUSHED``."""

from __future__ import annotations

from pagegen4 import random_page4
from pagescore import parse_layout


def test_a_name_pushed_short_by_its_latin_name_opens_the_text(pool4):
    # A tuning page (even seed of the fourth generator): the article's first line, the
    # school's name, was read as the second line of its subtitle.
    page = random_page4(pool4, 400_472)
    (item,) = [item for item in parse_layout(page.text).items if item.title == "桃园市立大溪高级中学：简称大溪高中"]
    assert item.subtitle == "——于98学年度"
    assert item.paragraphs[0].startswith("桃园市立大溪高级中学（TaoyuanMunicipal")
