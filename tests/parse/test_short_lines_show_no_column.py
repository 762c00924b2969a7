"""Short lines ending in a mark (a list's items, 一是…； / 二是…；) show only that their
column is at least as wide as they are: a wider line after them is no sign of another
block, so the column a body opens in is read past them. (Read from them alone, the
body's column was a few em wide, every line of it cost as far too wide, and the
second line of a headline over it, 维安费可不是小数目, was cheaper as the body's first.)"""

from __future__ import annotations

from test_page import layout_of

from qa.parse.columns import window
from qa.parse.lines import read_lines

BODY = """　　一是训练条件；
　　二是生活成本；
　　三是一位刚刚在冬奥会上夺冠的滑雪名将计划移居
加拿大训练和生活；
　　四是消息一出便在社交媒体上引发热议。
　　“运动员在海外训练需要承担的费用远超普通人的想
象。”知情人士告诉记者。除了场地、教练和康复团队
的开支，仅安保一项，每年的维安费就高达数十万美元。
"""


def test_a_headline_over_a_list_keeps_both_its_lines():
    page = " 冬奥冠军要搬到加拿大？\n 维安费可不是小数目\n" + BODY
    (article,) = layout_of(page).items
    assert (article.kicker, article.title, article.subtitle) == ("", "冬奥冠军要搬到加拿大？维安费可不是小数目", "")
    assert [paragraph[:4] for paragraph in article.paragraphs] == ["一是训练", "二是生活", "三是一位", "四是消息", "“运动员"]


def test_a_block_is_read_past_short_lines_ending_in_marks():
    lines = read_lines(enumerate(BODY.splitlines()))
    assert len(window(lines, 0, len(lines))) > 2
    # A full line (ending in no mark) before a much wider line still ends the block there.
    full = read_lines(enumerate(["　　一是训练条件好", "二是生活成本低", "　　三是一位刚刚在冬奥会上夺冠的滑雪名将计划移居", "加拿大。"]))
    assert len(window(full, 0, len(full))) == 2
