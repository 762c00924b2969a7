"""The seventh page generator alone (no parser): its pages are reproducible, print every
item's truth in order, account for every line, keep role words out of names, mark only
real paragraph ends as optional, and vary the features they model."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from pagegen7 import CLOSING, Page7, default_pool, random_page7
from pagescore import assert_fields_fit_kind, assert_printed_in_order

SEEDS = range(700_000, 700_150)
_SPACE = re.compile(r"\s+")
_SPREAD = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")
_ROLES = re.compile(r"记者|通讯员|本报|摄|评论员|实习生|新华社|文/|图/|\s")


def _plain(text: str) -> str:
    return _SPACE.sub("", text)


@pytest.fixture(scope="module")
def pages() -> list[Page7]:
    pool = default_pool()
    return [random_page7(pool, seed) for seed in SEEDS]


def _features(pages: list[Page7]) -> Counter:
    return Counter(f for page in pages for item in page.style["items"] for f in set(item))


def test_same_seed_same_page(pages):
    pool = default_pool.__wrapped__()  # loaded afresh: the pool itself is deterministic too
    for seed, page in list(zip(SEEDS, pages, strict=True))[:15]:
        again = random_page7(pool, seed)
        assert again.text == page.text
        assert (again.expected, again.optional_breaks, again.furniture) == (
            page.expected, page.optional_breaks, page.furniture)
    assert len({page.text for page in pages}) == len(pages)


def test_items_printed_in_order(pages):
    for page in pages:
        assert_printed_in_order(page, 12)


def test_every_line_has_one_owner(pages):
    """Each line is furniture, a blank, or one item's heading, byline, body or credit; an
    item's body lines carry exactly its paragraphs, its heading lines its headline."""
    for page in pages:
        lines = page.text.split("\n")
        owners = page.style["lines"]
        assert len(lines) == len(owners)
        furniture = [line for line, (owner, role, _) in zip(lines, owners, strict=True) if role == "furniture"]
        assert furniture == page.furniture
        for line, (owner, role, body) in zip(lines, owners, strict=True):
            assert (role == "blank") == (not line.strip()), (line, role)
            assert (owner == -1) == (role in ("blank", "furniture"))
            if role.startswith("body"):
                assert _plain(line).startswith(body) and body
        for number, item in enumerate(page.expected):
            mine = [(line, role, body) for line, (owner, role, body) in zip(lines, owners, strict=True)
                    if owner == number]
            assert "".join(body for _, _, body in mine) == _plain("".join(item.paragraphs))
            heads = "".join(_plain(line) for line, role, _ in mine if role == "heading")
            assert heads == _plain(item.kicker + item.title + item.subtitle)
            signed = "".join(_plain(line)[len(body):] for line, role, body in mine
                             if role in ("byline", "credit", "body+byline", "body+credit"))
            for name in (*item.authors, *item.photographer.split(" ")):
                assert name in signed or name in _plain(item.paragraphs[0])[:40], (name, signed)
            if item.kind == "photo":
                assert any(role in ("credit", "body+credit") for _, role, _ in mine)


def test_headings_authors_photographers_printed(pages):
    for page in pages:
        plain = _plain(page.text)
        for item in page.expected:
            for text in (item.kicker, item.title, item.subtitle, *item.photographer.split(" "), *item.authors):
                assert _plain(text) in plain, text
            assert_fields_fit_kind(item)


def test_names_carry_no_role_words(pages):
    items = [item for page in pages for item in page.expected]
    names = [n for item in items for n in (*item.authors, *item.photographer.split(" ")) if n]
    assert len(names) > 150
    for name in names:
        assert not _ROLES.search(name), name
        assert 2 <= len(name) <= 4
    for item in items:
        assert len(set(item.authors)) == len(item.authors)
        assert not re.search(r"（[^）]*(记者|通讯员|新华社|本报综合)[^）]*）$", item.paragraphs[-1])


def test_optional_breaks_are_paragraph_ends(pages):
    hidden = 0
    for page in pages:
        for item, loose in zip(page.expected, page.optional_breaks, strict=True):
            ends = set(itertools.accumulate(len(_plain(p)) for p in item.paragraphs[:-1]))
            assert loose <= ends
            hidden += len(loose)
    assert hidden > 10


def test_no_line_opens_with_closing_punctuation(pages):
    for page in pages:
        for line in page.text.splitlines():
            assert not line.strip() or line.strip()[0] not in CLOSING, line


def test_features_vary(pages):
    features = _features(pages)
    per_page = [Counter(f for item in page.style["items"] for f in set(item)) for page in pages]
    for feature in ("photo", "group", "brief", "notebook", "continued", "cut", "wiki", "numbered",
                    "one-sentence", "subheads", "no-headline", "beside-photo", "after", "before",
                    "byline-over", "credit-inline", "byline:end", "byline:top", "byline:dateline",
                    "byline:none", "byline:org"):
        shown = sum(bool(counts[feature]) for counts in per_page)
        assert 0 < shown < len(pages), (feature, features)
    for key in ("blank", "squeeze", "hang", "spaced", "pad", "full", "lead", "late", "furniture"):
        assert 0.03 < sum(bool(page.style[key]) for page in pages) / len(pages) < 0.97, key
    assert {page.style["indent"] for page in pages} == {"lost", "ideographic", "spaces", "flush"}
    assert {page.style["kind"] for page in pages} == {"news", "mixed", "knowledge"}
    assert len({f for f in features if f.startswith("width:")}) >= 8
    lines = [line for page in pages for line in page.text.splitlines()]
    assert any(_SPREAD.search(line) for line in lines)  # letter-spaced justified lines
    assert any(line.startswith("\u3000\u3000") for line in lines)


def test_truth_conventions(pages):
    """Datelines stay in the first paragraph; end bylines, headlines and jump lines are
    no body text; multi-line titles are printed over several lines."""
    items = [item for page in pages for item in page.expected]
    firsts = [item.paragraphs[0] for item in items]
    assert any(p.startswith("本报讯（") for p in firsts)
    assert any(p.startswith("新华社") for p in firsts)
    assert any(item.title == "记者手记" for item in items)
    assert any(item.authors == () and item.kind == "article" for item in items)
    for page in pages:
        assert not any("版）" in p for item in page.expected for p in item.paragraphs)
        assert all(re.fullmatch(r"（[上下](接|转)第\d+版）", line) for line in page.furniture if "版）" in line)
    wrapped = 0
    for page in pages:
        for number, item in enumerate(page.expected):
            heads = [owner for owner, role, _ in page.style["lines"] if owner == number and role == "heading"]
            wrapped += len(heads) > bool(item.kicker) + bool(item.title) + bool(item.subtitle)
    assert wrapped > 5
