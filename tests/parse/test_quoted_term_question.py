"""A line opening with a quoted term closed before its ？ or ！ (“反向旅游”？) is one
sentence that may be a headline's, as one opening with words is; a line opening a
quotation (“人少、物价低？” or a speech running on) is not. So the two lines of
年轻人为何爱上 / “反向旅游”？ head the article under them, the second no body of its own."""

from __future__ import annotations

from test_page import layout_of

from qa.parse.lines import PageLine

PAGE = """日本人
在日本人的遗传因子中，绳文人和弥生人的影响各有
不同。关东的日本人，虽然弥生人在遗传因子上的影
响仍旧较大，但绳文人也有显著的影响。
（记者 杨超晨 通讯员 蔡 博）
年轻人为何爱上
“反向旅游”？
本报讯（记者 沈勇芳）避开热门景区，专挑小众目的
地——今年暑期，“反向旅游”成为不少年轻人的新
选择。一些过去鲜有人知的县城和古村，意外迎来了
客流高峰。
在线旅游平台数据显示，暑期以来，三四线城市的酒
店预订量同比增长超过 40%，县域旅游订单增速明显
高于一线城市。
"""


def _mark(text: str) -> bool:
    return PageLine.read(1, text).headline_mark


def test_a_quoted_term_before_the_mark_is_a_headline_mark():
    assert _mark("“反向旅游”？")
    assert _mark("“村超”为何这么火？")
    assert _mark("“姓”和“氏”是怎么渐渐合一的？")  # (terms quoted one after another)
    assert not _mark("“人少、物价低，体验真实？”")  # a quotation: the mark inside it
    assert not _mark("“人少”，他说。“物价低？")  # (two quotations)


def test_a_two_line_question_with_a_quoted_term_heads_its_article():
    articles = [item for item in layout_of(PAGE).items if item.title != "日本人"]
    (article,) = articles
    assert article.title == "年轻人为何爱上“反向旅游”？"
    assert article.authors == ("沈勇芳",)
    assert article.paragraphs[0].startswith("本报讯（记者沈勇芳）避开热门景区")
