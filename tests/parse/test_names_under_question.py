"""A line of names alone (`□ 王 珊 李卫东`) under a headline ending in ？/！ (`这样的好事，
谁不喜欢？`) opens the item under it as its byline: the ？ ends the headline, not a
paragraph the names would sign."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """\
鄱阳湖候鸟越冬数量创新高
记者从省林业局获悉，今冬在鄱阳湖越冬的候鸟数量达到
历史新高，其中白鹤数量占全球种群数量的98%以上。
专家认为，鄱阳湖湿地生态环境的持续向好，是越冬候鸟
数量增长的主要原因。
社区长者食堂开进家门口
这样的好事，谁不喜欢？
□ 王 珊 李卫东
“饭菜可口，价格实惠，长者食堂就开在家门口，这样的好
事，谁不喜欢？”11月28日中午，在南昌市东湖区豫章街道
长者食堂，72岁的刘大爷一边吃饭一边说。
今年以来，东湖区在街道社区新建长者食堂16家，为辖区
60岁以上老人提供助餐服务，每天就餐老人超过1500人次。
"""


def test_names_under_a_question_headline_open_its_item():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert [(item.kicker, item.title, item.authors) for item in items] == [
        ("", "鄱阳湖候鸟越冬数量创新高", ()),
        ("社区长者食堂开进家门口", "这样的好事，谁不喜欢？", ("王珊", "李卫东")),
    ]
    assert items[1].paragraphs[0].startswith("“饭菜可口")
