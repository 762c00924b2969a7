"""A page whose text ends at a jump line (（下转第二版）) sends its last article on to
another page: the article stops mid-way, so its last line need not finish a sentence.
The page's end charged an item ending unfinished, so a 小标题 standing last before the
jump line (◆新政府希望国家政经融和) was cheaper as an item of its own, with no text: a
line left to no article. It is now the article's last paragraph."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import check_page, squeezed

from qa.parse import parse_page_text

PAGE = [
    "南斯拉夫王国",
    "\u3000\u3000奥地利省份克恩顿举行公投，结果令它一分为二，",
    "王国得到的部分在今斯洛维尼亚。义大利得到位于达",
    "尔马提亚的港口扎达尔和数个岛屿。",
    "\u3000\u3000王国与义大利的领土争议持续，前者宣称拥有伊",
    "斯特拉。该地原属奥地利海岸区，有很多克罗埃西亚",
    "人和斯洛维尼亚人，却被义大利占领。",
    "\u3000\u3000◆新政府希望国家政经融和",
    "（下转第二版）",
]


def test_the_last_line_before_a_jump_line_stays_in_its_article():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    assert [squeezed(a.title) for a in result.articles] == ["南斯拉夫王国"]  # (no item of the line alone)
    assert squeezed(result.articles[0].paragraphs[-1]) == "◆新政府希望国家政经融和"


def test_on_a_generated_page(generated_page):
    page = generated_page("gen5", 505_370)
    result = parse_page_text(page.text, "page.txt")
    last = result.articles[-1]
    assert squeezed(last.title) == "南斯拉夫王国"
    assert squeezed(last.paragraphs[-1]) == "◆新政府希望国家政经融和"


CUT = [
    '致密星压缩成非常致密的物',
    '质，同时造成高速的自转。',
    '但是相较于它们在低自转速',
    '速的状态由于角动量守恒，',
    '—一个转动的物体会以增加',
    '自转的速率来补偿尺寸上的',
    '缩减，而绝大部分消散的角',
    '动量是经向外吹拂恒星风带',
    '走的。无论如何，波霎的自',
    '转是非常快速的，例如在蟹',
    '状星云核心的波霎，自转速',
    '率为每秒 30 转。',
    '波霎的自转速率会因为辐射',
    '发射而减缓。在主序带上恒',
    '星的表面温度取决于核心能',
    '量生成的速率和恒星的半径，',
    '并且可以使用色指数来估计。',
    '它通常被作为有效温度，也',
    '就是被理想化的黑体在表面',
    '辐射出的能量使单位表面积',
    '有著相同的光度时所对应的',
    '温度。',
    '【一湖碧水迎客来】',
    '鄱阳湖候鸟越冬数量创新高',
    '白鹤占全球种群数量98%以上',
    '◎ 记者 杜海鹏',
    '记者从省林业局获悉，今冬在',
    '鄱阳湖越冬的候鸟数量达到78',
    '万只，比去年同期增加约5万',
    '只，其中白鹤超过 4000只，占',
    '全球种群数量的 98%以上。',
    '为守护好这些“远方来客”，',
    '沿湖各地实行了分片包干巡护',
    '制度，组建了120 余支护鸟队',
    '伍。护鸟员每天要在湖区巡查',
    '十多公里，清理非法网具，劝',
    '离违规进入保护区的人员。',
    '专家认为，鄱阳湖湿地生态环',
    '境的持续向好，是越冬候',
    '（下转第2版）',
]


def test_the_lines_over_a_jump_line_are_no_headline_printed_after_its_text():
    # (Heading-like lines at the page's end may be the last article's headline, printed
    # after it; not over a jump line sending the text on: the text runs on to it, cut.)
    result = parse_page_text("\n".join(CUT) + "\n", "page.txt")
    assert [(a.kicker, a.title, a.authors) for a in result.articles][-1] == ("一湖碧水迎客来", "鄱阳湖候鸟越冬数量创新高", ("杜海鹏",))
    assert squeezed(result.articles[-1].paragraphs[-1]).endswith("专家认为，鄱阳湖湿地生态环境的持续向好，是越冬候")


@pytest.mark.parametrize("seed", [901_928])
def test_generated_pages_cut_at_a_jump_line(seed):
    # ("Looked at" pages of the eighth generator, even seeds.)
    assert check_page(random_page8(default_pool(), seed)).count_ok
