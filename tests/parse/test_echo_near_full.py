"""A heading line that names what the body under it opens with (四川大学华西临床医学院
over 四川大学华西医院（四川大学华西临床医学院）…) is read as its headline even when it is
nearly as wide as the column (an em short): only a line within half an em of a full line
is running text naming its subject, whose echo counts for nothing."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """\
图为山东女子学院招生原以专
科为主，现逐步发展为以本科
招生为主。
新华社记者 龚洋 摄
四川大学华西临床医学院
四川大学华西医院（四川大
学华西临床医学院），成都
市民俗称为“川医”，是位
于中国四川省成都市国学巷
的一座著名大型三级甲等医
院，也是全世界单体规模最
大的医院。
原称“华西医院”，2000 年
华西医科大学与四川大学合
并后改称“四川大学华西医
院”。
华西医院同四川大学华西临
床医学院实行两块牌子、一
套班子的管理机制，拥有中
国科学院院士 1 名、长江学
者 6 名、国家重点学科 9 个、
国家重点实验室 1 个，是中
国知名的教学医院。 （余涛峰 邱鹏慧）
"""


def test_a_headline_an_em_short_of_the_column_that_the_body_repeats():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    articles = [item for item in items if item.kind == "article"]
    assert [(item.title, item.authors) for item in articles] == [("四川大学华西临床医学院", ("余涛峰", "邱鹏慧"))]
    assert articles[0].paragraphs[0].startswith("四川大学华西医院")
