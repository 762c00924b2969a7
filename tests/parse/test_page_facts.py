"""Page text carries its header's facts into its articles, as a PDF page does: the paper,
the date, the page and the edition its header says (``furniture.page_facts``), whether the
header is one line (2024年5月8日 星期三 江西日报 第3版 要闻) or an extractor gave each field
a line of its own (江南都市报 / 2021年9月1日 / 第9版 / 理论), at the page's top or its foot;
a file of several pages gives each page's articles their own page's facts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pagetext import BODIES, TITLES
from pdfgen import make_issue
from pdfscore import score_page

from qa.cli import main
from qa.parse import parse_page_text
from qa.parse.decode import split_lines
from qa.parse.furniture import furniture_lines
from qa.parse.lines import read_lines

BODY = [TITLES[0], "本报记者 王五", BODIES[0], TITLES[1], BODIES[1] + "（李四）"]


def _facts(text: str) -> list[tuple[str, str, str, str]]:
    return [(a.paper, a.date, a.page, a.edition) for a in parse_page_text(text, "page.txt").articles]


@pytest.mark.parametrize(
    ("header", "footer", "edition"),
    [
        (["江西日报 2024年5月8日 星期三 第3版 要闻"], [], "要闻"),  # one line
        (["江西日报", "2024年5月8日", "星期三", "第3版"], [], ""),  # a field a line (pdftotext)
        (["要闻", "第3版", "2024年05月08日", "江西日报"], [], "要闻"),  # the section over them
        (["江西日报", "第3版", "要闻", "2024年5月8日"], [], "要闻"),  # ... among them
        (["江西日报", "2024年5月8日", "要闻 03"], [], "要闻"),  # the page after its section
        ([], ["第3版：要闻", "2024年5月8日", "江西日报"], "要闻"),  # at the foot
        (["江西日报", "2024年5月8日"], ["-3-"], ""),  # the page's number alone at the foot
        # A masthead at the foot, under the page's text (read as opening a next page, which
        # nothing follows): the page's own.
        ([], ["江西日报 2024年5月8日 星期三 第3版 要闻"], "要闻"),
        ([], ["03版", "要闻", "2024年5月8日 星期三", "江西日报"], "要闻"),
        # ... and at both ends, the date alone again at the foot.
        (["江西日报 2024年5月8日 星期三 第3版 要闻"], ["2024年5月8日 星期三"], "要闻"),
        (["江西日报 ２０２４年５月８日 星期三 第３版 要闻"], [], "要闻"),  # full-width digits
    ],
)
def test_each_article_carries_its_pages_facts(header, footer, edition):
    text = "\n\n".join([*header, *BODY, *footer]) + "\n"
    assert _facts(text) == [("江西日报", "2024-05-08", "3", edition)] * 2
    articles = parse_page_text(text, "page.txt").articles
    assert [a.title for a in articles] == list(TITLES)  # (no field read as a headline)
    assert [a.authors for a in articles] == [("王五",), ("李四",)]


def test_each_page_of_a_file_has_its_own_facts():
    first = "\n\n".join(["南昌晚报 2024年6月15日 星期六 第12版 文化", *BODY]) + "\n"
    second = "\n\n".join(["南昌晚报 2024年6月15日 星期六 第2版 要闻", *BODY]) + "\n"
    third = "\n\n".join(["赣南日报 2024年6月16日 星期日 第5版 综合", *BODY]) + "\n"
    bare = "\n\n".join(BODY) + "\n"  # (no header: the file's commonest paper and date)
    assert _facts("\f".join([first, second, third, bare])) == [
        *[("南昌晚报", "2024-06-15", "12", "文化")] * 2,
        *[("南昌晚报", "2024-06-15", "2", "要闻")] * 2,
        *[("赣南日报", "2024-06-16", "5", "综合")] * 2,
        *[("南昌晚报", "2024-06-15", "", "")] * 2,
    ]


def test_a_masthead_dated_in_figures_opens_the_next_page():
    # Pages run together without a form feed, the second's masthead dating it in figures
    # before the weekday (2020.6.8 星期一 / 地方新闻 第6版): it parts the file there, and
    # none of its lines heads an article.
    first = "\n".join(["2020年6月8日 星期一", "A5", "社会", *BODY]) + "\n"
    second = "\n".join(["赣江日报", "2020.6.8 星期一", "地方新闻 第6版", *BODY]) + "\n"
    result = parse_page_text(first + second, "page.txt")
    assert [(a.title, a.date, a.page) for a in result.articles] == [
        (TITLES[0], "2020-06-08", "A5"), (TITLES[1], "2020-06-08", "A5"),
        (TITLES[0], "2020-06-08", "6"), (TITLES[1], "2020-06-08", "6"),
    ]


def test_pages_closing_with_their_mastheads_each_have_their_own_facts():
    # A file of pages run together, each page's masthead at its foot: the masthead under a
    # page's text parts the file there, and is the page's over it, not the next's.
    first = "\n\n".join([*BODY, "南昌晚报 2024年6月15日 星期六 第12版 文化"]) + "\n"
    second = "\n\n".join([*BODY, "A02", "要闻", "2024年6月16日 星期日", "赣南日报"]) + "\n"
    assert _facts(first + second) == [*[("南昌晚报", "2024-06-15", "12", "文化")] * 2, *[("赣南日报", "2024-06-16", "A2", "要闻")] * 2]


def test_a_papers_name_ending_in_bao_is_a_header_field():
    # 井冈山报 (not …日报 or …晚报) beside the page given a line of its own.
    text = "\n\n".join(["副刊", "第1版", "井冈山报", *BODY]) + "\n"
    assert _facts(text) == [("井冈山报", "", "1", "副刊")] * 2
    assert [a.title for a in parse_page_text(text, "page.txt").articles] == list(TITLES)


def test_a_page_without_a_header_says_nothing():
    assert _facts("\n\n".join(BODY) + "\n") == [("", "", "", "")] * 2


@pytest.mark.parametrize(
    "lines",
    [
        # A notice closes with its date: no header.
        ["招聘启事", "萍乡市市场监督管理局因工作需要，现面向社会公开招聘工作人员7名。", "萍乡市市场监督管理局", "2023年6月13日"],
        # ... over the paper's name at the page's foot (九江日报, 井冈山报): no weekday, no page.
        [*BODY, "招聘启事", "萍乡市市场监督管理局因工作需要，现面向社会公开招聘工作人员7名。", "萍乡市市场监督管理局", "2023年6月13日", "九江日报"],
        [*BODY, "招聘启事", "萍乡市市场监督管理局因工作需要，现面向社会公开招聘工作人员7名。", "萍乡市市场监督管理局", "2023年6月13日", "井冈山报"],
        # A date alone over the text: no other field beside it.
        ["2023年6月13日", "萍乡市市场监督管理局因工作需要，现面向社会公开招聘工作人员7名。"],
        # Jump lines are no page fields (上接第1版 twice at the top).
        ["心脏", "上接第1版", "心肌细胞具有机械门控通道，可以因血流所导致的牵拉而开放。", "昆明", "上接第1版", "昆明是云南省的省会。"],
    ],
)
def test_what_is_no_header(lines):
    found = furniture_lines(read_lines(split_lines("\n\n".join(lines) + "\n")))
    assert "header" not in found.values() and "page number" not in found.values()


def test_qa_parse_prints_where_an_article_was_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(["江西日报", "2024年5月8日", "第3版 要闻", *BODY]) + "\n", encoding="utf-8")
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("printed: 江西日报 2024-05-08 第3版 要闻") == 2


def test_pdftotext_pages_carry_their_dates_and_pages(tmp_path: Path):
    # Real PDFs (tests/pdfgen.py) through poppler's pdftotext in its default mode, which
    # gives the header's fields a line each: every article of 10 of 12 pages carries the
    # page's date and page (measured; none did before).
    right = 0
    for seed in range(12):
        issue = make_issue(seed)
        path = tmp_path / f"{seed}.pdf"
        path.write_bytes(issue.data)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        right += score_page(issue.pages[0], parse_page_text(text, "page.txt").articles).facts_right
    assert right >= 9


def test_sharing_facts_copies_only_the_articles_it_fills():
    # (A file of pages without headers keeps its articles as they are: a copy of each, made
    # for nothing, had added 10 MB to the peak of a 100 MB file kept whole.)
    from qa.parse.pdf_furniture import share_facts
    from qa.types import Article

    bare = [Article(id="", title="t", paragraphs=("p",)), Article(id="", title="u", paragraphs=("q",))]
    dated = Article(id="", title="d", paragraphs=("r",), paper="江西日报", date="2024-05-08", page="3")
    assert all(a is b for a, b in zip(share_facts([bare]), bare, strict=True))
    shared = share_facts([[dated], bare])
    assert shared[0] is dated and [(a.paper, a.date, a.page) for a in shared[1:]] == [("江西日报", "2024-05-08", "")] * 2
