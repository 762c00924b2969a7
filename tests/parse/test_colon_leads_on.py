"""A paragraph that ends in a colon (诗中写道：, 他随口吟出几句：) leads into what follows:
the verse or list under it, short lines without a mark, is its article's text, not the
next item's headline, and the byline under it still signs that article."""

from __future__ import annotations

import pytest
from pagegen6 import default_pool, random_page6
from pagescore import parse_layout
from test_page import layout_of

PAGE = """赣江新区首列中欧班列满载出发
随着一声汽笛长鸣，满载五十个标准集装箱的
中欧班列从赣江新区物流园缓缓驶出。与传统
海运相比，班列运输时间缩短近一半，为企业
节省了大量物流成本。诗中写道：
白日依山尽
黄河入海流
欲穷千里目
更上一层楼
（记者 何 伟 通讯员 宋鑫丽）
抚州启动乡村振兴人才培训计划
近日，抚州市启动实施乡村振兴人才培训计划，
计划用三年时间培训高素质农民和农村电商人
才一万人次。
（钟磊英）
"""


def test_verse_under_a_colon_stays_in_its_article():
    first, second = layout_of(PAGE).items
    assert (first.title, first.authors) == ("赣江新区首列中欧班列满载出发", ("何伟", "宋鑫丽"))
    assert "".join(first.paragraphs).endswith("诗中写道：白日依山尽黄河入海流欲穷千里目更上一层楼")
    assert (second.title, second.authors) == ("抚州启动乡村振兴人才培训计划", ("钟磊英",))


TITLE_AT_ITS_COLON = """铜鼓县推行电子公函
今年以来，铜鼓县在全县机关单位推行电子公
函，电子公函使用率达到百分之百。
（记者 胡位涛）
青山湖区：
凝心聚力促统战工作上台阶
（本报记者 张 三）
近日，青山湖区召开统战工作会议，总结去年
工作，部署今年任务。
"""


def test_a_title_wrapped_at_its_colon_keeps_its_byline():
    # The colon line follows an item's end, not running text: a title's first line, and
    # the bracket under the title opens the item it heads.
    first, second = layout_of(TITLE_AT_ITS_COLON).items
    assert first.authors == ("胡位涛",)
    assert (second.title, second.authors) == ("青山湖区：凝心聚力促统战工作上台阶", ("张三",))


VERSE_THEN_TEXT = """东乡区靠前监督护航抗旱保收
记者 丁晨洋
日前，抚州市东乡区组成十二个专项监督检查
组，紧盯抗旱保粮主体责任落实情况，以铁的
纪律保障抗旱各项措施落实到位。正如古诗所
云：
春眠不觉晓
处处闻啼鸟
夜来风雨声
花落知多少
此外，各乡镇纪委既督又战，深入田间地头当
好节水及农业保险政策宣传员。
"""


def test_verse_under_a_wrapped_lead_in_is_no_headline():
    # Only 云： stands on the colon line: the words before the colon (所云) lead in, and the
    # line over it is running text, so the verse is the article's, not a headline of the
    # text after it.
    (item,) = layout_of(VERSE_THEN_TEXT).items
    assert (item.title, item.authors) == ("东乡区靠前监督护航抗旱保收", ("丁晨洋",))
    assert "正如古诗所云：春眠不觉晓处处闻啼鸟夜来风雨声花落知多少此外" in "".join(item.paragraphs)


def test_verse_on_a_generated_page_stays_in_its_article():
    # A looked-at page of generator 6 (seed 800112): 正如古诗所 / 云： then four lines of
    # verse, then 此外，… in the same article, on a page whose items are mostly signed.
    page = random_page6(default_pool(), 800_112)
    first = next(item for item in parse_layout(page.text).items if item.kind != "furniture")
    want = page.expected[0]
    assert "花落知多少" in "".join(want.paragraphs)
    assert "".join(first.paragraphs).replace(" ", "") == "".join(want.paragraphs).replace(" ", "")
    assert (first.title, first.authors) == (want.title, want.authors)


LIST_LEAD_IN = """美国众议院
　　美利坚合众国众议院为美国国会两院之一，另一
院为参议院。大州倾向比例代表制，小州倾向要求
一院制与平等代表权的纽泽西方案。
　　主要有以下几点：
　　1、最后，会议中终于达成了康乃狄克妥协案，
又称大折衷案。
　　2、在该案中，国会中的一院规定为比例代表制，
另一院规定为平均代表制。
（记者 罗明雪）
"""


