"""A marked line (■ 标题) after an item's last sentence heads a short item when the text
under it is one paragraph, ends no byline and changes the subject (qa.parse.page
``_brief_subheads``); on the item's subject it stays a 小标题, a paragraph of the item."""

from __future__ import annotations

from pagetext import BODIES, TITLES, page_items, wrap

ON_TOPIC = "■粮食生产再获丰收"
ON_TOPIC_TEXT = "今年我省粮食总产量再创新高，乡村振兴的基础更加牢固，农民人均可支配收入稳步增长。"
BRIEF_TITLE = "南昌地铁四号线开通运营"
BRIEF_TEXT = "南昌地铁四号线一期工程正式开通运营，线路全长三十九公里，共设车站二十九座。"


def _page(mark: str, text: str) -> list[str]:
    return [TITLES[0], *wrap(BODIES[0], 18), mark, *wrap(text, 18), TITLES[1], *wrap(BODIES[1], 18)]


def test_a_marked_line_over_a_paragraph_on_another_subject_heads_a_short_item():
    items = page_items(_page("■" + BRIEF_TITLE, BRIEF_TEXT), double=True)
    assert [i.title for i in items] == [TITLES[0], BRIEF_TITLE, TITLES[1]]
    assert [i.paragraphs for i in items[:2]] == [(BODIES[0],), (BRIEF_TEXT,)]


def test_a_marked_line_over_a_paragraph_on_the_item_s_subject_stays_a_subhead():
    items = page_items(_page(ON_TOPIC, ON_TOPIC_TEXT), double=True)
    assert [i.title for i in items] == [TITLES[0], TITLES[1]]
    assert items[0].paragraphs == (BODIES[0], ON_TOPIC, ON_TOPIC_TEXT)
