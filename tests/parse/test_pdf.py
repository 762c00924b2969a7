"""Newspaper PDFs: generated e-paper pages (tests/pdfgen.py) read back by qa.parse.pdf, the page
furniture as data, whole issues, and PDFs that cannot (all) be read.

Every PDF here is made by reportlab, with the CID font STSong-Light or the embedded
TrueType font WenQuanYi Zen Hei, and read by the real pdfminer.six.
"""

from __future__ import annotations

import collections
import json
import random
from pathlib import Path

import pytest
from conftest import SEED_PAGE  # noqa: E402
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfgen import (
    SONG,
    WQY,
    make_issue,
    scanned_pdf,
    simple_pdf,
    with_compatibility_ideographs,
    with_page_damaged,
    without_unicode_map,
    zero_page_pdf,
)
from pdfscore import Score, score_page
from test_bad_inputs import HashEmbedder, leftovers, qa

from qa.errors import InputFileError
from qa.index import Index
from qa.parse import load_articles, parse_file, parse_paths, pdf_read
from qa.parse.pdf import read_page, read_pdf
from qa.parse.pdf_furniture import find_date
from qa.retrieve import embedders as embed_module
from qa.retrieve.chunk import chunk_article
from qa.types import Article
from qa.web.render import source_label


@pytest.fixture
def hash_model(monkeypatch) -> HashEmbedder:
    """`--model test-hash` names a fast stand-in embedder (see tests/test_bad_inputs.py)."""
    embedder = HashEmbedder()
    monkeypatch.setitem(embed_module._CACHE, HashEmbedder.name, embedder)
    return embedder


def write_issue(tmp_path: Path, seed: int, **options) -> tuple[Path, object]:
    issue = make_issue(seed, **options)
    path = tmp_path / f"issue-{seed}.pdf"
    path.write_bytes(issue.data)
    return path, issue


def by_page(articles: list[Article]) -> dict[str, list[Article]]:
    pages: dict[str, list[Article]] = collections.defaultdict(list)
    for article in articles:
        pages[article.page].append(article)
    return pages


# --- generated pages read back ------------------------------------------------------------


@pytest.mark.parametrize("font", [SONG, WQY])
def test_generated_pages_are_read_back(tmp_path, font):
    """Twelve pages per font (3–6 columns, 2–6 articles, spanning headlines, kickers,
    subtitles, run-on and boxed articles, photos, shuffled drawing order): the scores the
    issue asks for, and every page's date and page right."""
    total = Score()
    for seed in range(500, 512):
        path, issue = write_issue(tmp_path, seed, font=font)
        total.add(score_page(issue.pages[0], read_pdf(path).articles))
    rates = total.rates()
    assert rates["date and page"] == 1.0, total.misses
    for name in ("article count", "headline", "byline", "body text"):
        assert rates[name] >= 0.97, (name, rates, total.misses)
    assert rates["paragraph F1"] >= 0.95, (rates, total.misses)


def test_a_known_page_reads_exactly(tmp_path):
    path, issue = write_issue(tmp_path, 3)
    truth = issue.pages[0]
    articles = read_pdf(path).articles
    assert {(a.paper, a.date, a.page, a.edition) for a in articles} == {(truth.paper, truth.date, truth.page, truth.edition)}
    read = {a.title.replace(" ", ""): a for a in articles if a.kind == "article"}
    for known in truth.items:
        if known.kind != "article":
            continue
        article = read[known.title.replace(" ", "")]
        assert article.kicker.replace(" ", "") == known.kicker.replace(" ", "")
        assert article.subtitle == known.subtitle and article.authors == known.authors
        assert [p.replace(" ", "") for p in article.paragraphs] == [p.replace(" ", "") for p in known.paragraphs]


def test_drawing_order_does_not_change_what_is_read(tmp_path):
    reads = []
    for shuffle in ("none", "pieces", "lines", "articles"):
        path, _ = write_issue(tmp_path, 21, shuffle=shuffle)
        reads.append([a.to_dict() for a in read_pdf(path).articles])
    assert all(read == reads[0] for read in reads[1:])


