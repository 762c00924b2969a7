"""The ninth page generator alone (no parser): its files are reproducible, print every
item's truth in order (an interrupted article's text read across what interrupts it),
account for every line, keep role words out of names, mark only real paragraph ends as
optional, keep lines within their column, keep the truth conventions its docstring states,
and vary the features they model."""

from __future__ import annotations

import itertools
import re
import time
from collections import Counter
from types import SimpleNamespace

import pytest
from pagegen9 import CLOSERS, Page9, default_pool, measure, random_page9
from pagescore import assert_fields_fit_kind, assert_printed_in_order

SEEDS = range(950_000, 950_200)
MOST = 14
_SPACE = re.compile(r"\s+")
_SPREAD = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")
_ROLES = re.compile(r"记者|通讯员|本报|摄|评论员|实习生|新华社|特约|文/|图/|\s")
_DECORATION = set("■●◆▲□◎【】▶")
_ORGANISATIONS = {"新华社"}
_PAGE_NUMBER = re.compile(r"(?<![见▶])第\d+版|^A\d+$")
_TEASER = re.compile(r"详见第\d+版|▶第\d+版")
_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _plain(text: str) -> str:
    return _SPACE.sub("", text)


@pytest.fixture(scope="module")
def pages() -> list[Page9]:
    pool = default_pool()
    return [random_page9(pool, seed) for seed in SEEDS]


def _per_page(pages: list[Page9]) -> list[Counter]:
    return [Counter(f for item in page.style["items"] for f in set(item)) for page in pages]


def _spans(page: Page9) -> dict[int, tuple[int, int]]:
    """Per item, the numbers of its first and last lines."""
    spans: dict[int, tuple[int, int]] = {}
    for number, (owner, *_) in enumerate(page.style["lines"]):
        if owner >= 0:
            first, _ = spans.get(owner, (number, number))
            spans[owner] = (first, number)
    return spans


def _inside(page: Page9) -> dict[int, int]:
    """Lines printed inside another item's span (what interrupts it): line -> the item."""
    inside = {}
    for item, (first, last) in _spans(page).items():
        for number in range(first, last + 1):
            if page.style["lines"][number][0] != item and page.style["lines"][number][1] != "blank":
                inside[number] = item
    return inside


def _width_of(features: list[str]) -> int:
    return next(int(f.split(":")[1]) for f in features if f.startswith("width:"))


def test_same_seed_same_page(pages):
    pool = default_pool.__wrapped__()  # loaded afresh: the pool itself is deterministic too
    for seed, page in list(zip(SEEDS, pages, strict=True))[:15]:
        again = random_page9(pool, seed)
        assert again.text == page.text
        assert (again.expected, again.optional_breaks, again.furniture, again.style) == (
            page.expected, page.optional_breaks, page.furniture, page.style)
    assert len({page.text for page in pages}) == len(pages)


def test_pages_are_fast():
    pool = default_pool()
    start = time.perf_counter()
    for seed in range(950_000, 950_100):
        random_page9(pool, seed)
    assert (time.perf_counter() - start) / 100 < 0.02


