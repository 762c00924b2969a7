"""A line that opens a news sentence (近日，, 暑期以来，, 12月26日上午，, 记者从…获悉) under a
line that cannot lead into it does not go on from that line: the line above ends its
paragraph or is a heading. So a title as wide as its column is not read as the first line
of its article's first paragraph (县城里的“博物馆热” / 暑期以来，安福县博物馆…)."""

from __future__ import annotations

import pytest
from pagegen4 import random_page4
from pagegen5 import random_page5
from pagescore import assert_recovered

from qa.parse.lines import read_lines
from qa.parse.page import analyse_page
from qa.parse.wording import sentence_openings


def _openers(*texts: str) -> set[int]:
    return set(sentence_openings(read_lines(enumerate(texts)))[1])


@pytest.mark.parametrize(
    "above, line",
    [
        ("县城里的“博物馆热”", "暑期以来，安福县博物馆每天接"),
        ("科研团队攻克稀土分离关键技术", "近日，江西理工大学一支科研团"),
        ("南昌地铁4号线开通运营", "12 月 26日上午，南昌地铁 4"),
        ("赣州5G基站突破1万个", "记者从赣州市工业和信息化局获"),
        ("一碗米粉里的乡村振兴", "清晨六点，崇仁县一家米"),
        ("上饶婺源秋季旅游持续升温", "国庆假期以来，婺源县篁岭景"),  # any span of time 以来
        ("一湖碧水迎客来", "截至目前，鄱阳湖已监测到越"),
        ("暴雨过后，他们连夜清淤复产", "受强降雨影响，修水县部分乡"),
        ("老旧小区加装电梯难在哪", "同时，加装电梯的资金分摊"),  # a word tying back (wording.ties_back)
        ("乡村篮球联赛点燃夏夜", "于是，学校规定每节课使用"),
    ],
)
def test_a_sentence_opening_under_a_heading_is_found(above, line):
    assert _openers(above, line) == {1}


@pytest.mark.parametrize(
    "above, line",
    [
        ("行动部署要求，自开展“扫黑除恶”专项斗", "争以来，全县累计打掉恶势力"),  # a word cut in two
        ("南昌地铁4号线一期工程将于", "12月26日上午，正式开通运营"),  # a word leading in
        ("本报讯（记者 吴欣娟）", "暑期以来，安福县博物馆每天"),  # a dateline's names
        ("比去年同期翻了一番。", "近日，馆内新增了数字展厅"),  # a sentence's end: a paragraph may go on
        ("谁不喜欢？”11月28日", "中午，在南昌市东湖区豫章街"),  # a date going on
        ("本报南昌6月17日讯", "日前，由省人民医院牵头，"),  # a dateline going on
        ("变的反应低，发动机的寿命", "受到材料与设计的影响，也不"),  # no opening
        ("凉茶，然后一直留连至接近", "凌晨，即电视台收台为止。"),  # a time of day, no clock
        ("雅克·卢梭有深刻影响，但", "同时，他的社会契约论与绝"),  # a conjunction leading in
    ],
)
def test_running_text_going_on_is_no_sentence_opening(above, line):
    assert _openers(above, line) == set()


def test_a_title_as_wide_as_its_column_heads_the_text_under_it():
    # The page's first line is a title; its article's lines are as wide as it.
    text = "\n".join(
        [
            "县城里的“博物馆热”",
            "暑期以来，安福县博物",
            "馆每天接待观众上千人",
            "次，比去年同期翻了一",
            "番。馆内的青铜器展厅",
            "前，孩子们围着讲解员",
            "听得入神。",
        ]
    )
    (item,) = analyse_page(read_lines(enumerate(text.split("\n")))).items
    assert item.title == "县城里的“博物馆热”"
    assert item.paragraphs[0].startswith("暑期以来")


# Tuning pages (even seeds of the fourth generator) whose title was read as the first
# line of its article's text before.
PAGES = [
    400_254,  # 冬奥冠军要搬到加拿大？维安费可不是小数目 / 近日，有外媒报道称…
    400_380,  # 一碗米粉里的乡村振兴 / 清晨六点，崇仁县一家米…
    400_738,  # 高温下的坚守：他们守护城市的“生命线” / 连日来，…
]


@pytest.mark.parametrize("seed", PAGES)
def test_a_page_whose_title_stands_over_a_sentence_opening_is_recovered(pool4, seed):
    assert_recovered(random_page4(pool4, seed))


@pytest.mark.parametrize(
    "texts, found",
    [
        (("4月12日，南昌市青山湖区一所", "小学的学生在老师指导下体验"), {0}),
        (("县城里的“博物馆热”", "暑期以来，安福县博物馆每天接"), {1}),
        (("南昌地铁4号线开通运营",), set()),
    ],
)
def test_lines_opening_with_a_sentence_s_time_or_source(texts, found):
    assert set(sentence_openings(read_lines(enumerate(texts)))[0]) == found


# "Looked at" pages of the fifth generator (even seeds): a line opening with a sentence's
# time or source (今年以来，赣州围绕…, 4月12日，南昌市…) was read as a headline.
@pytest.mark.parametrize("seed", [500_674, 500_692])
def test_no_headline_opens_with_a_sentence_s_time(pool5, seed):
    assert_recovered(random_page5(pool5, seed))


OPENINGS = (
    "近日，", "日前，", "目前，", "近期，", "近来，", "此前，", "随后，", "为此，", "与此同时，", "此外，", "另外，",
    "连日来，", "近年来，", "当天，", "当日，", "次日，", "昨天，", "昨日，", "今天，", "今日，", "据悉，", "据了解，",
    "据介绍，", "据统计，", "据报道，", "据初步统计，", "由此，", "因此，", "对此，", "然而，", "不过，", "其中，",
    "但是，", "事实上，", "今年以来，", "去年以来，", "近年以来，", "连日以来，", "多年以来，", "入夏以来，", "入冬以来，",
    "入春以来，", "入秋以来，", "开春以来，", "暑期以来，", "暑假期间，", "寒假期间，", "汛期以来，", "入汛以来，",
    "年初以来，", "开年以来，", "春节期间，", "26日，", "12月26日上午，", "8日晚，", "今年，", "去年前10个月，",
    "前年上半年，", "今年5月8日，", "清晨六点，", "凌晨3时许，", "早上七点半，", "上午10时，", "中午十一点半，",
    "下午3时，", "傍晚六点，", "晚上九点，", "深夜12时，", "记者从", "记者近日从", "随着新能",
)


@pytest.mark.parametrize("opening", OPENINGS)
def test_every_form_of_a_sentence_opening_is_found(opening):
    # (The one-character first test, wording._OPENER_FIRST, must let each form through.)
    assert set(sentence_openings(read_lines(enumerate(["县城里的“博物馆热”", opening + "安福县博物馆"])))[1]) == {1}
