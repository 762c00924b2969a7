"""A list's items (一是…, 二是…) and an interview's questions and answers (问：…, 答：…)
are running text: no heading line opens so, so a short item of a list under a headline
stays the article's text, not a second headline line."""

from __future__ import annotations

from test_page import layout_of

PAGE = """今年全省粮食生产再获丰收
（记者 张三）
一是稳面积；
二是提单产，推广良种良法；
三是强服务，全省建成农业社会化服务组织两千
余家，托管服务面积超过一千万亩。
据介绍，今年全省粮食总产量达到四百三十亿斤，
比上年增长百分之一点二。
"""


def test_a_list_under_a_headline_is_its_text():
    (item,) = layout_of(PAGE).items
    assert (item.kicker, item.title, item.subtitle, item.authors) == ("", "今年全省粮食生产再获丰收", "", ("张三",))
    assert "".join(item.paragraphs).startswith("一是稳面积；二是提单产")
