"""Bylines with role words, report lines and datelines: clean names in ``authors``, role
words in ``roles``, nothing lost."""

from __future__ import annotations

import pytest
from test_page import BODY_A, BODY_B, accounted, layout_of, page, visible, wrap

from qa.parse import parse_page_text
from qa.parse.byline import (
    find_byline,
    find_credit,
    find_dateline,
    find_lead_line,
    find_report_line,
    read_byline,
)


@pytest.mark.parametrize(
    ("line", "names", "roles", "consumed"),
    [
        ("（记者 张三 通讯员 李四）", ("张三", "李四"), ("记者", "通讯员"), "（）"),
        ("（本报记者 王五）", ("王五",), ("本报记者",), "（）"),
        ("（通讯员 李四 记者 张三）", ("李四", "张三"), ("通讯员", "记者"), "（）"),
        ("（记者张三 通讯员李四）", ("张三", "李四"), ("记者", "通讯员"), "（）"),
        ("取得更多成果。 （记者 肖 俊 刘 琼）", ("肖俊", "刘琼"), ("记者",), "（）"),
        ("（记者 张 三 报道）", ("张三",), ("记者",), "（报道）"),
        ("（胡位涛 肖 俊）", ("胡位涛", "肖俊"), (), "（）"),
        # (The paper's name, then the kind of reporter: 本报 is no name.)
        ("（本报特约记者 尹 瑶）", ("尹瑶",), ("本报特约记者",), "（）"),
        ("（新华社特约记者 张三 本报见习记者 李四）", ("张三", "李四"), ("新华社特约记者", "本报见习记者"), "（）"),
    ],
)
def test_byline_roles_are_not_names(line, names, roles, consumed):
    found = find_byline(line)
    assert (found.names, found.roles, found.consumed) == (names, roles, consumed)


def test_the_papers_own_signature_names_nobody():
    # An editorial signed at its end by the paper: a byline, with no authors; a writer
    # signing as its commentator is named, 评论员 a role word.
    staff = find_byline("是越冬候鸟数量增长的主要原因。 （本报评论员）")
    assert (staff.names, staff.roles, staff.consumed) == ((), ("本报评论员",), "（）")
    named = find_byline("（评论员 张三）")
    assert (named.names, named.roles) == (("张三",), ("评论员",))
    assert find_lead_line("本报评论员 张三").names == ("张三",)


def test_role_words_alone_or_a_dateline_bracket_are_no_byline():
    assert find_byline("（记者）") is None
    assert find_byline("本报讯 （记者 张三）") is None  # opens a body, see find_dateline
    assert read_byline("记 者 张 三 通 讯 员 李 四") == (("张三", "李四"), ("记者", "通讯员"), False)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("记者 张三 报道", ("张三",)),
        ("本报记者 王五", ("王五",)),
        ("记者 肖 俊 刘 琼 报道", ("肖俊", "刘琼")),
        ("记者从赣州市工业和信息化局", None),  # a wrapped body line
        ("记者从赣州", None),
        ("张三 报道", None),  # no role word: too little to tell
    ],
)
def test_report_line(line, names):
    found = find_report_line(line)
    assert (found.names if found else None) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("本报讯（记者 张三）南昌地铁", ("张三",)),
        ("本报南昌12月1日讯（记者 张三 通讯员 李四）昨天", ("张三", "李四")),
        ("新华社北京12月1日电（记者 张 三）", ("张三",)),
        ("本 报 讯 （ 记 者 张 三 ） 昨", ("张三",)),  # a sprayed first line
        # Names spaced apart (four gaps or more) are no sprayed line: read with their spaces.
        ("本报讯（记者 曹健 通讯员 曾倩琳 肖英）椭球", ("曹健", "曾倩琳", "肖英")),
        ("本报讯（记者 曹 健 通讯员 曾倩琳 肖\n英）椭球坐标系", ("曹健", "曾倩琳", "肖英")),
        # A line break after a padded name stands for a space; after a surname alone, not.
        ("本报讯（记者 徐 红\n卢 敏 叶 凤）今年", ("徐红", "卢敏", "叶凤")),
        ("新华社景德镇4月16日电（记者 方 健\n陶慧飞）安德里", ("方健", "陶慧飞")),
        ("本报讯（记者 黄\n华雪）今年", ("黄华雪",)),
        ("南昌（江西）", None),
        ("本报讯（南昌）", None),  # no role word: not a byline
        # The reporters named after the dateline, before 报道： (generator 8).
        ("本报宜春4月25日讯记者孙玲报道：“全体队员", ("孙玲",)),
        ("本报九江12月21日讯\n记者李富琳报道：受强降雨", ("李富琳",)),
        ("本报讯 记者 张三 李四 报道：近日", ("张三", "李四")),
        # A name the column cut before 报道：, a piece of one character: one name, joined.
        ("本报北京5月8日讯记者蔡佳富、董曦\n建报道：今年", ("蔡佳富", "董曦建")),
        ("本报吉安5月24日讯 记者戴勋\n琪报道：“全体队员", ("戴勋琪",)),
        ("本报吉安5月24日讯 记者戴\n勋琪报道：“全体队员", ("戴勋琪",)),
        ("本报讯 记者张三\n李四报道：近日", ("张三", "李四")),  # (two names a line each)
        ("本报讯记者从省林业局获悉，今年", None),
    ],
)
def test_dateline(text, names):
    found = find_dateline(text)
    assert (found.names if found else None) == names


def test_credit_role_words():
    found = find_credit("（记者 张三 摄）")
    assert (found.names, found.roles, found.consumed) == (("张三",), ("记者",), "（摄）")


def items_of(text: str):
    layout = layout_of(text)
    assert accounted(layout) == visible(text)  # nothing lost: role words are in roles
    return layout.items


