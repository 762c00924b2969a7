"""The lines a colon leads into (墙上写着这样几句话： / 白日依山尽 / 黄河入海流) are set
short whatever the column: they show no column's width. Read as the article's middle
lines, the column before the paragraph after them was the verse's five em, and the
paragraph after that, full in the article's own column, read as another item's start in a
wider one: the article lost its end byline's names to an unheaded item. From a looked-at
page of generator 6 (tests/pagegen6.py)."""

from __future__ import annotations

from test_page import layout_of

from qa.parse import page as page_module
from qa.parse.columns import read_columns

LINES = [
    "Mediawiki",
    "由于这一名称有意地相似于",
    "“媒体维基”一名，因而经常",
    "造成混淆。该软体的标志由",
    "埃里克·默勒基于弗洛朗丝·",
    "尼巴尔-德伍艾尔拍摄的太",
    "阳花相片制作，最初用于参",
    "加维基百科在 2003 年年中举",
    "行的国际性标志竞赛。",
    "学习维基媒体的页面编辑工",
    "具被认为有挑战性。为了使",
    "编辑长页面更容易，维基媒",
    "体允许分段编辑页面。墙上",
    "写着这样几句话：",
    "白日依山尽",
    "黄河入海流",
    "欲穷千里目",
    "更上一层楼",
    "用户还可以标记编辑是否为",
    "小修改。",
    "例如更正拼写、语法和标点",
    "符号属于小修改，而增加新",
    "文字段落就不属于小修改。",
    "有时一个用户正在编辑，第",
    "二个用户储存页面同一段落",
    "的编辑，之后当第一个用户",
    "尝试储存网页时，就会出现",
    "编辑冲突。",
    "（记者 唐娜翔 通讯员 戴勇艳 通讯员 林 杰）",
]


def test_the_article_goes_on_after_its_verse():
    (item,) = layout_of("\n".join(LINES) + "\n").items
    assert item.title == "Mediawiki"
    assert item.authors == ("唐娜翔", "戴勇艳", "林杰")
    assert any(paragraph.startswith("例如更正拼写") for paragraph in item.paragraphs)


def test_the_verse_lines_are_no_middle_lines(monkeypatch):
    seen = []
    decode = page_module.decode
    monkeypatch.setattr(page_module, "decode", lambda page: seen.append(page) or decode(page))
    layout_of("\n".join(LINES) + "\n")
    page = seen[0]
    verse = [i for i, line in enumerate(page.lines) if line.text in ("黄河入海流", "欲穷千里目")]
    assert len(verse) == 2 and set(verse) <= page.inside
    columns = read_columns(page)
    assert not any(columns.middle[i] for i in verse)
    after = next(i for i, line in enumerate(page.lines) if line.text.startswith("例如更正"))
    assert columns.back[after] is not None and columns.back[after] >= 11
