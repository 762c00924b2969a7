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
