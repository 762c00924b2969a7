"""A writer's line after a finished sentence (文/ 吕慧勇) opens the item under it only where
no heading line stands under it: no byline opens an item over its headline. A heading
line there was read only when well short of the lines under it; a headline set wider
than the narrow column under it (高温下的坚守：他们守护城市的“生命线”), or set flush over
an indented paragraph on a page that keeps its indents (城市书房成了市民的“第二客厅”),
is one too, and so is a title of one question (为什么今年的荔枝这么便宜？) set so. Read as
leads, the names went to the next article, whose own end byline then split it in two. From looked-at pages of generator 6 (tests/pagegen6.py); a ？ headline well short of the
lines under it (冬奥冠军要搬到加拿大？ / 维安费可不是小数目), from generator 7's."""

from __future__ import annotations

import pytest
from test_page import layout_of

STEAM = [
    "蒸汽机的改进",
    "\u3000\u3000这个改进提高了蒸汽机的",
    "效率。下一个改进是将阀门的",
    "操作自动化。这些早期的真空",
    "蒸汽机的效率有限，但它们比",
    "较安全，因为它们的压力比较",
    "低，在物质发生损坏的情况下",
    "机器向内收缩，而不是向外爆",
    "炸。",
    "\u3000\u3000安全阀在这里带来了很",
    "大的改进，在压力过高的情",
    "况下安全阀放气减压。但真",
    "正保证安全只有依靠建造、",
    "运行和维护的经验和安全规",
    "则。",
]
HEAT = [
    "\u3000\u3000连日来，我市持续出现35℃",
    "以上高温天气。在城区一处供水",
    "管网抢修现场，十多名工人顶着",
    "烈日作业，汗水很快浸透了他们",
    "的工作服。",
    "\u3000\u3000“管道爆裂影响周边三个小",
    "区用水，必须尽快修好。”现场负",
    "责人刘师傅说，抢修从凌晨两点",
    "开始，大家轮流下坑作业，中午只",
    "在树荫下匆匆吃了份盒饭。",
    "（上饶市民 魏桂昊）",
]


def _read(lines):
    return [(item.title, item.authors) for item in layout_of("\n".join(lines) + "\n").items]


def test_a_headline_wider_than_the_column_under_the_writers_line():
    lines = [*STEAM, "文/ 吕慧勇", "高温下的坚守：他们守护城市的“生命线”", *HEAT]
    assert _read(lines) == [("蒸汽机的改进", ("吕慧勇",)), ("高温下的坚守：他们守护城市的“生命线”", ("魏桂昊",))]


def test_a_flush_headline_over_an_indented_paragraph():
    lines = [*STEAM, "文／梁慧桂 韩桂雪", "城市书房成了市民的“第二客厅”", *HEAT]
    assert _read(lines) == [("蒸汽机的改进", ("梁慧桂", "韩桂雪")), ("城市书房成了市民的“第二客厅”", ("魏桂昊",))]


def test_a_writers_line_over_a_body_still_opens_it():
    # (A headline printed after its article: the byline over the next body opens it.)
    lines = [*STEAM, "文/ 吕慧勇", *HEAT[:-1]]
    assert _read(lines)[-1][1] == ("吕慧勇",)


def test_a_title_of_one_question_flush_over_an_indented_paragraph():
    lines = [*STEAM, "文/ 杜洋伟", "为什么今年的荔枝这么便宜？", *HEAT]
    assert _read(lines) == [("蒸汽机的改进", ("杜洋伟",)), ("为什么今年的荔枝这么便宜？", ("魏桂昊",))]


FOOTBALL = [
    "景德镇高新区打造“足球夜”凝聚发展合力",
    "“全体队员，今晚7：00，穿蓝色队服，在高新区社",
    "会足球场，对方是企业联队，我们要派出全部主力出",
    "战，现在开始报名。”近日，景德镇高新区机关足球",
    "队队长汤嘉彬在微信群里呼叫。",
]
SKIER = [
    "近日，有外媒报道称，一位刚刚在冬奥会上夺冠的滑",
    "雪名将计划移居加拿大训练和生活，消息一出便在社",
    "交媒体上引发热议。",
]


def test_a_question_headline_well_short_of_the_column_under_the_writers_line():
    # (A ？ line ends a sentence, so it is no heading_like line; as a headline mark
    # well short of the lines under it, it heads the item under it. From looked-at
    # pages of generator 7, tests/pagegen7.py.)
    lines = [*FOOTBALL, "本报记者 许旭光", "冬奥冠军要搬到加拿大？", "维安费可不是小数目", *SKIER]
    assert _read(lines) == [
        ("景德镇高新区打造“足球夜”凝聚发展合力", ("许旭光",)),
        ("冬奥冠军要搬到加拿大？维安费可不是小数目", ()),
    ]



DATED = [
    "篁岭“晒秋”游人如织",
    "本报讯（记者 秦勇 韩华嘉）国庆假期以来，婺源县",
    "篁岭景区游客络绎不绝，红彤彤的辣椒、金灿灿的",
    "皇菊铺满了晒架。",
]


@pytest.mark.parametrize("byline_indent", ["", " "])
def test_a_headline_set_in_by_a_space_over_a_flush_paragraph(byline_indent):
    # On a page that sets its paragraphs flush, a line set in by half an em over a flush
    # line opens no paragraph: it is a headline, however wide (generator 7 sets its titles
    # so). The writer's line over it then signs the text above, here unsigned under an
    # item its dateline credits, not the article under the headline (whose own end byline
    # would then split it). From looked-at pages of generator 7.
    skier = ["近日，有外媒报道称，一位刚刚在冬奥会上夺冠", "的滑雪名将计划移居加拿大训练和生活，消息", "一出便在社交媒体上引发热议。"]
    more = ["不过，有知情人士透露，运动员在海外训练需要", "承担的费用远超普通人的想象。"]
    lines = [
        *DATED, *FOOTBALL, byline_indent + "本报记者 许旭光", " 冬奥冠军要搬到加拿大？维安费可不是小数目", *skier, *more,
        byline_indent + "本报记者 段霞艳",
    ]
    assert _read(lines) == [
        ("篁岭“晒秋”游人如织", ("秦勇", "韩华嘉")),
        ("景德镇高新区打造“足球夜”凝聚发展合力", ("许旭光",)),
        ("冬奥冠军要搬到加拿大？维安费可不是小数目", ("段霞艳",)),
    ]
