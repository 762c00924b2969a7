"""A few ideographs alone over the page's first headline may name the page's section (史海
钩沉 over 泡泡战士) or lead into the headline as its kicker (专访 over 聊聊战斗机). Where the
header prints the section's name among its fields (第13版 / 理论 / 2022年10月18日 星期二),
another name there is the kicker; the paper's name (井冈山报) and a part of the section
that names the news it holds (综合新闻) stay furniture."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

BODY = [
    "本报记者 吕雪佳 邱浩",
    "　　问：今日线传飞控在单纯地以电路传导飞控命令为基础上开发，",
    "有哪些新的功能？",
    "　　答：新的飞控系统可以自动修正飞行姿态，减轻飞行员的负担。",
]


def _first(lines: list[str]):
    items = analyse_page(read_lines(enumerate(lines))).items
    return [item for item in items if item.kind == "furniture"], next(item for item in items if item.kind != "furniture")


def test_a_name_under_a_header_naming_another_section_is_the_kicker():
    furniture, first = _first(["第13版", "理论", "2022年10月18日 星期二", " 专访", " 聊聊战斗机", *BODY])
    assert (first.kicker, first.title, first.authors) == ("专访", "聊聊战斗机", ("吕雪佳", "邱浩"))
    assert [item.paragraphs[0] for item in furniture] == ["第13版", "理论", "2022年10月18日 星期二"]


@pytest.mark.parametrize("name", ["井冈山报", "综合新闻"])
def test_the_papers_name_and_a_news_part_stay_furniture(name):
    furniture, first = _first(["第13版", "理论", "2022年10月18日 星期二", name, "聊聊战斗机", *BODY])
    assert (first.kicker, first.title) == ("", "聊聊战斗机")
    assert name in [item.paragraphs[0] for item in furniture]


def test_a_name_under_a_header_naming_no_section_is_still_its_label():
    furniture, first = _first(["第13版", "2022年10月18日 星期二", "知识窗", "聊聊战斗机", *BODY])
    assert (first.kicker, first.title) == ("", "聊聊战斗机")
    assert "知识窗" in [item.paragraphs[0] for item in furniture]


# "Looked at" pages of the eighth generator (even seeds): a kicker under a header naming
# the section (fixed), and a news part or the paper's name over the first headline (kept).
@pytest.mark.parametrize("seed", [900_074, 900_132, 901_110, 902_316, 902_500, 900_080, 900_564])
def test_generated_first_headlines(seed):
    page = random_page8(default_pool(), seed)
    check = check_page(page)
    assert not [wrong for wrong in check.wrong if wrong.startswith("item 0: headings")]


TEXT = [
    "　　12月26日上午，南昌地铁4号线一期工程正式开通运营。线路",
    "全长39.6公里，共设车站29座，串联起红谷滩、西湖等6个城区。",
    "　　据介绍，4号线采用6节编组B型车，最高运行速度为每小时80",
    "公里。",
]


def test_a_sections_name_alone_over_the_first_text_is_its_label():
    # (A name dailies give their sections, right under the header, over a text with no
    # headline: the section's, not the text's title.)
    furniture, first = _first(["2024年5月17日 星期五", "综合", *TEXT])
    assert (first.kicker, first.title) == ("", "")
    assert "综合" in [item.paragraphs[0] for item in furniture]


def test_a_sections_name_alone_is_its_label_though_the_text_says_it():
    # (文化 under the header, over a text that speaks of 汉堡包文化: the section's name all
    # the same, not the text's title; a title naming its text, 孙吴 below, stays.)
    text = ["　　佐世保市因战后美军的进驻而形成了独特的汉堡包文化。佐世保汉堡是日本最具", "地域特色的汉堡之一。"]
    furniture, first = _first(["A09", "文化", *text])
    assert (first.kicker, first.title) == ("", "")
    assert "文化" in [item.paragraphs[0] for item in furniture]


@pytest.mark.parametrize("title", ["孙吴", "心脏", "记者手记"])
def test_a_short_title_over_the_first_text_stays_its_title(title):
    # (A topic's name, or a box's label, over the text under the header is its title, even
    # where the text never repeats it.)
    furniture, first = _first(["2024年5月17日 星期五", title, *TEXT])
    assert first.title == title


@pytest.mark.parametrize("seed", [900_126, 900_424, 901_848])
def test_generated_sections_over_untitled_first_texts(seed):
    check = check_page(random_page8(default_pool(), seed))
    assert not [wrong for wrong in check.wrong if wrong.startswith("item 0: headings")]


def test_a_sections_name_under_a_header_with_a_stray_field_stays_furniture():
    # (An extractor may set a headline among the header's fields, 高加索山脉 here: the name
    # dailies give a section, 政务, over the first headline is still the section's label.)
    lines = ["抚州日报", "2024年11月8日", "高加索山脉", "第5版", "政务", "聊聊战斗机", *BODY]
    furniture, first = _first(lines)
    assert (first.kicker, first.title) == ("", "聊聊战斗机")
    assert "政务" in [item.paragraphs[0] for item in furniture]


CAPTIONS = [
    "图①受强降雨影响，",
    "修水县部分乡镇出现内涝，",
    "一些农田和厂房被淹。",
    "图②在一家竹木加工",
    "厂，工人们用高压水枪冲",
    "洗设备上的淤泥。",
    "本报记者 吴红海 摄",
]


@pytest.mark.parametrize("name", ["经济", "民生"])
def test_a_sections_name_over_a_photo_under_the_header_is_its_label(name):
    # (A photo's captions right under the header: a name dailies give a section over them
    # is the section's label, not the photo's title; no photo is titled.)
    furniture, first = _first(["2022年6月3日 星期五", "江西日报", "第6版", name, *CAPTIONS])
    assert (first.kind, first.title, first.photographer) == ("photo", "", "吴红海")
    assert name in [item.paragraphs[0] for item in furniture]
