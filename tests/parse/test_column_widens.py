"""An article's column may widen inside a paragraph (its first lines set beside a photo,
the rest under it): the paragraph opening short of the wide column is read in the narrow
column its first lines fill, and the article goes on across the change (generator 8,
looked-at: 获奖项目涵盖新材料、 / 生物医药、数字经济、现代 / 农业等领域。其中，一款用于果蔬保 had
read as a headline ending in 、 over a new article). The opening must read as running
text where it alone is narrow (indented as the page's openings are, or holding a clause
mark other than a colon). A headline over a body that widens so reads better too: its
body's first line is no longer a subtitle (获奖项目涵盖新材料、生), nor a headline wrapped at
its comma a one-line headline over a body opening with its second line. (Three narrow
lines under the opening, and an indented opening, read right before the change: kept here
as its bounds.)"""

from __future__ import annotations

import pytest
from test_page import BODY_A, items_of, wrap

TITLE = "首届青年创新创业大赛落幕"
FIRST = "经过三个多月的激烈角逐，首届全省青年创新创业大赛日前在南昌落下帷幕，来自高校和企业的30个项目进入决赛。"
SECOND = "获奖项目涵盖新材料、生物医药、数字经济、现代农业等领域。其中，一款用于果蔬保鲜的可降解包装材料获得一等奖。"
THIRD = "大赛组委会表示，获奖项目将优先获得创业担保贷款和入驻孵化基地等支持，帮助项目尽快落地转化。"


def widening(text: str, narrow: int, wide: int, narrow_lines: int, indent: str = "") -> list[str]:
    """``text`` as a paragraph whose first ``narrow_lines`` lines fill a column ``narrow``
    ideographs wide (the first two short, or indented by ``indent``) and the rest one
    ``wide``."""
    room = narrow - 2
    lines = []
    while text:
        if len(lines) == narrow_lines:
            room = wide
        lines.append((indent if not lines else "") + text[:room])
        text, room = text[room:], narrow if len(lines) < narrow_lines else wide
    return lines


def indented(text: str, width: int) -> list[str]:
    lines = wrap(text, width)
    return ["　　" + lines[0], *lines[1:]]


@pytest.mark.parametrize("narrow_lines", [2, 3])
def test_an_article_goes_on_where_its_column_widens_inside_a_paragraph(narrow_lines):
    lines = [TITLE, *wrap(FIRST, 12), *widening(SECOND, 12, 17, narrow_lines), *wrap(THIRD, 17)]
    items = items_of(lines)
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [(TITLE, FIRST + SECOND + THIRD)]
    assert items[0].paragraphs[0] == FIRST


def test_an_indented_opening_with_no_clause_mark_goes_on_where_the_column_widens():
    # (Generator 8: 培训采取“理论+实践” / 模式，邀请农业专家、电商企业负责 had read as a headline.)
    second = "培训采取“理论+实践”模式，邀请农业专家、电商企业负责人走进田间地头授课，并组织学员赴省内外先进地区考察学习。"
    lines = [TITLE, *indented(FIRST, 12), *widening(second, 12, 17, 1, indent="　　"), *indented(THIRD, 17)]
    items = items_of(lines)
    assert [(i.title, i.paragraphs) for i in items] == [(TITLE, (FIRST, second, THIRD))]


@pytest.mark.parametrize(
    "title",
    [
        TITLE,  # as wide as the column before, no clause mark
        "AI进课堂：老师多了个“助教”",  # a colon: a headline's mark too
    ],
)
def test_a_headline_over_a_body_that_widens_is_read_whole(title):
    lines = [*wrap(BODY_A, 13), title, *widening(SECOND, 13, 18, 1), *wrap(THIRD, 18)]
    items = items_of(lines)
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [("", BODY_A), (title, SECOND + THIRD)]


def test_a_headline_wrapped_at_its_comma_over_a_body_that_widens_is_read_whole():
    lines = [*wrap(BODY_A, 13), "暴雨过后，", "他们连夜清淤复产", *widening(SECOND, 12, 17, 2), *wrap(THIRD, 17)]
    items = items_of(lines)
    assert [(i.title, "".join(i.paragraphs)) for i in items] == [("", BODY_A), ("暴雨过后，他们连夜清淤复产", SECOND + THIRD)]
