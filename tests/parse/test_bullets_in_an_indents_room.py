"""A list's bullets set in the room of an opening's indent: each bulleted line an indent
short of the full line under it (■随着一声汽笛长鸣，满 / 载50个标准集装箱的中欧班列…),
under a section label whose run also holds a titled brief, or opens with an item whose
sentence ends on the line under its bullet. The run's shape, not each line alone, says the
bullets open running text (generator 8's 简讯 and 新闻速递 runs)."""

from __future__ import annotations

import pytest

from qa.parse.read import parse_page_text

BRIEFS = [  # (a generator 8 page's 简讯 run, as its text was extracted)
    "■随着一声汽笛长鸣，满",
    "载50个标准集装箱的中欧班列",
    "从赣江新区物流园缓缓驶出，",
    "将经霍尔果斯口岸出境，预计",
    "18天后抵达波兰罗兹。",
    "■在南昌市一所小学的数",
    "学课上，学生们完成练习后，",
    "平板电脑上立刻显示出每道题",
    "的正确率。",
    "■日前，由省人民医院牵",
    "头，联合赣州、吉安、抚州等",
    "地12家医院组建的跨区域医疗",
    "联合体正式成立。",
]
TEXTS = (
    "随着一声汽笛长鸣，满载50个标准集装箱的中欧班列从赣江新区物流园缓缓驶出，将经霍尔果斯口岸出境，预计18天后抵达波兰罗兹。",
    "在南昌市一所小学的数学课上，学生们完成练习后，平板电脑上立刻显示出每道题的正确率。",
    "日前，由省人民医院牵头，联合赣州、吉安、抚州等地12家医院组建的跨区域医疗联合体正式成立。",
)
TITLED = ["■数字赣州加速建设", "赣州5G", "基站突破1万个", "记者从赣州市工业和信息", "化局获悉，截至11月底，全市", "累计建成5G基站10236个。"]
QUOTED = [  # (another page's 新闻速递 run)
    "●“您的快递丢失，我",
    "们将为您办理理赔。”",
    "●记者日前从省司法厅",
    "获悉，南昌、上饶、吉安 3",
    "个设区市入选全省首批“无",
    "证明城市”。",
    "●在信丰县的一处果园",
    "里，果农们忙着采摘、分拣，",
    "一旁的主播对着手机镜头介",
    "绍脐橙的口感和产地。",
    "●在南昌市一所小学的",
    "数学课上，学生们完成练习",
    "后，平板电脑上立刻显示出",
    "每道题的正确率。",
]


@pytest.mark.parametrize("mark", ["■", "●"])
def test_bullets_an_indent_short_open_items_beside_a_titled_brief(mark):
    # The run's last brief has a title (so not every bulleted line wraps on): the
    # bulleted lines over it, each an indent short of the line under, are still the
    # list's items, none a title (the first two had read as one item).
    lines = ["简讯", *(mark + line[1:] if line[0] == "■" else line for line in [*BRIEFS, *TITLED])]
    result = parse_page_text("\n".join(lines) + "\n", "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles[:3]] == [("", text) for text in TEXTS]
    assert [("".join(a.paragraphs), a.kicker + a.title + a.subtitle) for a in result.articles[3:]] == [
        ("".join(TITLED[3:]), "".join(TITLED[:3])[1:])
    ]


def test_bullets_an_indent_short_open_items_after_a_quotation():
    # The run opens with a quotation that ends on the line under its bullet (so that
    # item shows running text); the items after it open with lines holding no comma, an
    # indent short of the line under: each is the list's next item, not a 小标题 (the
    # last three had read as one item).
    result = parse_page_text("\n".join(["● 新闻速递●", *QUOTED]) + "\n", "page.txt")
    openings = [i for i, line in enumerate(QUOTED) if line[0] == "●"]
    texts = ["".join(QUOTED[a:b])[1:].replace(" ", "") for a, b in zip(openings, [*openings[1:], len(QUOTED)], strict=True)]
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == [("", text) for text in texts]
