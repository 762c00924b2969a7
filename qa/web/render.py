"""Safe HTML for the chat and the article view: every piece of text escaped, quotes and
query words highlighted, one line per message so Markdown never applies."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from pathlib import Path

from qa.text import fold
from qa.types import Answer, Article, Hit, Passage, print_label

# The chat shows a user's question as escaped text inside this HTML block; Markdown is not
# applied inside an HTML block, so links and emphasis in the question stay literal.
_USER_OPEN = '<div class="qa-question">'
_USER_CLOSE = "</div>"


def text_to_html(text: str) -> str:
    """Escape text for HTML as one line: a newline becomes <br>, a carriage return &#13;.

    With no line break left, the result can never end a Markdown HTML block early.
    """
    return html.escape(text, quote=True).replace("\r", "&#13;").replace("\n", "<br>")


def user_text_to_html(text: str) -> str:
    """The chat's display form of a user's message: escaped text in an HTML block."""
    return _USER_OPEN + text_to_html(text) + _USER_CLOSE


def user_text_from_html(shown: str) -> str:
    """Inverse of ``user_text_to_html``; text not in that form is returned unchanged."""
    if not (shown.startswith(_USER_OPEN) and shown.endswith(_USER_CLOSE)):
        return shown
    inner = shown[len(_USER_OPEN) : len(shown) - len(_USER_CLOSE)]
    return html.unescape(inner.replace("<br>", "\n"))


def display_user_message(message: dict) -> dict:
    """A chat message of the user's with its text in display form (``user_text_to_html``).

    Content may be a string or a list of strings and ``{"type": "text", "text": ...}``
    parts; other parts (files) are kept as they are.

    Returns:
        a new message dict; the given one is not changed.
    """
    content = message.get("content")
    if isinstance(content, str):
        return {**message, "content": user_text_to_html(content)}
    if isinstance(content, list):
        parts = [
            user_text_to_html(part)
            if isinstance(part, str)
            else {**part, "text": user_text_to_html(part["text"])}
            if isinstance(part, Mapping) and part.get("type") == "text"
            else part
            for part in content
        ]
        return {**message, "content": parts}
    return message


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the terms occur in text (folded for matching), merged where they overlap.

    Returns:
        sorted, disjoint (start, end) character offsets into ``text``.
    """
    folded = fold(text)
    if len(folded) != len(text):  # folding changed the length: offsets would drift
        folded = text.lower()
    spans = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + 1)
    return _merge(spans)


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, quotes: Sequence[tuple[int, int]], terms: Sequence[tuple[int, int]]) -> str:
    """HTML for a passage: quoted sentences in <mark>, query words in <strong>, all else escaped.

    Args:
        text: the passage text.
        quotes: (start, end) offsets of the sentences the answer quotes.
        terms: (start, end) offsets of the query's words.

    Returns:
        one line of HTML.
    """
    quotes = [(max(0, s), min(len(text), e)) for s, e in quotes if s < e]
    terms = [(max(0, s), min(len(text), e)) for s, e in terms if s < e]
    cuts = sorted({0, len(text), *(x for span in [*quotes, *terms] for x in span)})
    out: list[str] = []
    in_mark = False
    for start, end in pairwise(cuts):
        quoted = any(s <= start and end <= e for s, e in quotes)
        piece = text_to_html(text[start:end])
        if any(s <= start and end <= e for s, e in terms):
            piece = f"<strong>{piece}</strong>"
        if quoted != in_mark:
            out.append('<mark class="qa-quote">' if quoted else "</mark>")
            in_mark = quoted
        out.append(piece)
    if in_mark:
        out.append("</mark>")
    return "".join(out)


def source_name(source: str) -> str:
    """A source as the page shows it: its name inside the corpus (``uploads/x.md``); of a
    path given absolute (an old index, a JSONL record naming one), only the file's name,
    so the server's folders are never shown."""
    if source.startswith(("/", "\\")) or (len(source) > 1 and source[1] == ":"):
        return Path(source.replace("\\", "/")).name
    return source


def source_label(n: int, passage: Passage) -> str:
    """One line of plain text naming a source: [n] headline — byline · print · paragraph · file."""
    parts = [f"[{n}] {passage.title or '（无标题）'}"]
    if passage.byline:
        parts.append(f"— {passage.byline}")
    if passage.print_label:
        parts.append(f"· {passage.print_label}")
    parts.append(f"· 第 {passage.paragraph} 段 · {source_name(passage.source)}")
    return " ".join(parts)


def _source_html(n: int, hit: Hit, quotes: Sequence[tuple[int, int]], terms: Sequence[str]) -> str:
    passage = hit.passage
    body = highlight(passage.text, quotes, term_spans(passage.text, terms))
    return (
        f'<details class="qa-source"><summary>{text_to_html(source_label(n, passage))}</summary>'
        f'<div class="qa-passage">{body}</div></details>'
    )


def render_answer(answer: Answer) -> str:
    """The chat reply: the answer on top, then each source collapsed under its label.

    Every piece of corpus text and of the question is escaped; the result is one line of
    HTML (no blank line, so Markdown is never applied to it).

    Returns:
        HTML for one assistant message.
    """
    terms = answer.terms
    css = "qa-answer" if answer.supported else "qa-answer qa-unsupported"
    parts = [f'<div class="qa-reply"><p class="{css}">{text_to_html(answer.text)}</p>']
    if answer.notice:
        parts.append(f'<p class="qa-notice">{text_to_html(answer.notice)}</p>')
    if not answer.citations and answer.sources:
        parts.append('<p class="qa-closest">最接近的段落：</p>')
    for n, hit in enumerate(answer.sources, 1):
        quotes = [(q.start, q.end) for q in answer.quotes if q.n == n]
        parts.append(_source_html(n, hit, quotes, terms))
    parts.append("</div>")
    return "".join(parts)


def render_error(message: str) -> str:
    """A chat reply for a question that could not be asked, as escaped text."""
    return f'<div class="qa-reply"><p class="qa-error">{text_to_html(message)}</p></div>'



def render_article(article: Article) -> str:
    """HTML for one article: headline, kicker, byline and numbered paragraphs, escaped."""
    parts = ['<div class="qa-article">']
    if article.kicker:
        parts.append(f'<p class="qa-kicker">{text_to_html(article.kicker)}</p>')
    parts.append(f"<h3>{text_to_html(article.display_title)}</h3>")
    if article.subtitle:
        parts.append(f'<p class="qa-subtitle">{text_to_html(article.subtitle)}</p>')
    printed = print_label(article, edition=True)
    meta = " · ".join(x for x in (article.byline, printed, source_name(article.source), "" if printed else article.date) if x)
    parts.append(f'<p class="qa-byline">{text_to_html(meta)}</p><ol>')
    parts.extend(f"<li>{text_to_html(p)}</li>" for p in article.paragraphs)
    parts.append("</ol></div>")
    return "".join(parts)
