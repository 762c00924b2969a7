"""A line behind a 小标题's mark (■家门口上车 十八天抵欧洲) after a sentence's end, over
heading lines and then a byline, is the next article's kicker: a 小标题 stands over its
paragraph's text, never over a byline (``page._over_headline``). Read as a 小标题 of the
item before, the article under it had lost its kicker (generator 8, looked-at pages). A
byline right under the marked line says nothing: a 小标题 wrapped may leave a tail that
reads as a name (■发展形成所知的沃夫-瑞 / 叶星). So do heading lines wider than the marked
line over an indented paragraph or a dateline, under a bullet (■, ◆), not a numbered
小标题 (一、从现存为数 / 不多的高丽作品中, wrapped short of the column's end)."""

from __future__ import annotations

import pytest
from pagegen8 import default_pool, random_page8
from pagescore import parse_layout
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


@pytest.mark.parametrize(
    ("lines", "kicker", "title"),
    [
        (
            [
                "\u3000\u3000记者：高登身高多少？",
                "\u3000\u3000覃波：高登身高 1.93 米，场上位",
                "置得分后卫。",
                "",
                "■篁岭“晒秋”游人如织",
                "上饶婺源秋季旅游持续升温",
                "",
                "\u3000\u3000国庆假期以来，婺源县",
                "篁岭景区游客络绎不绝。红",
                "彤彤的辣椒、金灿灿的稻谷",
                "铺满屋顶，“晒秋”美景吸",
                "引了大批游客驻足拍照。",
            ],
            "篁岭“晒秋”游人如织",
            "上饶婺源秋季旅游持续升温",
        ),
        (
            [
                "坚决掐掉违规吃喝的‘钱’，",
                "扎紧扎牢公务接待‘制度篱",
                "笆’，全力铲除违规公款吃喝",
                "滋生的‘腐败土壤’。”铜鼓县",
                "纪委监委相关负责人表示。",
                "◆果园里的直播间",
                "赣南脐橙开启“云上”销售季",
                "本报讯（通讯员 马秀）又",
                "到一年脐橙成熟时。在信丰",
                "县的一处果园里，果农们忙",
                "着采摘、分拣，一旁的主播",
                "对着手机镜头介绍脐橙的口",
                "感和产地。",
            ],
            "果园里的直播间",
            "赣南脐橙开启“云上”销售季",
        ),
        (
            [
                " ■相关链接",
                " 走近恒星",
                "",
                "质量低于 2 倍太阳",
                "质量的早期恒星称为金",
                "牛剔星，质量较大的则",
                "是赫比格-哈罗天体。",
                "这些新生的恒星由自转",
                "轴的两极喷出的喷流，",
                "有助于驱散形成中恒星",
                "周围残余的云气。",
                "",
                " ▲乡村足球联赛点燃夏夜",
                " 这个夏天，“村超”火了！",
                "",
                "夜幕降临，乐平市一个村",
                "子的足球场上人声鼎沸。两支",
                "由村民组成的球队正在激烈角",
                "逐，场边数千名观众挥舞着小",
                "旗，呐喊声一浪高过一浪。",
            ],
            "乡村足球联赛点燃夏夜",
            "这个夏天，“村超”火了！",
        ),
        (
            [
                "东乡区靠前监督护航抗旱保收",
                "本报讯（记者 罗霞）日前，抚州市东乡",
                "区红星垦殖场部分水田出现旱情，区纪",
                "委监委督促分场启用泵站加强灌溉。",
                "\u3000\u3000“下一步，我们将紧盯抗",
                "旱形势，持续压紧压实主体责",
                "任，督促相关责任部门和单位",
                "切实打好抗旱保民生、保丰收",
                "攻坚战，确保抗旱保粮工作落",
                "地见效。”区纪委监委主要负",
                "责人表示。",
                "● 一体化运作 一揽子解决",
                "上栗创新湘",
                "赣边“基层之治”",
                "\u3000\u30008月18日，江西省上栗县、湖南省",
                "浏阳市联合湘赣边区域6个县（市、区），",
                "召开联席工作会议并签署《基层社会治",
                "理协同创新战略合作协议》。",
            ],
            "一体化运作 一揽子解决",
            "上栗创新湘赣边“基层之治”",
        ),
    ],
)
def test_a_marked_line_over_a_wider_title_and_then_a_paragraph_or_dateline_is_the_kicker(lines, kicker, title):
    # Over a title wider than it (or two lines, more than a 小标题's tail) and then an
    # indented paragraph, a dateline, or a paragraph after a layout break under the
    # title's ！: the lines under the marked one are no text of a 小标题's paragraph (none
    # ends its sentence but with a headline's mark).
    items = page_items(lines, furniture=False)
    assert (items[-1].kicker, items[-1].title) == (kicker, title)


NUMBERED = [
    "并且达到很高",
    "的水平",
    "□本报记者 林 涛 李平浩",
    "  高丽时期是韩国",
    "文学史上各种文学体",
    "裁确立的时期。国语",
    "诗歌在新罗乡歌的基",
    "础上，经过文人的改",
    "进、创作，最终形成国",
    "语诗歌的正统体裁时",
    "调。",
    "  一、从现存为数",
    "不多的高丽作品中 ",
    "  散文方面也是古",
    "文、骈文、赋、应用文",
    "等凡中国有的散文文",
    "体无所不用，并且达",
    "到很高的水平。",
]


def test_a_numbered_subhead_wrapped_short_of_the_column_stays_a_subhead():
    # (Generator 3: 一、 wrapped before the column's end, over an indented paragraph.)
    items = page_items(NUMBERED, furniture=False)
    assert [item.title for item in items] == ["并且达到很高的水平"]
    assert "一、从现存为数不多的高丽作品中" in items[0].paragraphs


@pytest.mark.parametrize(
    ("seed", "kicker", "title"),
    [
        (900_026, "乡村足球联赛点燃夏夜", "这个夏天，“村超”火了！"),
        (901_690, "社区长者食堂开进家门口", "这样的好事，谁不喜欢？"),
        (901_770, "一体化运作 一揽子解决", "上栗创新湘赣边“基层之治”"),  # (over two short lines)
    ],
)
def test_marked_kickers_on_generated_pages(seed, kicker, title):
    # Looked-at pages of generator 8: ▲kicker / title ending in ！ or ？ / (blank) / body,
    # read as two paragraphs, the kicker a 小标题; and a kicker over a title of two short
    # lines and an indented paragraph, read as a 小标题 wrapped.
    page = random_page8(default_pool(), seed)
    items = parse_layout(page.text).items
    assert (kicker, title) in [(item.kicker, item.title) for item in items]
