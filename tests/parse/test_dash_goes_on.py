"""A line opening with a dash (`——全市国控断面水质优良率达100%`) under a line that could
open a paragraph is a subtitle, not running text going on: a paragraph's line does not
open with a dash, so a title and its dashed subtitle as wide as body lines of the column
are still the headline (a page that sets its paragraphs flush, where a full line may
open one)."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """\
九江长江大保护交出亮眼成绩单
——全市国控断面水质优良率达100%
今年前10个月，九江市长江干流水质稳
定保持Ⅱ类，全市国控断面水质优良率
达100%，同比提高3.2个百分点。
九江坚持把修复长江生态环境摆在压倒
性位置，累计关停搬迁沿江化工企业42
家，拆除非法码头68座，完成岸线复绿
1200余亩。
与此同时，九江扎实推进长江十年禁
渔，组建协助巡护队伍38支，开展联合
执法行动1500余次，长江江豚等珍稀水
生生物出现频次明显增加。
（记者 刘建华 通讯员 周敏）
家门口上车 十八天抵欧洲
赣江新区首列中欧班列满载出发
随着一声汽笛长鸣，满载50个标准集装
箱的中欧班列从赣江新区物流园缓缓驶
出，将经霍尔果斯口岸出境，预计18天
后抵达波兰罗兹。这是赣江新区开行的
首列中欧班列。
据介绍，此次班列装载的货物主要为光
伏组件、家用电器和服装鞋帽，货值约
2600万元。与传统海运相比，班列运输
时间缩短近一半，为企业节省了大量物
流成本。
赣江新区管委会相关负责人表示，下一
步将加密班列开行频次，力争年内开行
100列以上，打造内陆开放型经济新高
地。 （记者 曹雨磊 通讯员 段霞莉）
"""


def test_a_dashed_line_under_a_title_as_wide_as_the_column_is_its_subtitle():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert [(item.title, item.subtitle) for item in items] == [
        ("九江长江大保护交出亮眼成绩单", "——全市国控断面水质优良率达100%"),
        ("赣江新区首列中欧班列满载出发", ""),
    ]
    assert items[0].paragraphs[0].startswith("今年前10个月")
