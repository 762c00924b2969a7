"""A photo's captions are set in one frame: where a short item of a line or two stands
over them (too short, like the captions, to show a column), a full line far narrower than
the running text of the sentence over it does not go on in that item's caption group
(``segment.NARROW_RUN``). The short item keeps its lines and the photo gets its captions
alone (they were read as one caption group, the item's text its first caption)."""

from __future__ import annotations

from pagegen4 import random_page4
from pagegen6 import default_pool, random_page6
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """老旧小区加装电梯，难在哪？
“住了二十多年，腿脚越来越不方便，就盼着能装上电梯。”家住东湖区一
个老旧小区六楼的王阿姨说。今年以来，全市已有多个小区启动加装电梯。
业内人士建议，应进一步完善低楼层住户的补偿机制，通过协商找到各方
都能接受的“最大公约数”。
（谭宇凯）
记者日前从省司法厅获悉，南昌、上饶、吉安 3 个设区
市入选全省首批“无证明城市”。
7 月 20 日，工人们冒着高
温在抢修供水管道。
（萧颖瑶 摄）
高温下的坚守：他们守护城市的“生命线”
连日来，我市持续出现 35 ℃以上高温天气。“管道爆裂一刻也不能等。”维修
工人一边擦汗一边说，他们已经连续加班了一个多星期，累了就在树荫下匆匆
吃了份盒饭。
"""


def items():
    return analyse_page(read_lines(split_lines(PAGE))).items


def test_the_short_item_keeps_its_lines_and_the_photo_its_caption():
    got = items()
    assert [(item.kind, item.title, item.authors, item.photographer) for item in got] == [
        ("article", "老旧小区加装电梯，难在哪？", ("谭宇凯",), ""),
        ("article", "", (), ""),
        ("photo", "", (), "萧颖瑶"),
        ("article", "高温下的坚守：他们守护城市的“生命线”", (), ""),
    ]
    assert got[1].paragraphs == ("记者日前从省司法厅获悉，南昌、上饶、吉安3个设区市入选全省首批“无证明城市”。",)
    assert got[2].paragraphs == ("7月20日，工人们冒着高温在抢修供水管道。",)


def test_captions_of_one_width_stay_one_group():
    # Two captions in one frame, the first of two lines as narrow as the second's: one group.
    page = PAGE.replace(
        "记者日前从省司法厅获悉，南昌、上饶、吉安 3 个设区\n市入选全省首批“无证明城市”。",
        "社区食堂的工作人员为\n老人打饭。",
    )
    got = analyse_page(read_lines(split_lines(page))).items
    photos = [item for item in got if item.kind == "photo"]
    assert [(item.paragraphs, item.photographer) for item in photos] == [
        (("社区食堂的工作人员为老人打饭。", "7月20日，工人们冒着高温在抢修供水管道。"), "萧颖瑶")
    ]


def test_a_generated_page_with_a_brief_over_captions():
    # A looked-at page of generator 6 (an even seed): a two-line brief at 24 em over
    # captions of 12.
    assert_recovered(random_page6(default_pool(), 800_088))


def test_a_generated_page_with_a_short_article_over_captions(pool4):
    # A looked-at page of generator 4: 让“沉睡”的资源活起来 over two lines of 22 em, then
    # captions of 10.
    assert_recovered(random_page4(pool4, 400_886))