def test_ending_bylines_with_roles_on_a_page():
    a = wrap(BODY_A, 14)
    a[-1] += " （记者 张三 通讯员 李 四）"
    b = wrap(BODY_B, 14)
    b.append("（本报记者 王五）")
    items = items_of(page(a, b))
    assert [(i.authors, i.roles, i.consumed) for i in items] == [
        (("张三", "李四"), ("记者", "通讯员"), "（）"),
        (("王五",), ("本报记者",), "（）"),
    ]
    articles = parse_page_text(page(a, b)).articles
    assert [a.authors for a in articles] == [("张三", "李四"), ("王五",)]


def test_a_report_line_under_a_headline_opens_the_item_below():
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap(BODY_B, 16)
    items = items_of(page(a, ["婺源秋季旅游持续升温", "记者 郑 丽 报道"], b))
    assert [(i.title, i.authors, i.roles, i.consumed) for i in items] == [
        ("", ("王晓明",), (), "（）"),
        ("婺源秋季旅游持续升温", ("郑丽",), ("记者",), "报道"),
    ]
    assert "".join(items[1].paragraphs) == BODY_B


def test_a_special_correspondents_byline_under_a_wrapped_title_opens_the_item():
    # 本报特约记者 尹瑶 under a kicker and a title wrapped over two lines: a byline, not text.
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap(BODY_B, 16)
    items = items_of(page(a, ["美食街里人头攒动", "夜间经济点亮", "城市烟火气", "本报特约记者 尹瑶"], b))
    assert [(i.authors, i.roles) for i in items] == [(("王晓明",), ()), (("尹瑶",), ("本报特约记者",))]
    assert "".join(items[1].paragraphs) == BODY_B


def test_a_report_line_after_a_finished_sentence_ends_the_article():
    a = wrap(BODY_A, 14)
    items = items_of(page(a, ["记者 王晓明 报道"]))
    assert [(i.authors, i.roles) for i in items] == [(("王晓明",), ("记者",))]


def test_a_dateline_gives_authors_and_stays_in_the_body():
    # Decision: the dateline is printed text (quoted answers cite it), so the paragraph
    # keeps it; the names are copied to authors when no byline names any.
    body = wrap("本报讯（记者 张三 通讯员 李四）" + BODY_B, 18)
    items = items_of(page(["婺源秋季旅游持续升温"], body))
    [item] = items
    assert item.authors == ("张三", "李四") and item.authors_in_text
    assert item.paragraphs == ("本报讯（记者张三通讯员李四）" + BODY_B,)
    assert item.roles == () and item.consumed == ""
    # A byline at the end names the authors instead; the dateline is only text then.
    body[-1] += " （郑 丽）"
    [item] = items_of(page(["婺源秋季旅游持续升温"], body))
    assert (item.authors, item.authors_in_text) == (("郑丽",), False)


@pytest.mark.parametrize(
    ("line", "names", "consumed"),
    [
        ("文/图 张三", ("张三",), "文/图"),
        ("文/图 张 三  李四", ("张三", "李四"), "文/图"),
        ("文/图/王五", ("王五",), "文/图/"),
        ("文/张三", ("张三",), "文/"),
        # ... after the names, or 图/ before the photographer's (generator 8).
        ("■本报记者 严玲波 文/图", ("严玲波",), "■文/图"),
        ("文/邹玲 图/魏群柏", ("邹玲", "魏群柏"), "文/图/"),
        ("文/邹玲  图/魏群柏", ("邹玲", "魏群柏"), "文/图/"),
        ("文/邹玲 图／魏群柏", ("邹玲", "魏群柏"), "文/图／"),  # a full-width slash
        ("本报记者 严玲波 文／图", ("严玲波",), "文／图"),
    ],
)
def test_a_words_and_pictures_byline_names_only_its_writers(line, names, consumed):
    # 文/图 (words and pictures by) is no name: `图` was read as one, and 文图 after names.
    signature = find_lead_line(line)
    assert (signature.names, signature.consumed) == (names, consumed)


@pytest.mark.parametrize("lead", ["本报通讯员 叶华彬", "■ 本报通讯员 叶华彬"])
def test_a_correspondents_byline_is_no_dateline(lead):
    # 本报通讯员 reads as 本报…讯 (本报南昌讯, a dateline) but for its 员: a byline line
    # under a headline, which opens the item (a dateline there would end the heading run
    # and leave the byline to the body).
    a = wrap(BODY_A, 14)
    a[-1] += " （王晓明）"
    b = wrap(BODY_B, 14)
    items = items_of(page(a, ["婺源秋季旅游持续升温", lead], b))
    assert [(i.title, i.authors, i.roles) for i in items] == [
        ("", ("王晓明",), ()),
        ("婺源秋季旅游持续升温", ("叶华彬",), ("本报通讯员",)),
    ]
    assert "".join(items[1].paragraphs) == BODY_B


def test_a_byline_naming_a_role_ends_an_article_that_ends_without_a_full_stop():
    # (An article whose last words end no sentence: 举行 （本报记者 张三）.) A bracket of
    # names alone there may be a note (第1舰队 (日本海军)); one naming a role is a byline.
    a = wrap(BODY_A[:-1], 14)
    a[-1] += " （本报记者 冯艳颖 高平梅）"
    b = wrap(BODY_B, 14)
    b[-1] += " （郑 丽）"
    items = items_of(page(a, ["婺源秋季旅游持续升温"], b))
    assert [(i.authors, i.roles) for i in items] == [(("冯艳颖", "高平梅"), ("本报记者",)), (("郑丽",), ())]
    assert "".join(items[0].paragraphs) == BODY_A[:-1]
