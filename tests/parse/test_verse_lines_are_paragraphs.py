"""The lines of verse a colon leads into (正如古诗所云： / 床前明月光 / 疑是地上霜 / …) are each
a paragraph of their own, and the lead-in ends its own: joined, the verse read as one run
of characters (床前明月光疑是地上霜…) and went on into the paragraph after it. Text a colon
leads into that fills its lines (a quotation wrapped at the column) stays one paragraph."""

from __future__ import annotations

import pytest
from pagetext import page_items, wrap

OPENING = "老城区的改造让不少老人回到了熟悉的街巷，傍晚时分，巷口的石凳上又坐满了乘凉聊天的街坊。"
LEAD_IN = "站在修缮一新的城楼上，一位老人望着天边的明月，不禁吟出儿时背过的诗句，正如古诗所云："
VERSE = ("床前明月光", "疑是地上霜", "举头望明月", "低头思故乡")
AFTER = "据介绍，改造工程共修缮老旧民居三百余栋，铺设雨污管网十二公里，街区的烟火气又回来了。"
QUOTED = "我们要把老城区的历史文脉留下来，让住在这里的人既能过上现代生活，又能记得住乡愁。"


@pytest.mark.parametrize("indent", ["", "　　"])
def test_verse_lines_are_paragraphs_of_their_own(indent):
    lines = ["老城新韵", *wrap(OPENING, 20, indent), *wrap(LEAD_IN, 20, indent), *VERSE, *wrap(AFTER, 20, indent)]
    lines.append("（记者 李明）")
    (item,) = page_items(lines, furniture=False)
    assert item.paragraphs == (OPENING, LEAD_IN, *VERSE, AFTER)
    assert item.authors == ("李明",)


def test_a_quotation_wrapped_at_the_column_stays_one_paragraph():
    lead_in = "谈到改造的初衷，街道负责人这样说："
    lines = ["老城新韵", *wrap(OPENING, 20), *wrap(lead_in, 20), *wrap(QUOTED, 20), *wrap(AFTER, 20), "（记者 李明）"]
    (item,) = page_items(lines, furniture=False)
    assert QUOTED in "".join(item.paragraphs)
    assert not any(paragraph in QUOTED and paragraph != QUOTED for paragraph in item.paragraphs)
