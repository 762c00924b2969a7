"""On a page that keeps its paragraph indents, an indented line opens a paragraph, so
the flush heading lines over it may be the next item's headline even where the text
over them ended its paragraph without a full stop (an encyclopaedia's paragraph often
ends on a figure in brackets: …人口 2.4 / 万人（2007 年）). Only where a sentence had
ended could an item start there, so the headline was read as the article above going
on, and the article under it lost its headline."""

from __future__ import annotations

import pytest
from pagescore import assert_recovered

from qa.parse import parse_page_text

ABOVE = [
    "冷湖行政区",
    "●本报记者 蔡伟平",
    "  冷湖行政区，是中国青海省海西蒙古",
    "族藏族自治州下辖的一个县级行政区，",
    "中国重要矿区之一，全境仅辖冷湖镇。",
    "  下辖 1 个镇：冷湖镇。冷湖原为无人",
    "区，1954 年发现石油后开始建设，",
    "1992 年升级为县级行政区，人口 2.4",
    "万人（2007 年）",
]
HEADS = ["张永海开始效力于辽宁队", "曾经入选中国国家队"]
BELOW = [
    "  张永海，是中国足球运动员，主要司职中后",
    "卫，曾经入选中国国家队。2001 年，张永海",
    "开始效力于辽宁队，2005 年租借到深圳健力",
    "宝效力。",
    "  2014 年回到辽宁队，但在同年二次转会张永",
    "海突然加盟中甲球队成都天诚。",
    "    （林芳慧）",
]


def _page(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_headline_over_an_indented_opening_after_an_unfinished_paragraph():
    result = parse_page_text(_page([*ABOVE, *HEADS, *BELOW]), "page.txt")
    # (Which of the two lines is the title, kicker or subtitle the text cannot tell.)
    articles = [(a.kicker + a.title + a.subtitle, a.authors) for a in result.articles]
    assert articles == [("冷湖行政区", ("蔡伟平",)), ("".join(HEADS), ("林芳慧",))]
    assert "".join(result.articles[0].paragraphs).endswith("人口2.4万人（2007年）")
    assert "".join(result.articles[1].paragraphs).startswith("张永海，是中国足球运动员")


def test_a_kicker_under_a_sentence_end_stays_with_its_title():
    # A flush line under a sentence end ends no paragraph, however much shorter than the
    # line over it: the kicker is not the article above's last line. (The article above's
    # headline shares the kicker's words, which would draw the kicker to it: an item may
    # not start under the kicker, so it stays.)
    above = [
        "一湖碧水",
        "  暑期以来，安福县博物馆每天接待游客数千人次，",
        "馆内推出了文物修复、拓印体验等研学课程。",
        "  “没想到县城的博物馆也能做得这么好。”一位带孩子",
        "从外地赶来的家长说，看展已经成了全家出游的“必选项”。",
    ]
    heads = ["一湖碧水迎客来", "鄱阳湖候鸟越", "冬数量创新高"]
    below = [
        "  记者从省林业局获悉，今冬在鄱阳湖越冬的候鸟数量达到",
        "历史新高，其中白鹤数量占全球种群数量的98%以上。",
        "  专家认为，湿地保护修复是候鸟数量增长的主要原因。",
        "    （侯华琳）",
    ]
    result = parse_page_text(_page([*above, *heads, *below]), "page.txt")
    assert [(a.kicker, a.title) for a in result.articles] == [("", above[0]), (heads[0], heads[1] + heads[2])]
    assert "".join(result.articles[0].paragraphs).endswith("“必选项”。")


@pytest.mark.parametrize(
    "generator, seed",
    [
        # looked-at pages (even seeds) of three generators, each recovered only now
        ("gen4", 402_940),
        ("gen4", 403_264),
        ("gen5", 500_088),
        ("gen6", 800_080),
    ],
)
def test_generated_pages(generator, seed, generated_page):
    assert_recovered(generated_page(generator, seed))