def test_items_printed_in_order(pages):
    """Without what interrupts its articles, a file prints its items' text in order; what
    interrupts an article is a photo item of its own or furniture (a pull quote)."""
    interrupted = 0
    for page in pages:
        lines = page.text.splitlines()
        inside = _inside(page)
        interrupting = {page.style["lines"][number][0] for number in inside} - {-1}
        interrupted += bool(inside)
        for item in interrupting:
            assert page.expected[item].kind == "photo" and "interrupts" in page.style["items"][item]
            assert all(inside.get(n) == item - 1 for n, (owner, *_) in enumerate(page.style["lines"]) if owner == item)
        assert {k for k, f in enumerate(page.style["items"]) if "interrupts" in f} == interrupting
        kept = [k for k in range(len(page.expected)) if k not in interrupting]
        view = SimpleNamespace(
            text="\n".join(line for number, line in enumerate(lines) if number not in inside),
            expected=[page.expected[k] for k in kept], optional_breaks=[page.optional_breaks[k] for k in kept],
            style=page.style)
        assert_printed_in_order(view, MOST)
        for item in interrupting:
            alone = SimpleNamespace(
                text="\n".join(line for line, (owner, *_) in zip(lines, page.style["lines"], strict=True)
                               if owner == item),
                expected=[page.expected[item]], optional_breaks=[page.optional_breaks[item]], style=page.style)
            assert_printed_in_order(alone, 1)
        firsts = [first for _, (first, _) in sorted(_spans(page).items())]
        assert firsts == sorted(firsts) and len(firsts) == len(page.expected)  # page order: by first line
        assert len(page.expected) <= MOST
    assert 20 < interrupted < len(pages)


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
            if role == "body":
                assert plain == body, (line, body)
            if role.startswith("body+"):
                assert plain.startswith(body) and plain != body
            if role == "heading":
                assert set(plain.replace(head, "", 1)) <= _DECORATION and head, (line, head)
        for number, item in enumerate(page.expected):
            mine = [(line, role, body, head) for line, (owner, role, body, head) in zip(lines, owners, strict=True)
                    if owner == number]
            assert "".join(body for _, _, body, _ in mine) == _plain("".join(item.paragraphs))
            assert "".join(head for *_, head in mine) == _plain(item.kicker + item.title + item.subtitle)
            signed = "".join(_plain(line)[len(body):] for line, role, body, _ in mine
                             if role in ("byline", "credit", "body+byline", "body+credit"))
            for name in (*item.authors, *item.photographer.split(" ")):
                if name:
                    assert name in signed or name in _plain(item.paragraphs[0])[:40], (name, signed)
            if item.kind == "photo":
                assert any(role in ("credit", "body+credit") for _, role, _, _ in mine)


def test_headings_authors_photographers(pages):
    for page in pages:
        for item in page.expected:
            assert_fields_fit_kind(item)


def test_names_carry_no_role_words(pages):
    items = [item for page in pages for item in page.expected]
    names = [n for item in items for n in (*item.authors, *item.photographer.split(" ")) if n]
    assert len(names) > 300
    for name in names:
        if name not in _ORGANISATIONS:
            assert not _ROLES.search(name), name
            assert 2 <= len(name) <= 3, name
    for item in items:
        assert len(set(item.authors)) == len(item.authors)
        assert not re.search(r"（[^）]*(记者|通讯员)[^）]*）$", item.paragraphs[-1]), item
        assert not re.search(r"摄$|新华社发）$", item.paragraphs[-1]), item
    assert any(item.photographer == "新华社" for item in items)
    assert any(" " in item.photographer for item in items)


def test_optional_breaks_are_paragraph_ends(pages):
    hidden = 0
    for page in pages:
        for item, loose, features in zip(page.expected, page.optional_breaks, page.style["items"], strict=True):
            ends = set(itertools.accumulate(len(_plain(p)) for p in item.paragraphs[:-1]))
            assert loose <= ends
            if loose and item.kind == "article" and "block" not in features:
                assert page.style["indent"] in ("lost", "flush"), page.style  # an indent shows every end
            hidden += len(loose)
    assert hidden > 20


def test_no_line_opens_with_closing_punctuation(pages):
    for page in pages:
        for line, (_, role, _, _) in zip(page.text.splitlines(), page.style["lines"], strict=True):
            if role.startswith("body") or role == "heading":
                assert line.strip()[0] not in CLOSERS, line


def test_lines_fit_their_column(pages):
    """Body lines of articles and captions are at most their column's width, give or take
    the closing marks hung at a line's end; a paragraph's first line leaves two em."""
    full = 0
    for page in pages:
        squeeze = page.style["squeeze"]
        for line, (owner, _, body, _) in zip(page.text.splitlines(), page.style["lines"], strict=True):
            if owner < 0 or "block" in page.style["items"][owner] or not body:
                continue
            width = _width_of(page.style["items"][owner])
            used = measure(body, squeeze)
            hung = measure(re.search(f"[{CLOSERS},.;:!?)\\]\"']*$", body).group(), squeeze)
            alone = re.fullmatch(r"[!-~]+[^!-~]?", body)  # a Latin word wider than the column
            assert used - hung <= width + 1e-9 or alone, (line, width)
            full += used >= width - 1
    assert full > 1000


