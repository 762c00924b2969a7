"""The page read as a whole (qa/parse/segment.py): the kinds of failure seen on pages from an
independent generator, every line in exactly one item, confidences, and the recovery
rates of both generators held to floors."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pagegen import known_articles, random_page
from pagegen2 import make_page2, news_sources, random_page2
from pagescore import score_pages
from test_page import accounted, layout_of, visible

from qa.cli import main
from qa.parse.columns import PageLines
from qa.parse.decode import split_lines
from qa.parse.lines import PageLine, page_metric, read_lines
from qa.parse.page import _keeps_indents, _mark, _spacing
from qa.parse.segment import decode

POOL1 = known_articles()
POOL2 = news_sources()


def column(text: str, width: int) -> list[str]:
    """Set ``text`` in a column ``width`` ideographs wide, the first line 2 short (its
    indent lost); one ideograph or mark is one unit, as on a page with full-width marks."""
    lines, room = [], width - 2
    while text:
        lines.append(text[:room])
        text, room = text[room:], width
    return lines


def page_of(*blocks: list[str]) -> str:
    return "\n\n".join(line for block in blocks for line in block) + "\n"


METRO = "南昌地铁四号线一期工程正式开通运营，线路全长三十九公里，共设车站二十九座，串联起红谷滩西湖青山湖等六个城区，市民出行更加方便。"
RICE = "崇仁县一家米粉加工厂里机器轰鸣，经过浸泡磨浆蒸片晾晒等十多道工序，一根根洁白的米粉新鲜出炉，随后被打包发往全国各地。"
BIRDS = "今冬在鄱阳湖越冬的候鸟数量达到七十八万只，比去年同期增加约五万只，其中白鹤超过四千只，占全球种群数量的九成以上。"


# --- the kinds of failure seen on the independent generator's pages -------------------


def test_a_page_whose_headlines_all_follow_their_bylines():
    # Each headline stands after its article's byline and the next article follows at
    # once: no headline goes to the article after it, and no article is split.
    a, b, c = column(METRO, 15), column(RICE, 15), column(BIRDS, 15)
    a[-1] += " （王晓明）"
    b[-1] += " （郑 丽）"
    c[-1] += " （刘建华）"
    text = page_of(a, ["南昌地铁四号线开通运营"], b, ["一碗米粉里的乡村振兴"], c, ["鄱阳湖候鸟越冬数量创新高"])
    items = layout_of(text).items
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [
        ("南昌地铁四号线开通运营", METRO),
        ("一碗米粉里的乡村振兴", RICE),
        ("鄱阳湖候鸟越冬数量创新高", BIRDS),
    ]


def test_a_question_headline_last_on_the_page_is_its_articles_title():
    text = "冬奥冠军要搬到加拿大？维安费可不是小数目"
    body = column("有外媒报道称，一位刚刚夺冠的滑雪名将计划移居加拿大训练和生活，仅安保一项，每年的维安费就高达数十万美元。", 14)
    body[-1] += " （唐春超）"
    a = column(METRO, 15)
    a[-1] += " （王晓明）"
    layout = layout_of(page_of(a, body, [text]))
    assert [i.title for i in layout.items] == ["", text]
    assert not any(item.leftover for item in layout.items)


def test_a_kicker_that_repeats_the_next_body_stays_with_its_headline():
    # Headlines after bylines; the first article's kicker repeats a phrase of the second
    # article's body (米粉加工厂): it stays over its own headline, as each article has one.
    a, b = column(METRO, 15), column(RICE, 15)
    a[-1] += " （王晓明）"
    b[-1] += " （郑 丽）"
    text = page_of(a, ["米粉加工厂旁的地铁站", "南昌地铁四号线开通运营"], b, ["一碗米粉里的乡村振兴"])
    items = layout_of(text).items
    assert [(i.kicker, i.title) for i in items] == [
        ("米粉加工厂旁的地铁站", "南昌地铁四号线开通运营"),
        ("", "一碗米粉里的乡村振兴"),
    ]


def test_an_opening_line_cut_at_the_column_is_not_a_headline():
    # A dateline opening a narrow column leaves a first line without any mark.
    lead = "中新网1月11日电据南昌市交通运输局介绍，地铁四号线开通后日均客运量预计超过二十万人次，沿线公交线路将同步优化调整。"
    a = column(METRO, 15)
    a[-1] += " （王晓明）"
    rest = lead[len("中新网1月11日电据") :]
    b = ["中新网1月11日电据"] + [rest[i : i + 11] for i in range(0, len(rest), 11)]  # 8.5 em, then 11
    b[-1] += " （郑 丽）"
    items = layout_of(page_of(a, b)).items
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [("", METRO), ("", lead)]


# --- every line in one item, nothing lost, nothing invented ------------------------------


def _spans(text: str):
    lines = read_lines(split_lines(text))
    marked = _mark(lines)
    double = _spacing(marked.lines)
    breaks = frozenset(
        i
        for i in range(1, len(marked.lines))
        if marked.lines[i].indent or (marked.lines[i].blank_before == 0 if double[i] else marked.lines[i].blank_before > 0)
    )
    page = PageLines(
        marked.lines, {i: k for i, (_, k) in marked.ends.items()}, frozenset(marked.leads), breaks,
        _keeps_indents(marked.lines),
    )
    return page, decode(page)


@st.composite
def second_pages(draw):
    chosen = draw(st.lists(st.sampled_from(range(len(POOL2))), min_size=1, max_size=6))
    return make_page2([POOL2[i] for i in chosen], draw(st.randoms(use_true_random=False)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
@given(second_pages())
def test_every_line_is_in_exactly_one_item_and_no_character_is_lost(page):
    decoded_page, decoding = _spans(page.text)
    seen = Counter()
    for span in decoding.spans:
        seen.update((*span.before, *span.leading, *span.body, *span.after))
        if span.sign is not None:
            seen[span.sign] += 1
        assert span.body, span  # every item has a body
        assert not (span.before and span.after), span  # and one headline at most
    assert seen == Counter(range(len(decoded_page.lines)))
    layout = layout_of(page.text)
    assert accounted(layout) == visible(page.text)  # nothing invented, nothing dropped
    # Only byline brackets, 报道, 摄, a byline's mark and 文/ are consumed.
    assert set("".join(item.consumed for item in layout.items)) <= set("（）摄报道■文/")
    assert all(item.paragraphs and all(item.paragraphs) for item in layout.items)


def test_lines_of_the_seed_page_are_each_in_one_item(seed_page):
    decoded_page, decoding = _spans(seed_page.read_text(encoding="utf-8"))
    indices = sorted(
        i for s in decoding.spans for i in (*s.before, *s.leading, *s.body, *s.after, *([s.sign] if s.sign is not None else []))
    )
    assert indices == list(range(len(decoded_page.lines)))


# --- confidence --------------------------------------------------------------------------


def test_a_clear_page_is_read_with_confidence_and_an_unclear_one_says_where(tmp_path, capsys):
    a, b = column(METRO, 15), column(RICE, 15)
    a[-1] += " （王晓明）"
    b[-1] += " （郑 丽）"
    clear = layout_of(page_of(["地铁四号线开通"], a, ["米粉里的乡村振兴"], b))
    assert [i.title for i in clear.items] == ["地铁四号线开通", "米粉里的乡村振兴"]
    assert all(item.confidence > 0.9 for item in clear.items) and not clear.doubts
    # A headline as wide as an opening of its column is read, with less confidence than
    # one well short of it (where an item must start, a line shaped so pays
    # segment.FIRST_BARE to be read as text: the reading is surer, not sure).
    close = layout_of(page_of(["地铁四号线开通"], a, ["一碗碗米粉里的乡村振兴"], b)).items[1]
    assert close.title == "一碗碗米粉里的乡村振兴" and close.confidence < clear.items[1].confidence
    # The reading says where it doubts, with the file and line (a headline whose words
    # its article does not repeat: one that names what the opening says is surer; and
    # holding a comma, as running text does: one with no clause mark where an item must
    # start is surer too, see segment.FIRST_BARE).
    unclear = page_of(["地铁四号线开通"], a, ["山区特色产业，迎来新机遇"], b)
    path = tmp_path / "page.txt"
    path.write_text(unclear, encoding="utf-8")
    assert main(["parse", "--mode", "page", "--json", str(path)]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert all(0.5 <= r["layout"]["confidence"] <= 1.0 for r in records)
    assert all(r["layout"]["first_line"] <= r["layout"]["last_line"] for r in records)
    doubts = [d for r in records for d in r["layout"]["doubts"]]
    assert [d["line"] for d in doubts] == [13] and f"{path}:13: low confidence" in err


def test_an_article_is_no_surer_than_where_the_next_one_starts():
    # Where the second headline is unsure, so is where the first article ends: the first
    # article, read whole with a sure start, is reported as sure as its end.
    a, b = column(METRO, 15), column(RICE, 15)
    a[-1] += " （王晓明）"
    b[-1] += " （郑 丽）"
    clear = layout_of(page_of(["地铁四号线开通"], a, ["米粉里的乡村振兴"], b)).items
    unclear = layout_of(page_of(["地铁四号线开通"], a, ["山区特色产业，迎来新机遇"], b)).items
    assert [item.title for item in unclear] == ["地铁四号线开通", "山区特色产业，迎来新机遇"]
    assert [doubt.what for doubt in unclear[1].doubts] == ["item starts here"]
    start = unclear[1].doubts[0].confidence
    assert unclear[1].confidence == start < 0.9
    assert unclear[0].confidence == start < clear[0].confidence
    assert not unclear[0].doubts  # (the doubt is reported once, where the decision was made)


# --- the page's punctuation width --------------------------------------------------------


def test_a_page_that_sets_its_marks_full_width_is_measured_so():
    text = "近年来，南昌市青山湖区按照中央及省市统战工作会议精神相关要求，以“五强六好”工程创建为契机，通过打造实践创新基地和树立活动品牌，凝聚了新的社会阶层人士共识、智慧、力量，进一步提升了统战工作。" * 2
    full = [PageLine.read(n, t) for n, t in enumerate(column(text, 16), 1)]  # one unit a mark
    assert page_metric(full) == 1.0


def test_the_seed_page_sets_its_marks_half_width(seed_page):
    assert page_metric(read_lines(split_lines(seed_page.read_text(encoding="utf-8")))) == 0.5


# --- both generators, held to floors -----------------------------------------------------


def _first(seed: int):
    return random_page(POOL1, seed)


# Measured when written on these seeds (odd: held out from tuning, which used even ones):
# generator 1 count 0.970, headline 0.992, body 0.987, byline 0.994, paragraph F1 0.997,
# photo 0.984; generator 2 count 0.935, headline 0.907, body 0.932, byline 0.989,
# paragraph F1 0.981, photo 0.978 (before the page's words were weighed: 0.955 / 0.973 /
# 0.968 / 0.992 / 0.995 / 0.984 and 0.885 / 0.849 / 0.863 / 0.964 / 0.965 / 0.924). The
# floors sit below, so noise does not trip them.
FLOORS = {
    "first": dict(count=0.94, headline=0.96, body=0.96, byline=0.97, paragraph_f1=0.98, photo=0.95),
    "second": dict(count=0.88, headline=0.86, body=0.88, byline=0.95, paragraph_f1=0.95, photo=0.93),
}


@pytest.mark.parametrize("generator", ["first", "second"])
def test_recovery_rates_on_held_out_seeds(generator):
    seeds = range(1, 401, 2)
    pages = (_first(s) for s in seeds) if generator == "first" else (random_page2(POOL2, s) for s in seeds)
    scores = score_pages(pages)
    got = {name: getattr(scores, name) for name in FLOORS[generator]}
    assert all(got[name] >= floor for name, floor in FLOORS[generator].items()), got
    assert scores.unassigned == 0


# --- evidence read from the page's own blocks -------------------------------------------


def test_a_question_line_over_a_dateline_heads_the_item_it_opens():
    # The line is as wide as an opening of the column, so width alone cannot place it;
    # the previous paragraph ended well short, so it could only be a one-line paragraph
    # of the article before, and a dateline opens an item under it.
    a = column(METRO, 15)
    a[-1] += " （王晓明）"
    b = column(RICE + BIRDS, 15)
    c = column("本报讯（记者 罗建龙）" + RICE, 15)  # no byline ends b: a dateline opens c
    question = "年轻人为何爱上乡村米粉？"
    items = layout_of(page_of(a, b, [question], c)).items
    assert [i.title for i in items] == ["", "", question]
    assert items[2].authors == ("罗建龙",) and items[2].authors_in_text


def test_a_dateline_sprayed_by_justification_still_names_its_reporters():
    from qa.parse.byline import find_dateline

    sprayed = "新 华 社 九 江 10 月 18 日 电 （ 记 者   康 琼\n嘉 崔欣）在永修县，一批闲置的村集体"
    assert find_dateline(sprayed).names == ("康琼嘉", "崔欣")
    plain = "本报讯（记者 罗建龙 任欣浩\n汤军桂）避开热门景区"
    assert find_dateline(plain).names == ("罗建龙", "任欣浩", "汤军桂")


def test_a_column_is_read_up_to_where_another_columns_lines_start():
    from qa.parse.columns import read_columns

    # Two unsigned articles, the second in a column 6 em wider, no headline between.
    a, b = column(METRO + RICE, 12), column(BIRDS + METRO, 18)
    page, _ = _spans(page_of(a, b))
    columns = read_columns(page)
    start = len(a)
    assert abs(columns.ahead(start)[0] - 18) <= 1 and abs(columns.back[start] - 12) <= 1
    # Read from inside the first column, the block stops where the wider lines start.
    assert abs(columns.ahead(start - 4)[0] - 12) <= 1


def test_third_generator_pages_are_consistent(tmp_path):
    # tests/pagegen3.py is held out (never tuned on; benchmarks/parse.py scores it): here
    # only that what it expects is on its pages, on text it can be given without DRCD.
    from pagegen3 import Source3, make_page3

    pool = [Source3("地铁", (METRO, RICE, BIRDS, METRO + RICE)), Source3("米粉", (RICE, BIRDS)), Source3("候鸟", (BIRDS, METRO, RICE))]
    for seed in range(30):
        page = make_page3(pool, random.Random(seed))
        shown = visible(page.text)
        for item in page.expected:
            text = "".join((item.kicker, item.title, item.subtitle, *item.paragraphs))
            assert visible(text) - shown == Counter(), (seed, item.title)
            for author in item.authors:
                assert all(char in page.text for char in author)
        assert len(page.optional_breaks) == len(page.expected)
