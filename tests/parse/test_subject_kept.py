"""A heading-shaped line whose body goes on with the subject of the text before it is a
小标题 of that article or running text, not the headline of another item: a headline
opens a new subject (``segment.SUBJECT_KEPT``, ``wording.subject_kept``). Found on the
sixth generator's looked-at pages, which set stock 小标题 (一碗米粉里的乡村振兴) between
paragraphs about something else; a line over text about another subject still heads an
item of its own. Likewise text going on with no headline over it, in a column of another
width, is the article's where it keeps the subject (``segment.KEPT_UNHEADED``), counted
in phrases so that two news items' stock words (相关负责人表示) show no shared subject."""

from __future__ import annotations

import pytest
from pagegen6 import default_pool, random_page6
from pagescore import check_page, parse_layout
from test_page import BODY_B, layout_of, page, wrap

from qa.parse.columns import PageLines, PageText
from qa.parse.lines import read_lines
from qa.parse.segment import KEPT_FREE
from qa.parse.wording import subject_kept

OPENING = "本报讯（记者叶娟鹏）鄱阳湖越冬候鸟数量再创新高，今冬在鄱阳湖越冬的白鹤超过四千只，占全球白鹤种群数量的九成以上。"
MIDDLE = "为守护鄱阳湖越冬候鸟，沿湖各县组建护鸟队伍，护鸟员每天巡查湖区，清理非法网具，劝离进入保护区的人员，白鹤越冬环境持续向好。"
OTHER = "南昌市城市书房已建成八十六家，市民下班后来坐一坐读本书，比在家里刷手机强多了，不少中学生周末也来这里写作业。"


def _page(subhead: str, after: str) -> str:
    first = [*wrap(OPENING, 20), *wrap(MIDDLE, 20), subhead, *wrap(after, 20)]
    second = wrap(BODY_B, 20)
    second[-1] += "（李娜）"
    return page(["鄱阳湖越冬候鸟数量创新高"], first, ["篁岭晒秋游人如织"], second)


def test_a_stock_subhead_over_text_keeping_the_subject_stays_in_its_article():
    # A looked-at page of generator 6 (seed 800358): 一碗米粉里的乡村振兴 stands between
    # two paragraphs about 黄蝉, one of the article's 小标题; it was read as the headline of
    # an item of its own, splitting the article.
    page = random_page6(default_pool(), 800_358)
    items = parse_layout(page.text).items
    (article,) = [item for item in items if item.title == "黄蝉"]
    assert "一碗米粉里的乡村振兴" in "".join(article.paragraphs)
    assert not [item for item in items if item.title == "一碗米粉里的乡村振兴"]
    assert check_page(page).count_ok


def test_a_cut_title_line_keeping_the_subject_heads_nothing():
    # Seed 800240: 通过对出差人 (a line of running text cut short) over text going on
    # about the article's 公函 was read as a headline.
    page = random_page6(default_pool(), 800_240)
    assert not [item for item in parse_layout(page.text).items if item.title == "通过对出差人"]
    assert check_page(page).count_ok


def test_a_line_over_text_about_something_else_heads_an_item():
    items = layout_of(_page("城市书房受欢迎", OTHER)).items
    assert [(item.title, item.paragraphs) for item in items] == [
        ("鄱阳湖越冬候鸟数量创新高", (OPENING, MIDDLE)),
        ("城市书房受欢迎", (OTHER,)),
        ("篁岭晒秋游人如织", (BODY_B,)),
    ]


@pytest.mark.parametrize(("seed", "title", "paragraphs"), [
    # (An article on fighter planes going on in a wider column, its headline after it:
    # the text there, 德国与英国在双方获得的经验上…, had been read as an item of its own.)
    (800_954, "目前公认第一种意义上的战斗机是哪国先使用的？", 4),
    # (杜林 / 都灵: one city's article going on past a column's end.)
    (801_650, "都灵", 4),
])
def test_text_going_on_with_its_subject_in_another_column_stays_in_its_article(seed, title, paragraphs):
    page = random_page6(default_pool(), seed)
    items = parse_layout(page.text).items
    (article,) = [item for item in items if item.title == title]
    assert len(article.paragraphs) == paragraphs
    assert check_page(page).count_ok


def _kept(before: list[str], after: list[str], phrases: bool) -> float:
    lines = read_lines(enumerate(before + after))
    page = PageLines(lines, {}, frozenset(), frozenset())
    return subject_kept(page, len(before), len(before), PageText.of(lines), phrases=phrases)


def test_stock_words_are_one_phrase():
    # (Two news items of one province: 相关负责人表示 is six shared pairs, one phrase.)
    before = ["南昌地铁相关负责人表示，四号线开通运营后，", "全市轨道交通运营里程将达到一百二十八公里，", "日均客运量预计增加二十万人次。"]
    after = ["东湖区民政局相关负责人表示，长者食堂今年", "将新增十六家，为辖区老人提供助餐服务，每", "天就餐老人超过一千五百人次。"]
    by_pairs, by_phrases = _kept(before, after, phrases=False), _kept(before, after, phrases=True)
    assert by_phrases < by_pairs
    assert by_phrases < KEPT_FREE  # (costing nothing)
