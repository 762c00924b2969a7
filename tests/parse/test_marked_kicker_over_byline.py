"""A line behind a 小标题's mark (■家门口上车 十八天抵欧洲) after a sentence's end, over
heading lines and then a byline, is the next article's kicker: a 小标题 stands over its
paragraph's text, never over a byline (``page._over_byline``). Read as a 小标题 of the
item before, the article under it had lost its kicker (generator 8, looked-at pages). A
byline right under the marked line says nothing: a 小标题 wrapped may leave a tail that
reads as a name (■发展形成所知的沃夫-瑞 / 叶星)."""

from __future__ import annotations

from pagetext import page_items

# (Digits set full width, as the page prints them.)
BOX = [
    "▲小贴士",
    "你了解南韩吗？",
    "",
    "伊拉克战争期间，韩国派出累计３６００余人的宰桐部",
    "队赴伊拉克，是伊拉克战争多国部队中续美军和英军之后的",
    "第三大部队。１９９１年以来，韩国开始积极展开以多国部",
    "队维和活动及国防合作活动为目的的海外派兵，先后向索马",
    "利亚、黎巴嫩、南苏丹等１８个联合国任务团派兵１３００",
    "０多名，为世界和平作出了贡献。",
    "",
]
ARTICLE = [
    "■家门口上车 十八天抵欧洲",
    "赣江新区首列中欧班",
    "列满载出发",
    "",
    "本报记者 郭秀 邱航",
    "随着一声汽笛长鸣，满载５０个标准集装箱的中欧",
    "班列从赣江新区物流园缓缓驶出，将经霍尔果斯口岸出",
    "境，预计１８天后抵达波兰罗兹。这是赣江新区开行的",
    "首列中欧班列。",
]


def test_a_marked_line_over_a_title_and_a_byline_is_the_kicker():
    items = page_items(BOX + ARTICLE, furniture=False)
    assert [(item.kicker, item.title, item.authors) for item in items] == [
        ("小贴士", "你了解南韩吗？", ()),
        ("家门口上车 十八天抵欧洲", "赣江新区首列中欧班列满载出发", ("郭秀", "邱航")),
    ]
    assert items[0].paragraphs[-1].endswith("为世界和平作出了贡献。")


WRAPPED_SUBHEAD = [
    "接续到下一步骤燃烧氖",
    "\u3000\u3000新华社合肥1月24日电（记",
    "者何勇雪、贾霞敏）在氦燃烧阶",
    "段，质量超过9倍太阳质量的大",
    "质量恒星会膨胀成为红超巨星。",
    "\u3000\u3000接近恒星生命的终点，核融",
    "合在恒星内部可能延沿著数层像",
    "洋葱壳一样的壳层中发生。每一",
    "层燃烧著不同的元素燃料，燃烧",
    "的最外层是氢融合，第二层是氦",
    "融合，依序向内。",
    "\u3000\u3000■发展形成所知的沃夫-瑞",
    "叶星",
    "\u3000\u3000当大质量恒星将铁制造出来",
    "就到达了最后的阶段，因为铁核",
    "的 束 缚 能 比 任 何 更 重 的 元 素 都",
    "大。任何超越铁元素的融合，与",
    "之前的相反，不仅不会释放出能",
    "量，还要消耗能量。",
]


def test_a_wrapped_subhead_whose_tail_reads_as_a_name_stays_a_subhead():
    # (Generator 3: the one page the rule had turned worse before it passed over the line
    # right under the marked one.)
    items = page_items(WRAPPED_SUBHEAD, furniture=False)
    assert [(item.title, item.authors) for item in items] == [("接续到下一步骤燃烧氖", ("何勇雪", "贾霞敏"))]
    assert "■发展形成所知的沃夫-瑞叶星" in items[0].paragraphs
