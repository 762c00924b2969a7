"""What opens an item (a byline line under a headline, a dateline) may start one whatever
ends the line before it, its headline over it: a paragraph may end without a full stop
(人口 2.4 万人（2007 年）, a table's 单位：米）：), left short of its column, and the item
before ends there, not through the headline. A line inside a bracket the line above
opened is no byline of its own."""

from __future__ import annotations

import pytest
from pagetext import page_items
from test_late_headlines import PLAIN, SECOND, TITLES
from test_late_headlines import _wrap as wrap_em


def _items(lines: list[str], double: bool = True):
    return page_items(lines, double, furniture=False)


def _body(*paragraphs: str, width: float) -> list[str]:
    return [line for paragraph in paragraphs for line in wrap_em(paragraph, width, 2)]


UNFINISHED = SECOND[0][:-1] + "（2023年）"  # a last paragraph ending without a full stop
TABLE = SECOND[0][:-1] + "，各地数值（单位：亿元）："  # ... at a colon, a table followed in print


@pytest.mark.parametrize("lead", ["◎ 本报记者 沈静刚", "文/沈静刚、高晶", "本报记者 沈静刚 高晶"])
@pytest.mark.parametrize("width", [12, 15, 16, 17])
def test_a_byline_under_a_late_headline_opens_an_item_after_an_unfinished_line(lead, width):
    # Headlines after their articles: the first article ends with a line left short
    # without a full stop, its headline under it, then the byline opens the second.
    lines = [
        *_body(PLAIN[0], UNFINISHED, width=width), TITLES[0],
        lead, *_body(PLAIN[1], SECOND[1], width=width), TITLES[1],
        "◎ 本报记者 王五", *_body(PLAIN[2], SECOND[2], width=width), TITLES[2],
    ]
    items = _items(lines)
    assert [item.title for item in items] == list(TITLES)
    assert items[0].paragraphs == (PLAIN[0], UNFINISHED)
    assert items[1].paragraphs == (PLAIN[1], SECOND[1])
    assert items[1].authors[0] == "沈静刚"


@pytest.mark.parametrize("width", [13, 14, 17, 18])
@pytest.mark.parametrize("double", [True, False])
def test_a_dateline_under_a_headline_opens_an_item_after_an_unfinished_line(width, double):
    # Headlines over their articles: the first ends with a line left short at a colon (a
    # table followed in print), then the second's kicker and title over its dateline.
    second = "本报讯（记者 李飞宇）" + PLAIN[1]
    lines = [
        TITLES[0], *_body(PLAIN[0], TABLE, width=width),
        "家门口上车 十八天抵欧洲", TITLES[1], *_body(second, SECOND[1], width=width),
    ]
    items = _items(lines, double)
    assert len(items) == 2
    # (Which heading line is the kicker and which the title is not read here.)
    heads = " ".join(part for part in (items[1].kicker, items[1].title, items[1].subtitle) if part)
    assert (heads, items[1].authors) == ("家门口上车 十八天抵欧洲 " + TITLES[1], ("李飞宇",))
    assert items[0].paragraphs == (PLAIN[0], TABLE)


def test_a_line_inside_a_bracket_opened_above_is_no_byline():
    # A dateline's byline wrapped by a narrow column: 者 崔雪霞 通讯员 邹 is inside the
    # bracket 本报鹰潭12月15日电（记 opened, not names opening an item.
    lines = [TITLES[0], "本报鹰潭 12 月 15 日电（记", "者 崔雪霞 通讯员 邹", *wrap_em("娜）" + PLAIN[1], 12, 0)]
    items = _items(lines)
    assert len(items) == 1
    assert items[0].title == TITLES[0]
    assert items[0].authors == ("崔雪霞", "邹娜")
