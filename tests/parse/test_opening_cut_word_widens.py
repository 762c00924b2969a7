"""A paragraph whose first lines are set beside a photo and the rest under it, wider: its
opening, short by an indent the page lost, runs on into the next line where its last word
does (九江坚持把修复长江生 / 态环境摆在压倒性位置，累 / 计关停搬迁沿江化工企业42家，拆除非), so the
column widening inside it is the paragraph's (``segment._widens``), not a headline over a
wider body. Before, the opening was read as a title cut inside 生态. (Generator 8,
looked-at pages.)"""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

RIVER = [
    "九江长江大保护交出亮眼成绩单",
    "——全市国控断面水质优良率达100%",
    "本 报 讯（ 通 讯 员 卢 伟",
    "欣）今年前10个月，九江市",
    "长江干流水质稳定保持Ⅱ类，",
    "全市国控断面水质优良率达",
    "100%，同比提高3.2个百分",
    "点。",
    "九江坚持把修复长江生",
    "态环境摆在压倒性位置，累",
    "计关停搬迁沿江化工企业42家，拆除非",
    "法码头68座，完成岸线复绿1200余亩。",
    "与此同时，九江扎实推进长江十年",
    "禁渔，组建协助巡护队伍38支，开展联",
    "合执法行动1500余次，长江江豚等珍稀",
    "水生生物出现频次明显增加。",
]


def test_an_opening_cut_inside_a_word_goes_on_into_the_wider_column():
    items = page_items(RIVER, double=True, furniture=False)
    assert [item.title for item in items] == ["九江长江大保护交出亮眼成绩单"]
    assert items[0].paragraphs[1] == (
        "九江坚持把修复长江生态环境摆在压倒性位置，累计关停搬迁沿江化工企业42家，拆除非法码头68座，完成岸线复绿1200余亩。"
    )


@pytest.mark.parametrize("seed", [902_656, 902_968])
def test_the_generated_pages_they_come_from(seed):
    assert check_page(random_page8(default_pool(), seed)).count_ok
