"""An article set in blocks may change its column at a 小标题: where the short line stands
under another 小标题 of the same article (no byline between, ``page._minor_on``), going
on across the change costs what any change of column does, not more for each em of it.
The first short line of such a pair gets nothing of the kind: it may be the headline of
the article whose 小标题 follow it, over that article's own column. Nor is a subtitle
under its title (——1932年10月) a 小标题 of the article before."""

from __future__ import annotations

from pagetext import page_items, wrap

P1 = (
    "襄樊之战时元朝水军与陆军协同包围襄阳，攻下后降将吕文焕又率元水军与河岸陆军协同于丁家洲之战击溃南宋水军精锐，至此领有全部长江水域。"
    "而后张弘范又率元朝水军渡海南下追击南宋海军，最后于崖山海战包围歼灭之，元朝水军在灭宋之战有重要的功能。"
)
P2 = (
    "一二七一年元世祖建国号为大元。虽然在元成宗到元惠宗至正初年期间政治动荡不安，但社会上基本处于安定状态，经济大体上也是呈现增长的状态。"
    "这些都促使人口增长，大约在惠宗至正十年达到高峰。元惠宗至正年间全国发生多次大规模的灾荒，最终促使红巾军起义爆发。"
)
P3 = "红巾军起义之后又造成人口大量减少。元代户口统计并不准确，无法涵盖的人口包括逃户、因土地兼并而荫蔽的隐户、流民以及私属人口等。"
P4 = "现在历史学者只能根据史书的原始数据与他们掌握的历史资料来推断，所以差异甚大。人口逃亡的现象很严重，逃户即达全部人户的二成以上。"
P5 = "农业方面，宋真宗时推行的占城稻在元朝时已经推广到全国各地。农业生产继续发展，南粮北运多达三百五十多万石，说明粮食生产的丰富。"


def _block(text: str, width: int) -> list[str]:
    return wrap(text, width, "　　")


def test_an_article_goes_on_into_a_narrower_block_at_its_subhead():
    lines = ["定都于汉地大都", *_block(P1, 24), "让沉睡的资源活起来", *_block(P2, 24)]
    lines += ["一条古道串起三个村", *_block(P3, 15), "仅作参考", *_block(P4, 15), "农业方面", *_block(P5, 15)]
    lines += ["（记者 袁思）"]
    items = page_items(lines, furniture=False)
    assert [(item.title, item.authors, len(item.paragraphs)) for item in items] == [
        ("定都于汉地大都", ("袁思",), 9),
    ]
    assert items[0].paragraphs[3] == "一条古道串起三个村"


ABOVE = (
    "为持之以恒落实中央八项规定精神，铜鼓县纪委监委探索推行电子公函，有效防范吃公函问题发生。",
    "今年七月以来，县纪委监委协助县委县政府下发通知，要求所有人员出差前必须通过平台进行申请。",
)
B1 = (
    "一九三四年二月九日，联盟更进一步成为巴尔干协约。但是亚历山大一世被刺杀后，南斯拉夫外交政策转变，联盟崩溃。"
    "法西斯义大利希望向南斯拉夫扩张领土，故此与受她影响甚大的国家合作，包括阿尔巴尼亚、匈牙利和保加利亚。"
)
B2 = (
    "亚历山大一世被刺杀后，南斯拉夫转为亲轴心国，在此后数年里与德国和义大利签订了多项经济协定。"
    "一九二七年，南斯拉夫与英国和法国合作，签署了友好合作协议，令义大利解散联盟，两国关系一度紧张。"
)
B3 = (
    "一九四一年，南斯拉夫签署三国同盟条约，但随即发生政变，新政府宣布退出条约，德军随后入侵。"
    "王国政府流亡伦敦，国内的抵抗运动分为两支，彼此之间的冲突持续到战争结束，南斯拉夫版图几乎没有变动。"
)


def test_a_headline_over_its_articles_subheads_starts_it_in_its_own_column():
    # (A page that sets its paragraphs flush; the article before is signed under no
    # headline.)
    lines = ["本报记者 江昊"]
    for paragraph in ABOVE:
        lines += wrap(paragraph, 16)
    lines += ["南斯拉夫版图几乎没有变动", *wrap(B1, 24), "一条古道串起三个村", *wrap(B2, 24), *wrap(P3, 24)]
    lines += ["美食街里人头攒动", *wrap(B3, 24), "（记者 孟欣 魏玉）"]
    items = page_items(lines, furniture=False)
    assert [(item.title, item.authors, len(item.paragraphs)) for item in items] == [
        ("", ("江昊",), 2),
        ("南斯拉夫版图几乎没有变动", ("孟欣", "魏玉"), 6),
    ]


def test_a_subtitle_under_its_title_is_no_subhead_of_the_article_before():
    # (No change of column: read as a 小标题 paired with the subtitle, the second
    # headline was one of the first article's.)
    lines = ["奉天第三混成旅的第二团", "团长由哪一个人担任？", "——1932年10月"]
    lines += _block(P2, 24) + _block(P3, 24)
    lines += ["2005年4月24日正式就任", *_block(P4, 24), *_block(P5, 24), "（记者 周建俊）"]
    items = page_items(lines, furniture=False)
    assert [(item.title, item.subtitle, item.authors, len(item.paragraphs)) for item in items] == [
        ("奉天第三混成旅的第二团团长由哪一个人担任？", "——1932年10月", (), 2),
        ("2005年4月24日正式就任", "", ("周建俊",), 2),
    ]