def test_a_lead_in_of_its_own_over_a_list_is_no_headline():
    # 主要有以下几点： opens a paragraph of its own, after a sentence end, as a title's
    # first line wrapped at its colon would; its words lead in and a list's item follows.
    (item,) = layout_of(LIST_LEAD_IN).items
    assert (item.title, item.authors) == ("美国众议院", ("罗明雪",))
    assert "主要有以下几点：" in item.paragraphs


OWN_PARAGRAPH = """赣江新区首列中欧班列满载出发
随着一声汽笛长鸣，满载五十个标准集装箱的
中欧班列从赣江新区物流园缓缓驶出，为企业
节省了大量物流成本。
{colon}
白日依山尽
黄河入海流
欲穷千里目
更上一层楼
（记者 何 伟）
抚州启动乡村振兴人才培训计划
记者 钟磊英 通讯员 秦 博
近日，抚州市启动实施乡村振兴人才培训计划，
计划用三年时间培训高素质农民和农村电商人
才一万人次。
"""


@pytest.mark.parametrize("colon", ["诗中写道：", "墙上写着这样几句话："])
def test_a_colon_line_under_a_sentence_end_quoting_verse_leads_in(colon):
    # A colon line under a sentence end (a paragraph of its own, or the end of one going
    # on) quotes what was written or said: the bracket under the verse signs the article
    # above, not the next one, whose own byline stands under its headline.
    first, second = layout_of(OWN_PARAGRAPH.format(colon=colon)).items
    assert (first.title, first.authors) == ("赣江新区首列中欧班列满载出发", ("何伟",))
    assert "".join(first.paragraphs).endswith(colon + "白日依山尽黄河入海流欲穷千里目更上一层楼")
    assert (second.title, second.authors) == ("抚州启动乡村振兴人才培训计划", ("钟磊英", "秦博"))


VERSE_IN_A_WIDE_COLUMN = """城市书房成了市民的“第二客厅”
——南昌已建成86家城市书房
晚上九点，位于红谷滩区的一家城市书房
依然灯火通明。读者们或坐或站，安静地
翻阅着手中的书籍，几名中学生正在角落
里讨论作业。
“下班后来坐一坐，比在家里刷手机强。”
在附近上班的王女士几乎每周都来，她说，
书房里环境好，还经常举办读书分享会和
亲子活动。歌中这样唱道：
春眠不觉晓
处处闻啼鸟
夜来风雨声
花落知多少
市文广新旅局负责人介绍，今年将再新建
城市书房20家，并推动书房与图书馆总分
馆体系实现通借通还。
（邱 颖）
""".replace("\n", "\n\n")


def test_verse_a_colon_leads_into_costs_its_article_nothing():
    # The verse's short lines are the article's text whatever the column's width: the
    # full lines of clauses over the colon are no headline of an item the verse opens.
    (item,) = layout_of(VERSE_IN_A_WIDE_COLUMN).items
    assert (item.title, item.authors) == ("城市书房成了市民的“第二客厅”", ("邱颖",))
    assert "春眠不觉晓处处闻啼鸟夜来风雨声花落知多少" in "".join(item.paragraphs)


VERSE_SIGNED_ON_ITS_LAST_LINE = """赣江新区首列中欧班列满载出发
随着一声汽笛长鸣，满载五十个标准集装箱的
中欧班列从赣江新区物流园缓缓驶出。与传统
海运相比，班列运输时间缩短近一半。他随口
吟出几句：
白日依山尽
黄河入海流
欲穷千里目
更上一层楼　（段 怡 韦军瑶）
近日，江西理工大学一支科研团队在稀土绿色
分离领域取得重要突破，相关成果发表在国际
学术期刊上。
抚州启动乡村振兴人才培训计划
"""


def test_a_byline_set_apart_on_the_verses_last_line_signs_the_article():
    # The verse's last line ends no sentence, but the names set apart after it end what
    # the colon led into, as a byline line under the verse would: the text under them is
    # the next item's (its headline printed after it), not this article's.
    first, second = layout_of(VERSE_SIGNED_ON_ITS_LAST_LINE).items
    assert (first.title, first.authors) == ("赣江新区首列中欧班列满载出发", ("段怡", "韦军瑶"))
    assert "".join(first.paragraphs).endswith("欲穷千里目更上一层楼")
    assert "".join(second.paragraphs).startswith("近日，江西理工大学")
