"""A writer's byline (文／秦文伟 黎勇芳) under a finished sentence and over a photo's
captions signs the article above: a byline opens no photo, whose credit (本报记者 王五 摄)
names its photographer (sixth generator, tests/pagegen6.py, looked-at seeds 374, 765,
768 and 778 set such bylines so), over captions of up to ``CAPTION_LINES`` lines. Over a
body, 文/ still opens the item under it."""

from __future__ import annotations

import pytest
from test_page import BODY_A, BODY_B, layout_of, page, wrap

from qa.parse.segment import CAPTION_LINES

CAPTION = "7月20日，工人们冒着高温在抢修供水管道。"
# Captions of several lines (looked-at seed 768: seven), which a photo's captions may run to.
LONG = "8月17日，九江银行南昌分行阳明支行党支部走进南昌市东湖区紫金广场开展主题党日活动，为城市美容师们送去防暑降温物品。"


@pytest.mark.parametrize(("byline", "caption"), [("文／秦文伟 黎勇芳", CAPTION), ("文/ 秦文伟 黎勇芳", CAPTION), ("文／秦文伟 黎勇芳", LONG)])
def test_a_byline_over_captions_signs_the_article_above(byline, caption):
    assert len(wrap(caption, 10)) <= CAPTION_LINES - 1
    items = layout_of(page(["南昌地铁四号线开通运营"], wrap(BODY_A, 16), [byline], wrap(caption, 10), ["本报记者 王五 摄"])).items
    assert [(item.kind, item.title, item.authors, item.photographer, item.paragraphs) for item in items] == [
        ("article", "南昌地铁四号线开通运营", ("秦文伟", "黎勇芳"), "", (BODY_A,)),
        ("photo", "", (), "王五", (caption,)),
    ]


def test_a_byline_over_a_body_still_opens_its_item():
    # The same line over a body of its own and its end: the byline of the item under it.
    first = wrap(BODY_A, 16)
    first[-1] += "（李娜）"
    items = layout_of(page(["南昌地铁四号线开通运营"], first, ["文／秦文伟 黎勇芳"], wrap(BODY_B, 16))).items
    assert [(item.title, item.authors, item.paragraphs) for item in items] == [
        ("南昌地铁四号线开通运营", ("李娜",), (BODY_A,)),
        ("", ("秦文伟", "黎勇芳"), (BODY_B,)),
    ]


def test_a_reporters_byline_over_a_marked_caption_group_signs_the_article_above():
    # 本报记者 … over 上图：… / 下图：… (seventh generator, looked-at seed 700150): on a
    # page whose bylines stand under headlines, the byline had opened an item of its own
    # over the first caption, splitting the group.
    first, second = "上图：又到一年脐橙成熟时。", "下图：记者日前从省司法厅获悉，南昌、上饶、吉安3个设区市入选全省首批“无证明城市”。"
    lines = page(
        ["南昌地铁四号线开通运营", "本报记者 张三"], wrap(BODY_B, 16),
        ["夜间经济点亮城市烟火气", "本报记者 李四"], wrap(BODY_A, 16),
        ["本报记者 郭庆雪 郭勤颖"], wrap(first, 10), wrap(second, 10), ["（崔志 摄）"],
    )
    items = layout_of(lines).items
    assert [(item.kind, item.title, item.authors, item.photographer, "".join(item.paragraphs)) for item in items] == [
        ("article", "南昌地铁四号线开通运营", ("张三",), "", BODY_B),
        ("article", "夜间经济点亮城市烟火气", ("李四", "郭庆雪", "郭勤颖"), "", BODY_A),
        ("photo", "", (), "崔志", first + second),
    ]
