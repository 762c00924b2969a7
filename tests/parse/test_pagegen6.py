"""The sixth page generator alone (no parser): its pages are reproducible, print every
item's truth in order, keep role words out of authors, and vary the content it models."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from pagegen6 import CLOSING, POEMS, Page6, default_pool, random_page6
from pagescore import assert_fields_fit_kind, assert_printed_in_order

SEEDS = range(800_000, 800_120)
_SPACE = re.compile(r"\s+")
_SPREAD = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")


def _plain(text: str) -> str:
    return _SPACE.sub("", text)


@pytest.fixture(scope="module")
def pages() -> list[Page6]:
    pool = default_pool()
    return [random_page6(pool, seed) for seed in SEEDS]


def _features(pages: list[Page6]) -> list[str]:
    return [f for page in pages for item in page.style["items"] for f in item]


def test_same_seed_same_page(pages):
    pool = default_pool.__wrapped__()  # loaded afresh: the pool itself is deterministic too
    for seed, page in list(zip(SEEDS, pages, strict=True))[:20]:
        again = random_page6(pool, seed)
        assert again.text == page.text
        assert (again.expected, again.optional_breaks) == (page.expected, page.optional_breaks)
    assert len({page.text for page in pages}) == len(pages)


def test_items_printed_in_order(pages):
    for page in pages:
        assert_printed_in_order(page, 7)
        for line in page.furniture:
            assert line in page.text.splitlines()


def test_headings_authors_photographers_printed(pages):
    for page in pages:
        plain = _plain(page.text)
        for item in page.expected:
            for text in (item.kicker, item.title, item.subtitle, item.photographer, *item.authors):
                assert _plain(text) in plain, text
            assert_fields_fit_kind(item)


def test_names_carry_no_role_words(pages):
    items = [item for page in pages for item in page.expected]
    names = [n for item in items for n in (*item.authors, item.photographer) if n]
    assert len(names) > 100
    for name in names:
        assert not re.search(r"记者|通讯员|本报|摄|读者|评论员|\s", name), name
        assert 2 <= len(name) <= 3


def test_optional_breaks_are_paragraph_ends(pages):
    hidden = 0
    for page in pages:
        for item, loose in zip(page.expected, page.optional_breaks, strict=True):
            ends = set(itertools.accumulate(len(_plain(p)) for p in item.paragraphs[:-1]))
            assert loose <= ends
            hidden += len(loose)
    assert hidden > 0


def test_no_line_opens_with_closing_punctuation(pages):
    for page in pages:
        for line in page.text.splitlines():
            assert not line.strip() or line.strip()[0] not in CLOSING, line


def test_features_vary(pages):
    features = Counter(f.split(":")[0] for f in _features(pages))
    for feature in ("qa", "verse", "list", "subheads", "blocks", "notice", "letter", "editorial",
                    "photo", "brief", "quote", "one-sentence", "no-headline"):
        assert features[feature] >= 3, (feature, features)
    assert len({f for f in _features(pages) if f.startswith("qa:")}) >= 3
    bylines = {f for f in _features(pages) if f.startswith("byline:")}
    assert bylines >= {f"byline:{form}" for form in ("end", "top", "dateline", "wen", "none")}
    for key in ("after", "blank", "simple", "lead", "hang", "pad", "furniture"):
        assert 0.05 < sum(bool(page.style[key]) for page in pages) / len(pages) < 0.95, key
    assert 0.12 < sum(page.style["simple"] for page in pages) / len(pages) < 0.4
    assert {page.style["indent"] for page in pages} >= {"", "\u3000\u3000"}
    lines = [line for page in pages for line in page.text.splitlines()]
    assert any(_SPREAD.search(line) for line in lines)  # letter-spaced justified lines


def test_truth_conventions(pages):
    """Questions and verse lines are body paragraphs; a notice ends with its organisation
    and date; an end byline is printed but is no body text."""
    items = [item for page in pages for item in page.expected]
    paragraphs = [p for item in items for p in item.paragraphs]
    assert any(p.startswith(("记者：", "问：")) for p in paragraphs)
    assert any(p.endswith("？") and len(p) <= 32 for p in paragraphs)
    assert any(p in {line for poem in POEMS for line in poem} for p in paragraphs)
    notices = [item for item in items if item.title.endswith(("公告", "启事"))]
    assert notices
    for item in notices:
        assert item.authors == ()
        assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", item.paragraphs[-1])
    assert any(item.paragraphs[0].startswith("本报讯（") for item in items)
    for item in items:
        assert not re.search("（[^）]*(读者|市民|记者|评论员)[^）]*）$", item.paragraphs[-1])
