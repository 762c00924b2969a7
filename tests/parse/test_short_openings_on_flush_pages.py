"""On a page that sets its paragraphs flush, an opening about 2 em short (an indent's
shape) costs what the page's own openings say of that shape: after an end byline, a line
that wide is the next article's headline, not the first line of an unheaded body; and a
line that wide after a sentence end is not surely a body line going on (the decoder
weighs it), as it is on a page whose openings lose their indents."""

from __future__ import annotations

from pagetext import wrap

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import _flush_openings, analyse_page

FIRST = (
    "记者从省林业局获悉，今冬在鄱阳湖越冬的候鸟数量达到78万只，比去年同期增加约5万只。",
    "为守护好这些“远方来客”，沿湖各地实行了分片包干巡护制度，组建了120余支护鸟队伍。",
    "专家认为，鄱阳湖湿地生态环境的持续向好，是越冬候鸟数量增长的主要原因。",
)
SECOND = (
    "清晨六点，崇仁县一家米粉加工厂里机器轰鸣。经过浸泡、磨浆、蒸片、晾晒等十多道工序，一根根洁白的米粉新鲜出炉。",
    "“我们的米粉全部用本地早籼米制作，不加任何添加剂。”工厂负责人说，去年工厂线上销售额突破3000万元。",
    "近年来，当地把米粉作为特色产业来培育，建起了产业园和电商直播基地，形成了完整链条。",
)


def page(width: int) -> list[str]:
    lines = ["候鸟越冬数量创新高"]
    for paragraph in FIRST:
        lines.extend(wrap(paragraph, width))
    lines += ["（金 南 冯芳超）", "一碗米粉里的乡村振兴"]
    for paragraph in SECOND:
        lines.extend(wrap(paragraph, width))
    lines.append("（本报记者 熊力波）")
    return [line for text in lines for line in (text, "")]  # set double-spaced


def test_a_short_line_after_an_end_byline_on_a_flush_page_is_a_headline():
    items = analyse_page(read_lines(split_lines("\n".join(page(13)) + "\n"))).items
    assert [(item.title, item.authors) for item in items] == [
        ("候鸟越冬数量创新高", ("金南", "冯芳超")),
        ("一碗米粉里的乡村振兴", ("熊力波",)),
    ]
    assert items[1].paragraphs[0].startswith("清晨六点")


def test_the_cost_grows_with_the_page_s_full_openings():
    def body(paragraphs):
        return read_lines(split_lines("\n".join(line for text in paragraphs for line in wrap(text, 13)) + "\n"))

    assert 0.0 < _flush_openings(body(FIRST + SECOND))[1] < _flush_openings(body((FIRST + SECOND) * 2))[1]


OLYMPIC = (
    "近日，有外媒报道称，一位刚刚在冬奥会上夺冠的滑雪名将计划移居加拿大训练和生活，消息一出便在社交媒体上引发热议。",
    "不过，有知情人士透露，运动员在海外训练需要承担的费用远超普通人的想象。除了场地、教练和康复团队的开支，仅安保一项，每年的维安费就高达数十万美元。",
    "该运动员的经纪团队随后回应称，相关报道“并不准确”，运动员目前仍以国内训练为主。",
)
LATE = "冬奥冠军搬加拿大？维安费不低"  # one line, an indent short of the column
CITIES = (
    "记者日前从省司法厅获悉，南昌、上饶、吉安3个设区市入选全省首批“无证明城市”。",
    "所谓“无证明城市”，是指群众和企业办事时，凡是能够通过数据共享、部门核验等方式获取的信息，不再要求申请人提供证明材料。",
    "据统计，试点以来，3市共取消各类证明事项1100余项，累计减少群众跑腿60多万次。",
)


def test_a_late_headline_an_indent_short_is_weighed_not_read_as_an_opening():
    """On a page of late headlines that opens its paragraphs full, a line two em short
    after a sentence end, with a full line under it, is not surely a body line going on:
    here it is an unsigned article's headline printed after its body."""
    width = len(LATE) + 2
    lines = []
    for body, title in ((FIRST, "候鸟越冬数量创新高"), (SECOND, "一碗米粉里的乡村振兴")):
        for paragraph in body:
            lines.extend(wrap(paragraph, width))
        lines.append(title)
    for paragraph in OLYMPIC:
        lines.extend(wrap(paragraph, width))
    lines.append(LATE)
    for paragraph in CITIES:
        lines.extend(wrap(paragraph, width))
    lines.append("全省首批“无证明城市”名单公布")
    items = analyse_page(read_lines(split_lines("\n".join(lines) + "\n"))).items
    assert [item.title for item in items] == ["候鸟越冬数量创新高", "一碗米粉里的乡村振兴", LATE, "全省首批“无证明城市”名单公布"]
    assert items[2].paragraphs[-1].endswith("仍以国内训练为主。")
    assert items[3].paragraphs[0].startswith("记者日前从省司法厅获悉")
