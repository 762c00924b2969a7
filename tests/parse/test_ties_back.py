"""A body opening with words that tie it to the text before (不过，, 然而，, 此外，…,
``wording.ties_back``), or that report on from its lead (据介绍，, 截至目前，…), goes on
an article: hardly any article opens so. Under a short line read
as a headline such a paragraph had started a new, unsigned article, splitting the signed
one in two."""

from __future__ import annotations

import pytest
from pagegen6 import default_pool as default_pool6
from pagegen6 import random_page6
from pagescore import check_page
from pagetext import page_items

from qa.parse.wording import ties_back

FIRST = [
    "在南昌市一所中学的物理课",
    "上，学生们完成实验后，平",
    "板电脑上立刻显示出每组数",
    "据的误差。老师根据系统生",
    "成的报告，当场对误差较大",
    "的小组进行讲解。",
    "乡村篮球联赛点燃夏夜",
    "{line}",
    "使用电子设备会影响孩子视",
    "力。学校规定每节课使用平",
    "板的时间不超过二十分钟。",
    "（余翔伟）",
]
SECOND = [
    "老旧小区加装电梯，难在哪？",
    "“住了二十多年，腿脚越来",
    "越不方便，就盼着能装上电",
    "梯。”家住东湖区某小区六",
    "楼的张大爷说。",
    "（熊琦）",
]


@pytest.mark.parametrize("line", ["不过，也有家长担心，过多", "此外，也有家长担心，过多", "与此同时，家长们担心过多"])
def test_a_paragraph_tying_back_goes_on_its_article(line):
    rows = [row.format(line=line) for row in FIRST] + SECOND
    first, second = page_items(rows, double=True)
    assert first.authors == ("余翔伟",)
    # (The short line over it stands alone, as a 小标题 does.)
    assert first.paragraphs[1:] == ("乡村篮球联赛点燃夏夜", "".join([line, *FIRST[8:11]]))
    assert second.title == "老旧小区加装电梯，难在哪？"


def test_what_ties_back():
    assert ties_back("不过，也有家长担心")
    assert ties_back("不 过 ，也 有 家 长")  # (sprayed by justification)
    assert ties_back("与此同时，九江扎实推进")
    assert ties_back("据介绍，此次班列装")  # (reporting on from the lead)
    assert ties_back("截至目前，全县已")
    assert not ties_back("近日，南昌市一所中学")  # a news sentence's time opens articles
    assert not ties_back("不过三天，工程就完工了")  # (不过 as "no more than": no comma)
    assert ties_back("这样的城市书房，南昌市已经")  # (pointing back to what the text named)
    assert ties_back("这 些 学 生 ，大 多")
    assert not ties_back("这个夏天，“村超”火了")  # (this summer: a time, no thing named before)


def test_a_paragraph_pointing_back_goes_on_its_article():
    # A looked-at page of generator 6 (seed 802040): a stock 小标题 (让“沉睡”的资源活起来)
    # over 这样的城市书房，南昌市已经建成了86家。 had started an item of its own there.
    check = check_page(random_page6(default_pool6(), 802_040))
    assert check.count_ok


# An article whose later paragraphs are set in a narrower column (beside a photo): the
# paragraph opening the narrow block reports on from the lead (据介绍，…), so the block
# goes on the article rather than starting another under its last line.
TRAIN = [
    "家门口上车 十八天抵欧洲", "赣江新区首列中", "欧班列满载出发", "文/本报记者 杨芳秀",
    "  随着一声汽笛长鸣，满载 50 个标准", "集装箱的中欧班列从赣江新区物流园缓", "缓驶出，将经霍尔果斯口岸出境，预计",
    "18 天后抵达波兰罗兹。这是赣江新区开", "行的首列中欧班列。",
    "  据介绍，此次班列装", "载的货物主要为光伏组件、", "家用电器和服装鞋帽，货", "值约 2600 万元。与传统海",
    "运相比，班列运输时间缩", "短近一半，为企业节省了", "大量物流成本。",
    "  “过去我们的货要先", "拉到上海港，再走海运，前", "后要四十多天。”一家光伏", "企业的物流负责人说，“现",
    "在家门口就能上车，资金", "周转快多了。”",
    "  赣江新区管委会相关", "负责人表示，下一步将加", "密班列开行频次，力争年", "内开行 100 列以上，打造",
    "内陆开放型经济新高地。",
    "7 月 20 日，工人们冒", "着高温在抢修供水管", "道。", "新华社记者 顾宁立 摄",
]


def test_a_narrower_block_reporting_on_goes_on_its_article():
    article, photo = page_items(TRAIN, double=False)
    assert (article.title, article.authors) == ("赣江新区首列中欧班列满载出发", ("杨芳秀",))
    assert article.paragraphs[1].startswith("据介绍，")
    assert article.paragraphs[-1].endswith("内陆开放型经济新高地。")
    assert (photo.kind, photo.photographer) == ("photo", "顾宁立")



def test_a_headline_like_line_over_a_paragraph_tying_back_is_a_subhead():
    # (sixth generator, more looked-at seed 803504: a 小标题 drawn from another article's
    # title over a paragraph opening with a tie-back word.) However like a headline the
    # line over it, such a body goes on the article above: the page's articles are all
    # found, the signed one whole (it had been split in two there).
    page = random_page6(default_pool6(), 803_504)
    check = check_page(page)
    assert check.count_ok, check.wrong
    assert not [wrong for wrong in check.wrong if "authors" in wrong or "body" in wrong]
