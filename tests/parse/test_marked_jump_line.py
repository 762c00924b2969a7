"""A jump line behind a mark (□上接第2版, ■下转第4版) or in 【】 says where the text came from
or goes on, as （上接第2版） does: it is furniture, not a subtitle or a kicker of the
headline over it (generator 8, looked-at pages: 省内首个跨区域医疗联合体成立 / 12家医院实现
检查结果互认 / □上接第2版 had read the jump line as the subtitle)."""

from __future__ import annotations

import pytest
from pagescore import squeezed

from qa.parse import parse_page_text
from qa.parse.furniture import is_jump_line

BODY = [
    "联合赣州、吉安、抚州等地12家医院组建的跨区域",
    "医疗联合体正式成立。根据协议，联合体内将实现检查",
    "检验结果互认、专家资源共享和双向转诊。",
]


@pytest.mark.parametrize("text", ["□上接第2版", "■下转第4版", "【下转第3版】", "◆上接A01版", "（上接第一版）"])
def test_a_marked_jump_line_is_one(text):
    assert is_jump_line(text)


@pytest.mark.parametrize("text", ["□上接第2版的消息", "■本报记者 张三", "上接"])
def test_other_lines_are_no_jump_line(text):
    assert not is_jump_line(text)


@pytest.mark.parametrize("jump", ["□上接第2版", "■上接第2版", "（上接第2版）"])
def test_a_continuation_s_headline_over_a_marked_jump_line(jump):
    result = parse_page_text("\n".join(["省内首个跨区域医疗联合体成立", "12家医院实现检查结果互认", jump, *BODY]) + "\n", "page.txt")
    assert [(a.title, a.subtitle, squeezed("".join(a.paragraphs))) for a in result.articles] == [
        ("省内首个跨区域医疗联合体成立", "12家医院实现检查结果互认", squeezed("".join(BODY)))
    ]
