"""A commentary or short piece signed with its writer's bare name under its last sentence
(`韩倩燕`): the name ends the article above when a headline follows it, and titles the
article below when its byline, dateline or text follows (a person's name as a headline)."""

from __future__ import annotations

import pytest
from pagetext import BODIES, TITLES, wrap

from qa.parse.byline import find_bare_name
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


def items_of(lines: list[str]):
    return [item for item in analyse_page(read_lines(split_lines("\n".join(lines) + "\n"))).items]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("韩倩燕", ("韩倩燕",)),
        ("欧阳振强", ("欧阳振强",)),
        ("刘颖", None),  # two characters: printed padded (刘 颖), else as often a place (关岛)
        ("谢燕摄", None),  # a photo credit
        ("新闻速览", None),  # no common surname
        ("王法慧（", None),
        ("夏河县", None),  # a county: a place under a government, not a person (夏 is a surname)
        ("安图县", None),
        ("黄家村", None),
    ],
)
def test_a_bare_name(line, names):
    found = find_bare_name(line)
    assert (found.names if found else None) == names


def test_a_bare_name_over_a_headline_signs_the_text_above():
    page = [TITLES[0], *wrap(BODIES[0], 20), "韩倩燕", TITLES[1], *wrap(BODIES[1], 20)]
    items = items_of(page)
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], ("韩倩燕",)), (TITLES[1], ())]
    assert "韩倩燕" not in "".join(items[0].paragraphs)


@pytest.mark.parametrize(
    "under",
    [
        ["本报讯（记者 刘新华）" + BODIES[1][:10], *wrap(BODIES[1][10:] + "周恩来指出，", 20)],  # a dateline
        ["本报记者 刘新华", *wrap(BODIES[1], 20)],  # a byline line
        wrap("周恩来，字翔宇，" + BODIES[1], 20),  # running text naming the person
    ],
)
def test_a_bare_name_over_an_articles_opening_is_its_headline(under):
    page = [TITLES[0], *wrap(BODIES[0], 20), "周恩来", *under]
    items = items_of(page)
    assert [item.title for item in items] == [TITLES[0], "周恩来"]
    assert items[0].authors == ()


def test_an_article_signed_by_its_byline_line_takes_no_bare_name():
    page = [TITLES[0], "本报记者 刘新华", *wrap(BODIES[0], 20), "韩倩燕", TITLES[1], *wrap(BODIES[1], 20)]
    items = items_of(page)
    assert items[0].authors == ("刘新华",)
    # The name can sign nothing above: over the next headline, it is that article's
    # writer, set over its headline (``page._writer_over_heading``).
    assert [(item.title, item.authors) for item in items[1:]] == [(TITLES[1], ("韩倩燕",))]


def test_a_marked_name_over_an_article_signed_at_its_end_is_its_title():
    # ■陆文东 alone over a text would be its byline; with the writers' names in brackets at
    # the end, it is the short item's title (an article is signed once).
    opening = [line.strip() for line in wrap(BODIES[1], 20, "  ")]  # its indent lost, 2 em short
    page = [*wrap(BODIES[0], 20), "（刘新华）", "●高句丽", *opening, "（尹雨晨 曾霞思）"]
    items = items_of(page)
    assert [(item.title, item.authors) for item in items] == [("", ("刘新华",)), ("高句丽", ("尹雨晨", "曾霞思"))]
    assert "●" in items[1].consumed


def test_a_bare_name_closing_the_page_signs_the_text_above():
    page = [TITLES[0], *wrap(BODIES[0], 20), TITLES[1], *wrap(BODIES[1], 20), "林兴浩"]
    items = items_of(page)
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], ()), (TITLES[1], ("林兴浩",))]


def test_a_bare_name_the_text_above_names_is_its_title_printed_after_it():
    about = wrap("林兴浩，江西南昌人，" + BODIES[1], 20)
    items = items_of([TITLES[0], *wrap(BODIES[0], 20), "（刘新华）", *about, "林兴浩"])
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], ("刘新华",)), ("林兴浩", ())]


def test_a_bare_name_over_a_text_that_never_names_the_person_signs_the_text_above():
    # The text below (printed without a headline) is no piece about 马娜然: the name signs
    # the article above it.
    opening = [line.strip() for line in wrap(BODIES[1], 20, "  ")]
    items = items_of([TITLES[0], *wrap(BODIES[0], 20), "马娜然", *opening])
    assert items[0].authors == ("马娜然",)
    assert all("马娜然" not in (item.title + item.kicker) for item in items)


def test_a_bare_name_over_a_text_that_names_the_person_soon_is_its_title():
    about = [line.strip() for line in wrap("本报讯 2016年5月，" + BODIES[1] + "金正恩出席了会议。", 20, "  ")]
    assert "金正恩" not in about[0]
    items = items_of([TITLES[0], *wrap(BODIES[0], 20), "金正恩", *about])
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], ()), ("金正恩", ())]


def test_a_marked_name_over_a_text_that_names_the_person_is_its_title():
    about = [line.strip() for line in wrap("周文公，姬姓，名旦，又称周公旦。" + BODIES[1], 20, "  ")]
    items = items_of([TITLES[0], *wrap(BODIES[0], 20), "（刘新华）", "■周公旦", *about])
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], ("刘新华",)), ("周公旦", ())]
    # Over a text that does not name him, the marked name is the writer's byline.
    opening = [line.strip() for line in wrap(BODIES[1], 20, "  ")]
    items = items_of([TITLES[0], *wrap(BODIES[0], 20), "（刘新华）", TITLES[1], "■陆文东", *opening])
    assert [(item.title, item.authors) for item in items] == [(TITLES[0], ("刘新华",)), (TITLES[1], ("陆文东",))]
