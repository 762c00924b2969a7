"""A jump line sending the text above it to another page (（下转第4版）) leaves that text
unfinished here: its byline goes with it, so a byline under the jump line signs nothing
above it and opens the item under it (新华社记者 罗英 over 多伦多), where before, under a
finished sentence and over a headline, it signed the text above (an item split off to
take it, the article being credited at its head already)."""

from __future__ import annotations

from pagegen7 import default_pool, random_page7
from pagescore import assert_recovered, check_page

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """阿尔·戈尔
本报吉安 7 月 21 日讯（记者 覃敏）艾尔·高尔 28 岁
就已经加入美国国会，当过众议员和参议员。这段期间
他再育有三个孩子：克里斯汀、莎拉和艾尔拔。高尔通
常每到周末就会返回家乡度假，并在家乡继续工作。
1976 年高尔以 32%的得票率当选众议院议员，时比起
最接近的对手多出三个百分点。随后他也连任了三届。
（下转第4版）
新华社记者 罗英
多伦多
安大略高速铁路将于
十年后将伦敦和多伦多的
车程控制在一个半小时内。
多伦多运输局在多市范围
内提供公共运输服务，是
北美洲继纽约市和墨西哥
城后第三大市营公交系统。
"""


def test_a_byline_under_a_jump_line_opens_the_item_under_it():
    first, jump, second = analyse_page(read_lines(split_lines(PAGE))).items
    assert (first.title, first.authors, len(first.paragraphs)) == ("阿尔·戈尔", ("覃敏",), 2)
    assert (jump.kind, jump.paragraphs) == ("furniture", ("（下转第4版）",))
    assert (second.title, second.authors) == ("多伦多", ("罗英",))
    assert second.paragraphs[0].startswith("安大略高速铁路")


def test_generated_pages_with_a_byline_under_a_jump_line():
    # Looked-at pages of generator 7: seed 700502 whole; seeds 700526, 702076 and 702290
    # (罗英, 叶丹立, 方欣 under （下转第N版）) each give the byline to the item under it.
    assert_recovered(random_page7(default_pool(), 700_502))
    for seed in (700_526, 702_076, 702_290):
        check = check_page(random_page7(default_pool(), seed))
        assert check.count_ok
        assert not [wrong for wrong in check.wrong if "authors" in wrong]
