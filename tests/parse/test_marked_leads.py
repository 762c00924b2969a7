"""A byline line without brackets (`◎ 本报记者 张三`, `文/李四`, `本报记者 张三`) opens an item
even after a finished sentence: where headlines are printed after their articles, it stands between
the article before's last sentence and its own body (generator 4's start bylines)."""

from __future__ import annotations

import pytest

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page

BODIES = (
    "今年以来，我省持续推进乡村振兴，全省粮食总产量再创新高，农民人均可支配收入稳步增长。省农业农村厅负责人介绍，下一步将继续加大投入。",
    "记者从市教育局获悉，今年秋季全市将新增公办学位一万个，有效缓解入学难问题。据介绍，新建学校将于八月底前全部完工。",
)
TITLES = ("乡村振兴成效显著", "新增公办学位一万个")


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for char in text:
        if len(line) >= width and char not in "，。、；：？！”）":
            lines.append(line)
            line = ""
        line += char
    return [*lines, line]


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
