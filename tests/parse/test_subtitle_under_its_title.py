"""A subtitle (——…) stands under its title: heading lines split between two items never
leave the next item a stack that opens with a subtitle (卢安达 / ——访… printed after
its article: both are that article's)."""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagescore import parse_layout


def test_a_late_title_keeps_its_subtitle():
    # A looked-at page of generator 6 (seed 800246): headlines after their articles, the
    # next article untitled.
    page = random_page6(default_pool(), 800_246)
    items = [item for item in parse_layout(page.text).items if item.kind != "furniture"]
    want = page.expected[0]
    assert (want.title, want.subtitle) == ("卢安达", "——访赣州市图书馆负责人萧瑶")
    assert (items[0].title, items[0].subtitle) == (want.title, want.subtitle)
    assert (items[1].title, items[1].authors) == ("", page.expected[1].authors)
