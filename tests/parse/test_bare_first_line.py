"""The page's first line may go on from a page before, but seldom does: on every
generator's pages under one in twenty opens with an untitled, unsigned text, and a line
of running text as long as a column's mostly holds a clause mark. So a first line shaped
like a headline (no clause mark, no sentence end) pays ``segment.FIRST_BARE`` to be read
as text going on (上饶婺源秋季旅游持续升温 over its article was read as the first words
of the text under it, and the article lost its headline), and so does one wherever an
item must start: under the byline ending the article before, a section's label or a jump
line. Where the first line may be a photo's caption (a credit follows within captions'
reach) it pays nothing."""

from __future__ import annotations

import pytest
from pagetext import wrap
from test_page import layout_of

FIRST = [
    "为提升游客体验，婺源推",
    "出“一码游婺源”智慧旅",
    "游平台，游客通过手机",
    "APP即可完成购票、预约、",
    "导览等服务。",
]
SECOND = [
    "本报记者 胡 刚 肖凯娥 夏英佳",
    "受强降雨影响，修水县部分",
    "乡镇出现内涝，一些农田和",
    "厂房被淹。雨势刚减弱，当",
    "地干部群众就投入到清淤消",
    "杀和生产自救中。",
    "在一家竹木加工厂，工人们",
    "用高压水枪冲洗设备上的淤",
    "泥，技术人员逐台检修电机。",
    "暴雨过后，他们连夜清淤复",
    "产",
]


def _read(lines: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (item.kind, item.title, item.authors) for item in layout_of("\n\n".join(lines) + "\n").items
    ]


def test_a_headline_shaped_first_line_heads_its_article():
    items = _read(["上饶婺源秋季旅游持续升温", *FIRST, *SECOND])
    assert items == [
        ("article", "上饶婺源秋季旅游持续升温", ()),
        ("article", "暴雨过后，他们连夜清淤复产", ("胡刚", "肖凯娥", "夏英佳")),
    ]


def test_a_first_line_of_running_text_still_goes_on():
    items = _read(["城乡居民的出行更加便捷，", *FIRST, *SECOND])
    assert items[0] == ("article", "", ())
    assert (
        layout_of("\n\n".join(["城乡居民的出行更加便捷，", *FIRST]) + "\n")
        .items[0]
        .paragraphs[0]
        .startswith("城乡居民的出行更加便捷，为提升游客体验")
    )


TRAIN = [
    "随着一声汽笛长鸣，满载50个标准集装箱的中欧班列从赣",
    "江新区物流园缓缓驶出，将经霍尔果斯口岸出境，预计18",
    "天后抵达波兰罗兹。这是赣江新区开行的首列中欧班列。",
    "据介绍，此次班列装载的货物主要为光伏组件、家用电器",
    "和服装鞋帽，货值约2600万元。与传统海运相比，班列运",
    "输时间缩短近一半，为企业节省了大量物流成本。",
    "“过去我们的货要先拉到上海港，再走海运，前后要四十",
    "多天。”一家光伏企业的物流负责人说，“现在家门口就",
    "能上车，资金周转快多了。”",
    "赣江新区管委会相关负责人表示，下一步将加密班列开行",
    "频次，力争年内开行100列以上，打造内陆开放型经济新",
    "高地。",
    "（梁静建 萧 明 孙勇超）",
]


def test_a_caption_over_its_credit_at_the_top_stays_a_photo():
    captions = [
        "社区食堂的工作人员为老人打",
        "饭。",
        " 志愿者为行动不便的老人送餐",
        "上门。",
        "本报记者 冯凯娟 摄",
    ]
    photo, article = layout_of("\n\n".join([*captions, *TRAIN]) + "\n").items
    assert (photo.kind, photo.photographer) == ("photo", "冯凯娟")
    assert photo.paragraphs == (
        "社区食堂的工作人员为老人打饭。",
        "志愿者为行动不便的老人送餐上门。",
    )
    assert article.authors == ("梁静建", "萧明", "孙勇超")


BASE_STATIONS = [
    "记者从市工业和信息化局获悉，截至十一月底，全市累计建成五千余个基站，城区和乡镇实现全覆盖。",
    "下一步，当地将加快推进千兆光网和无线网络协同发展，力争明年每个行政村都能用上高速网络。",
]
CLASSROOM = [
    "在南昌市一所小学的数学课上，学生们完成练习后，平板电脑上立刻显示出每道题的正确率。",
    "老师根据系统生成的学情报告，当场对错误较多的题目进行讲解，课后再为每个学生推送练习。",
]


def _article(title: str, paragraphs: list[str], byline: str, width: int) -> list[str]:
    return [title, *(line for paragraph in paragraphs for line in wrap(paragraph, width)), byline]


@pytest.mark.parametrize("width", [12, 13])
def test_a_headline_shaped_line_under_an_end_byline_heads_the_next_article(width):
    # Where an item must start (under the byline ending the article before, as at the
    # page's top), a first line shaped like a headline pays FIRST_BARE to be read as the
    # first words of an untitled text: on a page that sets its paragraphs flush, a title
    # as wide as the column (13), with no clause mark, had been read so (generator 7).
    lines = _article("基站突破五千个", BASE_STATIONS, "（姜 远）", width)
    lines += _article("AI进课堂：老师多了个“助教”", CLASSROOM, "（蒋娜雪 司马建燕）", width)
    assert _read(lines) == [
        ("article", "基站突破五千个", ("姜远",)),
        ("article", "AI进课堂：老师多了个“助教”", ("蒋娜雪", "司马建燕")),
    ]


def test_a_line_of_running_text_under_an_end_byline_still_opens_the_text():
    lines = _article("基站突破五千个", BASE_STATIONS, "（姜 远）", 15)
    lines += _article("", CLASSROOM, "（蒋娜雪 司马建燕）", 15)[1:]
    assert _read(lines) == [("article", "基站突破五千个", ("姜远",)), ("article", "", ("蒋娜雪", "司马建燕"))]


BRIDGES = [
    "天生三桥（又称天龙桥）位于重庆武隆县仙女山镇，是亚洲最大的天生桥群，景色十分壮观。",
    "三座天生桥平均高度超过两百米，在同一河流上连续出现，全世界仅此一例。",
]


@pytest.mark.parametrize("width", [15, 20])
def test_a_name_introduced_in_a_bracket_opens_an_untitled_text(width):
    # A bracket closed and words going on after it (天生三桥（又称天龙桥）位于…): a name
    # the text introduces, as an untitled text opens, however bare its line; it pays no
    # FIRST_BARE, which at 20 had made the line a headline.
    lines = _article("基站突破五千个", BASE_STATIONS, "（姜 远）", width)
    lines += _article("", BRIDGES, "（蒋娜雪 司马建燕）", width)[1:]
    assert _read(lines) == [("article", "基站突破五千个", ("姜远",)), ("article", "", ("蒋娜雪", "司马建燕"))]
