"""Layout rules on recorded pages and small hand-made ones: each page here was read
wrongly before the rule named beside it (tests/data/layout_cases: generated pages, kept
as text so that later changes to the generator leave them as they are)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pagegen import Known, Page, known_articles
from test_page import BODY_A, BODY_B, accounted, layout_of, page, visible, wrap
from test_page_properties import recovered

from qa.parse.lines import PageLine, block_width
from qa.parse.page import paragraphs

CASES = Path(__file__).parent.parent / "data" / "layout_cases"
POOL = known_articles()


def recorded_pages() -> list[tuple[str, str, Page]]:
    out = []
    for case in json.loads((CASES / "cases.json").read_text(encoding="utf-8")):
        expected = []
        for item in case["items"]:
            paragraphs = POOL[item.pop("pool")].paragraphs
            expected.append(Known(**{**item, "authors": tuple(item["authors"]), "paragraphs": paragraphs}))
        text = (CASES / case["file"]).read_text(encoding="utf-8")
        optional = [frozenset(offsets) for offsets in case["optional_breaks"]]
        out.append((case["name"], case["rule"], Page(text, expected, optional)))
    return out


RECORDED = recorded_pages()


@pytest.mark.parametrize(("name", "rule", "page"), RECORDED, ids=[name for name, _, _ in RECORDED])
def test_recorded_page_is_recovered(name, rule, page):
    assert recovered(page) is None, f"{name}: {rule}"


def test_block_width_reads_lines_that_cannot_open_a_paragraph():
    # Three three-line paragraphs: the lines after a sentence end (16.0, 17.5) may be
    # openings, 2 em short; only 18.5, 18.0 and 19.0 show the column (it was read as 18.0,
    # which hid the paragraph end before `“参加培训后`).
    texts = [
        "近日，抚州市启动实施乡村振兴人才培", "训计划，计划用3 年时间培训高素质农民、农", "村电商带头人等各类人才 1.5 万人次。",
        "培训采取“理论 + 实践”模式，邀请农业", "专家、电商企业负责人走进田间地头授课，", "并组织学员赴省内外先进地区考察学习。",
        "“参加培训后，我学会了用手机直播卖货，", "家里的蜜桔再也不愁销路了。”南丰县农民吴", "小平说。",
    ]  # fmt: skip
    lines = [PageLine.read(number, text) for number, text in enumerate(texts, 1)]
    assert block_width(lines) == 18.5
    assert paragraphs(lines) == [
        "近日，抚州市启动实施乡村振兴人才培训计划，计划用3年时间培训高素质农民、农村电商带头人等各类人才1.5万人次。",
        "培训采取“理论+实践”模式，邀请农业专家、电商企业负责人走进田间地头授课，并组织学员赴省内外先进地区考察学习。",
        "“参加培训后，我学会了用手机直播卖货，家里的蜜桔再也不愁销路了。”南丰县农民吴小平说。",
    ]


# --- headlines ending in ？ or ！ ---------------------------------------------------------

QUESTION = "这样的好事，谁不喜欢？"
MEAL = (
    "今年以来，东湖区在街道社区新建长者食堂十六家，为辖区六十岁以上老人提供助餐服务，"
    "每天就餐老人超过一千五百人次，食堂还为行动不便的老人提供送餐上门服务。"
)


def test_a_question_headline_over_a_body_is_a_title():
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap(MEAL, 20)
    b[-1] += " （郑 丽）"
    for text in (page(a, [QUESTION], b), page([QUESTION], b)):  # after a byline, atop a page
        items = layout_of(text).items
        assert items[-1].title == QUESTION
        assert "".join(items[-1].paragraphs) == MEAL
        assert accounted(layout_of(text)) == visible(text)


def test_a_question_headline_under_a_kicker():
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap(MEAL, 20)
    items = layout_of(page(a, ["长者食堂开进家门口", QUESTION], b)).items
    assert (items[-1].kicker, items[-1].title) == ("长者食堂开进家门口", QUESTION)


def test_a_question_between_an_unsigned_article_and_a_new_block_is_a_title():
    a = wrap(BODY_A + BODY_A, 14)
    b = wrap(MEAL, 22)
    text = "\n\n".join(a) + "\n\n" + QUESTION + "\n " + "\n\n".join(b) + "\n"  # a leading space
    items = layout_of(text).items
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [("", BODY_A + BODY_A), (QUESTION, MEAL)]


LUNCH = "中午时分，社区长者食堂里坐满了前来就餐的老人，四菜一汤荤素搭配，每餐只需十元。"


def test_a_question_inside_a_body_stays_body_text():
    # A one-line paragraph ending in ？ followed by more text of the same width, all of it
    # about one thing (where the text before it is about something else, the question
    # may well be the title of what follows: the costs weigh the change of subject).
    first, rest = wrap(LUNCH, 16), wrap(MEAL, 16)
    body = [*first, QUESTION, *rest]
    body[-1] += " （王晓明）"
    items = layout_of(page(body)).items
    assert [i.title for i in items] == [""]
    assert items[0].paragraphs == (LUNCH, QUESTION, MEAL)
    # A question that opens a long first line goes on as body text too.
    long = wrap("这样的好事谁不喜欢？" + MEAL, 12)
    long[-1] += " （王晓明）"
    assert layout_of(page(long)).items[0].title == ""


def test_an_exclamation_headline_and_a_quoted_one():
    b = wrap(MEAL, 20)
    assert layout_of(page(["为长者食堂点赞！"], b)).items[0].title == "为长者食堂点赞！"
    # An opening quotation is body text, not a headline.
    assert layout_of(page(["“谁不喜欢？”", *b])).items[0].title == ""


# --- paragraph ends read from the lines either side -------------------------------------


def test_a_sentence_stretched_to_the_column_before_a_full_line_goes_on():
    # `多数派地位。` is 1.5 em short because `1933` may not break: the line after it is
    # full, so it opens no paragraph (its indent would be lost).
    texts = [
        "的选举使民主党在两院以", "及各州州长都取得了多", "数，1934年的选举更进一", "步巩固了多数派地位。",
        "1933年的一连串计划被历", "史学家称为第一波新政，", "第一波新政基本上代表了", "当时大众的普遍舆论。",
        "然而，到了1934年，罗", "斯福的政策越来越具争议", "性，罗斯福试著将民主党", "的支持根基转往农民。",
    ]  # fmt: skip
    lines = [PageLine.read(number, text) for number, text in enumerate(texts, 1)]
    assert [paragraph[:4] for paragraph in paragraphs(lines)] == ["的选举使", "然而，到"]


def test_a_blank_line_in_a_single_spaced_page_is_a_paragraph_end_only_where_one_may_be():
    # Text blocks cut at a column's end: mid-sentence, and after a sentence before a full
    # line; the third blank line stands before a line that opens a paragraph.
    texts = [
        ("近年来，南昌市青山湖区按照中央", 0), ("及省市统战工作会议精神相关要求，以", 0), ("“五强六好”工程创建为契机，通过打造", 1),
        ("实践创新基地和树立活动品牌，凝聚了", 0), ("新的社会阶层人士共识和智慧力量。", 0), ("一步提升了新的社会阶层人士统战工", 1),
        ("作，为推动地方经济社会发展发挥了积", 0), ("极作用，也凝聚了新的社会阶层人士。", 0), ("凝聚人心，思想建设更加扎实。积", 1),
        ("极协助落实《区委领导与新的社会阶层", 0), ("人士联谊交友列名联系制度》。", 0),
    ]  # fmt: skip
    lines = [PageLine.read(number, text, blank_before=blank) for number, (text, blank) in enumerate(texts, 1)]
    assert [paragraph[:4] for paragraph in paragraphs(lines, double=False)] == ["近年来，", "凝聚人心"]


def test_a_headline_over_a_dateline_after_a_byline_is_the_next_article_s():
    # The item must start after `（王晓明）`; its body opens with the dateline under the
    # question headline, which is no item of its own.
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap("本报讯（通讯员 易勋亮）" + MEAL, 14)
    items = layout_of(page(a, [QUESTION], b)).items
    assert [(i.title, i.authors) for i in items] == [("", ("王晓明",)), (QUESTION, ("易勋亮",))]


def test_a_paragraph_s_first_line_cut_from_the_rest_by_a_column_end_is_no_headline():
    # Single-spaced, a blank line between text blocks; the column ends after the first
    # line of the second paragraph: the full line after the break goes on with it.
    first, second = wrap(BODY_A, 14), wrap(BODY_B, 14)
    second[-1] += " （王晓明）"
    text = "\n".join(["地铁四号线开通运营", "", *first, second[0], "", *second[1:]]) + "\n"
    items = layout_of(text).items
    assert [(i.title, i.paragraphs, i.authors) for i in items] == [
        ("地铁四号线开通运营", (BODY_A, BODY_B), ("王晓明",))
    ]


def test_a_page_that_cuts_its_blocks_at_column_ends_shows_no_item_start_at_a_break():
    # Single-spaced, a blank line where each column ends: twice inside a paragraph, once
    # between two paragraphs (where, on other pages, an unheaded article may start).
    a, b, c = wrap(BODY_A, 14), wrap(MEAL, 14), wrap(BODY_B, 14)
    c[-1] += " （王晓明）"
    columns = [["地铁四号线开通运营"], [*a, *b[:2]], [*b[2:4]], [*b[4:]], c]
    text = "\n\n".join("\n".join(column) for column in columns) + "\n"
    items = layout_of(text).items
    assert [(i.title, i.paragraphs, i.authors) for i in items] == [
        ("地铁四号线开通运营", (BODY_A, MEAL, BODY_B), ("王晓明",))
    ]


@pytest.mark.parametrize(
    "subhead",
    ["■地铁开进新城区", "二、地铁开进新城区", "▲地铁开进新城区", "二、2024年新开线路", "■“地铁开进新城区”", "◆守住底线，筑牢防线", "二、 2024年新开线路"],
)
def test_a_subhead_between_paragraphs_is_a_paragraph_of_the_article(subhead):
    # A 小标题 after a sentence end, opening with a mark or a numeral: no new headline.
    body = [*wrap(BODY_A, 16), subhead, *wrap(MEAL, 16)]
    body[-1] += " （王晓明）"
    items = layout_of(page(["南昌地铁四号线开通运营"], body)).items
    assert [(i.title, i.paragraphs, i.authors) for i in items] == [
        ("南昌地铁四号线开通运营", (BODY_A, subhead.replace(" ", ""), MEAL), ("王晓明",))
    ]


def test_a_subhead_wrapped_at_the_column_s_end_is_one_paragraph():
    # `一、南昌地铁四号线` / `开通运营`: the short second line ends the 小标题.
    body = [*wrap(BODY_A, 12), "一、南昌地铁四号线", "开通运营", *wrap(MEAL, 12)]
    body[-1] += " （王晓明）"
    items = layout_of(page(["地铁开进新城区"], body)).items
    assert [(i.title, i.paragraphs) for i in items] == [
        ("地铁开进新城区", (BODY_A, "一、南昌地铁四号线开通运营", MEAL))
    ]


def test_a_marked_line_among_a_photo_s_captions_opens_a_caption():
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    # (▲ also opens a 小标题; the credit after it tells a caption.)
    captions = ["▲ 地铁四号线列车", "驶出车站。", "▲ 乘客在站台上", "候车。", "郑 丽摄"]
    items = layout_of(page(a, captions)).items
    assert [(i.kind, i.paragraphs, i.photographer) for i in items][1] == (
        "photo", ("▲地铁四号线列车驶出车站。", "▲乘客在站台上候车。"), "郑丽"
    )


def test_a_subhead_a_few_lines_over_a_photo_s_credit_is_still_a_subhead():
    # ■ opens no caption: a 小标题 under a sentence end near a photo's credit heads the
    # article's next paragraph, not the photo.
    body = [*wrap(BODY_A, 16), "■地铁开进新城区", *wrap(MEAL, 16)]
    body[-1] += " （王晓明）"
    items = layout_of(page(["南昌地铁四号线开通运营"], body, ["乘客在站台上候车。", "郑 丽摄"])).items
    assert [(i.kind, i.title, i.paragraphs) for i in items] == [
        ("article", "南昌地铁四号线开通运营", (BODY_A, "■地铁开进新城区", MEAL)),
        ("photo", "", ("乘客在站台上候车。",)),
    ]


@pytest.mark.parametrize(("first", "second"), [("图①：", "图②："), ("▲", "▲")])
def test_an_unsigned_article_ends_where_a_photo_s_first_caption_opens(first, second):
    # 图① (or ▲) after a sentence end, a credit after its group: the photo starts there,
    # not at the article's last paragraph (whose width the captions may share).
    a = [*wrap(BODY_A, 14), *wrap(MEAL, 14)]
    captions = [f"{first}地铁四号线列车驶出", "车站。", f"{second}乘客在站台上候车。", "郑 丽摄"]
    items = layout_of(page(["地铁四号线开通运营"], a, captions)).items
    assert [(i.kind, i.paragraphs) for i in items] == [
        ("article", (BODY_A, MEAL)),
        ("photo", (f"{first}地铁四号线列车驶出车站。", f"{second}乘客在站台上候车。")),
    ]


def test_a_dateline_s_bracket_wrapped_to_the_next_line_is_its_byline():
    # `本报南昌5月8日电` / `（记者 郑丽）…` under a headline: the bracket is the
    # dateline's, not a byline under the headline, and the body opens with the dateline.
    body = wrap("本报南昌5月8日电（记者 郑丽）" + MEAL, 16)
    body[:1] = ["本报南昌5月8日电", "（记者 郑丽）" + body[0][len("本报南昌5月8日电（记者 郑丽）") :]]
    a = wrap(BODY_A, 14)
    text = page(a, ["南昌地铁四号线开通运营"], body)
    items = layout_of(text).items
    assert [(i.title, i.authors, i.authors_in_text) for i in items][-1] == ("南昌地铁四号线开通运营", ("郑丽",), True)
    assert items[-1].paragraphs[0].startswith("本报南昌5月8日电")


def test_a_column_cut_before_a_paragraph_s_last_two_lines_is_no_headline():
    # The lines after the break are too few to show their column: the column before
    # shows the first of them full, so the line over the break is no headline.
    short = "食堂还为行动不便的老人提供送餐上门服务，老人们都说省事多了。"
    first, second = [*wrap(BODY_A, 14), *wrap(MEAL, 14)], wrap(short, 14)
    second[-1] += " （王晓明）"
    text = "\n".join(["地铁四号线开通运营", "", *first, second[0], "", *second[1:]]) + "\n"
    items = layout_of(text).items
    assert [(i.title, i.paragraphs) for i in items] == [("地铁四号线开通运营", (BODY_A, MEAL, short))]


def test_a_full_line_ending_a_sentence_after_a_short_sentence_end_is_a_paragraph():
    # `“老人们喜欢……办好。”` is as wide as the column (its marks hung) but a paragraph
    # of one line: the sentence before it, a little short, ends its paragraph.
    texts = [
        "今年以来，东湖区在街道社区新建长者", "食堂十六家，为辖区六十岁以上老人提供", "助餐服务，还为老人送餐上门服务。",
        "“老人们喜欢，我们就要把这件好事办好。”", "豫章街道相关负责人表示，下一步将根据", "老人口味调整菜品。",
    ]  # fmt: skip
    lines = [PageLine.read(number, text) for number, text in enumerate(texts, 1)]
    assert [paragraph[:4] for paragraph in paragraphs(lines)] == ["今年以来", "“老人们", "豫章街道"]


def test_a_byline_on_the_page_s_last_line_ends_the_article_above_it():
    # The last paragraph ends without a full stop (a name in brackets), then the byline
    # on a line of its own: it opens nothing (no text follows it), so it ends the article.
    last = "收购对象为荷兰一家经营咖啡与茶叶的公司（杰德咖啡集团）"
    body = [*wrap(BODY_A, 16), *wrap(last, 16), "  （本报记者 孙倩俊）"]
    items = layout_of(page(["地铁开进新城区"], *[wrap(BODY_B, 16)], ["南昌地铁四号线开通运营"], body)).items
    assert [(i.title, i.authors, i.leftover) for i in items] == [
        ("地铁开进新城区", (), False),
        ("南昌地铁四号线开通运营", ("孙倩俊",), False),
    ]
    assert items[-1].paragraphs[-1].replace(" ", "") == last.replace(" ", "")


def test_a_paragraph_may_end_at_a_colon_before_a_headline_printed_after_it():
    # The article's text stops at a colon (a list the page does not show); its headline
    # is printed after it, at the page's end: the headline is the article's, and the
    # colon line is body text, not a headline of an item of its own.
    intro = "公司旗下现有四大主力品牌，并运营着一个电子商务平台，第一家专卖店开设于浙江省温州市。"
    cut = "二〇一一年公司全系统销售额突破一百亿元。过往及现今知名品牌形象代言人："
    body = [*wrap(intro, 16), *wrap(cut, 16)]
    assert len(body[-1]) < 12  # the colon line is left short
    items = layout_of(page(body, ["上海美特斯邦威服饰股份有限公司"])).items
    assert [(i.title, i.leftover) for i in items] == [("上海美特斯邦威服饰股份有限公司", False)]
    assert [p.replace(" ", "") for p in items[0].paragraphs] == [intro, cut]


def test_a_paragraph_opening_with_a_mark_and_running_on_is_no_subhead():
    # ■ and a full first line with a comma: a paragraph's text, not a 小标题 of clauses.
    marked = "■据介绍，四号线采用六节编组列车，最高运行时速八十公里，全线共有二十九座车站。"
    body = [*wrap(BODY_A, 16), *wrap(marked, 18)[:1], *wrap(marked[16:], 16), *wrap(MEAL, 16)]
    body[-1] += " （王晓明）"
    items = layout_of(page(["南昌地铁四号线开通运营"], body)).items
    assert [(i.title, len(i.paragraphs)) for i in items] == [("南昌地铁四号线开通运营", 3)]
    assert items[0].paragraphs[1].replace(" ", "") == marked
