"""The page's first line is weighed as an opening by the page's own openings: on a page
that sets its paragraphs flush (every opening a full line), a first line some 2 em short
that goes on into the next is a headline, not a paragraph's first line whose indent was
lost. (Only a line not sprayed, on a page that sprays its openings, says nothing there:
the page's first line may go on from a page before.)"""

from __future__ import annotations

from test_page import layout_of

PAGE = """ 西双版纳傣族自治州
1929 年芦山县改名六顺县，
省象明县入镇越县；同年置
第二殖边督办公署，各县、行
政区属之。1932 年省普文县
入思茅县，改临江行政区为
宁江设治局。1934年五福县
改名南峤县。1938 年撤销第
二殖边督办公署。
民国二十九年以普思沿边行
政总局置云南省第一行政督
察区，1942 年改第四行政督
察区，1946 年改属第七行政
督察区。中华人民共和国成
立后，1950 年各县属宁洱专
区，次年改名普洱专区。
1953 年 1 月 23 日建立西双版
纳傣族自治区，委托普洱专
区领导。
西双版纳地处热带，全市地
势均于海拔 1000 米以上的云
贵高原上，但也因同时受到
其南部中南半岛的海洋气流
影响，加上地理位置上正处
在冬季于中国活跃的两般高
压区之间的真空带，故即使
西双版纳全年固有清凉的天
气，日间气温也会很快回升
至摄氏 28 度或以上。
"""


def test_a_short_first_line_over_flush_paragraphs_is_a_headline():
    (article,) = layout_of(PAGE).items
    assert article.title == "西双版纳傣族自治州"
    body = "".join(PAGE.split()[1:])
    assert article.paragraphs[0].startswith("1929年芦山县")
    assert "".join(article.paragraphs).replace(" ", "") == body