def _chars(text: str) -> collections.Counter:
    return collections.Counter(c for c in text if not c.isspace())


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000))
def test_every_character_of_the_text_layer_is_in_an_item_or_the_report(tmp_path, seed):
    """Parsing loses no character: the page's glyphs are the items' fields (with the
    brackets and role words bylines consume) plus the reported notes; a glyph drawn twice
    over itself (fake bold) is counted once and the note says how many."""
    path, _ = write_issue(tmp_path, seed)
    for raw in pdf_read.iter_raw_pages(path):
        page = read_page(raw)
        drawn = _chars("".join(g.text for g in raw.glyphs))
        kept = collections.Counter()
        for item in page.items:
            fields = [item.title, item.kicker, item.subtitle, item.photographer, item.consumed, *item.roles, *item.paragraphs]
            if not item.authors_in_text:
                fields += item.authors
            kept += _chars("".join(fields))
        twice = 0
        for note in page.notes:
            if note.kind == "drawn twice":
                twice = int(note.text.split()[0])
            else:
                kept += _chars(note.text)
        assert kept - drawn == collections.Counter()
        missing = drawn - kept
        assert sum(missing.values()) == twice, missing


# --- furniture, whole issues, normalisation --------------------------------------------------


def test_furniture_is_data_and_reported_not_dropped(tmp_path, capsys):
    path, issue = write_issue(tmp_path, 1)
    truth = issue.pages[0]
    result = parse_file(path)
    assert result.kind == "pdf" and result.pages == 1 and result.skipped == []
    kinds = {note.kind for note in result.notes}
    assert "header" in kinds and {"page number", "editor line"} & kinds
    noted = " ".join(note.text for note in result.notes).replace(" ", "")
    assert truth.paper in noted and all(text.replace(" ", "") in noted for text in truth.furniture)
    for article in result.articles:
        assert all(text.replace(" ", "") not in "".join(article.paragraphs) for text in truth.furniture)
    code, out, err = qa(capsys, "parse", path)
    assert code == 0 and f"# {path} (pdf, 1 pages)" in out
    assert f"{path}: page 1: header: {truth.paper}" in err
    assert f"printed: {truth.paper} {truth.date} 第{truth.page}版 {truth.edition}" in out
    line = json.loads(qa(capsys, "parse", path, "--json")[1].splitlines()[0])
    assert (line["paper"], line["date"], line["page"], line["edition"]) == (truth.paper, truth.date, truth.page, truth.edition)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024年5月8日 星期三", "2024-05-08"),
        ("2024年05月08日", "2024-05-08"),
        ("二〇二四年五月八日 农历甲辰年三月三十", "2024-05-08"),
        ("二〇二三年十二月二十六日", "2023-12-26"),
        ("2024-5-8", "2024-05-08"),
        ("第3版 要闻", ""),
    ],
)
def test_header_dates(text, iso):
    assert find_date(text) == iso


def test_a_whole_issue_keeps_each_article_on_its_page(tmp_path):
    path, issue = write_issue(tmp_path, 7, pages=3)
    result = parse_file(path)
    assert result.pages == 3 and result.skipped == []
    pages = by_page(result.articles)
    assert sorted(pages) == sorted(t.page for t in issue.pages)
    for truth in issue.pages:
        score = score_page(truth, pages[truth.page])
        assert score.count_right and score.facts_right, score.misses
    ids = [a.id for a in result.articles]
    assert len(set(ids)) == len(ids)


def test_one_bad_page_loses_no_other(tmp_path, capsys):
    data = simple_pdf(["第一版 南昌地铁4号线开通运营。", "第二版 九江长江大保护。", "第三版 赣州5G基站突破1万个。"], pageCompression=0)
    path = tmp_path / "issue.pdf"
    path.write_bytes(with_page_damaged(data, 2))
    result = parse_paths([path])
    assert ["".join(a.paragraphs) for a in result.articles] == ["第一版南昌地铁4号线开通运营。", "第三版赣州5G基站突破1万个。"]
    assert [str(s) for s in result.skipped] == [f"{path}: page 2: cannot be read: its content is damaged (Unsupported filter: /'NoSuchFilter')"]
    code, _, err = qa(capsys, "parse", path)
    assert code == 0 and f"skipped {path}: page 2: cannot be read" in err


