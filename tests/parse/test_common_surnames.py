"""A line of bare names is believed only when each name opens with a common surname
(``byline.SURNAMES``); 洪, 萧, 赖 and 阎 were missing from the list, so a signature such as
□ 洪涛 萧宇 stayed in the article's text and the article had no authors."""

from __future__ import annotations

import pytest

from qa.parse import parse_page_text
from qa.parse.byline import personal_name

TEXT = "萍乡夜市经济持续升温\n\n萍乡市夜市摊位今年增加到三百二十个，带动就业一千五百人。\n\n夜市每晚客流超过两万人次，周边商户营业额明显增长。\n\n"


@pytest.mark.parametrize("names", [("洪涛", "萧宇"), ("赖敏", "阎军")])
def test_a_marked_name_line_signs_the_article(names):
    (article,) = parse_page_text(TEXT + "□ " + " ".join(names) + "\n", "page.txt").articles
    assert article.authors == names
    assert article.paragraphs[-1].endswith("营业额明显增长。")


def test_they_read_as_personal_names():
    assert all(map(personal_name, ("洪涛", "萧宇", "赖敏", "阎军")))
