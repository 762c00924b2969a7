"""An article carried over from another page opens under its jump line (上接第1版,
（上接第一版）): the text after the jump line starts an item, as a dateline opens one
(``PageLines.continued``), whether its headline, repeated, stands over the jump line or
(on a page that prints headlines after their articles) after its text. It had been read
as the article above going on, the jump line being furniture read apart."""

from __future__ import annotations

import pytest
from pagegen5 import random_page5
from pagescore import assert_recovered

from qa.parse import parse_page_text

ABOVE = [
    "受强降雨影响，修水县部分乡镇出现内涝，一些农田",
    "和厂房被淹。灾情发生后，县里迅速组织力量开展",
    "排涝和清淤工作。",
    "截至目前，全县已清理淤泥3.2万立方米，抢修道路",
    "46公里，受灾企业复产率达到九成。",
]
CONTINUED = [
    "九江坚持把修复长江生态环境摆在压倒性位置，累计",
    "关停搬迁沿江化工企业42家，拆除非法码头68座，",
    "完成岸线复绿1200余亩。",
]
TITLE = "九江长江大保护交出亮眼成绩单"


@pytest.mark.parametrize("jump", ["上接第1版", "（上接第一版）"])
def test_the_continuation_under_its_headline_and_jump_line_is_an_item(jump):
    page = "\n".join(["修水县全力开展灾后恢复生产", *ABOVE, TITLE, jump, *CONTINUED]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == [
        ("修水县全力开展灾后恢复生产", "".join(ABOVE)),
        (TITLE, "".join(CONTINUED)),
    ]
    assert [(n.kind, n.text) for n in result.notes] == [("jump line", jump)]


def test_a_wrapped_headline_over_the_jump_line_stays_whole():
    page = "\n".join(["修水县全力开展灾后恢复生产", *ABOVE, TITLE[:13], TITLE[13:], "（上接第一版）", *CONTINUED]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert [a.title for a in result.articles] == ["修水县全力开展灾后恢复生产", TITLE]


def test_headlines_after_their_articles():
    # The page prints each headline after its article: the one over the jump line is the
    # article above's, the continuation's follows its text.
    page = "\n".join([*ABOVE, "修水县全力开展灾后恢复生产", "上接第1版", *CONTINUED, TITLE]) + "\n"
    result = parse_page_text(page, "page.txt")
    assert [(a.title, "".join(a.paragraphs)) for a in result.articles] == [
        ("修水县全力开展灾后恢复生产", "".join(ABOVE)),
        (TITLE, "".join(CONTINUED)),
    ]


@pytest.mark.parametrize(
    "seed",
    [
        500_756,  # looked at (generator 5, an even seed): a headline, 上接第1版, its text after an unsigned one
        502_162,  # ... a headline over 上接第1版 after an article's last sentence, read as going on
    ],
)
def test_generated_pages_with_continuations(pool5, seed):
    assert_recovered(random_page5(pool5, seed))


def test_a_continuation_with_no_headline_under_an_article_set_in_its_column():
    # A paper sets paragraphs indented; the article above ends a full paragraph in the
    # column the continuation goes on in, so the line under the jump line reads as a
    # paragraph of that column: it still opens the continuation, never the article above
    # going on (the option of an item starting there had not been weighed at all).
    above = [
        "夜间经济点亮城市烟火气",
        "新华社记者 丁军",
        "\u3000\u3000华灯初上，九江市浔阳区的美食街上",
        "人头攒动。烧烤、小龙虾、茶饮店前排起了",
        "长队，街头艺人的表演不时引来阵阵掌声。",
        "\u3000\u3000市商务局有关负责人说，下一步将打",
        "造更多特色夜市和消费场景，同时加强环",
        "境整治和交通疏导，让市民逛得舒心、吃得",
        "放心。",
    ]
    continued = [
        "\u3000\u3000“饭菜软烂可口，价格也实惠，比自己",
        "做饭省事多了。”78 岁的周奶奶几乎每天",
        "都来这里吃饭。对于行动不便的老人，食堂",
        "还提供送餐上门服务。",
        "\u3000\u3000据介绍，该区已建成社区食堂 27 家，",
        "日均服务老人 3000 余人次，基本实现了城",
        "市社区全覆盖。",
    ]
    result = parse_page_text("\n".join([*above, "（上接第2版）", *continued]) + "\n", "page.txt")
    assert [(a.title, a.authors, "".join(a.paragraphs)[:7]) for a in result.articles] == [
        ("夜间经济点亮城市烟火气", ("丁军",), "华灯初上，九江"),
        ("", (), "“饭菜软烂可口"),
    ]
