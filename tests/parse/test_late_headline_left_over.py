"""A headline printed after its article's end byline at the page's end, under text that
has a headline over it already (家门口上车 / … / 设。 （蔡航） / 让“沉睡”的资源活起来):
read as one article, the late headline could go to no item and would be an unassigned
line; read again, the signed article starts at one of the paragraphs since the headline
over the text, and the late headline heads it."""

from __future__ import annotations

from test_page import layout_of

PAGE = """家门口上车
十八天抵欧洲
赣江新区首列中
欧班列满载出发
　　随着一声汽笛长鸣，满载 50
个标准集装箱的中欧班列从赣江
新区物流园缓缓驶出，将经霍尔
果斯口岸出境，预计18 天后抵达
波兰罗兹。这是赣江新区开行的
首列中欧班列。
　　赣江新区管委会相关负责人
表示，下一步将加密班列开行频
次，力争年内开行 100 列以上，打
造内陆开放型经济新高地。
　　在永修县，一批闲置的村集
体用房经过改造，变身为村民议
事厅、老年活动中心和电商服务
站。
　　当地按照“一村一策”的思
路，对农村闲置资产进行全面清
查，通过出租、入股、合作经营等
方式盘活，今年以来村集体经济
收入平均增长了 18%。
　　县农业农村局负责人说，下
一步将建立闲置资源信息平台，
吸 引 更 多 社 会 资 本 参 与 乡 村 建
设。 （蔡航）
让“沉睡”的资源活起来
"""


def test_a_late_headline_no_item_took_heads_the_signed_paragraphs():
    first, second = layout_of(PAGE).items
    assert (first.kicker.replace(" ", ""), first.title, first.authors) == ("家门口上车十八天抵欧洲", "赣江新区首列中欧班列满载出发", ())
    assert "".join(first.paragraphs).endswith("打造内陆开放型经济新高地。")
    assert not second.leftover
    assert (second.title, second.authors) == ("让“沉睡”的资源活起来", ("蔡航",))
    assert "".join(second.paragraphs).startswith("在永修县，一批闲置的村集体用房")
