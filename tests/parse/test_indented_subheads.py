"""An unmarked 小标题 on a page that keeps its paragraph indents: set with a paragraph's
indent, well short of the opening under it, where the page's headlines stand flush. It is
a paragraph of its article, not a headline splitting the article in two (sixth generator,
tests/pagegen6.py: 11 % of its looked-at pages set their 小标题 so)."""

from __future__ import annotations

import pytest
from pagegen5 import default_pool as default_pool5
from pagegen5 import random_page5
from pagegen6 import default_pool as default_pool6
from pagegen6 import random_page6
from pagescore import assert_recovered
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


@pytest.mark.parametrize(
    ("head", "subhead"),
    [
        ([INDENT + "客流创下新高"], "客流创下新高"),
        # (A narrow column wraps the 小标题: its rest flush under it, then the paragraph's
        # indented opening.)
        ([INDENT + "客流创下新高沿线商", "圈人气上升"], "客流创下新高沿线商圈人气上升"),
    ],
)
def test_an_indented_short_line_between_paragraphs_is_a_subhead_of_the_article(head, subhead):
    first = [*indented(BODY_A), *head, *indented(MORE)]
    first[-1] += "（王晓明）"
    second = indented(BODY_B)
    second[-1] += "（李娜）"
    items = layout_of(page(["南昌地铁四号线开通运营"], first, ["篁岭晒秋游人如织"], second)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A, subhead, MORE), ("王晓明",)),
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


@pytest.mark.parametrize(
    ("make", "pool", "seed"),
    [
        (random_page6, default_pool6, 802_978),
        (random_page6, default_pool6, 803_730),
        (random_page5, default_pool5, 502_660),
        (random_page5, default_pool5, 503_652),
    ],
)
def test_generated_pages_with_subheads_wrapped_over_two_lines(make, pool, seed):
    # Looked-at pages of generators 6 and 5 whose 小标题 wrap (当我们用一般的听诊器听 / 诊),
    # each read as the headline of an item of its own before.
    assert_recovered(make(pool(), seed))


def test_a_list_s_items_each_indented_are_paragraphs():
    # 一是…； / 二是…； each on a line of its own with a paragraph's indent: a list's items,
    # each a paragraph of the article, whatever ends them.
    items = ["一是优化线路走向；", "二是加密高峰班次；", "三是完善接驳公交。"]
    body = [*indented(BODY_A), *(INDENT + item for item in items), *indented(MORE)]
    body[-1] += "（王晓明）"
    (item,) = layout_of(page(["南昌地铁四号线开通运营"], body)).items
    assert item.paragraphs == (BODY_A, *items, MORE)


LAST = "下一步，地铁运营公司将根据客流变化优化行车间隔，早晚高峰最小间隔缩短至四分钟以内，方便市民出行。"


def flush_subheads(
    *opening: str, between: tuple[str, ...] = (), heads: tuple[str, str] = ("客流创下新高", "运营持续优化")
) -> str:
    """A page that keeps indents: an article whose two 小标题 (``heads``) stand flush, as
    its headline does, signed at its end, and a second article under it."""
    body = [
        *opening,
        *indented(BODY_A),
        *indented(BODY_B),
        heads[0],
        *between,
        *indented(MORE),
        *indented(BODY_A),
        heads[1],
        *indented(LAST),
    ]
    body[-1] += "（王晓明）"
    second = indented(BODY_B)
    second[-1] += "（李娜）"
    return page(["南昌地铁四号线开通运营"], body, ["篁岭晒秋游人如织"], second)


def test_flush_subheads_of_one_signed_article_are_its_paragraphs():
    # Set flush like the page's headlines, two short lines a few paragraphs apart inside
    # one article signed after them are its 小标题 (tests/pagegen6.py sets them so).
    items = layout_of(flush_subheads()).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A, BODY_B, "客流创下新高", MORE, BODY_A, "运营持续优化", LAST), ("王晓明",)),
        ("篁岭晒秋游人如织", (BODY_B,), ("李娜",)),
    ]


def test_flush_subheads_quoting_their_paragraphs_are_still_paragraphs():
    # Each 小标题 repeats words of the paragraph under it (沿线商圈人气上升 over
    # …沿线商圈人气明显上升…), as a headline names its article's opening: a sign of a
    # heading, not of which kind, so it does not make them headlines splitting the article.
    heads = ("沿线商圈人气上升", "行车间隔缩短")
    items = layout_of(flush_subheads(heads=heads)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A, BODY_B, heads[0], MORE, BODY_A, heads[1], LAST), ("王晓明",)),
        ("篁岭晒秋游人如织", (BODY_B,), ("李娜",)),
    ]


def test_flush_short_lines_under_a_dateline_s_article_head_items():
    # An article opening with a dateline is signed there (or the dateline opens another):
    # short flush lines after it head items of their own, the byline after them signs
    # the last (generator 5: 新华社…电 articles followed by unsigned ones).
    text = flush_subheads(INDENT + "新华社南昌6月17日电　" + BODY_A[:10], INDENT + BODY_A[10:])
    titles = [item.title for item in layout_of(text).items]
    assert titles == ["南昌地铁四号线开通运营", "客流创下新高", "运营持续优化", "篁岭晒秋游人如织"]


def test_flush_short_lines_across_a_jump_line_head_items():
    # 上接第一版 between them: the text under it came from another page, another article.
    text = flush_subheads(between=("（上接第一版）",))
    titles = [item.title for item in layout_of(text).items if item.kind == "article"]
    assert titles == ["南昌地铁四号线开通运营", "客流创下新高", "运营持续优化", "篁岭晒秋游人如织"]
