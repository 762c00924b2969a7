"""A run of short items under a section label (新闻速览) ends where an article signed under
its headline starts (靖难之役 / ■本报记者 蔡浩 …): that article's numbered lines (一、…,
二、…) are its 小标题, paragraphs of its own, not the titles of more short items."""

from __future__ import annotations

from pagegen5 import random_page5
from pagescore import parse_layout

from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """新闻速览
■镰仓幕府
元弘之乱后，近畿、东国为首的各地武士纷纷
起兵，镰仓幕府于1333年灭亡。
靖难之役
■本报记者 蔡浩 黎萍飞
洪武三十一年十二月，为了提防燕王谋反，朱允
炆派工部侍郎张昺为北平布政使，都指挥使谢贵、
张信为北平都指挥使。
一、燕王遣使入京师金陵奏事
燕王遣使入京师金陵奏事，使者被齐泰等审讯，
被迫供出燕王的异状，于是朝廷下密旨。
二、朱棣和僧人道衍等谋划举兵
朱棣和僧人道衍等谋划举兵，令张玉、朱能将八
百勇士带入府中潜伏，以待变故。"""


def test_numbered_subheads_of_an_article_after_briefs_stay_its_paragraphs():
    items = [item for item in analyse_page(read_lines(enumerate(PAGE.split("\n")))).items if item.kind != "furniture"]
    assert [item.title for item in items] == ["镰仓幕府", "靖难之役"]
    article = items[1]
    assert article.authors == ("蔡浩", "黎萍飞")
    assert article.paragraphs[1] == "一、燕王遣使入京师金陵奏事"
    assert article.paragraphs[3] == "二、朱棣和僧人道衍等谋划举兵"


def test_a_generated_page_with_briefs_above_an_article(pool5):
    # A "looked at" page of the fifth generator (an even seed).
    page = random_page5(pool5, 500_120)
    (article,) = [item for item in parse_layout(page.text).items if item.title == "靖难之役"]
    assert "一、时燕王遣使入京师金陵奏事" in article.paragraphs
    assert "二、于是朱棣和僧人道衍等谋划举兵" in article.paragraphs