def test_a_scanned_page_in_an_issue_is_named_and_the_rest_read(tmp_path):
    path = tmp_path / "issue.pdf"
    path.write_bytes(simple_pdf(["第一版 南昌地铁4号线开通运营。", None, "第三版 赣州5G基站突破1万个。"]))
    result = parse_file(path)
    assert result.pages == 3 and len(result.articles) == 2
    assert [str(s) for s in result.skipped] == [
        f"{path}: page 2: has no text layer, only images (a scanned page?); OCR is not built in:"
        " run OCR on it first (e.g. ocrmypdf) or give the text instead"
    ]


def test_compatibility_ideographs_from_embedded_fonts_are_normalised(tmp_path):
    path = tmp_path / "compat.pdf"
    path.write_bytes(simple_pdf([with_compatibility_ideographs("本报讯 省李切三字照常检索。")], font=WQY))
    [article] = parse_file(path).articles
    assert article.paragraphs == ("本报讯省李切三字照常检索。",)
    assert pdf_read.normalise("\uf96d\uf9e1\ufa00，。（）…") == "省李切，。（）…"


def test_copy_restricted_pdf_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = tmp_path / "restricted.pdf"
    encrypt = StandardEncryption("", ownerPassword="owner", canCopy=0, canPrint=0)
    path.write_bytes(simple_pdf(["本报讯 南昌地铁4号线开通运营。"], font=WQY, encrypt=encrypt))
    assert [a.paragraphs for a in parse_file(path).articles] == [("本报讯南昌地铁4号线开通运营。",)]


# --- through the index and the answer --------------------------------------------------------


def test_pdf_articles_are_indexed_and_cited_with_paper_date_and_page(tmp_path, capsys, hash_model):
    path, issue = write_issue(tmp_path, 3)
    truth = issue.pages[0]
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", path, "--index", folder, "--model", "test-hash", "-q")
    assert code == 0, err
    article = next(a for a in Index.load(folder).articles.values() if a.kind == "article")
    assert (article.paper, article.page) == (truth.paper, truth.page)
    query = article.paragraphs[0][:12]
    hits = json.loads(qa(capsys, "search", query, "--index", folder, "--json")[1])["hits"]
    assert (hits[0]["paper"], hits[0]["date"], hits[0]["page"]) == (truth.paper, truth.date, truth.page)
    passage = chunk_article(article)[0]
    label = source_label(1, passage)
    assert f"{truth.paper} {truth.date} 第{truth.page}版 · 第 1 段 · {path.name}" in label


def test_article_round_trips_with_its_print_facts():
    article = Article("a1", "标题", ("正文。",), paper="江西日报", date="2024-05-08", page="3", edition="要闻")
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    old = {k: v for k, v in article.to_dict().items() if k not in ("paper", "page", "edition")}
    assert Article.from_dict(old).paper == ""  # an index saved before PDFs loads


# --- bad PDFs (docs/BAD_INPUTS.md) -----------------------------------------------------------


