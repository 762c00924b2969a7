"""Running text far wider than the column before it is set in another column: the width
the lines before a zone show is not the old column's once such a line comes, so the
article under a headline goes on past its first short paragraph instead of being cut
where its lines "change" from a column it never had."""

from __future__ import annotations

from pagetext import page_items, wrap

from qa.parse.columns import PageLines, read_columns
from qa.parse.decode import split_lines
from qa.parse.lines import read_lines

BEFORE = (
    "占旭刚，中国浙江省衢州市开化县人，举重运动员，曾两次获得奥运会金牌。",
    "他曾任浙江体育职业技术学院副院长，后任中共三门县委委员、常委。",
)
AFTER = (
    "安德里·尼里纳·拉乔利纳（马达加斯加语、法语：，）是马达加斯加共和国政治人物。",
    "曾为首都塔那那利佛市长、反对派领袖，马达加斯加总统。",
    "2009年3月17日，马克·拉瓦卢马纳纳总统宣布解散政府，把权力交给军方，军方随即拥立拉乔利纳为新总统。",
    "2013年计划参选总统，但其参选资格于8月被法院驳回。最终他没参选，并于2014年移交权力于新政府。",
)


def page() -> list[str]:
    lines = ["占旭刚：中国浙江省衢州市开化县人"]
    for paragraph in BEFORE:
        lines += wrap(paragraph, 11)
    lines += ["安德里·尼里纳·拉乔利纳", "——正式宣誓就职"]
    first, second = AFTER[0], AFTER[1]
    lines += [first[:20], first[20:]]  # a full line of the new column, then the sentence's end
    for paragraph in (second, *AFTER[2:]):
        lines += wrap(paragraph, 20)
    lines.append("（钱磊锋 潘飞刚）")
    return lines


def test_the_column_before_a_zone_forgets_a_column_running_text_outgrew():
    lines = read_lines(split_lines("\n".join(page()[:-1]) + "\n"))
    zone = next(i for i, line in enumerate(lines) if line.text.startswith("曾为首都"))
    back = read_columns(PageLines(lines, {}, frozenset(), frozenset())).back
    assert back[zone - 4] is not None and back[zone - 4] < 12  # the old column, 11 em
    assert back[zone] is None or back[zone] >= 17


def test_an_article_in_a_wider_column_goes_on_past_its_first_short_paragraph():
    items = page_items(page())
    assert [(item.title, item.subtitle, item.authors) for item in items] == [
        ("占旭刚：中国浙江省衢州市开化县人", "", ()),
        ("安德里·尼里纳·拉乔利纳", "——正式宣誓就职", ("钱磊锋", "潘飞刚")),
    ]
    assert "".join(items[1].paragraphs).replace(" ", "") == "".join(AFTER).replace(" ", "")
