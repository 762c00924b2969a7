"""Page furniture in page text (qa.parse.furniture): kept out of the articles, reported."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.cli import main
from qa.parse.decode import split_lines
from qa.parse.furniture import is_masthead
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page, iter_page
from qa.parse.read import parse_page_text

# A page as an extractor gives it: the header split over two lines at the top, an
# editors' credit line at the foot, one article under its headline.
PARAGRAPHS = [
    "晚上九点，南昌市青山湖区的一家城市书房里依然坐满了读者。这家书房全年无休，读者刷身份证即可入内，"
    "借阅的图书可以在全市任何一家城市书房归还。",
    "“下班后来这里看一个小时书，是我一天里最安静的时候。”在附近工作的李女士说。",
]


def wrapped(paragraph: str, width: int = 20) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


PAGE = "\n\n".join([
    "3 要闻",
    "2024年5月8日 星期三",
    "城市书房里的夜读人",
    "本报记者 张三",
    *[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)],
    "责任编辑：王五 校对：赵六",
]) + "\n"
EDITOR_LINE = 2 * (4 + sum(len(wrapped(p)) for p in PARAGRAPHS)) + 1


def test_the_header_and_the_credit_line_are_no_article_and_are_reported():
    result = parse_page_text(PAGE, "page.txt")
    assert [a.title for a in result.articles] == ["城市书房里的夜读人"]
    article = result.articles[0]
    assert article.authors == ("张三",)
    assert article.paragraphs[0].startswith("晚上九点") and article.paragraphs[-1].endswith("李女士说。")
    assert [(n.kind, n.text, n.line) for n in result.notes] == [
        ("header", "3 要闻", 1),
        ("header", "2024年5月8日 星期三", 3),
        ("editor line", "责任编辑：王五 校对：赵六", EDITOR_LINE),
    ]
    assert str(result.notes[2]) == f"line {EDITOR_LINE}: editor line: 责任编辑：王五 校对：赵六"


def test_a_dated_sentence_in_an_article_is_not_a_header():
    page = PAGE.replace("2024年5月8日 星期三", "2024年5月8日，书房迎来第十万名读者").replace("3 要闻\n\n", "")
    result = parse_page_text(page, "page.txt")
    assert not [n for n in result.notes if n.kind == "header"]
    assert any("第十万名读者" in (a.title + "".join(a.paragraphs)) for a in result.articles)


def test_a_dated_line_of_text_at_the_top_is_not_a_header():
    # A body's line near the page's top holding a date the words go on from, and a weekday
    # further on (2005年1月16日起…每星期日…): text, not the page's header; its articles
    # carry no date from it.
    page = "\n\n".join([
        "曾之乔主演",
        "首集收视率为7.07",
        "\u3000\u30002005年1月16日起在台视于每星期日晚上九",
        "时三十分播出，2005年5月29日结束。三立都会",
        "台于2005年1月22日起，每星期六晚上九时播出。",
    ]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert not [n for n in result.notes if n.kind == "header"]
    assert all(a.date == "" for a in result.articles)
    assert any("台视" in "".join(a.paragraphs) for a in result.articles)


@pytest.mark.parametrize(
    ("line", "masthead"),
    [
        ("2024年5月8日 星期三", True),
        ("南昌晚报 2024年6月15日 第12版 文化", True),
        ("2020年9月25日  星期五  第9版  地方新闻", True),
        ("2024年5月8日，书房迎来第十万名读者", False),  # (a clause mark: text)
        ("据《江西日报》2024年5月20日报道", False),  # (title marks: a paper named in text)
        ("3 要闻", False),  # (no date)
        ("1 月 28 日到 1983 年 5 月 11 日的星期一至星", False),  # (the date runs on: text)
        ("2005 年 1 月 16 日起在台视于每星期日晚上", False),
    ],
)
def test_a_masthead_line_is_told_wherever_it_stands(line, masthead):
    assert is_masthead(line) is masthead


def test_pages_run_together_keep_each_pages_furniture_out_of_its_articles():
    # (The second page's masthead stands mid-file, 3 要闻 over it: both open that page, as
    # at a file's top.)
    result = parse_page_text(PAGE + "\n" + PAGE, "pages.txt")
    assert [a.title for a in result.articles] == ["城市书房里的夜读人"] * 2
    assert [n.text for n in result.notes if n.kind == "header"] == ["3 要闻", "2024年5月8日 星期三"] * 2


def test_a_masthead_under_the_pages_other_furniture_parts_nothing():
    # (pdftotext may set the editors' credits and the page's label over the masthead: the
    # page is read whole, as the page alone is.)
    text = "责任编辑：刘曦玉\n\n第5版：经济\n\n南昌日报\n\n" + PAGE.replace("3 要闻\n\n", "")
    whole = analyse_page(read_lines(split_lines(text))).items
    assert list(iter_page(split_lines(text))) == whole


def test_qa_parse_reports_the_furniture(tmp_path, capsys):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    assert main(["parse", str(tmp_path / "page.txt")]) == 0
    err = capsys.readouterr().err
    assert f"line {EDITOR_LINE}: editor line: 责任编辑：王五 校对：赵六" in err and "line 1: header: 3 要闻" in err


# Two short items, each a one-line headline over one paragraph: a run of briefs.
BRIEFS = (
        "抚州启动乡村振兴人才培训计划",
        "近日，抚州市启动实施乡村振兴人才培训计划，今年将培训高素质农民三千人次。",
        "南昌地铁4号线开通运营",
        "十二月二十六日上午，南昌地铁四号线正式开通运营，全线设车站二十九座。",
)


def _briefs_under(label: str) -> str:
    """A page of the briefs under a label line."""
    return "\n\n".join([label, *BRIEFS]) + "\n"


def test_a_label_over_short_items_is_furniture_not_a_headline():
    # A run of short items under a label (■ 短讯): each keeps its own one-line headline,
    # and the label is reported, not read as a kicker or an item of its own.
    result = parse_page_text(_briefs_under("■ 短讯"), "page.txt")
    assert [(a.kicker, a.title) for a in result.articles] == [
        ("", "抚州启动乡村振兴人才培训计划"), ("", "南昌地铁4号线开通运营"),
    ]
    assert [(n.kind, n.text) for n in result.notes] == [("section label", "■ 短讯")]


def test_a_header_over_three_lines_and_a_section_name_over_it_are_furniture():
    # The page, paper and date each on a line of their own (date / paper / 第8版), or the
    # section's bare name over the date line: all the header, none a kicker.
    for top in (["2024年5月8日 星期三", "江西日报", "第8版"], ["地方新闻", "2024年5月8日 星期三"]):
        page = PAGE.replace("3 要闻\n\n2024年5月8日 星期三", "\n\n".join(top))
        result = parse_page_text(page, "page.txt")
        assert [(a.kicker, a.title) for a in result.articles] == [("", "城市书房里的夜读人")]
        assert [n.text for n in result.notes if n.kind == "header"] == top


def test_jump_lines_column_labels_and_contact_lines_are_furniture():
    # A jump line over a body or under it (with or without brackets, 第2版 or 第二版), a
    # commentary column's name over its headline and the paper's hotline at the foot:
    # reported, and no part of the articles.
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    for jump_in, jump_out in (("（上接第一版）", "（下转第2版）"), ("上接第1版", "下转第四版"), ("（上接第1版）", "（转第3版）")):
        page = "\n\n".join([
            "今日谈", "城市书房里的夜读人", jump_in, *body, jump_out,
            "新闻热线：0791-86849000",
        ]) + "\n"
        result = parse_page_text(page, "page.txt")
        assert [(a.kicker, a.title, a.subtitle) for a in result.articles] == [("", "城市书房里的夜读人", "")]
        assert "".join(result.articles[0].paragraphs) == "".join(PARAGRAPHS)
        assert [(n.kind, n.text) for n in result.notes] == [
            ("column label", "今日谈"), ("jump line", jump_in), ("jump line", jump_out),
            ("footer", "新闻热线：0791-86849000"),
        ]


def test_an_article_ends_at_its_jump_line():
    # The text above a jump line goes on on another page: the unsigned, unheaded article
    # after it is another item, even where its text could run on from the first; a
    # headline printed after the jump line may still be the first article's.
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    after = wrapped("记者从市图书馆获悉，今年全市将新建城市书房二十家，每家藏书不少于五千册。")
    for jump, headline in (("（下转第2版）", []), ("（转第3版）", []), ("下转第四版", ["城市书房里的夜读人"])):
        heading = [] if headline else ["城市书房里的夜读人"]
        page = "\n\n".join([*heading, *body, jump, *headline, *after]) + "\n"
        result = parse_page_text(page, "page.txt")
        assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == [
            ("城市书房里的夜读人", "".join(PARAGRAPHS)),
            ("", "".join(after)),
        ]


@pytest.mark.parametrize("cut", ["社区食堂27", "156", "充电桩５００"])
def test_the_words_over_a_jump_line_at_the_foot_are_the_text_s(cut):
    # (Text cut at the foot goes on on another page: its last line, ending in a number,
    # is no page number of a page headed at its top: generator 8's 社区食堂27 / （下转第2版）
    # had lost its last words to the furniture.)
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    page = "\n".join(["3 要闻", "2024年5月8日 星期三", "城市书房里的夜读人", *body, "据介绍，今年将新建", cut, "（下转第2版）"])
    result = parse_page_text(page + "\n", "page.txt")
    assert "".join(result.articles[0].paragraphs).endswith("据介绍，今年将新建" + cut)
    assert [n.text for n in result.notes] == ["3 要闻", "2024年5月8日 星期三", "（下转第2版）"]


def test_a_label_over_a_list_of_briefs_is_furniture():
    for label in ("县区传真", "图说新闻", "本地快讯", "简明新闻"):
        result = parse_page_text(_briefs_under(label), "page.txt")
        assert [a.title for a in result.articles] == ["抚州启动乡村振兴人才培训计划", "南昌地铁4号线开通运营"]
        assert [(n.kind, n.text) for n in result.notes] == [("section label", label)]


def test_an_editors_role_alone_and_the_names_under_it_are_furniture():
    # pdftotext cuts a credit line where its parts stand apart: 责任编辑 / 冯勇文 (held-out
    # PDF seeds 90129 and 90187). The name under the role is the editor's, no article's
    # writer, however the article under it reads (a name over a headline signs that).
    page = "\n".join(["责任编辑", "冯勇文", "城市书房里的夜读人", *[line for p in PARAGRAPHS for line in wrapped(p)]]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [("城市书房里的夜读人", ())]
    assert [(n.kind, n.text) for n in result.notes] == [("editor line", "责任编辑"), ("editor line", "冯勇文")]
    # A role with its names on its own line leaves the line under it alone.
    page = "\n".join(["责任编辑 王五", "冯勇文", "城市书房里的夜读人", *[line for p in PARAGRAPHS for line in wrapped(p)]]) + "\n"
    assert [(n.kind, n.text) for n in parse_page_text(page, "page.txt").notes] == [("editor line", "责任编辑 王五")]


def test_a_section_name_alone_over_a_box_is_furniture_not_an_article():
    # The section's bare name at the page's top, no header beside it, over a box's label
    # (记者手记) where a box starts: no item of one short line, but the page's section
    # label, reported; the box keeps its label as its heading.
    page = "\n\n".join(["史海钩沉", "记者手记", *[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）"]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [("记者手记", ("张三",))]
    assert "".join(result.articles[0].paragraphs) == "".join(PARAGRAPHS)
    assert [(n.kind, n.text) for n in result.notes] == [("section label", "史海钩沉")]


METRO = "12月26日上午，南昌地铁4号线一期工程正式开通运营。线路全长39.6公里，共设车站29座，串联起红谷滩、西湖、青山湖等6个城区。"


@pytest.mark.parametrize(("first", "second", "title"), [
    ("南昌地铁4", "号线开通运营", "南昌地铁4号线开通运营"),
    ("南昌地铁４", "号线开通运营", "南昌地铁４号线开通运营"),
])
def test_a_headline_line_whose_number_runs_on_is_no_part_of_the_masthead(first, second, title):
    # Under the masthead a section's name and the page's number (要闻 3) is its part; a
    # line of that shape whose number runs on into the line under it, as the text under
    # them writes it (…南昌地铁4号线一期…), is a headline's first line (generator 7).
    lines = ["2020年2月27日 星期四 大众日报 第4版", first, second, *wrapped(METRO)]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [a.title for a in result.articles] == [title]
    assert [n.text for n in result.notes] == ["2020年2月27日 星期四 大众日报 第4版"]


def test_the_papers_name_and_page_over_a_headline_stay_the_masthead_s():
    # (南昌晚报 7 / 年轻人为何…: 7 and 年 read as a number and its unit, but 晚报7年轻 is
    # nowhere in the text.)
    lines = ["民生 2024年2月18日 星期日", "南昌晚报 7", "年轻人为何爱上“反向旅游”？", *wrapped(METRO)]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [a.title for a in result.articles] == ["年轻人为何爱上“反向旅游”？"]
    assert [n.text for n in result.notes] == ["民生 2024年2月18日 星期日", "南昌晚报 7"]


@pytest.mark.parametrize("foot", [
    ["南昌晚报", "2023年7月31日 星期一", "都市"],
    ["2023年2月15日 星期三", "要闻", "A12"],
    ["A11", "综合", "井冈山报", "2022年10月6日 星期四"],
    ["14版", "江西日报", "2024年4月16日 星期二", "文化"],
])
def test_a_header_at_the_foot_given_a_line_a_field_is_furniture_whole(foot):
    # An extractor parts a header at the wide gaps between its fields, a line each: next
    # to the date (a header found), the page of a lettered section (A12), the page's number
    # with 版 (14版), the section's name (都市) and a paper's (井冈山报) are its fields too,
    # not an item of their own or lines left to no item (generator 8).
    page = "\n".join(["城市书房里的夜读人", *[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）", *foot])
    result = parse_page_text(page + "\n", "page.txt")
    assert [(a.title, a.authors, a.paragraphs) for a in result.articles] == [("城市书房里的夜读人", ("张三",), tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == foot


@pytest.mark.parametrize(("lines", "title", "notes"), [
    # A short headline under the masthead is no section's name of it,
    (["2024年5月8日 星期三 江西日报 第3版", "乡村振兴", *wrapped(METRO)], "乡村振兴", ["2024年5月8日 星期三 江西日报 第3版"]),
    # nor is the writer's name closing the text over the masthead at the foot.
    (["城市书房里的夜读人", *wrapped(METRO), "王娟", "2024年5月8日 星期三", "第3版"], "城市书房里的夜读人", ["2024年5月8日 星期三", "第3版"]),
])
def test_a_headers_run_takes_no_headline_or_name_beyond_it(lines, title, notes):
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [a.title for a in result.articles] == [title]
    assert [n.text for n in result.notes] == notes


@pytest.mark.parametrize("foot", [
    ["本版编辑：叶雪静 版式：贺嘉天 校对：汪霞", "理论", "赣州晚报"],
    ["责任编辑 陆霞  美术编辑 姜宁琳", "井冈山报", "文化"],
    ["责任编辑：苏舟敏", "版式：冯超富  校对：黄娜宇", "综合", "赣州晚报", "第8版"],
    ["责任编辑 徐琪佳  美术编辑 莫强雪", "第2版"],
    # (A jump line sending the text on fences them off as well: 时事 had read as a
    # headline printed after its text, generator 8.)
    ["（下转第3版）", "时事", "2024年3月17日 星期日", "井冈山报"],
    ["（下转第3版）", "综合", "信息日报", "第8版"],
])
def test_fields_under_the_editors_line_at_the_foot_are_the_header_s(foot):
    # The page's editors' line over them fences them off from the text: a section's name
    # there is no writer's name closing it, and a paper's name or the page alone there
    # makes a header (generator 8: 本版编辑：… / 理论 / 赣州晚报 had left 理论 to no item).
    body = [*[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）"]
    result = parse_page_text("\n".join(["城市书房里的夜读人", *body, *foot]) + "\n", "page.txt")
    assert [(a.title, a.authors, a.paragraphs) for a in result.articles] == [("城市书房里的夜读人", ("张三",), tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == foot


@pytest.mark.parametrize("top", [
    ["井冈山报", "时事", "责编/覃翔 美编/肖卿燕 校对/汤红晨"],
    ["中国教育报", "综合", "本版编辑：叶雪静 版式：贺嘉天"],
])
def test_fields_over_the_editors_line_at_the_top_are_the_header_s(top):
    # The page's editors' line under them fences them off from the text at the top as
    # at the foot: a paper's name and a section's over it are no headline and body
    # (generator 8: 井冈山报 / 时事 had read as an article titled 井冈山报).
    body = [*[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）"]
    result = parse_page_text("\n".join([*top, "城市书房里的夜读人", *body]) + "\n", "page.txt")
    assert [(a.title, a.authors, a.paragraphs) for a in result.articles] == [("城市书房里的夜读人", ("张三",), tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == top


def test_a_headline_over_the_editors_line_at_the_top_is_not_taken():
    # No paper's name, date or page over the editors' line: a headline standing there
    # (its byline under it, as a late headline's is not) stays the article's.
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    lines = ["城市书房里的夜读人", "本版编辑：叶雪静 版式：贺嘉天", *body]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert "城市书房里的夜读人" not in [n.text for n in result.notes]


@pytest.mark.parametrize("over", [[], ["责任编辑：苏舟敏", "版式：冯超富  校对：黄娜宇"]])
def test_a_section_s_name_over_a_masthead_at_the_foot_stays_with_it(over):
    # (A masthead at the foot parts the text there, its fields over it going with it: a
    # section's name under the byline closing the text is one of them, not the last
    # line of the page before, where it had read as a headline printed after its text.)
    body = [*[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）"]
    foot = [*over, "综合", "赣州晚报", "第8版", "2024年1月10日 星期三"]
    result = parse_page_text("\n".join(["城市书房里的夜读人", *body, *foot]) + "\n", "page.txt")
    assert [(a.title, a.authors, a.paragraphs) for a in result.articles] == [("城市书房里的夜读人", ("张三",), tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == foot


@pytest.mark.parametrize("name", ["社会", "副刊"])
def test_a_sections_name_over_the_foots_date_is_the_header_s(name):
    # (Over the header's fields at the foot, beside the date only, a name dailies give a
    # section is a field too, not a headline printed after the last text, where no byline
    # closes that text: generator 8's 社会 / 2023年12月15日 星期五 / 10版 / 江南都市报.)
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    foot = [name, "2023年12月15日 星期五", "10版", "江南都市报"]
    text = "\n".join(["城市书房里的夜读人", *body, *foot]) + "\n"
    # (The page read whole, as one page's text is, and as a file of pages, parted at the foot's masthead.)
    items = analyse_page(read_lines(split_lines(text))).items
    assert [(i.title, i.paragraphs) for i in items if i.kind != "furniture"] == [("城市书房里的夜读人", tuple(PARAGRAPHS))]
    assert [i.paragraphs[0] for i in items if i.kind == "furniture"] == foot
    result = parse_page_text(text, "page.txt")
    assert [(a.title, a.paragraphs) for a in result.articles] == [("城市书房里的夜读人", tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == foot


@pytest.mark.parametrize("foot", [
    ["读书", "06版", "信息日报"],
    ["民生", "井冈山报", "2024年6月9日 星期日", "第10版"],
    ["井冈山报", "2024年6月9日 星期日", "第10版"],
])
def test_a_paper_s_or_section_s_name_over_the_foot_s_fields_is_the_header_s(foot):
    # (Over the fields at the foot, under text no byline closes, a paper's name or a word
    # dailies name a section by is a field too, not the text's last words: generator 8's
    # 民生 / 井冈山报 / 2024年6月9日 星期日 had gone on the last paragraph.)
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    result = parse_page_text("\n".join(["城市书房里的夜读人", *body, *foot]) + "\n", "page.txt")
    assert [(a.title, a.paragraphs) for a in result.articles] == [("城市书房里的夜读人", tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == foot


def test_a_section_s_word_over_a_jump_line_at_the_foot_is_the_text_s():
    # (The text cut at the foot goes on on another page: a word over the jump line is its
    # last, 吸引更多 / 社会 / （下转第2版）, whatever else it may name.)
    body = [*wrapped(PARAGRAPHS[0])[:-1], "下一步将吸引更多", "社会"]
    foot = ["（下转第2版）", "责编/范敏秀 美编/董嘉海 校对/董志勋", "2024年2月29日 星期四  综合  A07  赣州晚报"]
    result = parse_page_text("\n".join(["城市书房里的夜读人", *body, *foot]) + "\n", "page.txt")
    assert result.articles[0].paragraphs[-1].endswith("下一步将吸引更多社会")
    assert [n.text for n in result.notes] == foot


# Looked-at pages of the eighth generator (even seeds and 1000 more) whose foot's paper or
# section name had gone on the text over it.
@pytest.mark.parametrize("seed", [901_004, 901_384, 901_538, 901_576, 902_068, 903_504])
def test_generated_foots_naming_the_paper_or_the_section(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "body" in wrong]


@pytest.mark.parametrize("top", [["综合", "江西日报"], ["九江日报", "社会"], ["城事", "第2版"], ["副刊", "信息日报"], ["民生", "井冈山报"]])
def test_a_paper_s_or_page_s_name_beside_a_section_s_on_the_first_lines_is_a_header(top):
    # (A page without its date heads itself with the paper's name or its page beside its
    # section's: generator 8's 综合 / 江西日报 had read as a kicker and a title.)
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    result = parse_page_text("\n".join([*top, "城市书房里的夜读人", "本报记者 张三", *body]) + "\n", "page.txt")
    assert [(a.kicker, a.title, a.paragraphs) for a in result.articles] == [("", "城市书房里的夜读人", tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == top


# Looked-at pages of the eighth generator (even seeds and 1000 more) headed by a paper's or
# a page's name beside a section's, without the date.
@pytest.mark.parametrize("seed", [900_116, 900_328, 901_528, 901_854, 902_582, 903_094, 903_542])
def test_generated_pages_headed_without_their_date(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if wrong.startswith("item 0:")]


@pytest.mark.parametrize("top", [
    ["2023年12月2日 星期六", "社会", "井冈山报"],
    ["井冈山报", "2023年7月29日 星期六", "09版", "经济"],
    ["2024年3月23日 星期六", "江南都市报", "理论"],
])
def test_a_paper_s_or_section_s_name_under_the_top_s_fields_is_the_header_s(top):
    # (Past the fields at the top, a paper's name or a word dailies name a section by is a
    # field too, not a kicker or a headline of the first item: generator 8's 社会 /
    # 井冈山报 over 启事 had read as a kicker and a title over that notice's title.)
    body = [line for paragraph in PARAGRAPHS for line in wrapped(paragraph)]
    result = parse_page_text("\n".join([*top, "城市书房里的夜读人", "本报记者 张三", *body]) + "\n", "page.txt")
    assert [(a.kicker, a.title, a.paragraphs) for a in result.articles] == [("", "城市书房里的夜读人", tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == top


# Looked-at pages of the eighth generator (even seeds and 1000 more) whose header's section
# or paper under its fields had read as the first item's kicker or title.
@pytest.mark.parametrize("seed", [900_016, 900_556, 900_850, 903_384, 903_926])
def test_generated_tops_naming_the_section_under_the_fields(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if wrong.startswith("item 0:")]


def test_a_short_field_under_the_byline_closing_the_text_is_the_header_s():
    # (（本报记者 张 三） / 时事 / 2022年1月17日 星期一 / 江南都市报: no writer's name stands
    # under a byline; generator 8 had left 时事 to no item.)
    body = [*[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）"]
    foot = ["时事", "2022年1月17日 星期一", "江南都市报"]
    text = "\n".join(["城市书房里的夜读人", *body, *foot]) + "\n"
    # (The page read whole, as one page's text is, and as a file of pages, parted at the foot's masthead.)
    items = analyse_page(read_lines(split_lines(text))).items
    assert [(i.title, i.paragraphs) for i in items if i.kind != "furniture"] == [("城市书房里的夜读人", tuple(PARAGRAPHS))]
    assert [i.paragraphs[0] for i in items if i.kind == "furniture"] == foot
    result = parse_page_text(text, "page.txt")
    assert [(a.title, a.authors, a.paragraphs) for a in result.articles] == [("城市书房里的夜读人", ("张三",), tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == foot


def test_a_headline_printed_after_its_byline_over_the_foot_s_header_stays_a_headline():
    # (A headline printed after its article stands right under the byline too; it is
    # longer than a section's name: 说说马祖列岛, 书房夜读人.)
    body = [*[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）"]
    lines = [*body, "书房夜读人", "2023年10月1日 星期日  读书  A13  信息日报"]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, a.authors, a.paragraphs) for a in result.articles] == [("书房夜读人", ("张三",), tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == lines[-1:]


def test_a_notice_s_closing_over_the_editors_line_at_the_foot_stays_the_notice_s():
    # (The editors' line at the page's very edge fences nothing off: the date and the
    # name over it close the notice.)
    lines = ["征集启事", *wrapped(PARAGRAPHS[0]), "特此启事。", "抚州市档案馆", "2023年4月27日", "本版编辑：卢浩宇"]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [n.text for n in result.notes] == ["本版编辑：卢浩宇"]
    assert "".join(result.articles[0].paragraphs).endswith("抚州市档案馆2023年4月27日")


@pytest.mark.parametrize(("head", "foot"), [
    (["时事", "第12版"], ["时事"]),
    (["第2版"], ["第2版"]),
    (["九江日报"], ["九江日报"]),
])
def test_a_running_head_printed_again_at_the_foot_is_furniture(head, foot):
    # A page's section, page or paper at its top and again at its foot, no date beside
    # them: the running head (generator 8), not a kicker or an item of one line.
    body = [*[line for paragraph in PARAGRAPHS for line in wrapped(paragraph)], "（本报记者 张 三）"]
    result = parse_page_text("\n".join([*head, "城市书房里的夜读人", *body, *foot]) + "\n", "page.txt")
    assert [(a.kicker, a.title, a.authors, a.paragraphs) for a in result.articles] == [("", "城市书房里的夜读人", ("张三",), tuple(PARAGRAPHS))]
    assert [n.text for n in result.notes] == [*head, *foot]


RUN = [
    "●日前，抚州市东乡区红星垦殖场枫树辽分场群众反映，辖区内河港堵塞，农田灌溉用水严重不足。",
    "●近日，抚州市启动实施乡村振兴人才培训计划，计划用3年时间培训1万名乡村振兴人才。",
]


@pytest.mark.parametrize("head", [
    ["信息日报", "民生"],
    ["第14版", "2023年10月15日 星期日", "井冈山报", "城事"],
    ["2022年1月25日 星期二", "第10版", "文化", "井冈山报"],
])
@pytest.mark.parametrize("label", ["一句话新闻", "简讯"])
def test_fields_over_a_label_at_the_top_are_the_header_s(head, label):
    # A label over the first items (简讯) fences the fields over it off from the text, as
    # the editors' line does at the foot: a paper's name (井冈山报) or a section's (城事)
    # between is the header's, where one of them names the page (generator 8: they had
    # read as an item's title and text, or made an item of their own).
    lines = [*head, label, *[line for brief in RUN for line in wrapped(brief)]]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [n.text for n in result.notes] == [*head, label]
    assert [a.paragraphs for a in result.articles] == [(brief[1:],) for brief in RUN]



@pytest.mark.parametrize("number", ["第16版", "A08", "14版"])
def test_the_pages_number_on_its_first_line_heads_it_with_its_section(number):
    # (No date or paper's name: the page's number alone on the first line is a header's
    # field, and the section's name under it goes with it.)
    lines = [number, "要闻", *wrapped(PARAGRAPHS[0]), *wrapped(PARAGRAPHS[1])]
    items = analyse_page(read_lines(enumerate(lines))).items
    assert [item.paragraphs[0] for item in items if item.kind == "furniture"] == [number, "要闻"]
    assert [item.kind for item in items if item.kind != "furniture"] == ["article"]


def test_a_sentence_ending_in_a_number_on_the_first_line_is_no_header():
    lines = ["明仁是日本第125", "任天皇，为现任之天皇。", *wrapped(PARAGRAPHS[0])]
    items = analyse_page(read_lines(enumerate(lines))).items
    assert not [item for item in items if item.kind == "furniture"]
