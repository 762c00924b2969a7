"""A page that sprays its paragraphs' first lines (letter-spaced to fill the line, as
e-paper text often is: 截 至 目 前 ，铜 鼓 县 纪 委 监) shows what its openings look like:
there, a line going on that is not sprayed is seldom a paragraph's first line, and reading
it so pays ``page.plain_opening`` (the log odds of the page's sprayed openings to its
plain ones). So a title as short as an opening whose indent was lost (稻田里的“智慧管家”
under its kicker, 2 em short of the column) heads its body instead of opening it."""

from __future__ import annotations

from pagegen2 import news_sources, random_page2
from pagescore import assert_recovered
from pagetext import wrap

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _sprayed_openings, analyse_page

ARTICLES = (
    (
        "",
        "候鸟越冬数量创新高",
        (
            "记者从省林业局获悉，今冬在鄱阳湖越冬的候鸟数量达到78万只，比去年同期增加约5万只。",
            "为守护好这些“远方来客”，沿湖各地实行了分片包干巡护制度，组建了120余支护鸟队伍。",
        ),
    ),
    (
        "",
        "一碗米粉里的乡村振兴",
        (
            "清晨六点，崇仁县一家米粉加工厂里机器轰鸣。经过浸泡、磨浆、蒸片等工序，米粉新鲜出炉。",
            "“我们的米粉全部用本地早籼米制作。”工厂负责人说，去年工厂线上销售额突破3000万元。",
        ),
    ),
    (
        "数字技术赋能春耕生产",
        "稻田里的“智慧管家”",
        (
            "在进贤县的一片高标准农田里，几台无人机正在低空盘旋，对水稻进行病虫害统防统治。",
            "“以前打药要请十几个人，现在两台无人机一天就能作业六百亩。”种粮大户李建国笑着说。",
            "据了解，进贤县今年已建成数字农业示范基地15个，覆盖农田面积8万余亩。",
        ),
    ),
)


def page(width: int, sprayed: bool = True) -> list[str]:
    """The articles, headlines over their bodies, each paragraph's first line an indent
    (2 characters) short of the column and, if ``sprayed``, letter-spaced; each signed."""
    lines = []
    for kicker, title, paragraphs in ARTICLES:
        lines += [kicker, title] if kicker else [title]
        for paragraph in paragraphs:
            first, *rest = wrap(paragraph, width, indent="  ")
            first = first.strip()
            lines += [" ".join(first) if sprayed else first, *rest]
        lines.append("（本报记者 熊力波）")
    return lines


def signatures(lines) -> set[int]:
    return {i for i, line in enumerate(lines) if line.text.startswith("（本报记者")}


def test_a_page_that_sprays_its_openings_prices_a_plain_one():
    lines = read_lines(enumerate(page(11)))
    assert _sprayed_openings(lines, signatures(lines)) > 1.0
    # Its bylines follow sentence ends and are not sprayed: counted as openings, they
    # would hide the page's habit.
    assert _sprayed_openings(lines) == 0.0
    plain = read_lines(enumerate(page(11, sprayed=False)))
    assert _sprayed_openings(plain, signatures(plain)) == 0.0


def test_the_seed_page_does_not_spray_its_openings(seed_page):
    lines = read_lines(split_lines(seed_page.read_text(encoding="utf-8")))
    assert _sprayed_openings(lines) == 0.0


def test_a_title_as_short_as_an_opening_heads_its_body():
    items = analyse_page(read_lines(enumerate(page(11)))).items
    assert [(item.kicker, item.title) for item in items] == [(kicker, title) for kicker, title, _ in ARTICLES]
    assert items[2].paragraphs[0].startswith("在进贤县的一片高标准农田里")


def test_a_generated_page_that_sprays_its_openings():
    # A "looked at" page of the second generator (an even seed): headlines after their
    # articles, 小食堂 大民生 / 社区食堂开到了家门口 as short as its openings.
    assert_recovered(random_page2(news_sources(), 1152))
