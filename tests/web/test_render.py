"""Safe HTML: questions, answers, sources and articles come out as text, highlighted."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest
from conftest import make_article
from hypothesis import given
from hypothesis import strategies as st

from qa.answer.question import analyse
from qa.types import Answer, Article, Hit, Passage, Quote
from qa.web import render

HOSTILE = (
    '<script>alert(1)</script><img src=x onerror="window.__xss=1">'
    " [点我](javascript:alert(2)) **粗** $$x^2$$ <a href='javascript:alert(3)'>a</a>"
)
# The only markup render_answer / render_article may produce, and the only attribute.
ALLOWED_TAGS = {"div", "p", "details", "summary", "mark", "strong", "br", "h3", "ol", "li"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def parse_html(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser


def make_hit(article: Article, paragraph: int = 2, rank: int = 1) -> Hit:
    text = article.paragraphs[paragraph - 1]
    start = article.text.index(text)
    passage = Passage(
        id=f"{article.id}:{paragraph}",
        article_id=article.id,
        paragraph=paragraph,
        start=start,
        end=start + len(text),
        text=text,
        title=article.display_title,
        authors=article.authors,
        source=article.source,
    )
    return Hit(passage=passage, score=1.0, rank=rank)


def make_answer(article: Article, question: str = "铜鼓县电子公函使用率") -> Answer:
    hit = make_hit(article)
    sentence = hit.passage.text.split("。")[0] + "。"
    return Answer(
        question=question,
        text=f"{sentence}[1]",
        supported=True,
        citations=(hit,),
        quotes=(Quote(n=1, text=sentence, start=0, end=len(sentence)),),
        hits=(hit,),
    )


# --- text as text -----------------------------------------------------------------------


@given(st.text())
def test_user_text_round_trips_and_is_one_escaped_html_block(text):
    shown = render.user_text_to_html(text)
    assert render.user_text_from_html(shown) == text
    assert "\n" not in shown and "\r" not in shown
    parsed = parse_html(shown)
    assert [tag for tag, _ in parsed.tags if tag != "br"] == ["div"]


def test_text_that_is_not_a_displayed_question_is_left_alone():
    assert render.user_text_from_html("<b>x</b>") == "<b>x</b>"


@given(
    st.text(min_size=1),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4),
)
def test_highlight_keeps_the_text_exactly(text, quotes, terms):
    markup = render.highlight(text, quotes, terms)
    # Escaped text holds no raw "<", so every tag is ours: without them the text is back.
    for tag in ('<mark class="qa-quote">', "</mark>", "<strong>", "</strong>"):
        markup = markup.replace(tag, "")
    assert html.unescape(markup.replace("<br>", "\n")) == text


def test_highlight_marks_the_quote_and_the_query_words():
    text = "截至目前，推动全县“电子公函”使用率达100%。其他。"
    start = text.index("推动")
    end = text.index("其他")
    terms = render.term_spans(text, analyse("铜鼓县电子公函使用率").terms)
    markup = render.highlight(text, [(start, end)], terms)
    assert '<mark class="qa-quote">' in markup
    marked = markup.split('<mark class="qa-quote">')[1].split("</mark>")[0]
    assert "<strong>使用率</strong>" in marked and "<strong>电子公函</strong>" in marked
    assert "其他" not in marked


def test_query_terms_leave_out_question_words_and_single_characters():
    terms = analyse("上栗县矛盾纠纷就地调处率是多少").terms
    assert "调处" in terms and "上栗" in terms
    assert "多少" not in terms and "是多" not in terms
    assert all(len(t) >= 2 for t in terms)
    assert analyse("Covid-19 疫情 2022").terms == ("疫情", "covid", "19", "2022")


def test_term_spans_merge_overlapping_bigrams():
    assert render.term_spans("铜鼓县纪委", ["铜鼓", "鼓县"]) == [(0, 3)]
    assert render.term_spans("abc", []) == []


# --- the chat reply ---------------------------------------------------------------------


def test_answer_reply_is_answer_first_then_collapsed_sources():
    article = make_article()
    reply = render.render_answer(make_answer(article))
    assert reply.index("qa-answer") < reply.index("<details")
    assert "<details open" not in reply
    summary = reply.split("<summary>")[1].split("</summary>")[0]
    assert summary == "[1] 铜鼓县推行电子公函 — 刘琼 · 第 2 段 · 000_page.txt"
    assert "/srv/corpus" not in reply  # the server's folders are not shown
    assert "\n" not in reply


def test_hostile_corpus_text_and_question_come_out_as_text():
    article = make_article(text="铜鼓县电子公函使用率达100%。" + HOSTILE, title="<b>标题</b>" + HOSTILE)
    answer = make_answer(article, question="铜鼓县" + HOSTILE)
    answer = Answer(**{**answer.__dict__, "text": answer.text + HOSTILE, "notice": HOSTILE})
    reply = render.render_answer(answer)
    parsed = parse_html(reply)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    assert all(name == "class" for _, attrs in parsed.tags for name, _ in attrs)
    shown = "".join(parsed.text)
    assert "<script>alert(1)</script>" in shown
    assert "[点我](javascript:alert(2))" in shown


def test_unsupported_answer_still_shows_the_closest_passages():
    article = make_article()
    hits = tuple(make_hit(article, paragraph=p, rank=p) for p in (2, 1))
    answer = Answer(question="火星上有什么", text="资料中没有找到。", supported=False, hits=hits)
    reply = render.render_answer(answer)
    assert "qa-unsupported" in reply and "最接近的段落" in reply
    assert reply.count("<details") == 2


def test_error_reply_is_escaped():
    assert render.render_error("<b>空</b>") == '<div class="qa-reply"><p class="qa-error">&lt;b&gt;空&lt;/b&gt;</p></div>'


def test_article_view_is_escaped():
    markup = render.render_article(make_article(text=HOSTILE, title=HOSTILE))
    parsed = parse_html(markup)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    assert parsed.text.count(HOSTILE) == 2


@pytest.mark.parametrize(
    ("content", "shown"),
    [
        ("<b>问</b>", render.user_text_to_html("<b>问</b>")),
        (["<i>", {"path": "a.txt"}], [render.user_text_to_html("<i>"), {"path": "a.txt"}]),
        ([{"type": "text", "text": "[x](javascript:y)"}], [{"type": "text", "text": render.user_text_to_html("[x](javascript:y)")}]),
        (None, None),
    ],
)
def test_display_user_message_escapes_every_text_part(content, shown):
    message = {"role": "user", "content": content, "metadata": None}
    assert render.display_user_message(message) == {**message, "content": shown}
    assert message["content"] == content  # not changed in place
