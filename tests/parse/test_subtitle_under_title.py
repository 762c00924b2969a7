"""A subtitle (——…) under its title's line is a heading line as surely as the title: it
costs nothing as one (``segment.HEAD_DASH``). Read as dearly as any heading line, a stack
of a title and a subtitle, each wrapped in a narrow column, cost more than a short
paragraph, and the article lost its headline to its body (九江长江大保护交 / 出亮眼成绩单 /
——全市国控断面水 / 质优良率达100% read as text), or the title over the subtitle went to
the item before. A dash line split from the title over it heads no item of its own."""

from __future__ import annotations

import pytest
from pagescore import squeezed

from qa.parse import parse_page_text


@pytest.mark.parametrize(
    ("seed", "title", "subtitle"),
    [
        (800_770, "九江长江大保护交出亮眼成绩单", "——全市国控断面水质优良率达100%"),
        (800_810, "腓力五世曾于1724年时决定禅位给哪一个人？", "——访宜春市供水有限责任公司负责人丁涛慧"),
        (801_068, "原始社会的解体，同时代表著甚么的形成？", "——新石器时代母系氏族得到了全盛"),
    ],
)
def test_a_title_keeps_the_subtitle_under_it(generated_page, seed, title, subtitle):
    page = generated_page("gen6", seed)
    result = parse_page_text(page.text, "page.txt")
    found = [(squeezed(a.title), squeezed(a.subtitle)) for a in result.articles]
    assert (squeezed(title), squeezed(subtitle)) in found
    assert len(result.articles) == sum(1 for want in page.expected if want.kind in ("article", "photo"))


def test_a_subtitle_split_from_its_title_heads_no_item(generated_page):
    # A page printing its headlines after the articles: the dash line under a title
    # the item before takes is no headline of the item after.
    page = generated_page("gen4", 401_914)
    result = parse_page_text(page.text, "page.txt")
    assert not any(a.title.startswith("——") for a in result.articles)

