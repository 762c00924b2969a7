"""Where an article's column changes inside a paragraph (a full line of the new column
going on from a full line of the old one), the zone under that paragraph shows no change
of column: the item took the new one before it (``segment._changed_over``). Before,
…近日，景 / 德镇高新区机关足球队队长汤嘉彬在微信群里呼 / 叫。 under a column of 16 em, over
paragraphs of 21, cut the article after its first paragraph: the rest made an untitled
item (generator 8, looked-at pages). A paragraph's first line, whose width leaves out its
indent, is no full line of the new column: a first version read 　　近日，抚州市启动实施乡村
(12 em and an indent, in a column of 14) so, and ran a brief on into the untitled item
set 12 em wide under it."""

from __future__ import annotations

import pytest
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagegen8 import default_pool, random_page8
from pagescore import check_page
from pagetext import page_items

BEFORE = [
    "模特儿",
    "\u3000\u3000模特儿是英语单字的音译，近年",
    "来网路上也音译麻豆。超级模特儿是",
    "模特儿最高层级，主要伸展台模特儿",
    "和平面模特儿的工作量和知名度最高",
    "的模特儿的代名词。",
]
ARTICLE = [
    "景德镇高新区打",
    "造“足球夜”凝聚发展合力",
    "\u3000\u3000本报讯（通讯员 邵凯静）",
    "“全体队员，今晚7：00，穿蓝色",
    "队服，在高新区社会足球场，对方",
    "是企业联队，我们要派出全部主力",
    "出战，现在开始报名。”近日，景",
    "德镇高新区机关足球队队长汤嘉彬在微信群里呼",
    "叫。",
    "\u3000\u3000营商环境是区域发展的核心竞争力之一。足",
    "球运动作为世界第一运动，有着广泛的共同体育",
    "语言。基于此，近年来，该区通过大力优化营商",
    "环境，加强基础设施建设，增加文化娱乐活动措",
    "施，打造“足球夜”活动平台，促进园企同心交",
    "流。",
    "\u3000\u3000“足球夜”活动让企业与企业，园区与企业，",
    "行业与行业，职工与职工相互增进了解，加强相",
    "互联系，在进行快乐足球运动的同时，搭建起政",
    "企交流联谊的新平台，构建出健康“亲清”新型",
    "园企关系，为推动园区高质量发展贡献力量。",
]


def test_an_article_whose_column_widens_inside_a_paragraph_goes_on_under_it():
    items = page_items(BEFORE + ARTICLE, double=False, furniture=False)
    assert [item.title for item in items] == ["模特儿", "景德镇高新区打造“足球夜”凝聚发展合力"]
    assert len(items[1].paragraphs) == 3
    assert items[1].paragraphs[1].startswith("营商环境是区域发展的核心竞争力之一")


@pytest.mark.parametrize(("maker", "seed"), [("8", 900_492), ("8", 900_348), ("7", 703_304)])
def test_columns_changed_inside_a_paragraph_on_generated_pages(maker, seed):
    # Looked-at pages of generators 8 and 7 where the article had been cut under the change.
    page = random_page8(default_pool(), seed) if maker == "8" else random_page7(default_pool7(), seed)
    check = check_page(page)
    assert check.count_ok
    assert not [wrong for wrong in check.wrong if "body differs" in wrong]


def test_an_indented_opening_over_a_narrower_item_is_no_change_inside_its_paragraph():
    # A looked-at page of generator 8: a brief of 14 em whose first line, 12 em after its
    # indent, a first version took for a line of the untitled item's column under it.
    check = check_page(random_page8(default_pool(), 900_724))
    assert check.count_ok
