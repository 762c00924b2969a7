"""On a page that sets its paragraphs flush, an opening about 2 em short (an indent's
shape) costs what the page's own openings say of that shape: after an end byline, a line
that wide is the next article's headline, not the first line of an unheaded body."""

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
