"""A short item's title in 【】 may stand alone on its line over the item's dateline
(【抚州启动乡村振兴人才培训计划】 / 本报讯近日，…). Both lines open an item, so the title
was read as an item of its own with no text and the dateline's item had no title; the
title now heads the item the dateline opens, its brackets consumed; so does a label alone
in 【】 over a title line over the dateline (【果园里的直播间】 / 赣南脐橙开启“云上”销售季 /
本报讯…). Over running text (no dateline) a title alone in 【】 still opens its item, as
one run into its text does."""

from __future__ import annotations

from test_page import layout_of

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


LABELLED = [
    "南昌地铁4号线开通运营",
    "　　本报讯 南昌地铁4号线一期工程正式开",
    "通运营，线路全长三十九公里，共设车站二",
    "十九座，串联起红谷滩、西湖等六个城区。",
    "【果园里的直播间】",
    "赣南脐橙开启“云上”销售季",
    "　　新华社赣州7月26日电（记者 严华峰）",
    "又到一年脐橙成熟时。在信丰县的一处果园",
    "里，果农们忙着采摘、分拣，一旁的主播对",
    "着手机镜头介绍脐橙的口感和产地。",
    "【记者手记】",
    "　　“自从全县推广使用电子公函以后，有效",
    "破除了基层人情干扰痼疾。”一位基层干部",
    "说，公务接待既方便又规范。",
]


def test_a_label_in_brackets_over_a_title_is_its_kicker():
    # (The label had made an item of its own, with no text, and the title under it had
    # headed the report without it.)
    result = parse_page_text("\n".join(LABELLED) + "\n", "page.txt")
    assert [(a.kicker, a.title) for a in result.articles] == [
        ("", "南昌地铁4号线开通运营"),
        ("果园里的直播间", "赣南脐橙开启“云上”销售季"),
        ("", "记者手记"),
    ]
    assert result.articles[1].authors == ("严华峰",)
    assert result.articles[1].paragraphs[0].startswith("新华社赣州7月26日电")


def test_a_section_s_name_over_a_title_run_into_its_text_is_the_label():
    # (An item has one title: the line over a title in 【】 run into the text is the
    # section's name, which had been read as the item's title, the bracket left in its text.)
    lines = [
        *LABELLED[:4],
        "综合新闻",
        "　　【夜间经济点亮城市烟火气】华灯初上，九江",
        "市浔阳区的美食街上人头攒动，烧烤、小龙虾、",
        "茶饮店前排起了长队。（严俊伟）",
    ]
    items = layout_of("\n".join(lines) + "\n").items
    assert [(i.kind, i.what, i.title) for i in items] == [
        ("article", "", "南昌地铁4号线开通运营"),
        ("furniture", "section label", ""),
        ("article", "", "夜间经济点亮城市烟火气"),
    ]
    assert items[1].paragraphs == ("综合新闻",) and items[1].first_line == 5
    last = items[-1]
    assert last.paragraphs[0].startswith("华灯初上") and last.first_line == 6 and last.authors == ("严俊伟",)


OVER_A_DATELINE = [
    "景德镇高新区打造“足球夜”凝聚发展合力",
    "“全体队员，今晚7：00，穿蓝色队服，在高新区社",
    "会足球场，对方是企业联队，",
    "我们要派出全部主力出战，现",
    "在开始报名。”",
    "【果园里的直播间】",
    "赣南脐橙开启“云上”销售季",
    "本报讯（记者 任玲宇",
    "通讯员 白艳勋）又到一年",
    "脐橙成熟时。在信丰县的一",
    "处果园里，果农们忙着采摘、",
    "分拣，一旁的主播对着手机",
    "镜头介绍脐橙的口感和产地。",
    "【社区长者食堂开进家门口】",
    "这样的好事，谁不喜欢？",
    "本报讯 “饭菜可口，价格",
    "实惠，长者食堂就开在家门口，",
    "这样的好事，谁不喜欢？”11月",
    "28日中午，在南昌市东湖区豫章",
    "街道长者食堂，72岁的刘大爷一",
    "边吃饭一边说。",
]


def test_a_label_in_brackets_over_a_title_over_a_dateline_heads_that_item():
    # A label alone in 【】 over a title line (no clause mark, or one ？ sentence) over the
    # item's dateline heads the item, as a title alone over the dateline does (generator
    # 8: where no byline closed the text over it, the label had opened an item of its own,
    # a short item's title cut from its text by the column).
    result = parse_page_text("\n".join(OVER_A_DATELINE) + "\n", "page.txt")
    assert [(a.kicker, a.title) for a in result.articles] == [
        ("", "景德镇高新区打造“足球夜”凝聚发展合力"),
        ("果园里的直播间", "赣南脐橙开启“云上”销售季"),
        ("社区长者食堂开进家门口", "这样的好事，谁不喜欢？"),
    ]
    assert result.articles[1].authors == ("任玲宇", "白艳勋")
