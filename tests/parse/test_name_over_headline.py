"""A person's name alone over a headline, at the page's top or under an article signed
already, is the byline of the item the headline opens, set over it (余晓 / 高温下的坚守：…,
seventh generator, looked-at seeds 700022 and 700296): it had been read as the headline's
kicker, the article left unsigned. A name under an article's end byline stays a headline
printed after its article (a profile titled with its subject's name)."""

from __future__ import annotations

from test_page import BODY_A, BODY_B, layout_of, page, wrap

DATED = "本报讯（记者 卢琳 白晨）" + BODY_B


def _read(text: str):
    return [(item.kicker, item.title, item.authors) for item in layout_of(text).items if item.kind == "article"]


def test_a_name_at_the_page_top_over_a_headline_signs_its_article():
    assert _read(page(["余晓", "南昌地铁四号线开通运营"], wrap(BODY_A, 16))) == [("", "南昌地铁四号线开通运营", ("余晓",))]


def test_a_name_under_a_signed_article_over_a_headline_signs_the_next():
    text = page(["全省首批无证明城市名单公布"], wrap(DATED, 16), ["陆建", "南昌地铁四号线开通运营"], wrap(BODY_A, 16))
    assert _read(text) == [("", "全省首批无证明城市名单公布", ("卢琳", "白晨")), ("", "南昌地铁四号线开通运营", ("陆建",))]


def test_a_name_the_text_above_holds_titles_it():
    # The article above is about the person: the name is its headline, printed after it.
    about = "本报讯（记者 卢琳 白晨）陆建是南昌地铁四号线的总工程师，参与线路规划十余年。"
    text = page(wrap(about, 16), ["陆建", "南昌地铁四号线开通运营"], wrap(BODY_A, 16))
    assert _read(text) == [("", "陆建", ("卢琳", "白晨")), ("", "南昌地铁四号线开通运营", ())]
