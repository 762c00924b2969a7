"""A short item's title in 【】 run into its text may be followed on its line by the
dateline's first words, the column cutting the dateline (【元世祖是什么？】本报 / 上饶 10月 7
日讯（记者 钟洋娜）…, 【国务院组成部门】新 / 华社宜春10月19日电…): the next line goes on
with that dateline and opens no item of its own (``segment._dateline_goes_on``), and the
dateline, read after the title, names the item's writers. Before, the next line, a
dateline by itself (上饶10月7日讯), opened an untitled item and the title's item kept the
dateline's first word as its text; and a dateline after a title in 【】 named no one
(generator 8, looked-at pages)."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse import parse_page_text

RUN = [
    "■综合新闻■",
    "  【元世祖是什么？】本报",
    "上饶 10月 7 日讯（记者 钟洋娜）",
    "元世祖至元十七年元朝的疆域",
    "范围：东北至外兴安岭、鄂霍",
    "次克海、日本海，包括库页岛。",
    "  【国务院组成部门】新",
    "华社宜春10月19日电（记者",
    "胡曦嘉）国务院组成部门即",
    "中华人民共和国国务院的组",
    "成部门。",
    "  【“扁掌龙亚科”】本报吉安10月8日讯（记者 薛功嘉）扁掌龙",
    "亚科是鸟脚下目禽龙类的一个亚科。",
]


def test_a_dateline_cut_after_a_bracketed_title_goes_on_and_names_the_writers():
    result = parse_page_text("\n".join(RUN) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("元世祖是什么？", ("钟洋娜",)),
        ("国务院组成部门", ("胡曦嘉",)),
        ("“扁掌龙亚科”", ("薛功嘉",)),
    ]
    assert result.articles[0].paragraphs[0].startswith("本报上饶10月7日讯")
    assert result.articles[1].paragraphs[0].startswith("新华社宜春10月19日电")


def test_a_short_headline_over_a_dateline_still_heads_it():
    # (Alone on its line, only the agency's name or 本报 is a dateline's head: a two-word
    # headline over a dateline naming its place, 稀土分离 / 赣州1月1日电, is its headline.)
    lines = [*RUN[6:11], "稀土分离", "赣州1月1日电（记者 张三）江西理工大学一支科研团队在", "稀土绿色分离领域取得重要突破。"]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [("国务院组成部门", ("胡曦嘉",)), ("稀土分离", ("张三",))]


@pytest.mark.parametrize("seed", [900_608, 901_708, 902_916, 903_372])
def test_datelines_after_bracketed_titles_on_generated_pages(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "authors" in wrong or "body differs" in wrong]
