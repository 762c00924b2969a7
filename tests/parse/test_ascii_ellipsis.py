"""An ellipsis typed as three full stops (`开始捕捉这只怪鸟...`) ends a sentence as `……` does:
a headline printed under the paragraph it ends may start there."""

from __future__ import annotations

import pytest
from pagetext import page_items
from test_late_headlines import PLAIN, SECOND, TITLES
from test_late_headlines import _wrap as wrap_em

from qa.parse.lines import PageLine


def test_three_full_stops_end_a_sentence():
    assert PageLine.read(1, "同时日本政府决定开始捕捉这只怪鸟...").ends_sentence
    assert not PageLine.read(1, "圆周率约为3.14").ends_sentence
    assert not PageLine.read(1, "版本号为 v1.2.").ends_sentence


@pytest.mark.parametrize("width", [14, 15, 17])
@pytest.mark.parametrize("double", [True, False])
def test_a_late_headline_under_an_ascii_ellipsis(width, double):
    # Headlines after their articles, the first article ending with ...
    trailing = SECOND[0][:-1] + "..."
    lines: list[str] = []
    for first, second, title in zip(PLAIN, (trailing, *SECOND[1:]), TITLES, strict=True):
        lines += [*wrap_em(first, width, 2), *wrap_em(second, width, 2), title]
    items = page_items(lines, double)
    assert [item.title for item in items] == list(TITLES)
    assert items[0].paragraphs[-1] == trailing
