"""A line left short because the next line opens with a run of Latin letters or digits
that would not fit (a run is never broken) goes on in its paragraph: no item starts under
it."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """离子势的概念

离子势是推断碱金属和碱土金属氢氧化物碱性时

所提出的一个概念，用来判断氢氧化物的酸碱性。

从结构上来看，氢氧化物可以看成是由三种原子

组成的，三者之间的相互作用决定了它是以酸式

电离还是以碱式电离，作用力大小各不相同。

根据离子键这一特性，卡特雷奇

（G.H.Cartledge）提出了离子势的概念，用来判断

物质的酸碱性。一般地，离子势的值越大，则说明

氧原子的电子云偏向越明显，极化作用越强。

（张三）

城市书房开到家门口

今年以来，全市新建城市书房二十余家，市民在

家门口就能借书读书，阅读氛围日益浓厚。

（李四）
"""


def test_a_line_left_short_by_an_unbroken_run_goes_on():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert [item.title for item in items] == ["离子势的概念", "城市书房开到家门口"]
    assert [item.authors for item in items] == [("张三",), ("李四",)]
    assert items[0].paragraphs[-1].startswith("根据离子键这一特性，卡特雷奇（G.H.Cartledge）提出了")
