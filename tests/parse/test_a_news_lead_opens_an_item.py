"""A paragraph opening as a news item's lead does (记者从…获悉, 记者日前从…, 日前，,
近日，) after a finished sentence may start an item, whatever the widths say of the
line (it is weighed, not read as the paragraph going on), and going on across it costs:
a later paragraph reports on (据了解，…). Not after a quotation, which may be the lead
itself (“您的快递丢失…。” / 近日，市民刘先生…)."""

from __future__ import annotations

import pytest
from pagegen6 import default_pool as pool6
from pagegen6 import random_page6
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.read import parse_page_text
from qa.parse.wording import opens_lead

ABOVE = [  # (a generator 8 page's lines, as its text was extracted)
    "老旧小区加",
    "装电梯，难在哪？",
    "编者按：园区负责人表示，将继续推动陶",
    "瓷与设计、旅游、数字技术深度融合，让千年",
    "瓷都焕发新的活力。",
    "中新网9月 10 日电 “住了二",
    "十多年，腿脚越来越不方便，就",
    "盼着能装上电梯。”家住东湖区",
    "某小区六楼的张大爷说。然而，",
    "加装电梯的事在楼里商量了两年，",
    "至今没有落地。",
    "记者走访发现，资金分摊、",
    "低楼层住户意见不一、管线迁改",
    "复杂，是老旧小区加装电梯面临",
    "的主要难题。有的单元因为一两",
    "户不同意，方案只能一拖再拖。",
    "业内人士建议，应进一步完",
    "善低楼层住户的补偿机制，通过",
    "协商找到各方都能接受的“最大",
    "公约数”。",
]
BELOW = [
    "悉，南昌、上饶、吉安 3个",
    "设区市入选全省首批“无证",
    "明城市”。",
    "所谓“无证明城市”，",
    "是指群众和企业办事时，凡",
    "是能够通过数据共享、部门",
    "核验等方式获取的信息，不",
    "再要求申请人提供证明材料。",
    "据统计，试点以来， 3",
    "市共取消各类证明事项1100",
    "余项，累计减少群众跑腿 60",
    "多万次。   （据中新网）",
]


@pytest.mark.parametrize("opening", ["记者日前从省司法厅获", "记者从省司法厅获"])
def test_a_lead_after_a_finished_article_starts_an_item(opening):
    result = parse_page_text("\n".join([*ABOVE, opening, *BELOW]) + "\n", "page.txt")
    assert [(a.title, a.paragraphs[0][:4]) for a in result.articles] == [
        ("老旧小区加装电梯，难在哪？", "编者按："),
        ("", opening[:4]),
    ]
    assert "无证明城市" not in "".join(result.articles[0].paragraphs)


@pytest.mark.parametrize("opening", ["据了解，司法厅获", "同时，省司法厅获"])
def test_a_paragraph_reporting_on_goes_on(opening):
    result = parse_page_text("\n".join([*ABOVE, opening, *BELOW]) + "\n", "page.txt")
    assert [a.title for a in result.articles] == ["老旧小区加装电梯，难在哪？"]


# "Looked at" pages of the eighth generator (even seeds) where an item opening on the hour
# of its scene (中午十一点半，青云谱区一家社区食堂…, 晚上九点，…) had been read wrong: its
# lines over the body read as the text above going on (900402: an untitled, unsigned
# item under a signed one, which going on across the lead must cost more than such an
# item's own cost on a page that credits its items).
SCENE_SEEDS = [901_404, 901_600, 900_402]


@pytest.mark.parametrize("seed", SCENE_SEEDS)
def test_a_lead_on_the_hour_of_its_scene_starts_an_item(seed):
    page = random_page8(default_pool(), seed)
    assert any(opens_lead(known.paragraphs[0]) and "点" in known.paragraphs[0][:8] for known in page.expected)
    assert check_page(page).count_ok


NOTED = [  # (a generator 2 page's lines: an editor's note after a dateline, over the lead)
    "大赛组委会表示，获奖",
    "项目将优先获得创业担保贷",
    "款和入驻孵化基地等支持。",
    "（卢飞国 叶红）",
    "中新网3月9日电 编者按：发展成果如何惠及",
    "群众？答案写在一个个具体的场景里。今天，我们",
    "走进基层，听听他们怎么说。",
    "清晨六点，崇仁县一家米粉加工厂里机器轰",
    "鸣。经过浸泡、磨浆、蒸片、晾晒等十多道工序，一",
    "根根洁白的米粉新鲜出炉，随后被打包发往全国",
    "各地。",
    "“我们的米粉全部用本地早籼米制作，不加任",
    "何添加剂。”工厂负责人说，去年工厂线上销售额",
    "突破3000万元，带动周边200多户农户种植优质稻。",
]


def test_a_lead_under_an_editors_note_goes_on_under_it():
    result = parse_page_text("\n\n".join(NOTED) + "\n", "page.txt")
    assert [a.paragraphs[0][:5] for a in result.articles] == ["大赛组委会", "中新网3月"]
    assert result.articles[1].paragraphs[1].startswith("清晨六点")


# "Looked at" pages where a lead (记者从省林业局获悉，…, 日前，…, 晚上九点，…) opens an untitled,
# unsigned item under another on a page that credits its items, and going on across it
# had cost no more than such an item's own cost there (2.0 untitled, 2.3 unsigned): so
# ``LEAD_OPENS`` is 3.5.
@pytest.mark.parametrize("make, pool, seed", [(random_page6, pool6, 800_652), (random_page6, pool6, 800_928), (random_page6, pool6, 801_406), (random_page8, default_pool, 900_642), (random_page8, default_pool, 901_190)])
def test_a_lead_outweighs_an_untitled_unsigned_items_cost(make, pool, seed):
    page = make(pool(), seed)
    assert any(opens_lead(known.paragraphs[0]) for known in page.expected if not known.title)
    assert check_page(page).count_ok


def test_a_lead_under_a_long_editors_note_goes_on_under_it():
    # (The note's one sentence runs over more than NOTE_REACH lines: it is read back to
    # the sentence end before it. A generator 8 looked-at page, 902184, reads so too.)
    long_note = [*NOTED[:5], "群众？答案写在一个个具体的场景里，写在", "一位位基层干部和群众的讲述里，写在田", "间地头、社区街巷和车间工地的变化里，", "今天，我们", *NOTED[6:]]
    result = parse_page_text("\n\n".join(long_note) + "\n", "page.txt")
    assert [a.paragraphs[0][:5] for a in result.articles] == ["大赛组委会", "中新网3月"]
    assert result.articles[1].paragraphs[1].startswith("清晨六点")
    page = random_page8(default_pool(), 902_184)
    assert check_page(page).count_ok
