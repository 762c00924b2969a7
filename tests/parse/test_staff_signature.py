"""The paper's signature under a headline (本报评论员, 新华社评论员) is a byline line naming
nobody: it opens its item and is no heading (no subtitle, no second title line), and the
item has no authors."""

from __future__ import annotations

from qa.parse.byline import find_lead_line
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """\
新能源汽车下乡，充电难题如何破解
本报讯随着新能源汽车下乡活动的推进，越来越多的农
村居民买上了电动车。但在不少乡镇，充电桩数量少、
分布不均的问题也随之显现。 （金 俊 董雨晶）
AI进课堂：老师多了个“助教”
本报评论员
在南昌市一所小学的数学课上，学生们完成练习后，平
板电脑上立刻显示出每道题的正确率。老师根据系统生
成的学情报告，当场对错误较多的题目进行讲解。
“以前批改作业要花一两个小时，现在系统几分钟就能
完成，我有更多精力关注每个孩子的学习情况。”执教
的陈老师说。
教育专家提醒，人工智能只是辅助手段，不能替代师生
之间面对面的交流，技术应用要把握好“度”。
"""


def test_staff_signatures_are_bylines_without_names():
    for line in ("本报评论员", "本 报 评 论 员", "■本报评论员", "新华社评论员", "本报特约评论员"):
        found = find_lead_line(line)
        assert found is not None and found.names == (), line
    assert find_lead_line("评论员认为这一点值得关注") is None


def test_a_staff_signature_under_a_headline_is_no_heading():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert [(item.kicker, item.title, item.subtitle, item.authors) for item in items] == [
        ("", "新能源汽车下乡，充电难题如何破解", "", ("金俊", "董雨晶")),
        ("", "AI进课堂：老师多了个“助教”", "", ()),
    ]
    assert items[1].paragraphs[0].startswith("在南昌市")
    assert "本报评论员" not in "".join(items[1].paragraphs)
