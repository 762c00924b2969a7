"""Marks that open no line (％, ）, ”, and a question's or exclamation's ？, ！), pushed onto
a line of their own past the column's end, are the tail of the line over them: a subtitle
wrapped before its ％ keeps it and heads its article, a title before its ？ asks; a full
stop alone on its line (。) stays a line, the short last line of its paragraph."""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagescore import check_page, parse_layout
from test_page import layout_of

from qa.parse.lines import read_lines

PAGE = """县城里的“博物馆热”
暑期以来，安福县博物馆每天接待游客
上千人次，讲解员的声音此起彼伏，孩
子们围在展柜前听得入神。
“没想到县城的博物馆也能做得这么好。”
一位带孩子从外地赶来的家长说。
九江长江大保护交出亮眼成绩单
——全市国控断面水质优良率达100
%
本报讯（记者 周斌娟 通讯员 江俊凯）
今年前10个月，九江市长江干流水质稳
定保持Ⅱ类，全市国控断面水质优良率
达100%，同比提高3.2个百分点。
"""


def test_a_percent_sign_pushed_to_a_line_of_its_own_ends_the_subtitle():
    articles = [item for item in layout_of(PAGE).items if item.kind != "furniture"]
    assert [(item.title, item.subtitle) for item in articles] == [
        ("县城里的“博物馆热”", ""),
        ("九江长江大保护交出亮眼成绩单", "——全市国控断面水质优良率达100%"),
    ]
    assert articles[1].authors == ("周斌娟", "江俊凯")
    assert articles[1].paragraphs[0].startswith("本报讯（记者周斌娟通讯员江俊凯）今年前10个月")


def test_marks_but_a_full_stop_join_the_line_over_them():
    lines = read_lines(enumerate(["优良率达100", "%", "同比提高3.2个百分点", "。", "他说：“好", "”", "为何", " ？", "火了", "！”"], 1))
    assert [(line.number, line.text) for line in lines] == [
        (1, "优良率达100%"), (3, "同比提高3.2个百分点"), (4, "。"), (5, "他说：“好”"), (7, "为何？"), (9, "火了！”"),
    ]
    assert lines[4].headline_mark  # (a one-sentence question: a headline's shape)


def test_a_titles_question_mark_on_a_line_of_its_own_stays_the_titles():
    # A looked-at page of generator 6 (seed 802074): 蒋家旻什么时候被挑选成为Tvbeople / ？
    # under its kicker; the title was read as the text of an item of its own.
    page = random_page6(default_pool(), 802_074)
    assert check_page(page).count_ok
    (item,) = [item for item in parse_layout(page.text).items if item.title.startswith("蒋家旻")]
    assert (item.kicker, item.title) == ("6岁时随家人到香港定居", "蒋家旻什么时候被挑选成为Tvbeople？")
    assert item.subtitle == "——访新余市供水有限责任公司负责人袁凯思"
