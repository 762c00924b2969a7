"""The seed page's seven articles, laid out again in the ways other pages print them:
headlines before or after their articles, bylines signing the end (（胡位涛 肖俊）) or
leading the text (本报记者 胡位涛 肖俊), columns of 14, 18 or 24 characters, paragraphs
indented or flush, a blank line after every line or none. Each layout comes back with
every article's headline and byline, and no text is lost: a second reading of a real
page, beside the generators' pages."""

from __future__ import annotations

import pytest
from conftest import SEED_PAGE

from qa.parse.read import parse_page_text

ARTICLES = parse_page_text(SEED_PAGE.read_text(encoding="utf-8"), SEED_PAGE.name).articles


def _wrap(paragraph: str, width: int, indent: int) -> list[str]:
    lines, line, limit = [], "", width - indent
    for char in paragraph:
        line += char
        if len(line) >= limit:
            lines.append(line)
            line, limit = "", width
    if line:
        lines.append(line)
    lines[0] = "\u3000" * indent + lines[0]
    return lines


def _page(order: str, signed: str, width: int, indent: int, double: bool) -> str:
    out: list[str] = []
    for article in ARTICLES:
        body = [line for paragraph in article.paragraphs for line in _wrap(paragraph, width, indent)]
        head = [article.title] if article.title else []
        names = " ".join(article.authors)
        if signed == "end":
            sign = [f"（{names}）"] if names else []
            out += head + body + sign if order == "before" else body + sign + head
        else:
            sign = [f"本报记者 {names}"] if names else []
            out += head + sign + body if order == "before" else sign + body + head
    return ("\n\n" if double else "\n").join(out) + "\n"


def test_the_seed_page_has_articles_of_every_kind():
    assert len(ARTICLES) == 7
    assert any(not article.title for article in ARTICLES) and any(not article.authors for article in ARTICLES)


@pytest.mark.parametrize("double", [False, True])
@pytest.mark.parametrize("indent", [0, 2])
@pytest.mark.parametrize("width", [14, 18, 24])
@pytest.mark.parametrize("signed", ["end", "lead"])
@pytest.mark.parametrize("order", ["before", "after"])
def test_the_seed_articles_relaid(order, signed, width, indent, double):
    got = parse_page_text(_page(order, signed, width, indent, double), "relaid.txt").articles
    want = [(article.title, article.authors) for article in ARTICLES]
    if order == "before" and signed == "lead":
        # The last article, untitled and unsigned, follows one whose byline leads it:
        # nothing marks where it starts, so it reads as that article's last paragraph.
        last = ARTICLES[-1]
        assert (last.title, last.authors) == ("", ())
        want.pop()
        assert got[-1].paragraphs[-1].replace(" ", "") == last.paragraphs[-1].replace(" ", "")
    assert [(article.title, article.authors) for article in got] == want
    assert _text(got) == _text(ARTICLES)


def _text(articles) -> str:
    return "".join(paragraph for article in articles for paragraph in article.paragraphs).replace(" ", "")
