"""A title behind a mark (■, ◆, ●) may name its topic before a colon (■独孤剑：相貌英俊):
it is still a title, not running text, where it can be no 小标题 (at the page's top, or
after a byline). Read as text, the page's first item lost its title to its first
paragraph (■独孤剑：相貌英俊他被认为有一些好色。)."""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text

PAGE = [
    "■独孤剑：相貌英俊",
    "他被认为有一些好色，在游戏中常被玩家调侃。",
    "（记者 赵 敏）",
    "■青山湖区：凝心聚力促统战工作上台阶",
    "近年来，南昌市青山湖区按照中央及省市统战工作会议精神，",
    "不断创新工作方法，推动统战工作取得新成效。",
    "（记者 梁 斌）",
]


def test_a_marked_title_naming_its_topic_heads_its_item():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    assert [(a.title, a.authors) for a in result.articles] == [
        ("独孤剑：相貌英俊", ("赵敏",)),
        ("青山湖区：凝心聚力促统战工作上台阶", ("梁斌",)),
    ]
    assert result.articles[0].paragraphs[0].startswith("他被认为")


def test_on_a_generated_page(generated_page):
    page = generated_page("gen4", 400_524)
    result = parse_page_text(page.text, "page.txt")
    assert squeezed(result.articles[0].title) == "独孤剑：相貌英俊"
    assert squeezed(result.articles[0].paragraphs[0]) == "他被认为有一些好色。"
