"""A heading line holding a question or an exclamation inside it and ending on an
ideograph has begun a clause it has not ended: the next line goes on with it
(冬奥冠军要搬到加拿大？维安费 / 可不是小数目), as after a comma, and so after 、 or ；. The rest had been read
as a subtitle: the title lost its last words. (The headline the layout issue names.)"""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text
from qa.parse.headings import heading_roles


def test_the_clause_after_a_question_goes_on():
    body = "近日，有外媒报道称，一位刚刚在冬奥会上夺冠的滑雪名将计划移居加拿大训练和生活。"
    assert heading_roles(["冬奥冠军要搬到加拿大？维安费", "可不是小数目"], body) == (
        "",
        "冬奥冠军要搬到加拿大？维安费可不是小数目",
        "",
    )
    assert heading_roles(["好消息！南昌", "地铁4号线开通"], "") == ("", "好消息！南昌地铁4号线开通", "")
    # (So after 、 or ；: 天龙桥和青龙桥之间、青龙桥和黑龙桥之间有 / 多大的天坑？)
    assert heading_roles(["天龙桥和青龙桥之间、青龙桥和黑龙桥之间有", "多大的天坑？"], "")[1] == (
        "天龙桥和青龙桥之间、青龙桥和黑龙桥之间有多大的天坑？"
    )
    # (A line ending on its mark is a title's end: the next line is another role.)
    assert heading_roles(["这样的好事，谁不喜欢？", "——社区长者食堂开进家门口"], "")[2] == "——社区长者食堂开进家门口"


def test_on_a_generated_page(generated_page):
    page = generated_page("gen6", 800_194)
    titles = [squeezed(a.title) for a in parse_page_text(page.text, "page.txt").articles]
    assert "冬奥冠军要搬到加拿大？维安费可不是小数目" in titles
