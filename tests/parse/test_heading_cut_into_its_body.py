"""Heading lines over a body whose last line breaks a word the body goes on with
(…城市是文明的标 / 志。现在一般认为…) read as running text: a 小标题 over two full lines of
an article, the second cut inside 标志, had been read as a kicker and a two-line title over
a new article opening mid-word. The cut now weighs more than the stack's other evidence
(``segment.HEAD_CUTS_WORD``)."""

from __future__ import annotations

from pagescore import squeezed

from qa.parse import parse_page_text


def test_a_stack_cut_into_its_body_is_text(generated_page):
    page = generated_page("gen6", 800_610)
    articles = parse_page_text(page.text, "page.txt").articles
    (article,) = [a for a in articles if squeezed(a.title) == "文明：风俗习惯以及科学知识的发展等等"]
    assert article.authors == ("王霞军", "丁斌兰", "蒋平")
    assert "城市是文明的标志。现在一般认为" in squeezed("".join(article.paragraphs))
    assert not any(squeezed(a.paragraphs[0]).startswith("志。") for a in articles)
