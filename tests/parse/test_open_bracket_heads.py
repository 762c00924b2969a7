"""A line that leaves a bracket or quotation open (`（TiagoVagarosodaCostaMonteiro`,
`天生三桥的数值（单位 /`) is text cut by the column, going on in the next line: as a
heading it costs more (a headline's line closes what it opens)."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page
from qa.parse.segment import leaves_open

BODY = (
    '蒂亚戈·蒙泰罗',
    '（TiagoVagarosodaCostaMonteiro',
    ', 1976 年 7 月 24 日 -）是一位葡',
    '萄牙 F1 赛车手。参加过 2005 ~',
    '2006 年的比赛，共获得 7 个积',
    '分。',
    '2005 年美国大奖赛，7 支使用',
    '米其林轮胎的车队罢赛，只有',
    '3 支车队的 6 辆赛车起跑，其中',
    '就包括乔丹车队的蒙泰罗。最',
    '终蒙泰罗排在法拉利车队的迈',
    '克尔·舒马赫和巴里切罗之后，',
    '获得第 3 名。',
    '他在嘘声中登上了领奖台。',
    '在 2005 年比利时大奖赛中他又',
    '获得第 8 名，总共积 7 分，排在',
    '当年第 16 位。蒙泰罗除了 2005',
    '年巴西大奖赛外，完成了该年',
    '度其他所有比赛，打破了先前',
    '由迈克尔·舒马赫和巴里切罗',
    '保持的，在一个赛季中完成比',
    '赛场次最多的纪录。',
    '（迈克尔·舒马赫在 2002 年完',
    '成全部 17 场比赛，巴里切罗在',
    '2004 年完成 18 场比赛中的 17 场，',
    '而蒙泰罗完成了 19 场中的 18 场。',
    '但在 2008 年尼克·海费尔德在',
    '全年 18 场比赛中全部完赛，平',
    '了蒙泰罗的纪录。）2006 年蒙',
    '泰罗表现不如去年，一分未得。',
    '最好成绩是 2006 年匈牙利大奖',
    '赛的第 9 名。 （陈婷兰 钟 静 蒋萍磊）',
)


def test_a_line_leaving_a_bracket_open_is_no_subtitle():
    # (A one-article page, single-spaced, a narrow column.)
    text = "\n".join(["共获得7个积分", "一位葡萄牙F1赛车手", *BODY]) + "\n"
    items = [item for item in analyse_page(read_lines(split_lines(text))).items if item.kind != "furniture"]
    assert len(items) == 1
    assert (items[0].kicker + items[0].title + items[0].subtitle) == "共获得7个积分一位葡萄牙F1赛车手"
    assert items[0].paragraphs[0].startswith("蒂亚戈·蒙泰罗（Tiago")


def test_what_leaves_a_bracket_open():
    assert leaves_open("天生三桥的数值（单位 /")
    assert leaves_open("“康缘药业杯”2010中国(南京")
    assert not leaves_open("夜来香（夹竹桃科）")
    assert not leaves_open("县城里的“博物馆热”")
    assert not leaves_open("米）：")
