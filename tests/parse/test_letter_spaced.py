"""Letter-spaced headlines (`稻 田 里 的 “ 智 慧 管 家 ”`): display type spreads a short
headline with spaces as justification sprays a full line; a sprayed line well short of its
column, over wider lines that go on, is a headline, not a body line."""

from __future__ import annotations

import pytest
from pagegen4 import default_pool as default_pool4
from pagegen4 import random_page4
from pagegen5 import default_pool as default_pool5
from pagegen5 import random_page5
from pagescore import assert_recovered

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _letter_spaced, analyse_page

FIRST = (
    "文化走廊建成开放",
    "本市首条城市文化走廊昨天正式建成开放，沿线串联起十二处历史建筑和三座城市公园，",
    "市民可以步行或骑行游览。据介绍，走廊全长八公里，总投资约三亿元，历时两年建成。",
    "首批游客对走廊的设计给予了好评。",
)
BODY = (
    "在进贤县的一片高标准农田里，几台无人机正在低空",
    "盘旋，对水稻进行病虫害统防统治。田埂边，种粮大",
    "户李建国盯着手机屏幕，实时查看着田间的温度、湿",
    "度和虫情数据。",
)


@pytest.mark.parametrize("title", ["稻 田 里 的 “ 智 慧 管 家 ”", "一 条 古 道 串 起 三 个 村"])
def test_a_letter_spaced_line_over_a_body_is_its_headline(title):
    page = "\n".join([*FIRST, title, *BODY]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert [item.title for item in items] == ["文化走廊建成开放", title.replace(" ", "")]
    assert items[1].paragraphs[0].startswith("在进贤县")


def test_a_sprayed_line_that_goes_on_stays_body_text():
    # A caption line sprayed short (the next word would not fit) over its own last line,
    # and a line pushed short by a run of digits, are body lines.
    for text in ("信 丰 县 果 农 在 果 园\n里采摘脐橙。 张 伟摄", "淮 海 中 路 街 道 的\n69670 人，是上海市人口密度最高的区域之一，"):
        lines = read_lines(split_lines("\n".join([*BODY[:3], text, *BODY[:2]]) + "\n"))
        assert _letter_spaced(lines) is lines


def test_a_letter_spaced_headline_over_an_indented_number():
    # An indented line opens a paragraph: the sprayed line over it was not left short by
    # the number that opens it (as 淮 海 中 路 街 道 的 / 69670 人 is), it is a headline.
    body = ["　　1924 年，第二次直奉战争爆发后，当地", *BODY[1:]]
    page = "\n".join([*FIRST, "张 学 良", *body]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert [item.title for item in items] == ["文化走廊建成开放", "张学良"]
    assert items[1].paragraphs[0].startswith("1924")


def test_a_letter_spaced_question_is_a_headline_s_line():
    # A title wrapped at its comma, its second line letter-spaced and asking (难 在 哪 ？),
    # over the commentary's signature: both lines are the headline, none a body of its own.
    page = "\n".join([*FIRST, "老旧小区加装电梯，", "难 在 哪 ？", "本报评论员", *BODY]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert [item.title for item in items] == ["文化走廊建成开放", "老旧小区加装电梯，难在哪？"]
    assert items[1].paragraphs[0].startswith("在进贤县")


def test_a_letter_spaced_headline_over_a_one_line_paragraph():
    # The line under the headline ends a sentence (a paragraph of one line), but it is
    # much wider than the sprayed line: no paragraph's last line under a full one.
    page = "\n".join([*FIRST, "一 条 古 道 串 起 三 个 村", "在进贤县的一片高标准农田里，几台无人机正在低空盘旋。", *BODY[1:]]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert [item.title for item in items] == ["文化走廊建成开放", "一条古道串起三个村"]
    assert items[1].paragraphs[0].startswith("在进贤县")


@pytest.mark.parametrize("above", ["", "阿閦佛国经"])
def test_a_sprayed_last_line_of_the_page_is_display_type_however_wide(above):
    # A headline printed after its article at the page's end, letter-spaced nearly to the
    # column's width: no line follows it, so it cannot be a line of running text going on.
    narrow = [
        "阿閦佛的妙喜世界非常庄",
        "严，有高大的七宝菩提树。",
        "阿閦佛信仰与阿弥陀佛信",
        "仰皆起源于大乘佛教早期，",
        "另外一位东方琉璃世界的",
        "药师佛较为人知。",
    ]
    title = "五 方 如 来 之 中 的 东 方"
    lines = read_lines(split_lines("\n".join([*narrow, *([above] if above else []), title]) + "\n"))
    assert _letter_spaced(lines)[-1].display
    items = analyse_page(lines).items
    assert len(items) == 1
    assert items[0].title == title.replace(" ", "")
    assert items[0].kicker == above
    # (Over a line that goes on, a sprayed last line is text cut at the page's end.)
    cut = read_lines(split_lines("\n".join([*narrow[:-1], "另外一位东方琉璃世界的", title]) + "\n"))
    assert not _letter_spaced(cut)[-1].display


def test_a_headline_letter_spaced_over_two_lines_is_read_whole():
    # Its first line is no wider than its second, over an opening short by its indent: the
    # line under it is display type, so the first goes on into no paragraph either.
    narrow = ["　　日前，由省人民医院牵", "头，联合赣州、吉安、抚州等", "地 12 家 医 院 组 建 的 跨 区", "医疗联合体正式成立。"]
    first = ["　　近日，抚州市启动实施", "乡村振兴人才培训计划，计", "划用 3 年时间培训高素质农", "民、农村电商带头人等各类", "人才 1.5 万人次。"]
    page = "\n".join(["抚州启动乡村振", "兴人才培训计划", *first, " 省 内 首 个 跨 区 域", "医 疗 联 合 体 成 立", *narrow]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert [item.kicker + item.title for item in items] == ["抚州启动乡村振兴人才培训计划", "省内首个跨区域医疗联合体成立"]
    assert items[0].paragraphs[-1].endswith("1.5万人次。")
    assert items[1].paragraphs[0].startswith("日前")


@pytest.mark.parametrize(
    "title",
    [
        # (seventh generator, looked-at seeds 700572 and 700680: a question in two clauses, a
        # title wrapped at its colon over its display line; both had been read as body text.)
        ("老 旧 小 区 加 装", "电 梯 ， 难 在 哪 ？"),
        ("A I 进 课 堂 ：", "老 师 多 了 个 “ 助 教 ”"),
    ],
)
def test_a_letter_spaced_title_over_two_lines_with_a_mark_is_one_headline(title):
    page = "\n".join([*FIRST, *title, *BODY]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    # (Read whole as headings: which of them is a kicker is the stack's reading.)
    assert [(item.kicker + item.title).replace(" ", "") for item in items] == ["文化走廊建成开放", "".join(title).replace(" ", "")]
    assert items[1].paragraphs[0].startswith("在进贤县")


def test_a_sprayed_line_with_clauses_over_body_text_stays_body_text():
    # The marks a headline may hold are a question's two clauses, or the one it wraps at
    # over its display line: a sprayed line ending in a comma over running text goes on.
    lines = read_lines(split_lines("\n".join([*BODY[:3], "据 介 绍 ， 走 廊 全 长 ，", *BODY[:2]]) + "\n"))
    assert _letter_spaced(lines) is lines


def test_a_letter_spaced_title_after_an_end_byline_whose_words_the_body_repeats():
    # (seventh generator, looked-at seed 701940.) A sprayed line as wide as the column,
    # right under an article's end byline in brackets, over a subtitle and a dateline cut
    # over two lines: the body repeats its words four lines down, so it is the next
    # article's headline, not the first line of its text.
    above = ["规范农村宅基地审批管理工作，简", "化审批程序、提高审批效率。", " （江海静 司马明娟）"]
    below = [
        "新华社南昌 9 月 17 日电（记者", "魏萍明）经过三个多月的激烈角逐，", "首届全省青年创新创业大赛日前在",
        "南昌落下帷幕，来自高校和企业的", "30 个项目进入决赛。",
    ]
    page = "\n".join(["大余积极探索宅基地审批机制", "“直接把资料交给镇里便民服务中心", "的宅基地审批窗口就可以申请审批", "建房，很方便！”大余县宅改办工作", "人员刘强表示，下一步，大余县将", *above, "首 届 青 年 创 新 创 业 大 赛 落 幕", "30个项目同台比拼", *below]) + "\n"
    items = analyse_page(read_lines(split_lines(page))).items
    assert [item.authors for item in items] == [("江海静", "司马明娟"), ("魏萍明",)]
    assert items[1].title + items[1].subtitle == "首届青年创新创业大赛落幕30个项目同台比拼"
    assert items[1].paragraphs[0].startswith("新华社南昌9月17日电（记者魏萍明）经过")


def test_a_sprayed_line_over_an_editors_note_is_display_type():
    # (The column is about as wide as the title: spread over it, the title looks like a
    # justified line, but an editor's note opens the body under it: no text goes on into
    # it.) Looked-at pages of generator 4 (seeds 402662 and 402492) too.
    lines = read_lines(split_lines(
        "面是王室的房间、库房和\n小庭院。 （肖颖婷）\n暑期研学游升温\n县 城 里 的 “ 博 物 馆 热 ”\n"
        "  编者按：围绕县城里\n的“博物馆热”，本\n版今起推出系列报道，\n展现各地的探索与实\n践。\n"
        "  暑期以来，安福县博\n物馆每天接待观众上\n千人次，比去年同期\n翻了一番。\n"
    ))
    items = [item for item in analyse_page(lines).items if item.kind == "article"]
    assert (items[-1].kicker, items[-1].title) == ("暑期研学游升温", "县城里的“博物馆热”")
    assert items[-1].paragraphs[0].startswith("编者按：")
    assert_recovered(random_page4(default_pool4(), 402_662))
    assert_recovered(random_page4(default_pool4(), 402_492))


def test_a_sprayed_line_over_an_opening_that_lost_its_indent_is_display_type():
    # (A paragraph's last line is set ragged, not sprayed: a sprayed line over a line that
    # opens a paragraph, about 2 em short of the full line going on under it, goes on into
    # nothing, as one over an indented opening does.) As on looked-at pages of generator 7
    # (seed 700106: 省 内 首 个 跨 区 域 / 医 疗 联 合 体 成 立 over a wrapped subtitle).
    lines = read_lines(split_lines(
        "村里的年轻人又聚到一起他们\n打算明年组建青少年队让更多\n孩子爱上足球。 （唐思欣）\n"
        "冬 奥 冠 军 移 居 加 拿 大 引 热 议\n"
        "近日外媒报道称一位刚\n刚在冬奥会上夺冠的滑雪名\n将计划移居加拿大训练和生\n活消息一出便在社交媒体上\n引发热议。\n"
    ))
    assert [line.display for line in _letter_spaced(lines)][3:5] == [True, False]
    items = analyse_page(lines).items
    assert items[0].authors == ("唐思欣",)
    assert items[-1].title == "冬奥冠军移居加拿大引热议"
    assert items[-1].paragraphs[0].startswith("近日外媒报道称")


def test_a_sprayed_line_over_an_indented_opening_is_display_type():
    # (A paragraph's last line is set ragged, not sprayed: a flush sprayed line over an
    # indented one opening a paragraph goes on into nothing.) Looked-at pages of
    # generators 4 (seed 402316: 元亲与织田信长交好时 / 长 宗 我 部 元 亲 的 嫡 男 at the
    # page's top) and 5 (seed 503574).
    lines = read_lines(split_lines(
        "元亲与织田信长交好时\n长 宗 我 部 元 亲 的 嫡 男\n  长宗我部信亲（），长宗我\n部元亲的嫡男，有弟亲和、\n"
        "亲忠、盛亲。母亲是石谷\n光政之女。\n  元亲与织田信长交好时，\n信长为其取名信亲。\n"
    ))
    assert [line.display for line in _letter_spaced(lines)][:3] == [False, True, False]
    (item,) = analyse_page(lines).items
    assert (item.kicker, item.title) == ("元亲与织田信长交好时", "长宗我部元亲的嫡男")
    assert item.paragraphs[0].startswith("长宗我部信亲")
    assert_recovered(random_page4(default_pool4(), 402_316))
    assert_recovered(random_page5(default_pool5(), 503_574))
