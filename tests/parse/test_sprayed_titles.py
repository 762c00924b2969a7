"""A sprayed line goes on into the line under it (justification spreads a line its
paragraph goes on from). So one over a subtitle (——…), which goes on from nothing, is a
title set letter-spaced, however near the column's width it is (社 区 食 堂 开 到 了 家 门 口
an em short of a column of 11, between its kicker and subtitle after its article); so is
one over a dateline or a byline opening an item (台 湾 图 书 馆 行 政 工 作 者 over 本报景德镇
2 月 4 日电), and a short one over heading lines and a byline (菊 科 艾 纳 香 属 的 植 物 over
外观变化亦大 and ◎ 本报记者 邹红芬), however narrow the lines under it: no paragraph goes
on there. After a sentence end, a sprayed line 2 em short has a paragraph's first line's
shape too (its indent lost); one whose words the next lines repeat (一 种 三 维 正 交 坐 标 系
over 椭球坐标系是一种三维正交坐标系) is a title over its body: running text does not repeat
itself so."""

from __future__ import annotations

from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

BODY = """（本报记者 沈彬倩 陆倩）
中午十一点半，青云谱区一
家社区食堂里已经坐满了前
来就餐的老人。四菜一汤、
荤素搭配，60岁以上老人每
餐只需支付10元。
据介绍，该区已建成社区食
堂27家，日均服务老人3000
余人次，基本实现了城市社
区全覆盖。
"""
HEADLINE = """小食堂 大民生
社 区 食 堂 开 到 了 家 门 口
——青云谱区社区食堂实现城市社
区全覆盖
"""


def test_a_sprayed_title_over_its_subtitle_after_its_article():
    (item,) = analyse_page(read_lines(split_lines(BODY + HEADLINE))).items
    assert (item.kicker, item.title, item.subtitle) == (
        "小食堂 大民生",
        "社区食堂开到了家门口",
        "——青云谱区社区食堂实现城市社区全覆盖",
    )
    assert item.paragraphs[-1] == "据介绍，该区已建成社区食堂27家，日均服务老人3000余人次，基本实现了城市社区全覆盖。"


def test_a_generated_page_ending_in_such_a_headline(pool4):
    # A "looked at" page of the fourth generator (an even seed): the same headline group
    # at the page's end, after its article.
    assert_recovered(random_page4(pool4, 400_534))


NEXT = """◎ 本报记者 邹红芬
近日，有外媒报道称，一位刚刚在冬奥会上夺冠
的滑雪名将计划移居加拿大训练和生活，消息一
出便在社交媒体上引发热议。
"""
PLANT = """六耳铃是菊科艾纳香属的植物。分布于印度尼西
亚、巴布新几内亚、缅甸、巴基斯坦、不丹、中
南半岛、印度、菲律宾、马来西亚以及中国大陆
的福建、贵州、广西、云南、广东等地。植株大
小差异非常大，外观变化亦大。（严彬军）
分布于印度尼西亚
菊 科 艾 纳 香 属 的 植 物
外观变化亦大
"""


def test_a_short_sprayed_title_between_heading_lines_over_a_byline():
    first, second = analyse_page(read_lines(split_lines(PLANT + NEXT))).items
    assert (first.kicker, first.title, first.subtitle) == ("分布于印度尼西亚", "菊科艾纳香属的植物", "外观变化亦大")
    assert first.authors == ("严彬军",)
    assert second.authors == ("邹红芬",)
    assert second.paragraphs[0].startswith("近日，有外媒报道称")


def test_a_generated_page_with_such_a_title(pool4):
    # A "looked at" page of the fourth generator (an even seed): the same headline after
    # its article, over the next article's byline.
    assert_recovered(random_page4(pool4, 400_200))


DATED = """台 湾 图 书 馆 行 政 工 作 者
本报景德镇 2 月 4 日电（记者
 冯 艳 通讯员 段 健）
宋建成，台湾图书馆行政工
作者、教师，曾任国家图书
馆副馆长，兼辅仁大学副教
授，2009年7月退休。
"""


def test_a_sprayed_title_over_a_dateline():
    (item,) = analyse_page(read_lines(split_lines(DATED))).items
    assert item.title == "台湾图书馆行政工作者"
    assert item.authors == ("冯艳", "段健")
    assert item.paragraphs[0].startswith("本报景德镇2月4日电")


def test_a_generated_page_with_a_sprayed_title_over_a_dateline(pool4):
    # A "looked at" page of the fourth generator (an even seed): 2 0 0 5 年 9 月 离 职, a
    # column's width less an em, under its kicker and over 本报上饶 10 月 15 日电.
    page = random_page4(pool4, 401_222)
    items = analyse_page(read_lines(split_lines(page.text))).items
    assert ("林永康大学毕业", "2005年9月离职") in [(item.kicker, item.title) for item in items]


REPEATED = """据介绍，该区已建成社区食堂二十七家，日
均服务老人三千余人次，基本实现城市社
区全覆盖，让老人吃得放心。
一 种 三 维 正 交 坐 标 系
椭球坐标系是一种三维正交
坐标系，是椭圆坐标系的推
广，常用于求解物理问题。
"""


def test_a_sprayed_title_its_body_repeats():
    first, second = analyse_page(read_lines(split_lines(REPEATED))).items
    assert first.paragraphs == ("据介绍，该区已建成社区食堂二十七家，日均服务老人三千余人次，基本实现城市社区全覆盖，让老人吃得放心。",)
    assert second.title == "一种三维正交坐标系"
    assert second.paragraphs[0].startswith("椭球坐标系是")


def test_a_generated_page_with_a_sprayed_title_its_body_repeats(pool4):
    # A "looked at" page of the fourth generator (the second slice): the same title, 2 em
    # short of its column after the item before's last sentence.
    assert_recovered(random_page4(pool4, 401_218))
