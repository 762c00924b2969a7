"""Two heading lines set in alike (each leading with the same space) are one block, so the
leading space of the second is no layout break under the first, also where the first is
the page's first line: nothing stands over it to be spaced from, so its spacing before
(none) says nothing of the page's double spacing. Read as a break, a body opened there
under one heading line at a discount, and a wrapped question's tail (石油的？) became
an item's body, the article under it untitled."""

from __future__ import annotations

from test_page import layout_of

from qa.parse.lines import PageLine
from qa.parse.segment import _set_alike

LINES = [
    " 冷湖行政区是何时发现",
    " 石油的？",
    "本报抚州讯（记者 廖芳娟）冷湖",
    "行政区，是中国青海省海西蒙古族",
    "藏族自治州下辖的一个县级行政区，",
    "因境内冷湖而得名，面积约一万八千",
    "平方公里。",
    "冷湖气候恶劣，终年寒冷干燥，年平",
    "均气温不到三摄氏度，但地下蕴藏着",
    "丰富的石油和天然气。",
]


def test_the_page_first_line_is_spaced_alike_with_the_next():
    first = PageLine.read(1, "冷湖行政区是何时发现", 0.5, 0)
    second = PageLine.read(3, "石油的？", 0.5, 1)
    assert _set_alike(first, second, first=True, spaced=False)  # (one blank line: the page's usual spacing)
    assert not _set_alike(first, second, first=False, spaced=False)  # (elsewhere: set closer over it than under)
    assert not _set_alike(first, second, first=True, spaced=True)  # (the second line's own spacing breaks)
    assert not _set_alike(first, PageLine.read(3, "石油的？", 0.0, 1), first=True, spaced=False)  # (set in unlike)
    under_a_gap = PageLine.read(1, "国立中山大学由原中山大学和哪", 0.5, 1)  # (single-spaced: a block's first line)
    assert _set_alike(under_a_gap, PageLine.read(2, "一个大学的校友参与而复校？", 0.5, 0), first=False, spaced=False)


def test_a_wrapped_question_on_a_double_spaced_page_heads_its_article():
    (article,) = layout_of("\n\n".join(LINES) + "\n").items
    assert article.title == "冷湖行政区是何时发现石油的？"
    assert article.authors == ("廖芳娟",)
    assert article.paragraphs[0].startswith("本报抚州讯（记者廖芳娟）冷湖行政区")
