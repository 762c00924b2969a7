"""A short article whose paragraphs keep their indent is one article (the page keeps
indents even with only two indented openings, when nearly every indented line opens one)."""

from __future__ import annotations

import pytest

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

PARAGRAPHS = [
    "　　晚上九点，南昌市青山湖区的一家城市书房里依然坐满了读者。这家书房全年无休，读者刷身份证即可入内，"
    "借阅的图书可以在全市任何一家城市书房归还。",
    "　　“下班后来这里看一个小时书，是我一天里最安静的时候。”在附近工作的李女士说。",
    "　　据了解，南昌市已建成城市书房86家，今年还将新建20家，让市民在家门口就能读书。",
]


@pytest.mark.parametrize("width", [14, 20, 24])
@pytest.mark.parametrize("spacing", ["\n\n", "\n"])
def test_an_indented_article_of_three_paragraphs_is_one_item(width, spacing):
    lines = ["城市书房里的夜读人", "本报记者 张三"]
    lines += [p[i : i + width] for p in PARAGRAPHS for i in range(0, len(p), width)]
    items = analyse_page(read_lines(split_lines(spacing.join(lines) + "\n"))).items
    assert [(item.title, item.authors, len(item.paragraphs)) for item in items] == [("城市书房里的夜读人", ("张三",), 3)]
    assert items[0].paragraphs[1].startswith("“下班后")
