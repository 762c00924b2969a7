"""A headline names what its article's opening says: a heading line that shares more
character pairs with the lines after it than a body line does (no line of clauses, not
as wide as a full line of the column under it) is read as a heading, where its width
alone (as short as an opening whose indent was lost) leaves it in doubt."""

from __future__ import annotations

from qa.parse.columns import PageLines, PageText
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page
from qa.parse.wording import echoes

METRO = (
    "南昌地铁四号线一期工程正式开通运营，线路全长三十九公里，共设车站二十九座，串联起红谷滩"
    "西湖青山湖等六个城区，市民出行更加方便。地铁四号线开通后，从红谷滩到青山湖只需四十分钟。"
)
RICE = (
    "崇仁县一家米粉加工厂里机器轰鸣，经过浸泡磨浆蒸片晾晒等十多道工序，一根根洁白的米粉新鲜"
    "出炉，随后被打包发往全国各地。崇仁米粉已成为当地乡村振兴的主导产业。"
)


def column(text: str, width: int) -> list[str]:
    """``text`` in a column ``width`` ideographs wide, the first line 2 short (its indent lost)."""
    lines, room = [], width - 2
    while text:
        lines.append(text[:room])
        text, room = text[room:], width
    return lines


def layout(*blocks: list[str]):
    page = "\n\n".join(line for block in blocks for line in block) + "\n"
    return analyse_page(read_lines(split_lines(page)))


def test_a_headline_the_opening_repeats_heads_its_item():
    items = layout(["南昌地铁四号线开通运营"], column(METRO, 15), ["崇仁米粉助力乡村振兴"], column(RICE, 15)).items
    assert [item.title for item in items] == ["南昌地铁四号线开通运营", "崇仁米粉助力乡村振兴"]
    assert items[0].paragraphs[0].startswith("南昌地铁四号线一期工程")


def test_echoes_count_the_pairs_the_lines_after_share():
    lines = read_lines(split_lines("\n".join(["南昌地铁四号线开通运营", *column(METRO, 15)]) + "\n"))
    page = PageLines(lines, {}, frozenset(), frozenset())
    text = PageText.of(lines)
    assert echoes(page, 0, text) >= 6  # 南昌 地铁 铁四 四号 号线 开通 通运 运营
    assert echoes(page, len(lines) - 1, text) == 0  # nothing after the last line
