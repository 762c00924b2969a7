"""The eighth page generator alone (no parser): its pages are reproducible, print every
item's truth in order, account for every line, keep role words out of names, mark only
real paragraph ends as optional, keep the truth conventions its docstring states, and
vary the features they model."""

from __future__ import annotations

import itertools
import re
import time
from collections import Counter

import pytest
from pagegen8 import CLOSERS, Page8, default_pool, random_page8
from pagescore import assert_fields_fit_kind, assert_printed_in_order

SEEDS = range(900_000, 900_150)
_SPACE = re.compile(r"\s+")
_SPREAD = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")
_ROLES = re.compile(r"记者|通讯员|本报|摄|评论员|实习生|新华社|文/|图/|\s")
_DECORATION = set("■●◆▲□◎【】")
_ORGANISATIONS = {"新华社"}
_JUMP = re.compile(r"[上下][接转](第\d+|A\d+)版")


def _plain(text: str) -> str:
    return _SPACE.sub("", text)


@pytest.fixture(scope="module")
def pages() -> list[Page8]:
    pool = default_pool()
    return [random_page8(pool, seed) for seed in SEEDS]


def _per_page(pages: list[Page8]) -> list[Counter]:
    return [Counter(f for item in page.style["items"] for f in set(item)) for page in pages]


def test_same_seed_same_page(pages):
    pool = default_pool.__wrapped__()  # loaded afresh: the pool itself is deterministic too
    for seed, page in list(zip(SEEDS, pages, strict=True))[:15]:
        again = random_page8(pool, seed)
        assert again.text == page.text
        assert (again.expected, again.optional_breaks, again.furniture) == (
            page.expected, page.optional_breaks, page.furniture)
    assert len({page.text for page in pages}) == len(pages)


def test_pages_are_fast():
    pool = default_pool()
    start = time.perf_counter()
    for seed in range(900_000, 900_100):
        random_page8(pool, seed)
    assert (time.perf_counter() - start) / 100 < 0.02


def test_items_printed_in_order(pages):
    for page in pages:
        assert_printed_in_order(page, 12)


def test_every_line_has_one_owner(pages):
    """Each line is furniture, a blank, or one item's heading, byline, body or credit; an
    item's body lines carry exactly its paragraphs, its heading lines its headline."""
    for page in pages:
        lines = page.text.splitlines()
        owners = page.style["lines"]
        assert len(lines) == len(owners)
        assert [line for line, (_, role, _, _) in zip(lines, owners, strict=True) if role == "furniture"] == page.furniture
        for line, (owner, role, body, head) in zip(lines, owners, strict=True):
            assert (role == "blank") == (not line.strip()), (line, role)
            assert (owner == -1) == (role in ("blank", "furniture"))
            plain = _plain(line)
            if role in ("body", "heading+body"):
                assert set(plain.replace(head, "", 1).replace(body, "", 1)) <= _DECORATION, (line, body, head)
            if role.startswith("body+"):
                assert plain.startswith(body) and plain != body
            if role == "heading":
                assert set(plain.replace(head, "", 1)) <= _DECORATION, (line, head)
        for number, item in enumerate(page.expected):
            mine = [(line, role, body, head) for line, (owner, role, body, head) in zip(lines, owners, strict=True)
                    if owner == number]
            assert "".join(body for _, _, body, _ in mine) == _plain("".join(item.paragraphs))
            assert "".join(head for *_, head in mine) == _plain(item.kicker + item.title + item.subtitle)
            signed = "".join(_plain(line)[len(body):] for line, role, body, _ in mine
                             if role in ("byline", "credit", "body+byline", "body+credit"))
            for name in (*item.authors, *item.photographer.split(" ")):
                assert name in signed or any(name in _plain(p)[:40] for p in item.paragraphs[:2]), (name, signed)
            if item.kind == "photo":
                assert any(role in ("credit", "body+credit") for _, role, _, _ in mine)


def test_headings_authors_photographers(pages):
    for page in pages:
        for item in page.expected:
            assert_fields_fit_kind(item)


def test_names_carry_no_role_words(pages):
    items = [item for page in pages for item in page.expected]
    names = [n for item in items for n in (*item.authors, *item.photographer.split(" ")) if n]
    assert len(names) > 150
    for name in names:
        if name not in _ORGANISATIONS:
            assert not _ROLES.search(name), name
            assert 2 <= len(name) <= 4, name
    for item in items:
        assert len(set(item.authors)) == len(item.authors)
        assert not re.search(r"（[^）]*(记者|通讯员|据|完|本报综合)[^）]*）$", item.paragraphs[-1]), item


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
        for line, (_, role, _, _) in zip(page.text.splitlines(), page.style["lines"], strict=True):
            if role.startswith("body"):
                assert line.strip()[0] not in CLOSERS, line


