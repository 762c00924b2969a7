"""An editor's note (编者按：…) opens an item, as a dateline does: it is never read as the
text of the item before it, nor as a heading."""

from __future__ import annotations

from qa.parse.decode import split_lines
from qa.parse.lines import read_lines
from qa.parse.page import analyse_page
from qa.parse.segment import opens_item

PAGE = """业内人士建议，应进一步完善低楼层住户

的补偿机制，通过协商找到各方都能接受的

“最大公约数”。

编 者 按 ： 好 的 做 法 值 得 推 广 ， 存 在 的 问

题也需要正视。本报记者近日深入一线进

行了调查采访。

在南昌市一所小学的数学课上，学生们正

用平板电脑完成课堂练习，老师根据数据

调整教学节奏。
"""


def test_an_editors_note_opens_an_item():
    items = analyse_page(read_lines(split_lines(PAGE))).items
    assert len(items) == 2
    assert items[1].paragraphs[0].startswith("编者按：好的做法值得推广")


def test_what_opens_an_item():
    assert opens_item("编 者 按 ： 好 的 做 法")
    assert opens_item("【编者按】历史是最")
    assert opens_item("中新网1月11日电据")
    assert not opens_item("编者们按照要求")
