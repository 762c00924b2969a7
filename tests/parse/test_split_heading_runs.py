"""A run of heading lines between two bodies split between them: each side's lines should
be about their own item. A late kicker and title after an article (乡村足球联赛点燃夏夜 /
这个夏天，“村超”火了！) stay together, though the title shares no words with either
body: a line left to the item after that leans to neither is no sign of it."""

from __future__ import annotations

import pytest
from pagegen4 import default_pool, random_page4
from pagescore import check_page
from pagetext import page_items, wrap

FOOTBALL = (
    "本报讯（记者 何志峰）夜幕降临，乐平市一个村子的足球场上人声鼎沸。两支由村民组成的球队正在激烈角逐。",
    "今年的乡村足球联赛共有32支球队参赛，球员中有种田的农民、开货车的司机，也有回乡创业的年轻人。",
    "“踢球让村里的年轻人又聚到了一起。”一位球队队长说，他们打算明年组建青少年队，让更多孩子爱上足球。",
)
SWORD = (
    "独孤剑是游戏剑侠情缘一代的男主角。",
    "汉族，相貌英俊，是南宋年间衡山派大弟子，也是武林盟主。在师父刘轻舟死去后，接掌衡山派掌门。",
    "为了下山完成师父的任务，从此开始行走江湖，与张琳心、杨瑛展开爱情，最后在泰山武林大会上夺得盟主之位。",
)


def test_a_late_kicker_and_title_are_not_split_between_two_articles():
    lines = [line for paragraph in FOOTBALL for line in wrap(paragraph, 13)]
    lines += ["乡村足球联赛点燃夏夜", "这个夏天，“村超”火了！"]
    lines += [line for paragraph in SWORD for line in wrap(paragraph, 13)]
    lines += ["（范超桂）", "独孤剑：相貌英俊"]
    items = page_items(lines)
    assert [(item.kicker, item.title, item.authors) for item in items] == [
        ("乡村足球联赛点燃夏夜", "这个夏天，“村超”火了！", ("何志峰",)),
        ("", "独孤剑：相貌英俊", ("范超桂",)),
    ]


def test_the_generated_page_that_showed_it():
    """Page 401028 of the fourth generator (tuning seeds): the same stack after the first
    article, whose next article's title is printed after it and its byline."""
    page = random_page4(default_pool(), 401_028)
    check = check_page(page)
    assert check.count_ok and not [w for w in check.wrong if w.startswith("item 0: headings")], check.wrong


SCIENCE = "近日，江西理工大学一支科研团队在稀土绿色分离领域取得重要突破，相关成果发表在国际学术期刊上。团队负责人介绍，新工艺可将化学试剂用量减少四成。"
BASE_STATIONS = "记者从赣州市工业和信息化局获悉，截至十一月底，全市累计建成5G基站一万余个，实现城区和乡镇全覆盖。"


@pytest.mark.parametrize("width", [14, 16, 18])
def test_six_heading_lines_and_a_byline_over_two_lines_between_two_bodies(width):
    # An article's late kicker and title over two lines, the next one's kicker and title
    # over two lines, then its byline over two lines: eight lines between the bodies, past
    # the seven heading lines one zone may hold (MAX_RUN). The byline's lines are no
    # heading lines: the run reads on through them, or the six heading lines were left to
    # no reading but text of an item of their own (generator 7).
    lines = [*wrap(SCIENCE, width), "（邓思辉 夏磊庆）"]
    lines += ["绿色工艺减排六成", "科研团队攻克稀", "土分离关键技术", "数字赣州加速建设", "赣州5G基", "站突破1万个"]
    lines += ["本报记者 黎明", "通讯员 袁秀思", *wrap(BASE_STATIONS, width)]
    assert [(item.kicker, item.title, item.authors) for item in page_items(lines)] == [
        ("绿色工艺减排六成", "科研团队攻克稀土分离关键技术", ("邓思辉", "夏磊庆")),
        ("数字赣州加速建设", "赣州5G基站突破1万个", ("黎明", "袁秀思")),
    ]