def _truncated() -> bytes:
    data = make_issue(2).data
    return data[: len(data) // 2]


BAD = {
    "encrypted": ("locked.pdf", lambda: simple_pdf(["本报讯 加密。"], encrypt="secret"),
                  "is encrypted (it needs a password to open); save a copy without the password"),
    "scanned": ("scan.pdf", lambda: scanned_pdf(1),
                "page 1 has no text layer, only images (a scanned page?); OCR is not built in"),
    "scanned-issue": ("scans.pdf", lambda: scanned_pdf(3),
                      "none of its 3 pages can be read; page 1 has no text layer, only images"),
    "no-unicode-map": ("nomap.pdf", lambda: without_unicode_map(simple_pdf(["本报讯 南昌地铁开通运营。"], font=WQY, pageCompression=0)),
                       "page 1 has text whose fonts carry no Unicode mapping, so its characters cannot be read; OCR is not built in"),
    "truncated": ("cut.pdf", _truncated, "cannot be read as a PDF: it is truncated (the end of the file is missing)"),
    "zero-pages": ("empty-tree.pdf", zero_page_pdf, "has no pages"),
    "not-a-pdf": ("notes.pdf", lambda: "南昌地铁开通。\n".encode(), "is not a PDF (it does not start with %PDF)"),
    "empty": ("nothing.pdf", lambda: b"", "empty file"),
}


@pytest.mark.parametrize(("name", "make", "reason"), BAD.values(), ids=BAD.keys())
def test_bad_pdf_api_names_the_file(tmp_path, name, make, reason):
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(InputFileError) as caught:
        parse_file(path)
    assert caught.value.path == str(path) and reason in caught.value.reason
    result = parse_paths([path])
    assert result.articles == [] and [s.path for s in result.skipped] == [str(path)]
    assert load_articles([path]) == []


@pytest.mark.parametrize(("name", "make", "reason"), BAD.values(), ids=BAD.keys())
def test_bad_pdf_first_qa_index_fails_and_creates_nothing(tmp_path, capsys, name, make, reason):
    path = tmp_path / name
    path.write_bytes(make())
    folder = tmp_path / "index"
    code, _, err = qa(capsys, "index", path, "--index", folder, "-q")
    assert code == 1 and f"skipped {path}: " in err and reason in err
    assert f"qa index: error: nothing could be read; the index {folder} was not created" in err
    assert not folder.exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize(("name", "make", "reason"), BAD.values(), ids=BAD.keys())
def test_bad_pdf_in_a_folder_loses_nothing_else(tmp_path, capsys, hash_model, name, make, reason):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_bytes(make())
    (corpus / SEED_PAGE.name).write_bytes(SEED_PAGE.read_bytes())
    good, _ = write_issue(corpus, 3)
    folder = tmp_path / "index"
    code, out, err = qa(capsys, "index", corpus, "--index", folder, "--model", "test-hash", "-q")
    assert code == 0 and f"skipped {corpus / name}: " in err and reason in err and "1 skipped" in out
    sources = {a.source for a in Index.load(folder).articles.values()}
    assert sources == {SEED_PAGE.name, good.name}


def test_size_and_page_limits_name_the_file(tmp_path, monkeypatch):
    path, _ = write_issue(tmp_path, 4, pages=3)
    monkeypatch.setattr(pdf_read, "MAX_PAGES", 2)
    with pytest.raises(InputFileError, match="has more than 2 pages; up to 2 are read"):
        parse_file(path)
    monkeypatch.setattr(pdf_read, "MAX_PAGES", 500)
    monkeypatch.setattr(pdf_read, "MAX_PDF_BYTES", 1000)
    with pytest.raises(InputFileError, match=r"is \d+ MB; PDFs up to 0 MB are read"):
        parse_file(path)


@pytest.mark.parametrize(
    ("bound", "value", "reason"),
    [
        ("MAX_PAGE_GLYPHS", 300, "page 2: has more than 300 characters (the bound for one page), so it was not read"),
        ("MAX_STREAM_BYTES", 1000, "page 2: has a content stream of more than 0 MB (the bound for one page), so it was not read"),
        ("MAX_PAGE_SECONDS", 0.0, "page 2: took more than 0 s of CPU to read (the bound for one page), so it was not read"),
    ],
)
def test_a_page_past_the_per_page_bounds_is_skipped_and_named(tmp_path, monkeypatch, bound, value, reason):
    """Time and memory are bounded per page: a page past a bound is skipped and named, the
    pages within it are read (here page 1 is short, page 2 long; the clock is looked at
    every 256 characters)."""
    path = tmp_path / "two.pdf"
    path.write_bytes(simple_pdf(["本报讯 短讯。", "本报讯" + "长文很长。" * 100], pageCompression=0))
    monkeypatch.setattr(pdf_read, bound, value)
    result = parse_paths([path])
    assert [str(s) for s in result.skipped] == [f"{path}: {reason}"]
    assert ["".join(a.paragraphs) for a in result.articles] == ["本报讯短讯。"]


def test_random_bytes_after_a_pdf_header_are_refused(tmp_path):
    rng = random.Random(0)
    path = tmp_path / "noise.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(5000)))
    with pytest.raises(InputFileError, match="cannot be read as a PDF"):
        parse_file(path)


def test_articles_tab_and_article_view_show_where_it_was_printed():
    from qa.web.catalogue import article_rows
    from qa.web.render import render_article

    article = Article("a1", "标题", ("正文。",), authors=("张三",), source="/c/issue.pdf",
                      paper="江西日报", date="2024-05-08", page="3", edition="要闻")
    assert article_rows([article]) == [["标题", "张三", 1, "江西日报 2024-05-08 第3版 要闻 · issue.pdf", "a1"]]
    assert "张三 · 江西日报 2024-05-08 第3版 要闻 · issue.pdf" in render_article(article)
