"""A heading stack goes on past a line that ends in a clause mark (a title wrapped at its
comma or colon): no stack over a body ends in one. A line of text leading into a list
(他的主要作品有：诗集：), standing alone over a dateline, is a paragraph of the item
before, not the next article's headline."""

from __future__ import annotations

from pagegen4 import default_pool as default_pool4
from pagegen4 import random_page4
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

# Under a photo, an entry's one-line text ending in a colon (its list was cut), then a
# dated article whose headline stands after it.
PAGE = """ ▲ 进 贤 县 一 处 高 标 准 农 田
里， 无 人 机 正 在 喷 洒 农 药。
新华社记者 姜燕 摄
西奥多·庞维勒：又译泰奥多尔·邦维尔
他的主要作品有：诗集：
本报宜春 4 月 6 日电（记者 肖燕亮
通讯员 宋强杰）随着新能源汽车下
乡活动的推进，越来越多的农村居民
买上了电动车。但在不少乡镇，充电
桩数量少、分布不均的问题也随之显
现。
“买车前最担心的就是充电。”宜春
市一位村民说，去年村里建起了公共
充电站，他才下定决心买车。目前，
当地已实现乡镇充电设施全覆盖。
国家电网江西电力公司表示，今年将
新建农村公共充电桩 5000 个，并探索
“光伏 + 储能 + 充电”一体化建设模式。
新能源汽车下乡，充电难题如何破解
"""


def test_a_line_ending_in_a_colon_heads_no_body():
    _, first, second = analyse_page(read_lines(split_lines(PAGE))).items
    assert (first.title, first.subtitle, first.paragraphs) == ("西奥多·庞维勒：又译泰奥多尔·邦维尔", "", ("他的主要作品有：诗集：",))
    assert second.title == "新能源汽车下乡，充电难题如何破解"
    assert second.authors == ("肖燕亮", "宋强杰")
    assert second.paragraphs[0].startswith("本报宜春4月6日电")


def test_generated_pages_with_a_line_ending_in_a_mark():
    # Looked-at pages of generator 4 (seeds 401488 and 403560: 他的主要作品有：诗集： and
    # 过往及现今知名品牌形象代言人： over the next item) and of generator 7 (seed 702780:
    # ＡＩ进课堂： / 老师多了个“助教”, a title wrapped at its colon, whole over its body).
    assert_recovered(random_page4(default_pool4(), 401_488))
    assert_recovered(random_page4(default_pool4(), 403_560))
    assert_recovered(random_page7(default_pool7(), 702_780))


def test_a_line_ending_in_a_colon_at_the_pages_end_is_no_late_headline():
    # Looked-at pages of generator 4 (seeds 402100 and 402692): 他的主要作品有：诗集： the
    # page's last line under the article's text, not a headline printed after it.
    for seed in (402_100, 402_692):
        assert_recovered(random_page4(default_pool4(), seed))
