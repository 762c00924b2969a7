"""A bracketed byline under a paragraph ending in a colon signs the article above: the
text the colon led into (a table, a chart: 以下为历届赛事的总奖金：) is not printed, and
nothing under the byline goes on from it. It had been read as text, then as the kicker
of the next article's headline, and the article above lost its writers."""

from __future__ import annotations

import pytest
from test_page import layout_of

PAGE = """香港羽毛球公开赛
香港羽毛球公开赛每年举行一次，吸引
世界排名前列的好手参加。本项赛事自
2011年起改以红磡香港体育馆作为主场
馆。以下为历届赛事的总奖金：
{byline}
停水公告
因八一大道供水管网改造施工需要，11
月23日8时至20时，八一大道沿线及周
边小区将暂停供水。请相关用户提前做
好储水准备。
"""


@pytest.mark.parametrize(("byline", "authors"), [
    ("（潘 志 汪颖鹏）", ("潘志", "汪颖鹏")),
    ("（记者 邓强慧）", ("邓强慧",)),
])
def test_a_byline_under_a_colon_signs_the_article_above(byline, authors):
    first, second = layout_of(PAGE.format(byline=byline)).items
    assert (first.title, first.authors) == ("香港羽毛球公开赛", authors)
    assert first.paragraphs[-1].endswith("以下为历届赛事的总奖金：")
    assert (second.kicker, second.title, second.authors) == ("", "停水公告", ())


@pytest.mark.parametrize("words", ["（含男女单打及双打项目）", "（详见附件）", "（附表）"])
def test_words_in_brackets_under_a_colon_stay_text(words):
    # (Not people's names: the text's own, going on from the colon.)
    page = PAGE.format(byline=words).replace("停水公告\n", "")
    (item,) = layout_of(page).items
    assert item.authors == ()
    assert "总奖金：" + words in "".join(item.paragraphs)
