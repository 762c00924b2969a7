"""A column that narrows inside a paragraph (beside a photo: the paragraph's first line set
in the column before, the rest in a narrower one) shows no item's end where that
paragraph opens: whichever item the paragraph is in, the change falls inside it. It had
been charged as a column change at the paragraph's opening, so an article's later
paragraphs went to an untitled item of their own (seventh generator, more looked-at seed
702518)."""

from __future__ import annotations

from test_page import items_of

LINES = [
    "家门口上车 十八天抵欧洲",
    "赣江新区首列中欧班列满载出发",
    "随着一声汽笛长鸣，满载50个标准",
    "集装箱的中欧班列从赣江新区物流园缓",
    "缓驶出，将经霍尔果斯口岸出境，预计",
    "18天后抵达波兰罗兹。这是赣江新区开",
    "行的首列中欧班列。",
    "据介绍，此次班列装载的货物主要",
    "为光伏组件、家用电器",
    "和服装鞋帽，货值约",
    "2600万元。与传统海运",
    "相比，班列运输时间缩",
    "短近一半，为企业节省",
    "了大量物流成本。",
    "“过去我们的货要",
    "先拉到上海港，再走海",
    "运，前后要四十多天。”",
    "一家光伏企业的物流负",
    "责人说，“现在家门口就",
    "能上车，资金周转快多",
    "了。”",
    "（梁博亮）",
]


def test_a_column_narrowing_inside_a_paragraph_ends_no_article():
    items = items_of(LINES)
    assert [(item.title, item.authors) for item in items] == [("赣江新区首列中欧班列满载出发", ("梁博亮",))]
    assert "".join(items[0].paragraphs).endswith("资金周转快多了。”")
