"""A short item's title in 【】 may stand alone on its line over the item's dateline
(【抚州启动乡村振兴人才培训计划】 / 本报讯近日，…). Both lines open an item, so the title
was read as an item of its own with no text and the dateline's item had no title; the
title now heads the item the dateline opens, its brackets consumed. Over running text (no
dateline) a title alone in 【】 still opens its item, as one run into its text does."""

from __future__ import annotations

from qa.parse import parse_page_text

PAGE = [
    "本地快讯",
    "　　【抚州启动乡村振兴人才培训计划】",
    "本报讯近日，抚州市启动实施乡村振兴人",
    "才培训计划，计划用3年时间培训高素质农",
    "民、农村电商带头人等各类人才1.5万人次。",
    "　　【这个夏天，“村超”火了！】夜幕",
    "降临，乐平市一个村子的足球场上人声鼎",
    "沸。 （曾兴）",
    "　　【这样的好事，谁不喜欢？】",
    "“饭菜可口，价格实惠，长者食堂就开在",
    "家门口。”11月28日中午，在南昌市东湖",
    "区，72岁的刘大爷一边吃饭一边说。",
    "　　【上饶婺源秋季旅游持续升温】",
    "新华社南昌10月3日电 国庆假期以来，婺",
    "源县篁岭景区游客络绎不绝。",
]


def test_a_bracketed_title_alone_heads_the_item_its_dateline_opens():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    assert [a.title for a in result.articles] == [
        "抚州启动乡村振兴人才培训计划",
        "这个夏天，“村超”火了！",
        "这样的好事，谁不喜欢？",
        "上饶婺源秋季旅游持续升温",
    ]
    first = result.articles[0]
    assert first.paragraphs[0].startswith("本报讯近日，抚州市")
    assert result.articles[2].paragraphs[0].startswith("“饭菜可口")
    assert "【" not in "".join(a.title for a in result.articles)
