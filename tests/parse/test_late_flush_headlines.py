"""Headlines printed after their articles on a page that sets its paragraphs flush: a
title wrapped at the column's width (its first line as wide as a full line, so it could
open a paragraph of the item before), a short tail under it. The heading lines are
weighed as the item before's late headline wherever they may be headings, not only where
the first line cannot open a paragraph."""

from __future__ import annotations

import pytest
from test_late_headlines import PLAIN, SECOND, _wrap

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

TITLES = ("全国居民消费价格总体平稳运行", "全省粮食总产量再创新高农民增收", "全市今年秋季将新增公办学位一万个")


@pytest.mark.parametrize("width", [12, 12.5])
def test_late_titles_wrapped_at_the_column_on_a_flush_page(width):
    blocks: list[str] = []
    for first, second, title in zip(PLAIN, SECOND, TITLES, strict=True):
        # Flush paragraphs (no indent lost: each opening is a full line), then the title
        # wrapped at the column's width.
        blocks += [*_wrap(first, width, 0), *_wrap(second, width, 0), *_wrap(title, width, 0)]
    items = analyse_page(read_lines(split_lines("\n".join(blocks) + "\n"))).items
    assert [item.title for item in items] == list(TITLES)
    assert [item.paragraphs[0][:6] for item in items] == [body[:6] for body in PLAIN]
