"""No headline starts under a line that runs into it across the break: where the line
over a candidate heading ends in a character that ends no phrase, or the candidate opens
with one that starts none, or the break cuts a word (城市书房成了市民的“第 / 二客厅”), the
heading starts higher up (or the line is text). The title's first line had been read as
the last line of the article before it, and the title lost its first half."""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text

PAGE = [
    "社区食堂开到了家门口",
    "\u3000\u3000据介绍，该区已建成社",
    "区食堂 27 家，日均服务",
    "老人 3000 余人次，基本",
    "实现了城市社区全覆盖。",
    "城市书房成了市民的“第",
    "二客厅”",
    "——南昌已建成86家城市书房",
    "\u3000\u3000新华社九江 12 月 1 日电",
    "（记者 许晶丽 钱凯",
    "新 谭 琳）晚上九点，",
    "位于红谷滩区的一家城",
    "市书房依然灯火通明。",
    "读者们或坐或站，安静",
    "地翻阅着手中的书籍。",
]


def test_the_title_starts_where_its_first_line_does():
    articles = parse_page_text("\n\n".join(PAGE) + "\n", "page.txt").articles
    assert [squeezed(a.title) for a in articles] == ["社区食堂开到了家门口", "城市书房成了市民的“第二客厅”"]
    assert squeezed(articles[0].paragraphs[-1]).endswith("实现了城市社区全覆盖。")


def test_on_a_generated_page(generated_page):
    page = generated_page("gen4", 402_696)
    titles = [squeezed(a.title) for a in parse_page_text(page.text, "page.txt").articles]
    assert "城市书房成了市民的“第二客厅”" in titles and "二客厅”" not in titles
