"""Unmarked 小标题 on a page that sets its paragraphs flush: a short line ending no
sentence between two paragraphs of one article, where the article sets several of them a
paragraph or more apart (sixth generator, tests/pagegen6.py). A short line alone there,
or short lines a paragraph apart over no article's byline, head items of their own
(briefs)."""

from __future__ import annotations

import pytest
from test_page import BODY_A, BODY_B, layout_of, page, wrap

from qa.parse.page import _pushed_down

MORE = "地铁开通首日客流超过二十万人次，沿线商圈人气明显上升，不少市民专程前来体验新线路带来的便利。"
LAST = "下一步，地铁运营公司将根据客流变化优化行车间隔，早晚高峰最小间隔缩短至四分钟以内，方便市民出行。"


@pytest.mark.parametrize(
    "under",
    [
        MORE,
        # The paragraph under a 小标题 may open with a year: a run no line break splits,
        # but one that would have fitted in what the short line leaves, so no reason it
        # is short.
        "2024年，" + MORE,
    ],
)
def test_subheads_of_one_signed_article_are_its_paragraphs(under):
    body = [*wrap(BODY_A, 20), *wrap(BODY_B, 20), "客流创下新高", *wrap(under, 20), *wrap(BODY_A, 20), "运营持续优化", *wrap(LAST, 20)]
    body[-1] += "（王晓明）"
    second = wrap(BODY_B, 20)
    second[-1] += "（李娜）"
    items = layout_of(page(["南昌地铁四号线开通运营"], body, ["篁岭晒秋游人如织"], second)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A, BODY_B, "客流创下新高", under, BODY_A, "运营持续优化", LAST), ("王晓明",)),
        ("篁岭晒秋游人如织", (BODY_B,), ("李娜",)),
    ]


def test_subheads_a_short_paragraph_apart_in_one_signed_article():
    # (Each over one paragraph of three lines: briefs are shaped so too, but an article's
    # byline under them all, no other between, signs one article.)
    body = [*wrap(BODY_A, 20), "客流创下新高", *wrap(MORE, 20), "运营持续优化", *wrap(LAST, 20), "市民出行更便利", *wrap(BODY_B, 20)]
    body[-1] += "（王晓明）"
    items = layout_of(page(["南昌地铁四号线开通运营"], body)).items
    assert [(item.title, item.paragraphs, item.authors) for item in items] == [
        (
            "南昌地铁四号线开通运营",
            (BODY_A, "客流创下新高", MORE, "运营持续优化", LAST, "市民出行更便利", BODY_B),
            ("王晓明",),
        ),
    ]


def test_short_items_a_paragraph_apart_stay_items():
    # Unsigned briefs under their titles, one paragraph each: no 小标题 of one article.
    first = wrap(BODY_A, 20)
    first[-1] += "（王晓明）"
    items = layout_of(
        page(["南昌地铁四号线开通运营"], first, ["客流创下新高"], wrap(MORE, 20), ["运营持续优化"], wrap(LAST, 20))
    ).items
    assert [(item.title, item.paragraphs) for item in items] == [
        ("南昌地铁四号线开通运营", (BODY_A,)),
        ("客流创下新高", (MORE,)),
        ("运营持续优化", (LAST,)),
    ]


def test_a_list_s_items_on_lines_of_their_own_are_paragraphs():
    # （1）…； / （2）…； each on a line of its own on a page that sets paragraphs flush.
    items = ["（1）优化线路走向；", "（2）加密高峰班次；", "（3）完善接驳公交。"]
    body = [*wrap(BODY_A, 20), *items, *wrap(MORE, 20)]
    body[-1] += "（王晓明）"
    (item,) = layout_of(page(["南昌地铁四号线开通运营"], body)).items
    assert item.paragraphs == (BODY_A, *items, MORE)


def test_only_a_run_too_wide_for_what_a_line_leaves_pushes_it_short():
    # What the two tests of a short line (小标题, heading under a byline) ask.
    assert not _pushed_down("2024年，地铁开通首日客流超过二十万人次", 10.0)
    assert _pushed_down("OpenCourseWare是由麻省理工学院创始的", 6.0)
    assert not _pushed_down("地铁开通首日客流超过二十万人次", 1.0)  # (no unbroken run opens it)
