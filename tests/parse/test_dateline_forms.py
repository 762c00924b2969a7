"""Datelines as dailies print them beyond `本报讯（记者 张三）`: digits set full width
(本报抚州８月１６日讯), and persons' names with no role word (本报讯（熊林雪 肖 斌）) credit
their item; a bracket of other words after a place does not. Names run together after a
role word (记者姚斌黄博海) are cut where only one cut makes persons' names. A kicker and a
title over a body opening with a dateline head that body, not the article before it."""

from __future__ import annotations

import pytest
from test_page import items_of

from qa.parse.byline import find_dateline, read_byline

BODY = [
    "据悉，为有效应对连续高温天气带来的严峻抗旱形势，东乡区纪委",
    "监委聚焦抗旱保粮工作，开展专项监督检查，推动各项措施落",
    "实到位。",
]


@pytest.mark.parametrize(
    ("opening", "authors"),
    [
        ("本报抚州８月１６日讯（记者 姚亮 贾东斌）", ("姚亮", "贾东斌")),
        ("本报抚州8月16日讯（记者 姚亮 贾东斌）", ("姚亮", "贾东斌")),
        ("本报讯（毛光嘉）", ("毛光嘉",)),
        ("本报讯（熊林雪 肖 斌）", ("熊林雪", "肖斌")),
        ("新华社南昌８月１６日电（记者 邱宁英）", ("邱宁英",)),
    ],
)
def test_a_dateline_credits_its_item(opening, authors):
    items = items_of(["东乡区护航抗旱保收", opening + BODY[0], *BODY[1:]])
    assert [(item.title, item.authors) for item in items] == [("东乡区护航抗旱保收", authors)]
    assert "".join(items[0].paragraphs).startswith(opening.replace(" ", "")[:6])


@pytest.mark.parametrize("inside", ["赣州市", "江西理工大学", "完", "上"])
def test_a_bracket_of_other_words_is_no_dateline(inside):
    assert find_dateline(f"本报讯（{inside}）据悉，为有效应对连续高温天气") is None


def test_a_full_width_dateline_wrapped_over_two_lines_credits_its_item():
    items = items_of(["东乡区护航抗旱保收", "本报抚州８月１６日讯", "（记者 姚亮 贾东斌）清晨" + BODY[0][:10], BODY[0][10:], *BODY[1:]])
    assert [item.authors for item in items] == [("姚亮", "贾东斌")]


def test_a_kicker_and_title_over_a_dateline_head_the_body_under_them():
    before = [
        "稀土分离关键技术获突破",
        "本报讯（记者 石嘉）近日，江西理工大学一支科研团队在稀土绿色分离领",
        "域取得重要突破，相关成果发表在国际学术期刊上。",
        "目前，该技术已在赣州一",
        "家企业完成中试，预计明年实",
        "现规模化应用。业内专家认为，",
        "这将为我国稀土产业绿色发展",
        "提供有力支撑。",
    ]
    after = [
        "本报讯（记者 史亮强）8月 18 日，江西省上栗县、湖南省浏阳",
        "市联合湘赣边区域 6 个县（市、区），召开联席工作会议并签",
        "署《基层社会治理协同创新战略合作协议》。在政法宣教联推、",
        "矛盾纠纷联调等方面开展合作。",
    ]
    items = items_of([*before, "一体化运作 一揽子解决", "上栗创新湘赣边“基层之治”", *after])
    assert [(item.kicker, item.title, item.authors) for item in items] == [
        ("", "稀土分离关键技术获突破", ("石嘉",)),
        ("一体化运作 一揽子解决", "上栗创新湘赣边“基层之治”", ("史亮强",)),
    ]
    assert "".join(items[0].paragraphs).endswith("提供有力支撑。")


@pytest.mark.parametrize(
    ("inside", "names"),
    [
        ("记者姚斌黄博海", ("姚斌", "黄博海")),
        ("记者 孟远磊石芳阳", ("孟远磊", "石芳阳")),
        ("本报记者 张三李四 通讯员 王五", ("张三", "李四", "王五")),
        ("记者 欧阳晓明", ("欧阳晓明",)),  # one name: a compound surname and two
        # Cut two ways: the one that opens no name with a character as common in given
        # names (林, 荣, 华) is the better; where both do or neither does, left whole.
        ("记者段军蔡林强", ("段军", "蔡林强")),  # not 段军蔡 / 林强
        ("记者肖卫荣韦宇", ("肖卫荣", "韦宇")),  # not 肖卫 / 荣韦宇
        ("记者潘怡华毛丽", ("潘怡华", "毛丽")),  # not 潘怡 / 华毛丽
        ("记者邓鑫熊阳凯", ("邓鑫", "熊阳凯")),  # not 邓鑫熊 / 阳凯
        ("记者张军蔡周强", ("张军蔡周强",)),  # 张军 / 蔡周强 or 张军蔡 / 周强: 蔡 and 周 alike
    ],
)
def test_names_run_together_after_a_role_word_are_cut_where_one_way_does(inside, names):
    assert read_byline(inside)[0] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A run of names cut at the column: no name before the break, names across it.
        ("本报讯（记者谭梅庆朱\n桂琪）“以前打药", ("谭梅庆", "朱桂琪")),
        ("本报讯（记者史庆静钟\n博静）“以前打药", ("史庆静", "钟博静")),
        # A name before the break and one after: the space was lost at the column's end.
        ("本报讯（记者 张三\n李四）“以前打药", ("张三", "李四")),
        ("本报讯（记者 邓鑫熊\n阳凯）“以前打药", ("邓鑫熊", "阳凯")),
        # A bracket with no space inside, its names run into the role word, lost none:
        # the run across the break is cut into names as a run on one line is.
        ("本报讯（记者邓鑫熊\n阳凯）“以前打药", ("邓鑫", "熊阳凯")),
        ("本报讯（记者张三\n李四）“以前打药", ("张三", "李四")),
        ("本报讯（记者张军蔡\n周强）“以前打药", ("张军蔡", "周强")),  # (no cut of the run is the better)
        # One character before a role word after the break ends the name cut there.
        ("本报九江11月13日讯（记者谢建\n立通讯员吕丽春）受强降雨影响", ("谢建立", "吕丽春")),
        ("本报讯（记者 张三\n通讯员 李四）受强降雨影响", ("张三", "李四")),
    ],
)
def test_a_line_break_inside_a_run_of_names(text, names):
    assert find_dateline(text).names == names


def test_role_words_run_into_names_in_a_dateline():
    # Eleven characters without a space: two role words, two names.
    signature = find_dateline("本报讯（记者贾峰斌通讯员曾思旭）日前，抚州市东乡区")
    assert (signature.names, signature.roles) == (("贾峰斌", "曾思旭"), ("记者", "通讯员"))


def test_a_run_too_long_for_one_name_is_cut_without_a_role_word():
    # (A sprayed line loses the space between the names: 本 报 讯（ 白 卫 亮 田 霞 凯 ）.)
    assert find_dateline("本报讯（白卫亮田霞凯）8月18日，江西省上栗县").names == ("白卫亮", "田霞凯")
    assert read_byline("白卫亮田霞凯")[0] == ("白卫亮", "田霞凯")


def test_a_line_of_four_characters_alone_is_no_two_names():
    assert read_byline("明圣王后")[0] == ("明圣王后",)


def test_a_dateline_with_names_run_together_credits_both():
    items = items_of(["东乡区护航抗旱保收", "新华社南昌１１月９日电（记者叶杰董平涛）" + BODY[0], *BODY[1:]])
    assert [item.authors for item in items] == [("叶杰", "董平涛")]
