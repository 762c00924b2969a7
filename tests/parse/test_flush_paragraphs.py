"""Pages that set paragraphs flush (no indent, so an opening is a full line, not about
2 em short): there a full line after a sentence end is an opening, so a short line over
one reads as its headline, not as an opening over a line going on."""

from __future__ import annotations

import pagegen4
import pagegen5
import pagegen7
import pytest
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _flush_openings, analyse_page

FIRST = [
    "华灯初上，九江市浔阳区的美",
    "食街上人头攒动。烧烤、小龙",
    "虾、茶饮店前排起了长队。",
    "为激发消费活力，当地推出夜",
    "间延时经营、临时外摆等便利",
    "措施，夜间消费持续升温。",
    "市商务局有关负责人说，下一",
    "步将打造更多特色夜市和消费",
    "场景，让市民逛得舒心。",
    "（记者 张三）",
]
SECOND = [
    "四川大学华西医院是位于中国",
    "四川省成都市国学巷的一座著",
    "名大型三级甲等医院。",
    "原称华西医院，华西医科大学",
    "与四川大学合并后改称四川大",
    "学华西医院。",
    "医院起源于一八九二年在成都",
    "创建的仁济、存仁医院，历史",
    "悠久。",
]
TITLE = "四川大学华西临床医"  # 3.5 em short: as an opening, an indent lost and more


def _items_of_a_flush_page(lines: list[str]):
    """The items parsed from ``lines``, a page that must read as setting paragraphs flush."""
    page = read_lines(split_lines("\n".join(lines) + "\n"))
    assert _flush_openings(page)[0]
    return analyse_page(page).items


def test_a_flush_page_is_told_from_one_that_loses_its_indents():
    assert _flush_openings(read_lines(split_lines("\n".join([*FIRST, TITLE, *SECOND]) + "\n")))[0]
    indented = [line[2:] if i and FIRST[i - 1].endswith("。") else line for i, line in enumerate(FIRST)]
    assert not _flush_openings(read_lines(split_lines("\n".join(indented) + "\n")))[0]


def test_a_headline_over_a_flush_opening_heads_its_item():
    items = analyse_page(read_lines(split_lines("\n".join([*FIRST, TITLE, *SECOND]) + "\n"))).items
    assert [item.title for item in items] == ["", TITLE]
    assert items[1].paragraphs[0].startswith("四川大学华西医院是")


def test_on_a_flush_page_a_sentence_ending_short_before_a_full_line_ends_its_paragraph():
    # The second paragraph's last line is 2 em short and the third opens with a full line:
    # on a page that sets paragraphs flush that is a paragraph end (on a page that loses
    # its indents the full line would go on, the short one stretched to the column).
    lines = [
        "华灯初上，九江市浔阳区的美",
        "食街上人头攒动。烧烤、小龙",
        "虾、茶饮店前都排起长队。",  # 1 em short: the page cannot show an end
        "为激发消费活力，当地推出夜",
        "间延时经营、临时外摆等便利",
        "措施，夜间消费升温了。",  # 2 em short
        "市商务局有关负责人说，下一",
        "步将打造更多特色夜市和消费",
        "场景，让市民逛得舒心。",
        "据统计，今年以来全市夜间消",
        "费已占全天消费的四成以上，",
        "夜经济成为城市新名片。",
        "不少市民表示，夜市让城市更",
        "有烟火气，希望越办越好。",
    ]
    items = _items_of_a_flush_page(lines)
    assert len(items) == 1
    assert [p[:4] for p in items[0].paragraphs] == ["华灯初上", "市商务局", "据统计，", "不少市民"]


def test_two_full_openings_show_a_short_page_flush():
    # One article of three paragraphs: two openings after a sentence end, both as wide as
    # the line under them, none about 2 em short, already tell the page sets paragraphs
    # flush. (Read as losing its indents, the headline 3 em short was the first
    # paragraph's opening, going on into the text.)
    lines = [
        "一条古道串起三个村",
        "青石板路蜿蜒向前，两旁是",
        "成片的茶园和竹林。这条古",
        "道如今成了远近闻名的徒步",
        "线路。",
        "去年以来，沿线三个村联合",
        "成立了旅游合作社，统一修",
        "缮古道、规划民宿和茶室。",
        "“周末客房基本住满，一年",
        "能增收四五万元。”经营民",
        "宿的村民叶大姐说。",
    ]
    items = _items_of_a_flush_page(lines)
    assert [(item.title, item.paragraphs[0][:4]) for item in items] == [(lines[0], "青石板路")]


@pytest.mark.parametrize(
    "generator, seed",
    [
        # looked-at pages (even seeds) of three generators, each recovered only now
        ("gen4", 401_424),
        ("gen5", 500_550),
        ("gen6", 801_780),
    ],
)
def test_generated_pages_with_few_openings(generator, seed, generated_page):
    assert_recovered(generated_page(generator, seed))


def test_a_byline_is_no_opening():
    # (（韦琪涛） after a sentence end, over a headline 3 em wider: no opening 3 em short.)
    lines = read_lines(split_lines("\n".join([
        "夜幕降临，乐平市一个村子的足", "球场上人声鼎沸。两支由村民组", "成的球队正在激烈角逐。",
        "（韦琪涛）", "数字赣州建设", "赣州5G基站突破1万个",
        "今年以来，赣州建成基站一万个，", "实现县城以上区域连续覆盖。",
        "下一步，赣州将加快推进千兆光", "网协同发展，力争明年再建五千", "个基站。",
        "（王晓明）", "城市书房人气旺", "南昌市城市书房已建成八十六家。",
    ]) + "\n"))
    signatures = {i for i, line in enumerate(lines) if line.text in ("（韦琪涛）", "（王晓明）")}
    assert _flush_openings(lines)[2]  # (read as openings, they showed the indents lost)
    assert _flush_openings(lines, signatures=signatures) == (False, 0.0, False)


@pytest.mark.parametrize(
    "make, pool, seed",
    [
        (pagegen4.random_page4, pagegen4.default_pool, 402_842),
        (pagegen4.random_page4, pagegen4.default_pool, 403_230),
        (pagegen5.random_page5, pagegen5.default_pool, 500_840),
        (pagegen5.random_page5, pagegen5.default_pool, 500_954),
        (pagegen7.random_page7, pagegen7.default_pool, 700_948),
        (pagegen7.random_page7, pagegen7.default_pool, 703_752),
    ],
)
def test_generated_pages_with_bylines_between_openings(make, pool, seed):
    # Looked-at pages of generators 4, 5 and 7 whose bylines were counted among the
    # page's openings (as 2 em short, or as full lines), so the page's habit was misread.
    assert_recovered(make(pool(), seed))
