"""A title on a page whose paragraph openings lost their indents is as wide as an
opening, and the flush first line of its body as wide as a full line: the shape cannot
tell 美茵河畔法兰克福 / 法兰克福，正式全名为美茵 / 河畔… from a paragraph's opening going on
(generator 7, looked-at pages). The line is weighed all the same where the text from it
shares no pair of characters with the text over it, as where one article ends and another
begins, and runs on five lines at least (``segment._turns_topic``). An article's last
paragraph over its byline or the next headline, a few lines that may share nothing with
the paragraphs over them, is not weighed so: it stays its article's."""

from __future__ import annotations

import pytest
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagegen8 import default_pool, random_page8
from pagescore import check_page

from qa.parse.read import parse_page_text

PAGE = [  # (a generator 7 page's lines, as its text was extracted)
    '一条古道串起三个村',
    '青石板路蜿蜒向前，',
    '两旁是成片的茶园和竹林。',
    '这条有着数百年历史的古',
    '驿道，如今成了铅山县远',
    '近闻名的徒步线路。',
    '去年以来，沿线三个',
    '村联合成立了旅游合作社，',
    '统一修缮古道、规划民宿、',
    '培训导游。村民们把闲置',
    '的老房子改成了民宿和茶',
    '室，在家门口吃上了“旅游',
    '饭”。',
    '“周末客房基本住满，',
    '一年能增收四五万元。”经',
    '营民宿的村民叶大姐说。',
    '美茵河畔法兰克福',
    '法兰克福，正式全名为美茵',
    '河畔法兰克福，是德国中西部的',
    '黑森邦的第一大城市，也是德国',
    '的 第 五 大 城 市 。城 区 拥 有 73 万',
    '2688 人口，若包括其周边城镇则',
    '共计有 230 万人口。法兰克福-莱',
    '茵河-美茵河都市圈有著五百万',
    '人口，为仅次于莱茵鲁尔的德国',
    '第二大都市区。法兰克福是一个',
    '民族文化多元化的城市，一半以',
    '上的人口有著移民背景，而四分',
    '之一的人口为外国公民。自中世',
    '纪起，法兰克福就被称为德国的',
    '中心城市。',
    '自公元 794 年时起，法兰克',
    '福 就 是 一 个 帝 国 自 由 城 市 。自',
    '1815 年起，法兰克福自由市成为',
    '德意志邦联的政治中心。在 1848',
    '年革命时期，法兰克福国民议会',
    '在圣保罗教堂召开。在普奥战争',
    '中，与奥地利结盟的法兰克福被',
    '普鲁士王国所吞并后，在 1866 年',
    '正式失去城邦的主权。1875 年时，',
    '法兰克福居民突破十万人，1928',
    '年时则已超过 50 万人。',
    '如今作为阿尔法级别的全球',
    '城市，法兰克福是许多欧洲及跨',
    '国大型企业的总部所在地。另外',
    '德国联邦银行、欧洲中央银行、法',
    '兰克福证券交易所及多家大型商',
    '业银行总部也设立在此，它是欧',
    '盟的经济中心。法兰克福掌握了',
    '全德国乃至全欧洲的巨大财富，',
    '遂有美茵河畔曼哈顿之戏称。',
]


def test_a_title_over_text_about_something_else_starts_an_article():
    result = parse_page_text("\n".join(PAGE) + "\n", "page.txt")
    got = [(a.title, [p[:6] for p in a.paragraphs]) for a in result.articles]
    assert got == [
        ("一条古道串起三个村", ["青石板路蜿蜒", "去年以来，沿", "“周末客房基"]),
        ("美茵河畔法兰克福", ["法兰克福，正", "自公元794", "如今作为阿尔"]),
    ]


def test_a_line_over_text_going_on_with_the_subject_goes_on():
    # A line ending no sentence where the title stood, over text that takes the subject
    # up (古道, 民宿): a paragraph's opening, read on with its article.
    page = [
        *PAGE[:16],
        "沿线古道旁的民宿",
        "里，游客们坐在院子中喝茶聊天，",
        "不少人是专程来走古道的。村民叶",
        "大姐说，民宿的客房周末基本住满，",
        "古道成了村里人增收致富的路，去",
        "年以来三个村的民宿又多了十几家。",
    ]
    result = parse_page_text("\n".join(page) + "\n", "page.txt")
    assert [(a.title, [p[:6] for p in a.paragraphs][-1]) for a in result.articles] == [("一条古道串起三个村", "沿线古道旁的")]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(lambda: random_page7(default_pool7(), 703_298), id="g7-703298"),  # the case above
        # an article's last paragraph (教育专家提醒，…) over a box's label and title, and over
        # a kicker (听专家讲), stays its article's:
        pytest.param(lambda: random_page8(default_pool(), 903_336), id="g8-903336"),
        pytest.param(lambda: random_page8(default_pool(), 903_382), id="g8-903382"),
    ],
)
def test_generated_pages(page):
    check = check_page(page())
    assert check.count_ok and not [wrong for wrong in check.wrong if "headings" in wrong]
