"""On a page that keeps its paragraphs' indents, an indented line is a paragraph's first
line: read as a heading it costs more (HEAD_INDENTED), so an item printed without a
headline keeps its first line as body text rather than making it a title."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PAGE = """\
城市书房成了市民的“第二客厅”
  晚上九点，位于红谷滩区的一家城市书房依然灯火通明。读
者们或坐或站，安静地翻阅着手中的书籍。
  这样的城市书房，南昌市已经建成了 86 家。它们大多嵌入
社区、公园和商业街区，实行 24 小时开放、自助借还。
  市文广新旅局负责人介绍，今年将再新建城市书房 20 家，
并推动书房与图书馆总分馆体系实现通借通还。 （钟伟）
  记者从省林业局获悉，今冬在鄱阳湖越冬的候鸟数量
达到 78 万只，比去年同期增加约 5 万只，其中白鹤超
过 4000 只，占全球种群数量的 98% 以上。
  为守护好这些“远方来客”，沿湖各地实行了分片包
干巡护制度，组建了 120 余支护鸟队伍。护鸟员每天
要在湖区巡查十多公里，清理非法网具，劝离违规进
入保护区的人员。
  专家认为，鄱阳湖湿地生态环境的持续向好，是越冬
候鸟数量增长的主要原因。 （本报记者 朱霞亮 邱宇）
"""


def test_an_indented_first_line_of_an_unheaded_item_is_body_text():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert [(item.title, item.authors) for item in items] == [
        ("城市书房成了市民的“第二客厅”", ("钟伟",)),
        ("", ("朱霞亮", "邱宇")),
    ]
    assert items[1].paragraphs[0].startswith("记者从省林业局获悉")
