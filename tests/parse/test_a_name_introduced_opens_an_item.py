"""A paragraph opening as an encyclopedic text's first sentence does, introducing its
subject with a gloss in a bracket (蒋家旻（，），香港女艺人…, 纽西兰鸡毛松（学名：…）) or
with its other names (丙烯颜料又称塑胶彩…), after a finished sentence, starts an item:
going on across it costs ``INTRODUCES``, and an untitled, unsigned text may stand under a
signed news item there. Not a time glossed with its year (万历三十九年（1611年）…), a name
pointed back to (该塔由…（…）), a bracket that glosses a word inside a sentence
(中心碑（图一所示）为…), a name the text over it already named (敦煌… / 莫高窟俗称千佛洞…),
nor the answer under a question running over lines."""

from __future__ import annotations

import pytest
from pagegen6 import default_pool as pool6
from pagegen6 import random_page6
from pagegen7 import default_pool as pool7
from pagegen7 import random_page7
from pagegen8 import default_pool as pool8
from pagegen8 import random_page8
from pagescore import check_page

from qa.parse.columns import PageLines
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.read import parse_page_text
from qa.parse.segment import _introduced_at
from qa.parse.wording import introduces


@pytest.mark.parametrize(
    "line",
    [
        "蒋家旻（，），香港女艺人，现为无线电视经理人合约女",
        "李晨（），中国大陆男演员，出生于北京，毕",
        "四加亭（，又名）是位于马来西亚柔佛州",
        "纽西兰鸡毛松（学名：'；",
        "巴黎古监狱（法语：",
        "黄蝉（学名：'）别称为硬枝",
        "　　高 英 （ ）， 北 魏 宣 武 帝",
    ],
)
def test_a_name_glossed_in_a_bracket_is_introduced(line):
    assert introduces(line) in line.replace(" ", "")


@pytest.mark.parametrize(
    "line, name",
    [("丙烯颜料又称为塑胶彩或压克力颜料", "丙烯颜料"), ("乌兹别克族，又称乌孜别克族", "乌兹别克族"), ("西双版纳傣族自治州，简称", "西双版纳傣族自治州")],
)
def test_a_name_given_with_its_other_names_is_introduced(line, name):
    assert introduces(line) == name


WIKI = [
    "敦煌位于古代中国通往西域的要",
    "道，城东南的鸣沙山崖壁上开凿有",
    "大小石窟数百个，统称莫高窟。",
    "莫高窟俗称千佛洞，开凿于前秦，",
    "历经十个朝代的营建。",
]


def test_a_name_the_text_over_it_named_is_not_introduced():
    page = PageLines(read_lines(split_lines("\n".join(WIKI))), {}, frozenset(), frozenset())
    assert introduces(page.lines[3].text) == "莫高窟"
    assert not _introduced_at(page, 3)
    renamed = PageLines(read_lines(split_lines("\n".join(WIKI).replace("统称莫高窟", "统称石窟群"))), {}, frozenset(), frozenset())
    assert _introduced_at(renamed, 3)


def test_an_answer_under_a_question_introduces_nothing():
    asked = ["问：西双版纳位于我国", "哪一个省中？", "西双版纳傣族自治州，简称", "西双版纳，位于云南省南部。"]
    page = PageLines(read_lines(split_lines("\n".join(asked))), {}, frozenset(), frozenset())
    assert introduces(page.lines[2].text) and not _introduced_at(page, 2)
    titled = ["大小石窟数百个，统称莫高窟。", "西双版纳是哪里？", "西双版纳傣族自治州，简称", "西双版纳，位于云南省南部。"]
    page = PageLines(read_lines(split_lines("\n".join(titled))), {}, frozenset(), frozenset())
    assert _introduced_at(page, 2)  # (a one-line question over it may be its headline)


@pytest.mark.parametrize(
    "line",
    [
        "万历三十九年（1611年）署都察院。万历",
        "宁康三年（375年），中军将军桓冲等人上",
        "该塔由广州市科委（广州市科技和信息化局）",
        "中心碑（图一所示）为代表暹罗在",
        "家的第二位皇后（第一位是",
        "据统计，街区（含老厂房）目前已聚集",
        "胡充华（后来的灵太后）生太子，元恪",
    ],
)
def test_other_brackets_introduce_nothing(line):
    assert not introduces(line)


NEWS = [  # (a signed news item; under it, a text with no headline and no byline)
    "景德镇陶瓷文化产业园",
    "年接待游客超千万人次",
    "　　本报讯（记者 潘鑫玉）走进陶溪",
    "川文创街区，老厂房里的创意市集热闹",
    "非凡。来自各地的年轻手艺人在这里摆",
    "摊售卖自己设计的陶瓷作品，不少游客",
    "驻足挑选。",
    "　　据统计，街区目前已聚集创业者2",
    "万余人，其中“景漂”青年超过一半。",
    "今年上半年，园区接待游客 520 万人次，",
    "文旅消费额同比增长 31.6%。",
]
TEXT = [  # (set in a wider column, as the generated pages set such a text)
    "影视公司的经理人，李晨生于北京，为家中独子，6",
    "岁时随家人到上海定居。",
    "　　曾五度饰演男主角之少年时期，其后在多部剧集中饰演配角",
    "，表现令人赞赏，人气渐升。",
    "　　本报讯（记者 万川）8月18日，江西省上栗县举行秋季招",
    "商推介会，现场签约项目12个，总投资逾30亿元。（万川）",
]


@pytest.mark.parametrize(
    "opening",
    ["　　李晨（，），内地男艺人，现为一家经理人合约男艺员。", "　　李晨（），内地男艺人，现为一家经理人合约男艺员。"],
)
def test_an_introduced_name_starts_an_untitled_item(opening):
    result = parse_page_text("\n".join([*NEWS, opening, *TEXT]) + "\n", "page.txt")
    assert [(a.title, a.paragraphs[0][:4]) for a in result.articles[1:]] == [
        ("", "李晨（，" if "，）" in opening else "李晨（）"),
        ("", "本报讯（"),
    ]
    assert result.articles[0].paragraphs[0].startswith("本报讯（")
    assert "李晨" not in "".join(result.articles[0].paragraphs)


# "Looked at" pages of generators 6 to 8 where an untitled encyclopedic text opening by
# introducing its subject had been read as the text above going on (the last: under a
# one-line question, its headline, that names it).
@pytest.mark.parametrize(
    "make, pool, seed",
    [
        (random_page6, pool6, 800_008),
        (random_page6, pool6, 800_662),
        (random_page6, pool6, 801_494),
        (random_page6, pool6, 801_142),  # (under a line ending no sentence: 电话：03-9782345)
        (random_page7, pool7, 700_554),
        (random_page7, pool7, 700_916),
        (random_page8, pool8, 901_314),
        (random_page8, pool8, 901_678),
        (random_page8, pool8, 903_472),
    ],
)
def test_generated_pages_with_an_introduced_name(make, pool, seed):
    page = make(pool(), seed)
    assert any(introduces(known.paragraphs[0]) for known in page.expected)
    assert check_page(page).count_ok