def test_features_vary(pages):
    per_page = _per_page(pages)
    features = sum(per_page, Counter())
    for feature in ("news", "wiki", "photo", "group", "interrupts", "interrupted:caption", "interrupted:quote",
                    "mid-paragraph", "between", "block", "weather", "table", "lost", "hiring", "notice",
                    "correction", "ad", "kicker", "subtitle", "dash-subtitle", "no-headline", "wrapped",
                    "two-part", "question", "latin", "head-after", "byline:end", "byline:top", "byline:dateline",
                    "byline:none", "end-inline", "end-line", "credit:inline", "credit:line"):
        shown = sum(bool(counts[feature]) for counts in per_page)
        assert 0 < shown < len(pages), (feature, features)
    for key in ("spray", "squeeze", "teasers", "blocks"):
        assert 0.03 < sum(bool(page.style[key]) for page in pages) / len(pages) < 0.97, key
    for key, values in (("indent", {"lost", "ideographic", "spaces", "flush"}), ("blank", {"none", "every", "blocks"}),
                        ("digits", {"spaced", "tight"}), ("pages", {1, 2, 3}), ("break", {"formfeed", "headers"}),
                        ("heads", {"before", "after", "mixed"})):
        assert {page.style[key] for page in pages} == values, key
    assert {form for page in pages for form in page.style["headers"]} == {"lines", "one-line", "paper", "letter"}
    assert Counter(page.style["blank"] for page in pages).most_common(1)[0][0] == "none"
    widths = {_width_of(f) for page in pages for f in page.style["items"] if "photo" not in f and "block" not in f}
    assert min(widths) == 9 and max(widths) == 28 and len(widths) == 20
    assert all(len(counts) >= 4 for counts in per_page)  # every file mixes several features
    assert all(len(page.style["blocks"]) <= page.style["pages"] for page in pages)  # at most one block a page
    lines = [line for page in pages for line in page.text.splitlines()]
    assert any(_SPREAD.search(line) for line in lines)  # justification sprayed between characters
    assert any(line.startswith("\u3000\u3000") for line in lines)
    assert any(line.startswith("  ") and not line.startswith("   ") for line in lines)
    assert any(re.search(r"[\u4e00-\u9fff] \d+ [\u4e00-\u9fff]", line) for line in lines)
    assert any(re.search(r"[\u4e00-\u9fff]\d+[\u4e00-\u9fff]", line) for line in lines)
    mixed = [page for page in pages if page.style["heads"] == "mixed"]
    assert any(Counter("head-after" in f for f in page.style["items"] if "news" in f or "wiki" in f).keys() == {True, False}
               for page in mixed)


def test_file_furniture(pages):
    """Every page of a file opens with its header (its number among it) and names its
    editor; pages are parted by form feeds or by headers alone; 导读 teasers are furniture
    and no item's text."""
    for page in pages:
        numbers = [line for line in page.furniture if _PAGE_NUMBER.search(line)]
        assert len(numbers) == page.style["pages"], page.furniture
        assert sum(bool(re.search(r"编辑：|责编：", line)) for line in page.furniture) == page.style["pages"]
        feeds = page.text.count("\f")
        assert feeds == (page.style["pages"] if page.style["break"] == "formfeed" else 0)
        if feeds:
            assert page.text.endswith("\f") and "\n\f" in page.text
        teasers = [line for line in page.furniture if _TEASER.search(line)]
        assert len(teasers) == page.style["teasers"]
        assert not any(_TEASER.search(p) for item in page.expected for p in item.paragraphs)
        lines = page.text.splitlines()
        first_owned = next(n for n, (owner, *_) in enumerate(page.style["lines"]) if owner >= 0)
        assert any(_PAGE_NUMBER.search(line) for line in lines[:first_owned])  # the file opens with a header


