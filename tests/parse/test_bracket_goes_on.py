"""A line that leaves a bracket or brace open goes on in the next line: nothing starts there,
even where the column changes under it (a dateline's byline wrapped into a narrower
column: 本报南昌8月12日电（记者 何翔燕 / 雷 兰 熊 玉）清晨六点…)."""

from __future__ import annotations

from pagegen4 import default_pool, random_page4
from pagescore import parse_layout
from pagetext import page_items, wrap

from qa.parse.columns import PageLines, read_columns
from qa.parse.lines import PageLine
from qa.parse.segment import _zones

FLOOD = (
    "本报南昌6月27日电（记者 廖强翔）受强降雨影响，崇仁县多个乡镇遭受洪涝灾害，部分企业厂房进水、设备受损。灾情发生后，当地迅速组织力量开展清淤复产。",
    "截至目前，全县已清理淤泥3.2万立方米，抢修道路46公里，受灾企业复产率达到九成。",
)
NOODLES = (
    "清晨六点，崇仁县一家米粉加工厂里机器轰鸣。经过浸泡、磨浆、蒸片、晾晒等十多道工序，一根根洁白的米粉新鲜出炉，随后被打包发往全国各地。",
    "“我们的米粉全部用本地早籼米制作，不加任何添加剂。”工厂负责人说，去年工厂线上销售额突破3000万元。",
)


def lines() -> list[str]:
    out = ["暴雨过后，他们连夜清淤复产"]
    for paragraph in FLOOD:
        out += wrap(paragraph, 22)
    # The dateline is set in the next article's column, 16 em: its byline's bracket
    # closes on the line under it, which the extractor gives a leading space.
    out += ["本报南昌8月12日电（记者 何翔燕", " 雷 兰 熊 玉）" + NOODLES[0][:8]]
    out += wrap(NOODLES[0][8:], 16)
    out += wrap(NOODLES[1], 16)
    out.append("一碗米粉里的乡村振兴")
    return out


def test_a_byline_bracket_wrapped_at_a_change_of_column_stays_in_its_dateline():
    items = page_items(lines())
    assert [(item.title, item.authors) for item in items] == [
        ("暴雨过后，他们连夜清淤复产", ("廖强翔",)),
        ("一碗米粉里的乡村振兴", ("何翔燕", "雷兰", "熊玉")),
    ]
    assert items[1].paragraphs[0].replace(" ", "").startswith("本报南昌8月12日电（记者何翔燕雷兰熊玉）清晨六点")




def test_no_zone_under_a_line_inside_a_bracket_or_brace():
    """Nothing starts under a line that leaves a bracket or a brace open (成员为…，且学生 - {
    / zh-hant: 职人; …, wiki markup in generated text), nor under one leaving a round bracket
    open; a quotation left open does not count (a paragraph of a quotation going on in the
    next one leaves its mark open)."""
    texts = [
        "为了对抗狂气势力将精锐的学生组成小队。",
        "成员为参予打倒恐怖蜘蛛的学生，且学生 - {",
        "zh-hant: 职人; zh-hk: 工匠;} - 由一星晋升。",
        "本报南昌8月12日电（记者 何翔燕",
        "雷 兰 熊 玉）清晨六点，崇仁县一家米粉加工厂。",
        "他说：“我们的米粉全部用本地早籼米制作。",
        "“去年线上销售额突破3000万元。”",
    ]
    lines = [PageLine.read(number, text) for number, text in enumerate(texts, 1)]
    # (Offered as openings, where a first reading left lines over: still no zone there.)
    page = PageLines(lines, {}, frozenset(), frozenset(), openings=frozenset({2, 4}))
    zones = _zones(page, read_columns(page).back)
    assert 2 not in zones and 4 not in zones
    assert {1, 3, 6} <= set(zones)


def test_no_body_opens_inside_a_quotation_a_heading_line_leaves_open():
    """Page 400816 of the fourth generator (tuning seeds): a line after a sentence end
    that opens a quotation it does not close (董事长曹云强表示：“高) was read as a headline
    over a body opening inside the quotation: a heading closes its own quotation marks."""
    page = random_page4(default_pool(), 400_816)
    items = [item for item in parse_layout(page.text).items if item.kind == "article"]
    assert not [item.title for item in items if item.title.endswith("“高")]
    assert len(items) == len(page.expected)
