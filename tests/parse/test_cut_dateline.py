"""A dateline the column cut before its 讯 or 电 (本报南昌 12 月 17日 / 讯（记者 袁鑫 …）,
新华社南昌 12 月 17 / 日电) is read across the line's end: the body opens there, credited
at its head, and the line is no heading line. Read alone, it ended as a heading may (no
mark), so the headline over it could be a late one of the article before, with the
dateline's body."""

from __future__ import annotations

from pagegen5 import default_pool, random_page5
from pagescore import check_page, parse_layout

from qa.parse.columns import PageLines
from qa.parse.lines import read_lines
from qa.parse.segment import _run, opens_item_at


def _lines(*texts: str):
    return read_lines(enumerate(texts))


def test_a_dateline_cut_before_its_last_character_opens_an_item():
    lines = _lines("便宜？", "本报南昌 12 月 17日", "讯（记者 袁鑫 通讯员", "孟南燕）走进南昌的水")
    assert opens_item_at(lines, 1)
    assert opens_item_at(_lines("本报西安 3", "月12日讯（记者 张三）今年"), 0)
    assert opens_item_at(_lines("新华社南昌 12 月 17", "日电　连日来，我市持"), 0)


def test_lines_that_only_run_into_one_are_no_cut_dateline():
    # A headline over a dateline of its own: the two together read as one, but the next
    # line opens the item.
    assert not opens_item_at(_lines("神圣十月", "中新网1月1日电 《神圣十月》"), 0)
    # A line holding a month that runs on into text with no 讯 or 电 near its start.
    assert not opens_item_at(_lines("本报南昌12月", "举行了一场招聘会，吸引了"), 0)
    assert not opens_item_at(_lines("本报南昌 12 月 17日"), 0)  # (the page's last line)


def test_heading_lines_stop_at_a_cut_dateline():
    lines = _lines("为什么今年的荔枝这么", "便宜？", "本报南昌 12 月 17日", "讯（记者 袁鑫 通讯员", "孟南燕）走进南昌的水")
    page = PageLines(lines, {}, frozenset(), frozenset())
    run, _ = _run(page, 0)
    assert run == 2


def test_an_article_under_a_cut_dateline_is_its_own():
    # A looked-at page of generator 5 (seed 500652): the article under 为什么今年的荔枝这么
    # 便宜？ went to the article before, its headline and dateline as body text.
    page = random_page5(default_pool(), 500_652)
    articles = [item for item in parse_layout(page.text).items if item.kind == "article"]
    assert [item.title for item in articles][-1] == "为什么今年的荔枝这么便宜？"
    assert articles[-1].authors == ("袁鑫", "孟南燕")
    assert check_page(page).count_ok
