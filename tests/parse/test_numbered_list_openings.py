"""A body may open with a numbered list (1、近日。 / 2、江西理工大学一支科研…, （一）…,
一、…): no line of running text goes on into a list's number, and a list's first item is
often one short line. Read otherwise, the headline over such a body was taken as the
first line of its first paragraph (科研团队攻克稀土分离关键技术1、近日。) and the kicker
over it as the headline."""

from __future__ import annotations

import pytest

from qa.parse import parse_page_text

FIRST = [
    "于海，河南洛阳人，是一名中国足球运动员，",
    "目前效力于上海上港。2012年他在对阵荷兰",
    "的比赛中攻入了中国球员在荷兰的第一个入",
    "球。",
    "（记者 余桂杰）",
]
KICKER = "绿色工艺减排六成"
TITLE = "科研团队攻克稀土分离关键技术"
LIST = [
    "{1}近日。",
    "{2}江西理工大学一支科研",
    "团队在稀土绿色分离领域",
    "取得重要突破。",
    "{3}相关成果发表在国际学",
    "术期刊上。",
]
REST = [
    "团队负责人介绍，新工艺",
    "可将稀土分离过程中的化",
    "学试剂用量减少40%，废水",
    "排放量减少60%。",
    "（杜 桂）",
]
LAST = [
    "省内首个跨区域医疗联合体成立",
    "日前，由省人民医院牵头，联合",
    "赣州、吉安、抚州等地的医院组",
    "建的医疗联合体正式成立。",
    "（记者 薛英超）",
]
NUMBERS = {
    "1、": ("1、", "2、", "3、"),
    "（一）": ("（一）", "（二）", "（三）"),
    "一、": ("一、", "二、", "三、"),
}


@pytest.mark.parametrize("style", list(NUMBERS))
def test_a_headline_over_a_numbered_list_heads_its_article(style):
    marks = NUMBERS[style]
    listed = [line.replace("{1}", marks[0]).replace("{2}", marks[1]).replace("{3}", marks[2]) for line in LIST]
    page = "\n".join(["于海：河南洛阳人", *FIRST, KICKER, TITLE, *listed, *REST, *LAST]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert [(a.kicker, a.title, a.authors) for a in result.articles] == [
        ("", "于海：河南洛阳人", ("余桂杰",)),
        (KICKER, TITLE, ("杜桂",)),
        ("", LAST[0], ("薛英超",)),
    ]
    assert result.articles[1].paragraphs[0] == marks[0] + "近日。"


def test_a_number_inside_running_text_goes_on():
    # A count that wraps before its number (… 3、 / 4月份) and a word cut before its
    # second character (统 / 一、…) are running text going on, not a list's item.
    lines = [
        "今年以来，全市加快建设统",
        "一、规范的要素市场体系，",
        "在3月和",
        "4、5月份先后出台多项政策。",
    ]
    result = parse_page_text("\n".join(["要素市场建设提速", *lines, "（记者 王芳）"]) + "\n", "page.txt")
    assert [a.title for a in result.articles] == ["要素市场建设提速"]
    assert list(result.articles[0].paragraphs) == ["".join(lines)]
