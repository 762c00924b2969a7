"""A page whose text ends at a jump line (（下转第二版）) sends its last article on to
another page: the article stops mid-way, so its last line need not finish a sentence.
The page's end charged an item ending unfinished, so a 小标题 standing last before the
jump line (◆新政府希望国家政经融和) was cheaper as an item of its own, with no text: a
line left to no article. It is now the article's last paragraph."""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text

PAGE = [
    "南斯拉夫王国",
    "\u3000\u3000奥地利省份克恩顿举行公投，结果令它一分为二，",
    "王国得到的部分在今斯洛维尼亚。义大利得到位于达",
    "尔马提亚的港口扎达尔和数个岛屿。",
    "\u3000\u3000王国与义大利的领土争议持续，前者宣称拥有伊",
    "斯特拉。该地原属奥地利海岸区，有很多克罗埃西亚",
    "人和斯洛维尼亚人，却被义大利占领。",
    "\u3000\u3000◆新政府希望国家政经融和",
    "（下转第二版）",
]


def test_the_last_line_before_a_jump_line_stays_in_its_article():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    assert [squeezed(a.title) for a in result.articles] == ["南斯拉夫王国"]  # (no item of the line alone)
    assert squeezed(result.articles[0].paragraphs[-1]) == "◆新政府希望国家政经融和"


def test_on_a_generated_page(generated_page):
    page = generated_page("gen5", 505_370)
    result = parse_page_text(page.text, "page.txt")
    last = result.articles[-1]
    assert squeezed(last.title) == "南斯拉夫王国"
    assert squeezed(last.paragraphs[-1]) == "◆新政府希望国家政经融和"
