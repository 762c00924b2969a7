"""A line opening with a dash (`——南昌已建成86家城市书房`) under a headline is its subtitle,
not the first line of the body (no paragraph opens with a subtitle's dash)."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """\
城市书房成了市民的“第二客厅”
——南昌已建成86家城市书房
晚上九点，位于红谷滩区的一家城市书
房依然灯火通明。读者们或坐或站，安
静地翻阅着手中的书籍，几名中学生正
在角落里讨论作业。
这样的城市书房，南昌市已经建成了 86
家。它们大多嵌入社区、公园和商业街
区，实行 24 小时开放、自助借还，市民
刷身份证即可入内。
市文广新旅局负责人介绍，今年将再新
建城市书房 20 家，并推动书房与图书馆
总分馆体系实现通借通还。 （记者 马 勇 通讯员 闫 鹏）
"""


def test_a_dash_line_under_a_headline_is_its_subtitle():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert [(item.title, item.subtitle) for item in items] == [
        ("城市书房成了市民的“第二客厅”", "——南昌已建成86家城市书房")
    ]
    assert items[0].paragraphs[0].startswith("晚上九点")


# A subtitle as wide as a full line of the column under it, over running text, was read
# as running text too (heading lines that run on as a paragraph's lines pay
# ``segment.HEAD_RUNS_ON``), and the body opened with it: no running text opens with a
# subtitle's dash. From a looked-at page of generator 6 (tests/pagegen6.py).
WIDE = [
    "让“沉睡”的资源活起来",
    "在永修县，一批闲置的村小学、",
    "仓库被改造成了民宿和电商服务",
    "站。当地按照“一村一策”的思路，",
    "县农业农村局负责人说，下一步将",
    "建立闲置资源信息平台，吸引更多",
    "社会资本参与乡村建设。",
    "蔡敏的死因是什么？",
    "——1977年香港亚洲歌唱比赛季军",
    "蔡敏（），籍贯湖北云梦大山乡人，出",
    "生地于台湾台北市，台湾三大女高",
    "音之一。其父为中华民国空军中将",
    "蔡名永。",
]


def test_a_subtitle_as_wide_as_the_column_under_it():
    items = analyse_page(read_lines(split_lines("\n".join(WIDE) + "\n"))).items
    assert [(item.title, item.subtitle) for item in items] == [
        ("让“沉睡”的资源活起来", ""),
        ("蔡敏的死因是什么？", "——1977年香港亚洲歌唱比赛季军"),
    ]
    assert items[1].paragraphs[0].startswith("蔡敏（），籍贯湖北")
