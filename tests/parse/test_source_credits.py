"""A source credited in brackets where a byline would end an article (（据新华社电）,
（据中新网）, （本报综合）, （县委宣传部供稿）, （来源：人民网）), or the wire's end (（完）),
ends it and names no writer: it is neither a person's name, nor the article's text, nor
the kicker of the article under it."""

from __future__ import annotations

import pytest
from test_page import items_of

from qa.parse.byline import find_byline, wire_end

FIRST = [
    "防范电信诈骗，这些套路要当心",
    "警方提醒，冒充客服、刷单返利、虚假投资理财",
    "是当前最常见的诈骗类型。凡是要求下载陌生软件、开启",
    "屏幕共享或转账到“安全账户”的，一律是诈骗。",
]
SECOND = [
    "全省首批",
    "“无证明城市”名单公布",
    " 文/邵琼 秦卫",
    "记者日前从省司法厅获悉，南昌、上饶、吉安3个设区市",
    "入选全省首批“无证明城市”。所谓“无证明城市”，是指群",
    "众和企业办事时，不再要求申请人提供证明材料。",
]


@pytest.mark.parametrize("credit", [
    "（据新华社电）", "（本报综合）", "（县委宣传部供稿）", "（来源：人民网）", "（据人民日报消息）",
    "（据中新网）", "（据新华社）", "（据《人民日报》）", "（完）",
])
def test_a_source_credit_ends_its_article_naming_no_one(credit):
    signature = find_byline("屏幕共享或转账的，一律是诈骗。" + credit)
    assert signature is not None and signature.names == () and signature.start == len("屏幕共享或转账的，一律是诈骗。")
    items = items_of([*FIRST, credit, *SECOND])
    assert [(item.kicker + item.title, item.authors) for item in items] == [
        ("防范电信诈骗，这些套路要当心", ()),
        ("全省首批“无证明城市”名单公布", ("邵琼", "秦卫")),
    ]
    assert "".join(items[0].paragraphs).endswith("一律是诈骗。")


@pytest.mark.parametrize("text", ["（记者 张三）", "（张三 李四）", "（上接第1版）", "（据统计）", "（据了解）"])
def test_names_and_other_brackets_are_no_source(text):
    signature = find_byline(text)
    assert signature is None or signature.names


def test_a_wire_story_credited_at_its_head_and_ended_so_is_one_article():
    # 新华社…电（记者 张三）… （完）: the dateline names the writer, the end names no one;
    # the story is one article, signed once, its text without the mark (generator 8).
    body = [
        "新华社南昌4月20日电（记者 孙超群）“饭菜可口，价格实惠，长者食堂就开在",
        "家门口。”72岁的刘大爷一边吃饭一边说。今年以来，东湖区在街道社区新建长者",
        "食堂16家，每天就餐老人超过1500人次。",
        "“老人们喜欢，我们就要把这件好事办好。”街道相关负责人表示，下一步将根据",
        "老人口味调整菜品。  （完）",
    ]
    items = items_of(["社区长者食堂开进家门口", *body, *SECOND])
    assert [(item.title, item.authors) for item in items] == [
        ("社区长者食堂开进家门口", ("孙超群",)),
        ("全省首批“无证明城市”名单公布", ("邵琼", "秦卫")),
    ]
    assert "".join(items[0].paragraphs).endswith("老人口味调整菜品。")


def test_the_wire_s_end_credits_no_item_of_its_own():
    # The wire's end names no one: a paragraph over it, after a sentence's end in a story
    # its dateline credits, is not an item of its own that the end signs (the page's
    # items named their writers, and the mark had counted as a signature).
    lines = [
        "为什么今年的荔枝这么便宜？",
        "本报记者 唐浩磊",
        "“前两年三四十元一斤，今年十几元就",
        "能买到。”不少市民发现，今年荔枝价格",
        "比往年便宜。",
        "高温下的坚守：他们守护城市的“生命线”",
        "新华社南昌5月28日电",
        "（记者钱芳远）连日来，我市",
        "持续出现35℃以上高温天气。",
        "在城区一处供水管网抢修现场，",
        "十多名工人顶着烈日作业，汗",
        "水很快浸透了他们的工作服。",
        "入夏以来，市水务集团共",
        "处置各类管网故障300余起，",
        "平均修复时间缩短至4小时以",
        "内，确保了全市居民正常用水。 （完）",
    ]
    items = items_of(lines)
    assert [(item.title, item.authors) for item in items] == [
        ("为什么今年的荔枝这么便宜？", ("唐浩磊",)),
        ("高温下的坚守：他们守护城市的“生命线”", ("钱芳远",)),
    ]
    assert items[1].paragraphs[-1].startswith("入夏以来") and items[1].paragraphs[-1].endswith("正常用水。")
    assert find_byline(lines[-1]) is not None and wire_end(find_byline(lines[-1]))
    assert not wire_end(find_byline("（本报综合）"))


@pytest.mark.parametrize("line", ["据《人民日报》", "  据《人民日报》", "和转账凭证。  据《人民日报》", "据新华社", "据 中新网"])
def test_a_source_printed_bare_alone_or_set_apart_ends_an_article(line):
    signature = find_byline(line)
    assert signature is not None and not signature.names
    assert line[signature.start :].replace(" ", "") == signature.consumed


@pytest.mark.parametrize("line", ["据《人民日报》报道", "他说，据《人民日报》", "报道称据新华社", "数据显示，据统计"])
def test_running_text_naming_a_source_is_no_credit(line):
    assert find_byline(line) is None


def test_an_article_ended_by_a_bare_source_line():
    # The source line ends the article above (its text without it), and the next headline
    # heads the next article, not the line over it (generator 8 prints 据《人民日报》 bare).
    lines = [*FIRST[:-1], "屏幕共享或转账到“安全账户”的，一律是诈骗。", "  据《人民日报》", *SECOND]
    items = items_of(lines)
    assert [item.title for item in items] == ["防范电信诈骗，这些套路要当心", "全省首批“无证明城市”名单公布"]
    assert "人民日报" not in "".join(items[0].paragraphs)
    assert items[0].consumed.endswith("据《人民日报》")
