"""Sanity of the fourth page generator (tests/pagegen4.py): the pages it makes are what
its truth says they are, whatever a parser makes of them."""

from __future__ import annotations

import re

import pytest
from pagegen4 import CMRC, Page4, default_pool, news_sources, random_page4

SEEDS = range(90000, 90120)


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pool():
    return default_pool()


@pytest.fixture(scope="module")
def pages(pool) -> list[Page4]:
    return [random_page4(pool, seed) for seed in SEEDS]


def test_pool_has_news_and_cmrc(pool):
    origins = {(s.kind, s.origin) for s in pool}
    assert ("article", "news") in origins and ("photo", "news") in origins
    if CMRC.exists():
        assert ("article", "cmrc") in origins


def test_same_seed_same_page(pool):
    for seed in (90000, 90007, 90123):
        a, b = random_page4(pool, seed), random_page4(pool, seed)
        assert a.text == b.text and a.expected == b.expected and a.optional_breaks == b.optional_breaks
    assert random_page4(pool, 90000).text != random_page4(pool, 90001).text


def test_one_to_six_items_and_breaks_per_item(pages):
    for page in pages:
        assert 1 <= len(page.expected) <= 6
        assert len(page.optional_breaks) == len(page.expected)


def test_every_item_is_printed_in_order(pages):
    """Each item's body is one run of the page text (spaces aside), the runs in item order;
    its headline parts and author names are printed too."""
    for page in pages:
        plain = _plain(page.text)
        at = 0
        for item in page.expected:
            body = _plain("".join(item.paragraphs))
            assert body
            found = plain.find(body, at)
            assert found >= 0, (page.style, item.title, body[:30])
            at = found + len(body)
            for part in (item.kicker, item.title, item.subtitle, *item.authors, item.photographer):
                assert _plain(part) in plain, part
            if item.kind == "photo":
                assert item.photographer and not item.authors and not item.title
            else:
                assert not item.photographer


def test_optional_breaks_are_paragraph_ends(pages):
    for page in pages:
        for item, loose in zip(page.expected, page.optional_breaks, strict=True):
            ends, total = set(), 0
            for paragraph in item.paragraphs[:-1]:
                total += len(_plain(paragraph))
                ends.add(total)
            assert loose <= ends


def test_furniture_is_on_the_page_and_in_no_item(pages):
    for page in pages:
        lines = {line.strip() for line in page.text.splitlines()}
        for line in page.furniture:
            assert line.strip() in lines
            assert not any(_plain(line) in _plain("".join(i.paragraphs)) for i in page.expected)


def test_the_readings_all_occur(pages):
    """Each choice the docstring names shows up somewhere in the seeds."""
    styles = [p.style for p in pages]
    placements = {pl for s in styles for pl in s["placements"]}
    assert {"before", "after", "none", "short", "photo"} <= placements
    assert any("before" in s["placements"] and "after" in s["placements"] for s in styles)
    assert any(s["double"] for s in styles) and not all(s["double"] for s in styles)
    assert any(len(s["widths"]) > 1 for s in styles)
    assert any(s["datelines"] for s in styles)
    assert any(p.furniture for p in pages)
    texts = "".join(p.text for p in pages)
    assert "编者按：" in texts and "本报讯（" in texts and "——" in texts
    assert re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", texts)
    items = [i for p in pages for i in p.expected]
    assert any(i.kicker for i in items) and any(i.subtitle for i in items)
    assert any(i.kind == "article" and not i.authors for i in items)


def test_news_sources_keep_the_printed_headlines():
    titles = {s.title for s in news_sources() if s.kind == "article"}
    assert "上栗创新湘赣边“基层之治”" in titles