def test_interruptions(pages):
    """A pull quote is furniture repeating its article's text; a caption group inside an
    article is a photo item; a paragraph goes on across what interrupts it mid-paragraph."""
    quotes = mid = between = 0
    for page in pages:
        lines = page.text.splitlines()
        inside = _inside(page)
        for item, features in enumerate(page.style["items"]):
            if "interrupted" not in features:
                assert item not in inside.values()
                continue
            assert item in inside.values()
            numbers = [n for n in inside if inside[n] == item]
            owned = [n for n, (owner, *_) in enumerate(page.style["lines"]) if owner == item]
            before = "".join(page.style["lines"][n][2] for n in owned if n < numbers[0])
            ends = set(itertools.accumulate(len(_plain(p)) for p in page.expected[item].paragraphs[:-1]))
            assert before and (len(before) in ends) == ("between" in features), features
            mid += "mid-paragraph" in features
            between += "between" in features
            text = _plain("".join(page.expected[item].paragraphs))
            if "interrupted:quote" in features:
                quote = "".join(_plain(lines[n]) for n in numbers if page.style["lines"][n][1] == "furniture")
                assert quote.strip("“”") in text and lines[numbers[0]] in page.furniture
                quotes += 1
            else:
                assert {page.style["lines"][n][0] for n in numbers} - {-1} == {item + 1}
    assert quotes > 20 and mid > 20 and between > 20


def test_truth_conventions(pages):
    """Datelines stay in the first paragraph; end bylines, credits and headlines are no body
    text; a headline printed after its article comes after its body; boxes and tables are
    items titled by their label whose paragraphs are their rows; notices end with their
    issuer and date; titles wrap over lines and come in two parts."""
    items = [item for page in pages for item in page.expected]
    firsts = [item.paragraphs[0] for item in items]
    assert any(p.startswith("本报讯（") for p in firsts)
    assert any(re.match(r"新华社\w+?\d+月\d+日电（", p) for p in firsts)
    assert any(item.authors == () and item.kind == "article" and "（" not in item.paragraphs[0][:12]
               for item in items)
    assert any("\u3000" in item.title for item in items) and any("：" in item.title for item in items)
    assert any(item.subtitle.startswith("——") for item in items)
    assert any(item.subtitle and not item.subtitle.startswith("——") for item in items)
    assert any(re.match(r"图①：", item.paragraphs[0]) for item in items if item.kind == "photo")
    wrapped = 0
    for page in pages:
        owners = page.style["lines"]
        for number, (item, features) in enumerate(zip(page.expected, page.style["items"], strict=True)):
            heads = [n for n, (owner, role, _, _) in enumerate(owners) if owner == number and role == "heading"]
            body = [n for n, (owner, role, _, _) in enumerate(owners) if owner == number and role.startswith("body")]
            wrapped += len(heads) > bool(item.kicker) + bool(item.title) + bool(item.subtitle)
            if heads and "head-after" in features:
                assert min(heads) > max(body)
                assert owners[min(heads) - 1][1] in ("byline", "body+byline", "blank")
            elif heads:
                assert max(heads) < min(body)
            if "block" in features:
                assert item.title and not item.authors and not item.kicker and not item.subtitle
            if "weather" in features:
                assert _plain(item.paragraphs[0]) == "城市天气气温" and len(item.paragraphs) >= 5
                assert all(_plain(p).endswith("℃") for p in item.paragraphs[1:])
            if "table" in features:
                assert len(item.paragraphs) >= 4 and all(len(p.split()) == 3 for p in item.paragraphs)
            if {"lost", "hiring", "notice"} & set(features) and "lost" in features:
                assert all(p.endswith("声明作废。") for p in item.paragraphs)
            if {"hiring", "notice"} & set(features):
                assert _DATE.fullmatch(item.paragraphs[-1]) and not _DATE.search(item.paragraphs[-2])
            if "correction" in features:
                assert item.title == "更正" and item.paragraphs[-1].endswith("特此更正。")
    assert wrapped > 20
