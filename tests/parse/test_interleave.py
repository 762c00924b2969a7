"""Columns set side by side that a text extractor gave out row by row (pdftotext on many
e-paper pages: the first line of each column, then the second of each, each a block of one
line) are read back column by column (``qa.parse.interleave``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pdfgen import make_issue
from pdfscore import score_page

import qa.parse.page as page_module
from qa.parse import parse_page_text
from qa.parse.decode import split_lines
from qa.parse.interleave import untangle
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page, iter_page

# Two columns of two articles, each line breaking inside a phrase the column's own lines
# use again (电子公 / 函, 老 / 厂房), given out in turn.
LEFT = ("铜鼓县推广使用电子公", "函以后，全县电子公函使", "用率达到百分之百，电子", "公函管理平台让公务接待", "更加规范，公务接待更加", "透明。")
RIGHT = ("景德镇陶溪川文创街区老", "厂房里的创意市集热闹非", "凡，老厂房吸引各地的游", "客，游客在老厂房里选购", "陶瓷作品，创意市集热闹", "非凡。")
HEADER = "2024年5月20日 星期一\n第3版 要闻\n\n"  # (a block of two lines: the page's text comes in blocks of several lines too)


def _rows(left: tuple[str, ...], right: tuple[str, ...]) -> str:
    return "".join(f"{a}\n\n{b}\n\n" for a, b in zip(left, right, strict=True))


def test_columns_given_out_row_by_row_are_read_column_by_column():
    lines = read_lines(split_lines(HEADER + _rows(LEFT, RIGHT)))
    assert [line.text for line in untangle(lines)][2:] == [*LEFT, *RIGHT]
    # (Neither titled nor signed, the two texts may read as one item: each whole.)
    read = "\n".join("".join(item.paragraphs) for item in analyse_page(lines).items)
    assert "".join(LEFT) in read and "".join(RIGHT) in read


def test_qa_parse_says_where_it_read_column_by_column():
    # (A note a reordered item, with its span of file lines, as the page's furniture is
    # reported: what the parser did to the order is no secret.)
    read = parse_page_text(HEADER + _rows(LEFT, RIGHT), "page.txt")
    notes = [note for note in read.notes if note.kind == "reading order"]
    # (The rows are file lines 4 to 26, a blank line after each; the item reordered spans them.)
    assert len(notes) == 1 and notes[0].line <= 4
    assert str(notes[0]).startswith(f"line {notes[0].line}: reading order: lines {notes[0].line}–26 ")
    assert "read column by column" in str(notes[0])
    # (The JSON layout record of each item says so too.)
    assert [layout.to_dict()["read_across_columns"] for layout in read.layouts] == [True]
    in_order = parse_page_text(HEADER + "".join(f"{line}\n\n" for line in (*LEFT, *RIGHT)), "page.txt")
    assert not [note for note in in_order.notes if note.kind == "reading order"]
    assert not any(layout.to_dict()["read_across_columns"] for layout in in_order.layouts)


def test_text_read_in_order_is_left_as_it_is():
    # The same lines given out column by column, and a page on which every line is a block
    # of its own (a blank line after every line, as the seed page is extracted: one-line
    # blocks say nothing there).
    in_order = read_lines(split_lines(HEADER + "".join(f"{line}\n\n" for line in (*LEFT, *RIGHT))))
    assert untangle(in_order) is in_order
    every_line = read_lines(split_lines(_rows(LEFT, RIGHT)))
    assert untangle(every_line) is every_line


def test_a_stretch_that_shows_few_pairs_is_read_in_order():
    # A few lines of captions whose breaks the page's lines pair by chance with lines two
    # on: read as columns in turn only where such pairs outnumber those to the next line.
    lines = read_lines(split_lines(HEADER + _rows(LEFT[:2], RIGHT[:2]) + "".join(f"{line}\n\n" for line in LEFT[2:])))
    assert untangle(lines) is lines


@pytest.mark.parametrize("window", [12, 20, 40])
def test_streamed_windows_give_each_line_once(window: int):
    # Read in windows, each giving out the items wholly over the lines it reads again:
    # lines put back in column order may hold one item's lines among another's, and none
    # is given out twice or lost.
    text = HEADER + "".join(
        f"标题{k}\n\n" + _rows(tuple(line.replace("铜鼓县", f"第{k}县") for line in LEFT), RIGHT) + f"（记者 张{k}）\n\n"
        for k in range(4)
    )
    items = list(iter_page(split_lines(text), window=window))
    read = "\n".join("".join((item.kicker, item.title, item.subtitle, *item.paragraphs)) for item in items)
    assert read.count("景德镇陶溪川") == 4
    assert all(read.count(f"第{k}县推广使用") == 1 and read.count(f"标题{k}") == 1 for k in range(4))


def _whole_sentences(text: str, truth) -> tuple[int, int]:
    """How many sentences of the page's articles the articles parsed from ``text`` hold
    whole, of how many (``pdfscore``'s whole sentences)."""
    score = score_page(truth, parse_page_text(text, "page.txt").articles)
    return score.sentences_whole, score.sentences


def test_pdftotext_pages_keep_their_sentences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Real PDFs of 3-6 columns (tests/pdfgen.py) through poppler's pdftotext in its default
    # mode, which gives many of them out row by row: the articles read from its text hold
    # about a third of their sentences whole in the order it gives (0.34), nearly half read
    # column by column (0.48), and no page loses one.
    kept, before, total = 0, 0, 0
    for seed in range(12):
        issue = make_issue(seed)
        path = tmp_path / f"{seed}.pdf"
        path.write_bytes(issue.data)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        whole, count = _whole_sentences(text, issue.pages[0])
        with monkeypatch.context() as patch:
            patch.setattr(page_module, "untangle", lambda lines: lines)
            in_order, _ = _whole_sentences(text, issue.pages[0])
        assert whole >= in_order, seed
        kept, before, total = kept + whole, before + in_order, total + count
    assert kept / total > 0.45 > before / total
