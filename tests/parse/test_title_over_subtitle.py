"""A subtitle (——…) stands under its title, so a line left short over a subtitle may
head an item even where the text over it ended without a full stop (a list's last line,
…（欧盟 3 型）). An item could start only after a sentence end, so the title was read
as the text's last line going on and the subtitle as the headline."""

from __future__ import annotations

import pytest
from pagegen4 import random_page4
from pagescore import assert_recovered

from qa.parse import parse_page_text

FIRST = [
    "本报九江2月17日电（记者 金华志）香港",
    "岛专线小巴35M线是香港一条来往香港仔至湾",
    "仔的小巴路线，于平日早上提供服务。",
    "本路线字轨有 10 部车，包括 2 部丰田",
    "Coaster3 代、1 部丰田 Coaster4 代、6",
    "部丰田 Coaster5DLL（长阵柴油）及 1",
    "部三菱 FusoRosaR3LL（欧盟 3 型）",
]
SECOND = [
    "本报讯（记者 李飞宇）随着一声汽笛长鸣，满",
    "载50个标准集装箱的中欧班列从赣江新区物流",
    "园出发，十八天后将抵达欧洲。",
    "赣江新区管委会相关负责人表示，下一步将",
    "加密班列开行频次，打造内陆开放型经济新高",
    "地。",
]


def test_a_headline_after_its_text_over_a_subtitle():
    # The page prints each headline after its article.
    page = "\n".join([*FIRST, "只在平日早上提供服务", "——第二程车费减收HK$1.0", *SECOND, "赣江新区首列中欧班列满载出发"])
    result = parse_page_text(page + "\n", "page.txt")
    assert [(a.title, a.subtitle, a.authors) for a in result.articles] == [
        ("只在平日早上提供服务", "——第二程车费减收HK$1.0", ("金华志",)),
        ("赣江新区首列中欧班列满载出发", "", ("李飞宇",)),
    ]
    assert "".join(result.articles[0].paragraphs).endswith("（欧盟3型）")


@pytest.mark.parametrize(
    "seed",
    [
        400_106,  # looked at (an even seed): a late title and subtitle under a list's last line
        400_540,  # ... one under text ending in a semicolon, over a photo's captions
    ],
)
def test_generated_pages(pool4, seed):
    assert_recovered(random_page4(pool4, seed))