def test_features_vary(pages):
    per_page = _per_page(pages)
    features = sum(per_page, Counter())
    for feature in ("news", "wiki", "brief", "brief-inline", "one-sentence", "commentary", "interview",
                    "notice", "photo", "group", "box", "box-label:kicker", "box-label:title", "editors-note",
                    "continued", "cut", "kicker", "subtitle", "dash-subtitle", "no-headline", "wrapped", "two-part",
                    "question", "exclamation", "quoted", "marked", "head-after", "width-change",
                    "byline:end", "byline:top", "byline:dateline", "byline:source", "byline:none",
                    "end-inline", "end-line", "credit:inline", "credit:line"):
        shown = sum(bool(counts[feature]) for counts in per_page)
        assert 0 < shown < len(pages), (feature, features)
    for key in ("spray", "squeeze", "lead", "marks", "heads_after", "pad"):
        assert 0.03 < sum(bool(page.style[key]) for page in pages) / len(pages) < 0.97, key
    for key, values in (("indent", {"lost", "ideographic", "spaces", "flush"}), ("blank", {"none", "every", "blocks"}),
                        ("digits", {"half", "full"}), ("kind", {"daily", "metro", "supplement"}),
                        ("header", {"top", "foot", "both", "none"}), ("editors", {"top", "foot", "none"})):
        assert {page.style[key] for page in pages} == values, key
    assert Counter(page.style["blank"] for page in pages).most_common(1)[0][0] == "none"
    widths = {int(f.split(":")[1]) for f in features if f.startswith("width:")}
    assert min(widths) == 8 and max(widths) >= 28 and len(widths) >= 15
    assert all(len(counts) >= 4 for counts in per_page)  # every page mixes several features
    lines = [line for page in pages for line in page.text.splitlines()]
    assert any(_SPREAD.search(line) for line in lines)  # justification sprayed between characters
    assert any(line.startswith("\u3000\u3000") for line in lines)
    assert any(re.search(r"[\u4e00-\u9fff] \d+ [\u4e00-\u9fff]", line) for line in lines)
    assert any(re.search("[０-９]", line) for line in lines)


def test_truth_conventions(pages):
    """Datelines stay in the first paragraph; end bylines, source credits, headlines and
    jump lines are no body text; notices end with organisation and date; an editor's note
    opens its article; a box is its own item under its label; titles wrap over lines."""
    items = [item for page in pages for item in page.expected]
    firsts = [item.paragraphs[0] for item in items]
    assert any(p.startswith("本报讯（") for p in firsts)
    assert any(p.startswith("新华社") for p in firsts)
    assert any(re.match(r"本报\w+?\d+月\d+日讯 ?记者", p) for p in firsts)
    assert any(p.startswith("编者按：") for p in firsts)
    assert not any(p.startswith("编者按") for item in items for p in item.paragraphs[1:])
    assert any(item.title in ("记者手记", "延伸阅读", "相关链接") for item in items)
    assert any(item.kicker in ("记者手记", "延伸阅读", "相关链接") and item.title for item in items)
    assert any(item.authors == () and item.kind == "article" for item in items)
    assert any(re.match(r"(记者|问|本报记者)：", p) for item in items for p in item.paragraphs)
    for page, counts in zip(pages, _per_page(pages), strict=True):
        assert not any(_JUMP.search(p) for item in page.expected for p in item.paragraphs)
        jumps = [line for line in page.furniture if _JUMP.search(line)]
        assert len(jumps) == counts["continued"] + counts["cut"]
        for item, features in zip(page.expected, page.style["items"], strict=True):
            if "notice" in features:
                assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", item.paragraphs[-1].translate(
                    str.maketrans("０１２３４５６７８９", "0123456789")))
                assert not item.authors
    wrapped = 0
    for page in pages:
        for number, item in enumerate(page.expected):
            heads = [owner for owner, role, _, _ in page.style["lines"] if owner == number and role == "heading"]
            wrapped += len(heads) > bool(item.kicker) + bool(item.title) + bool(item.subtitle)
    assert wrapped > 5
