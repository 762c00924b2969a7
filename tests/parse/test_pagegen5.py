"""Sanity of generator 5 (tests/pagegen5.py) alone: its pages are reproducible, print what
they expect in order, name their optional breaks well, and vary. The parser is not run."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from pagegen5 import Page5, default_pool, random_page5, wrap

SEEDS = range(700_000, 700_120)  # not the benchmark's seeds (500001 + 2i)


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pages() -> list[Page5]:
    pool = default_pool()
    return [random_page5(pool, seed) for seed in SEEDS]


def test_same_seed_same_page():
    pool = default_pool()
    first, again = random_page5(pool, 700_007), random_page5(pool, 700_007)
    assert first.text == again.text
    assert first.expected == again.expected
    assert first.optional_breaks == again.optional_breaks
    assert random_page5(pool, 700_008).text != first.text


def test_every_body_is_printed_in_order(pages):
    for seed, page in zip(SEEDS, pages, strict=True):
        printed = _plain(page.text)
        at = 0
        for number, item in enumerate(page.expected):
            assert item.paragraphs and all(_plain(p) for p in item.paragraphs), (seed, number)
            for paragraph in item.paragraphs:
                found = printed.find(_plain(paragraph), at)
                assert found >= 0, (seed, number, paragraph[:20])
                at = found + len(_plain(paragraph))


def test_headings_authors_and_credits_are_printed(pages):
    for seed, page in zip(SEEDS, pages, strict=True):
        printed = _plain(page.text)
        lines = [_plain(line) for line in page.text.splitlines()]
        for item in page.expected:
            heads = [_plain(part) for part in (item.kicker, item.title, item.subtitle) if part]
            assert all(head in printed for head in heads), (seed, heads)
            if item.kicker and item.title:  # a stack is printed in its order
                assert printed.find(heads[0]) < printed.rfind(heads[1]), (seed, heads)
            for name in (*item.authors, item.photographer):
                assert not name or _plain(name) in printed, (seed, name)
            assert not any(mark in name for name in item.authors for mark in ("记者", "通讯员", "本报", "摄"))
            if item.kind == "photo":
                assert item.photographer and not item.title and not item.authors
        for line in page.furniture:
            assert _plain(line) in lines, (seed, line)


def test_optional_breaks_are_paragraph_ends(pages):
    hidden = 0
    for page in pages:
        assert len(page.optional_breaks) == len(page.expected)
        for item, loose in zip(page.expected, page.optional_breaks, strict=True):
            ends = set(itertools.accumulate(len(_plain(p)) for p in item.paragraphs[:-1]))
            assert isinstance(loose, set) and loose <= ends
            hidden += len(loose)
            if page.style["indent"] != "none" and item.kind == "article":
                assert not loose  # an indent shows every paragraph's start
    assert hidden > 0


def test_wrap_keeps_text_and_widths():
    import random

    rng = random.Random(1)
    text = ("“深化基层社会治理协同创新，既是深入落实《湘赣边区域合作示范区建设总体方案》的重要抓手。”2024年完成96.3%……"
            "呋塞米（Furosemide），商品名为来适泄锭（Lasix），阿若憍陈如（巴利文：Añña Kondañña）。")
    for width in (7.0, 8.5, 11.5, 12.0, 16.0, 23.0):
        for hang in (0.0, 1.0):
            wrapped = wrap(text, width, rng, hang)
            assert "".join(wrapped.lines) == text
            for line in wrapped.lines:
                assert line[0] not in "，。、；：？！）》”" and line[-1] not in "（《“"
                assert sum(0.5 if c.isascii() or "À" <= c <= "ɏ" else 1.0 for c in line) <= width + 1.0
            for line, after in zip(wrapped.lines, wrapped.lines[1:], strict=False):
                # no word or number cut where it fits with its brackets (（Furosemide）， takes 8 em)
                assert width < 8.5 or not (line[-1].isalnum() and line[-1].isascii() and after[0].isalnum() and after[0].isascii())


def test_pages_vary(pages):
    styles = [page.style for page in pages]
    simple = sum(style["simple"] for style in styles) / len(styles)
    assert 0.2 < simple < 0.5
    for key in ("spacing", "indent", "headlines", "hang"):
        assert len({style[key] for style in styles}) >= 2, key
    kinds = Counter(kind for style in styles for kind in style["kinds"])
    assert set(kinds) == {"news", "wire", "comment", "box", "briefs", "photo", "jump_out", "jump_in"}
    assert len({page.style["width"] for page in pages}) > 10
    assert sum(bool(page.furniture) for page in pages) > 20
    assert any(not item.title for page in pages for item in page.expected if item.kind == "article")
    assert any(item.subtitle for page in pages for item in page.expected)
