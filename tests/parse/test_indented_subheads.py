"""An unmarked 小标题 on a page that keeps its paragraph indents: set with a paragraph's
indent, well short of the opening under it, where the page's headlines stand flush. It is
a paragraph of its article, not a headline splitting the article in two (sixth generator,
tests/pagegen6.py: 11 % of its looked-at pages set their 小标题 so)."""

from __future__ import annotations

from test_page import BODY_A, BODY_B, layout_of, page

INDENT = "\u3000\u3000"
MORE = "地铁开通首日客流超过二十万人次，沿线商圈人气明显上升，不少市民专程前来体验新线路带来的便利。"


def indented(text: str, width: int = 16) -> list[str]:
    """``text`` hard-wrapped at ``width`` ideographs, its first line indented 2 em."""
    lines, room = [], width - 2
    while text:
        lines.append((INDENT if not lines else "") + text[:room])
        text, room = text[room:], width
    return lines


def test_an_indented_short_line_between_paragraphs_is_a_subhead_of_the_article():
    first = [*indented(BODY_A), INDENT + "客流创下新高", *indented(MORE)]
    first[-1] += "（王晓明）"
    second = indented(BODY_B)
    second[-1] += "（李娜）"
    items = layout_of(page(["南昌地铁四号线开通运营"], first, ["篁岭晒秋游人如织"], second)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A, "客流创下新高", MORE), ("王晓明",)),
        ("篁岭晒秋游人如织", (BODY_B,), ("李娜",)),
    ]


def test_a_flush_short_line_there_still_heads_an_article():
    # The same line set flush, as the page's headlines are, heads the article under it.
    first = indented(BODY_A)
    first[-1] += "（王晓明）"
    second = indented(MORE)
    second[-1] += "（李娜）"
    items = layout_of(page(["南昌地铁四号线开通运营"], first, ["客流创下新高"], second)).items
    assert [(item.title, item.paragraphs) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A,)),
        ("客流创下新高", (MORE,)),
    ]



def test_a_list_s_items_each_indented_are_paragraphs():
    # 一是…； / 二是…； each on a line of its own with a paragraph's indent: a list's items,
    # each a paragraph of the article, whatever ends them.
    items = ["一是优化线路走向；", "二是加密高峰班次；", "三是完善接驳公交。"]
    body = [*indented(BODY_A), *(INDENT + item for item in items), *indented(MORE)]
    body[-1] += "（王晓明）"
    (item,) = layout_of(page(["南昌地铁四号线开通运营"], body)).items
    assert item.paragraphs == (BODY_A, *items, MORE)
