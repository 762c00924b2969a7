"""A byline line without brackets (`◎ 本报记者 张三`, `文/李四`, `本报记者 张三`) opens an item
even after a finished sentence: where headlines are printed after their articles, it stands between
the article before's last sentence and its own body (generator 4's start bylines)."""

from __future__ import annotations

import pytest
from pagetext import BODIES, TITLES
from pagetext import wrap as _wrap

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page


@pytest.mark.parametrize("lead", ["◎ 本报记者 沈静刚 高晶", "文/沈静刚、高晶", "■ 记者 沈静刚 通讯员 高晶", "本报记者 沈静刚 高晶"])
@pytest.mark.parametrize("width", [11, 12, 13, 14])
def test_marked_byline_after_a_finished_sentence_opens_the_next_item(lead, width):
    # The first headline over its article, the second under it: the byline follows the
    # first article's last sentence.
    lines = [TITLES[0], *_wrap(BODIES[0], width), lead, *_wrap(BODIES[1], width), TITLES[1]]
    items = analyse_page(read_lines(split_lines("\n\n".join(lines) + "\n"))).items
    assert len(items) == 2
    assert (items[1].title, items[1].authors) == (TITLES[1], ("沈静刚", "高晶"))
    assert "".join(items[1].paragraphs) == BODIES[1]
    assert items[0].authors == ()
