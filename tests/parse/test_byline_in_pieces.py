"""A byline that an extractor gave out in pieces, a line for each word the page set apart
(poppler's pdftotext parts text at the wide gaps between a byline's names): a role word
alone over a line for each name (本报记者 / 夏晓 / 邱明云), or a bracket opened over names
and closed lines later (（贺佳慧 / 薛洁文）), is read as one byline line
(``byline.joined_bylines``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pagetext import BODIES, TITLES
from pagetext import wrap as _wrap
from pdfgen import make_issue
from pdfscore import score_page

import qa.parse.page as page_module
from qa.parse import parse_page_text
from qa.parse.byline import joined_bylines
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


def _lines(lines: list[str]):
    return read_lines(split_lines("\n\n".join(lines) + "\n"))


def _items(lines: list[str]):
    return analyse_page(_lines(lines)).items


@pytest.mark.parametrize(
    ("pieces", "names"),
    [
        (["本报记者", "夏晓", "邱明云", "秦俊"], ("夏晓", "邱明云", "秦俊")),
        (["记者", "王娟", "通讯员", "侯静兰"], ("王娟", "侯静兰")),
        (["本报通讯员", "欧阳晓明"], ("欧阳晓明",)),
    ],
)
def test_a_head_byline_in_pieces_credits_its_article(pieces, names):
    lines = [TITLES[0], *pieces, *_wrap(BODIES[0], 14), TITLES[1], "本报记者 王五", *_wrap(BODIES[1], 14)]
    items = _items(lines)
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], names), (TITLES[1], ("王五",))]
    assert "".join(items[0].paragraphs) == BODIES[0]


@pytest.mark.parametrize(
    ("pieces", "names"),
    [
        (["（贺佳慧", "薛洁文）"], ("贺佳慧", "薛洁文")),
        (["（记者 李娟", "赵强浩", "通讯员 孟明志）"], ("李娟", "赵强浩", "孟明志")),
    ],
)
def test_an_end_byline_in_pieces_signs_its_article(pieces, names):
    lines = [TITLES[0], *_wrap(BODIES[0], 14), *pieces, TITLES[1], *_wrap(BODIES[1], 14), "（王五）"]
    items = _items(lines)
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], names), (TITLES[1], ("王五",))]
    assert "".join(items[0].paragraphs) == BODIES[0]


def test_the_joined_line_keeps_the_first_pieces_number():
    lines = _lines(["标题", "本报记者", "夏晓", "邱明云", "正文第一句话很长很长。"])
    joined = joined_bylines(lines)
    assert [(line.number, line.text) for line in joined] == [
        (1, "标题"), (3, "本报记者 夏晓 邱明云"), (9, "正文第一句话很长很长。")
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["本报记者", "王者归来之路"],  # a title under a role word: no person's name
        ["本报记者", "南昌市", "景德镇市"],  # places, not persons
        ["（贺佳慧", "薛洁文"],  # a bracket never closed
        ["（贺佳慧", "全省粮食总产量再创新高）"],  # closed by text, not names
        ["（南昌市", "景德镇市）"],  # places in a bracket
        ["记者手记", "王娟"],  # a column's label, not a role word alone
        ["记者 顾瑶怡", "贾辉玉"],  # a byline whole, then another item's signature
        ["本报记者", "薛飞摄"],  # a photo's credit
    ],
)
def test_what_is_no_byline_in_pieces(texts):
    lines = _lines(texts)
    assert joined_bylines(lines) is lines


def test_pdftotext_bylines_are_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Real PDFs (tests/pdfgen.py) through poppler's pdftotext in its default mode, which
    # gives a byline's names out a line each: bylines read right on 24 pages, 45 with the
    # pieces joined against 37 without (measured), and no page reads fewer.
    joined, apart = 0, 0
    for seed in range(24):
        issue = make_issue(seed)
        path = tmp_path / f"{seed}.pdf"
        path.write_bytes(issue.data)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        right = score_page(issue.pages[0], parse_page_text(text, "page.txt").articles).byline
        with monkeypatch.context() as patch:
            patch.setattr(page_module, "joined_bylines", lambda lines: lines)
            without = score_page(issue.pages[0], parse_page_text(text, "page.txt").articles).byline
        assert right >= without, seed
        joined, apart = joined + right, apart + without
    assert joined >= apart + 6
