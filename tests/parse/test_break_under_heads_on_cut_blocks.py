"""On a page whose text blocks end where a column does (layout breaks inside paragraphs),
a body opening at a break under heading lines says less of a new item than elsewhere:
the last line of a block that ends no sentence, over a block that opens with the few
characters ending it, is a paragraph cut at the column, not a headline over an item of
one line."""

from __future__ import annotations

from pagetext import page_items, wrap

BLOCKS = (
    ["新约圣经的书卷，全部或几乎", "全部是由犹太基督徒所写，也", "就是在罗马帝国统治下基督的", "犹太门徒。一些学者认为路加"],
    ["是希腊人，一些认为是犹太人。", "考证作者身份是一个古老的领", "域，目前也持续有研究和争论，", "不同的书卷各自有不同的问题"],
    [
        "需要鉴别。虽然许多书卷有传", "统上认为的作者，这些传统有", "些受到学者的支持。",
        "福音书原本是匿名的，直到大", "约二世纪末才得到现在的名字。", "它们都不是在巴勒斯坦地区写",
    ],
    ["成的。"],
)
SECOND = (
    "早期湾仔最繁盛地区是在皇后大道东一带。湾仔海岸线历年不停的随着填海工程而改变。",
    "十九世纪中叶，港英政府开始在湾仔一带进行填海，令海岸线不断北移，形成了今天的面貌。",
)


def test_a_block_s_last_line_over_the_end_of_its_sentence_is_no_headline():
    lines = ["新约圣经的作者"]
    for block in BLOCKS:
        lines += [*block, ""]  # a blank line between blocks cut at the column's end
    lines += ["这就是香港最早的填海工程之一", "记者 熊洋佳"]
    for paragraph in SECOND:
        lines += wrap(paragraph, 13)
    items = page_items(lines)
    assert [(item.title, item.authors) for item in items] == [
        ("新约圣经的作者", ()),
        ("这就是香港最早的填海工程之一", ("熊洋佳",)),
    ]
    assert items[0].paragraphs[-1].endswith("它们都不是在巴勒斯坦地区写成的。")
