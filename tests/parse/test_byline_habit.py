"""A byline line alone between two articles' text (本报记者 丁军 after a finished sentence,
over text with no headline) signs the text above on a page whose other byline lines sign
the text above them, over the next headline; on a page that prints them under its
headlines it opens the item under it, as before. The decoder also reads the page with
such lines turned the other way and keeps the habit's reading unless the other costs
clearly less: where the text under the byline signs its own end, the byline signs the
text above, whatever the page's other byline lines do."""

from __future__ import annotations

from test_page import items_of

FIRST = [
    "　　记者从省林业局获悉，今冬在鄱阳湖越冬",
    "的候鸟数量达到78万只，比去年同期增加约5",
    "万只，其中白鹤超过4000只。",
]
SECOND = [
    "　　华灯初上，九江市浔阳区的美食街上人头",
    "攒动，各色小吃摊前排起了长队。今年以来，",
    "该区持续打造夜间消费场景，夜间消费占全天",
    "消费的比重已超过四成。",
]
UNTITLED = [
    "　　“自从全县推广使用电子公函以后，有效破",
    "除了基层人情干扰，让我们的公务接待既方便",
    "又规范。”带溪乡党政办工作人员说。",
]


def _read(lines: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    return [(item.title, item.authors) for item in items_of(lines)]


def test_on_a_page_that_signs_at_the_end_the_byline_signs_the_text_above():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", "夜间经济点亮城市烟火气", *SECOND, "本报记者 丁军", *UNTITLED]
    assert _read(page) == [
        ("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)),
        ("夜间经济点亮城市烟火气", ("丁军",)),
        ("", ()),
    ]


def test_on_a_page_that_signs_under_headlines_the_byline_opens_the_item_under_it():
    page = ["鄱阳湖候鸟越冬数量创新高", "本报记者 杜卫琼", *FIRST, "夜间经济点亮城市烟火气", "本报记者 刘华", *SECOND,
            "本报记者 丁军", *UNTITLED]
    assert _read(page) == [
        ("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)),
        ("夜间经济点亮城市烟火气", ("刘华",)),
        ("", ("丁军",)),
    ]


def test_a_byline_over_text_that_signs_its_own_end_signs_the_text_above():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", *SECOND, "（本报记者 丁军）"]
    assert _read(page) == [("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)), ("", ("丁军",))]


def test_so_it_does_among_more_articles():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", *SECOND, "（本报记者 丁军）",
            "电子公函让接待更规范", *UNTITLED, "（记者 王芳）"]
    assert _read(page) == [
        ("鄱阳湖候鸟越冬数量创新高", ("杜卫琼",)),
        ("", ("丁军",)),
        ("电子公函让接待更规范", ("王芳",)),
    ]


def test_over_unsigned_text_the_byline_opens_the_item_under_it():
    page = ["鄱阳湖候鸟越冬数量创新高", *FIRST, "本报记者 杜卫琼", *SECOND]
    assert _read(page) == [("鄱阳湖候鸟越冬数量创新高", ()), ("", ("杜卫琼",))]


def test_under_text_its_headline_byline_signs_the_byline_opens_the_item_under_it():
    page = ["鄱阳湖候鸟越冬数量创新高", "本报记者 王芳", *FIRST, "本报记者 杜卫琼", *SECOND, "（本报记者 丁军）"]
    assert _read(page)[0] == ("鄱阳湖候鸟越冬数量创新高", ("王芳",))
