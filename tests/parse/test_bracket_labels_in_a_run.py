"""A label or a title in 【】 stands among heading lines (``segment._run``): a label alone
on its line under a headline printed after the article before (一条古道串起三个村 / 【专访】 /
聊聊马祖列岛) is the next item's kicker, not an item of its own; and a title in 【】 wrapped over
two lines (【景德镇陶瓷文化产业 / 园年接待游客超千万人次】) is one title over the dateline that
opens its item (``segment.bracket_wrapped``), not a short item's title run into its text.
Before, the label was an item of one line, and the wrapped title's first line was an item
of its own. (Generator 8, looked-at pages.)"""

from __future__ import annotations

from pagetext import page_items

VILLAGES = [
    "青石板路蜿蜒向前，两旁是成片的茶",
    "园和竹林。这条有着数百年历史的古",
    "驿道，如今成了铅山县远近闻名的徒",
    "步线路。",
    "去年以来，沿线三个村联合成立了旅",
    "游合作社，统一修缮古道、规划民宿、",
    "培训导游。村民们把闲置的老房子改",
    "成 了 民 宿 和 茶 室 ，在 家 门 口 吃 上 了",
    "“旅游饭”。",
    "“周末客房基本住满，一年能增收四",
    "五万元。”经营民宿的村民叶大姐说。",
    "      （本报记者 戴超 吴霞勋 付超玲）",
    "一条古道串起三个村",
]
INTERVIEW = [
    "聊聊马祖列岛",
    "◎ 记者 刘琼霞",
    "本报记者：烈女义坑的生成与何时发生的",
    "事件有关？",
    "朱欣婷：烈女义坑有个传说，为清朝末年，",
    "一渔人遭海盗杀害，渔人之妻不愿受辱，",
    "在此跳崖自杀，后人感念烈女殉节义举，",
    "乃命名为烈女义坑。",
    "本报记者：为何游客要进入一线天参观必",
    "须要经过申请或是地方军事首长允许？",
    "朱欣婷：由于一线天目前仍属重要军事基",
    "地，除非经由地方军事首长允许，一般旅",
    "客不得进入参观。",
]

AGREEMENT = [
    "梧桐树协议",
    "梧桐树协议是美国纽约市24家股",
    "票经纪商于1792年5月17日在华尔",
    "街68号门外的一棵美国梧桐下订立",
    "的协议，被认为是纽约股票交易所",
    "规程的滥觞。梧桐树协议被认为是",
    "美国金融业排除政府影响，进行行",
    "业自律的开始。",
]
CERAMICS = [
    "本 报 讯（ 记 者 曹 强 ）走 进",
    "陶溪川文创街区，老厂房里",
    "的创意市集热闹非凡。来自",
    "各地的年轻手艺人在这里摆",
    "摊售卖自己设计的陶瓷作品，",
    "不少游客驻足挑选。",
]


def test_a_label_under_a_late_headline_is_the_next_item_s_kicker():
    items = page_items([*VILLAGES, "【专访】", *INTERVIEW], double=True, furniture=False)
    assert [(item.kicker, item.title, item.authors) for item in items] == [
        ("", "一条古道串起三个村", ("戴超", "吴霞勋", "付超玲")),
        ("专访", "聊聊马祖列岛", ("刘琼霞",)),
    ]


def test_a_title_in_brackets_wrapped_over_two_lines_is_one_title():
    items = page_items([*AGREEMENT, "【景德镇陶瓷文化产业", "园年接待游客超千万人次】", *CERAMICS], double=True, furniture=False)
    assert [(item.title, item.authors) for item in items] == [
        ("梧桐树协议", ()),
        ("景德镇陶瓷文化产业园年接待游客超千万人次", ("曹强",)),
    ]
    assert items[1].paragraphs[0].startswith("本报讯（记者曹强）走进陶溪川文创街区")


def test_a_bracketed_title_run_into_its_text_still_opens_a_short_item():
    # (Text after the closing bracket: a short item's title run into its text, as before.)
    items = page_items(
        [*AGREEMENT, "【景德镇陶瓷文化产业", "园年接待游客超千万人次】 走进", *CERAMICS[1:]], double=True, furniture=False
    )
    assert [item.title for item in items] == ["梧桐树协议", "景德镇陶瓷文化产业园年接待游客超千万人次"]
    assert items[1].paragraphs[0].startswith("走进陶溪川文创街区")
