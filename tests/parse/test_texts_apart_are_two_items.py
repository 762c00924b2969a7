"""An item's text over a paragraph and its text from there to the item's end that share
hardly a pair of ideographs (2 % of the shorter's or less; 今年 and 表示 counted too) are
two items' (``segment._texts_apart``): the paragraphs of one article keep its names and
words, and two articles read as one hardly share any. Here an unsigned article about a
city's water crews runs on, with no headline between, into an untitled item about a
county's fields; before, the whole run was read as the first article. Text going on
about the same crews stays its article's; so does text that takes up a word of the
headline the text over it never says, or shares with it one word news text seldom uses
(an encyclopedia's sections each take up another side of the subject its title names,
in its own words)."""

from __future__ import annotations

from pagescore import read_items

WATER = [  # (a generator 8 page's kind of article, unsigned, under its headline)
    "2023年7月20日 星期四 江西日报 第3版",
    "高温下的坚守：他们守护城市的“生命线”",
    "连日来，我市持续出现 35℃以上高",
    "温天气，用水量屡创新高。凌晨两点，",
    "市水务集团抢修队接到报修电话：红",
    "旗大道一处供水管道爆裂。十多分钟",
    "后，抢修队员赶到现场，开挖、排水、",
    "更换管件，一干就是五个小时。",
    "“管道爆裂影响周边三个小区用",
    "水，必须在早高峰前恢复供水。”抢修",
    "队长王建军浑身湿透，顾不上休息又",
    "赶往下一个点位。",
    "入夏以来，市水务集团共处置各",
    "类供水故障 160 余起，平均修复时间",
    "缩短至 4 小时以内，全力保障市民高",
    "峰期用水。",
]
FARM = [  # another item's text: a county's fields, drones and a farmer
    "在进贤县的一片高标准农田里，几",
    "台无人机正在低空盘旋，对水稻进",
    "行病虫害统防统治。田埂边，种粮",
    "大户李建国盯着手机屏幕，实时查",
    "看着田间的温度、湿度和虫情数据。",
    "“以前打药要请十几个人，现",
    "在两台无人机一天就能作业六百",
    "亩。”李建国笑着说。今年他流转",
    "了 1200 亩土地，全部用上了智能",
    "监测设备。",
    "据了解，进贤县今年已建成数",
    "字农业示范基地 15 个，覆盖农田",
    "面积 8 万余亩，农药使用量同比减",
    "少 12%，亩均增收约 150 元。",
]
MORE = [  # the same article going on about the water company and its crews
    "市水务集团负责人介绍，高温期",
    "间，集团实行 24 小时值班制度，抢修",
    "队员分成三班轮流值守，确保报修电",
    "话接通后 30 分钟内到达现场。",
    "“供水管道大多埋在地下，高温",
    "天气用水量大、水压高，管道更容易",
    "爆裂。”王建军说，他们还对全市老",
    "旧管网进行排查，提前更换存在隐患",
    "的管件 300 余处。",
]


def test_text_sharing_nothing_with_the_text_over_it_is_another_item():
    got = read_items(WATER + FARM)
    assert [(title, paragraphs[0]) for title, _, paragraphs in got] == [
        ("高温下的坚守：他们守护城市的“生命线”", "连日来，我市"),
        ("", "在进贤县的一"),
    ]
    assert got[0][2] == ["连日来，我市", "“管道爆裂影", "入夏以来，市"]


def test_text_going_on_about_the_same_things_stays_its_articles():
    got = read_items(WATER + MORE)
    assert len(got) == 1
    assert got[0][2][-2:] == ["市水务集团负", "“供水管道大"]


def test_text_taking_up_the_headline_stays_its_articles():
    # (坚守 of the headline, which the text over it never says: the paragraph takes up
    # what the title names, another side of the article's subject)
    got = read_items(WATER + ["坚守在进贤县农田里的，还有几台", *FARM[1:]])
    assert len(got) == 1
    assert got[0][2][3] == "坚守在进贤县"


def test_an_uncommon_word_both_texts_use_keeps_them_one_item():
    # (故障, a word a news text seldom uses, in both: as 植株 is in an encyclopedia's
    # sections on where a plant grows and on its form, which share no other word)
    got = read_items(WATER + [*FARM[:-1], "少 12%，亩均增收约 150 元，机具故障也少。"])
    assert len(got) == 1
    assert got[0][2][3] == "在进贤县的一"
