"""A headline printed after the page's last article may stand over five lines where its
subtitle wraps too (kicker, a title over two lines, ——subtitle over two), or, right under
the article's byline, where its parts wrap with no dash: it is that article's, not lines
left to no item. A byline among such lines (本报记者 卢玲 over the late headline) signs
the article, no heading line."""

from __future__ import annotations

from pagegen6 import default_pool, random_page6
from pagegen7 import default_pool as default_pool7
from pagegen7 import random_page7
from pagescore import check_page, parse_layout


def test_a_five_line_stack_at_the_pages_end_heads_the_last_article():
    # A looked-at page of generator 6 (seed 800882): the last item's headline, after its
    # byline, is a kicker, a title and a subtitle wrapped at its frame.
    page = random_page6(default_pool(), 800_882)
    check = check_page(page)
    assert check.unassigned == []
    assert not [wrong for wrong in check.wrong if "headings" in wrong]


def test_a_five_line_stack_without_a_dash_at_the_pages_end_heads_the_last_article():
    # A looked-at page of generator 7 (seed 754060): the continuation under 上接第2版 is
    # signed, then its headline follows to the page's end, five lines with no dash
    # (一湖碧水迎客来 / 鄱阳湖候鸟越 / 冬数量创新高 / 白鹤占全球种群 / 数量98%以上).
    page = random_page7(default_pool7(), 754_060)
    check = check_page(page)
    assert check.unassigned == []
    assert check.count_ok
    last = parse_layout(page.text).items[-1]
    assert (last.kicker, last.authors) == ("一湖碧水迎客来", ("韩强志",))
    assert "".join(last.paragraphs).startswith("为守护好这些“远方来客”")


def test_a_byline_over_a_late_headline_at_the_pages_end_signs_the_article():
    # A looked-at page of generator 7 (seed 703234): 本报记者 卢玲 / 家门口上车 / 十八天抵欧洲
    # / 赣江新区首列中 / 欧班列满载出发 after the last article's text.
    page = random_page7(default_pool7(), 703_234)
    check = check_page(page)
    assert check.unassigned == []
    assert check.wrong == []
    last = [item for item in parse_layout(page.text).items if item.kind == "article"][-1]
    assert last.authors == ("卢玲",)
    assert "卢玲" not in last.kicker + last.title + last.subtitle
