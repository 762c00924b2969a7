"""What the page shows about the index (examples, the article table, the pickers) and the
questions of a chat history.

The HTML the app shows is made in ``qa.web.render``; its settings are in ``qa.web.settings``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from qa.types import Article, print_label
from qa.web.render import source_name, user_text_from_html

# The article table and pickers list at most this many articles (every page load sends them).
MAX_LISTED = 5000

# Questions the shipped page answers, each with a phrase that must occur in the corpus for
# the question to be offered as an example (so another corpus never shows them).
SEED_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("铜鼓县电子公函使用率", "电子公函"),
    ("上栗县矛盾纠纷就地调处率是多少", "就地调处率"),
    ("东乡区组成了几个专项监督检查组", "专项监督检查组"),
    ("大余宅基地那篇文章是谁写的", "宅基地"),
    ("九江银行那张照片是谁拍的", "九江"),
)


def history_questions(history: Sequence[Mapping]) -> list[str]:
    """The user's earlier questions from a chat history in messages format.

    Content may be a string or a list of ``{"type": "text", "text": ...}`` parts
    (Gradio 6 gives the latter); display-escaped questions are turned back into text.

    Returns:
        the questions, oldest first.
    """
    questions = []
    for message in history:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        parts = content if isinstance(content, list) else [content]
        texts = [p.get("text", "") if isinstance(p, Mapping) else p for p in parts]
        text = " ".join(user_text_from_html(t) for t in texts if isinstance(t, str)).strip()
        if text:
            questions.append(text)
    return questions


def article_rows(articles: Iterable[Article]) -> list[list[str | int]]:
    """Rows for the article table: headline, byline, paragraphs, file (after where it was
    printed, for a newspaper PDF), id (all plain text)."""
    return [
        [a.display_title, a.byline, len(a.paragraphs), _file_cell(a), a.id]
        for a in articles
    ]


def _file_cell(article: Article) -> str:
    printed = print_label(article, edition=True)
    return f"{printed} · {source_name(article.source)}" if printed else source_name(article.source)


def article_choices(articles: Iterable[Article]) -> list[tuple[str, str]]:
    """(label, article id) pairs for a picker; the label is the headline and the file."""
    return [(f"{a.display_title} · {source_name(a.source)}", a.id) for a in articles]


def source_choices(articles: Iterable[Article]) -> list[tuple[str, str]]:
    """(file name, source) pairs for a picker, one per distinct source, in corpus order."""
    sources = dict.fromkeys(a.source for a in articles)
    return [(source_name(source) or source, source) for source in sources]



def example_questions(articles: Sequence[Article], limit: int = 6) -> list[str]:
    """Example questions drawn from the corpus.

    The seed questions come first, each only when its phrase occurs in some article;
    the rest ask who wrote an article, for articles with a headline and a byline.

    Returns:
        at most ``limit`` distinct questions.
    """
    questions = [
        q
        for q, phrase in SEED_QUESTIONS
        if any(phrase in a.title or any(phrase in p for p in a.paragraphs) for a in articles)
    ]
    for article in articles:
        if article.title and article.authors:
            questions.append(f"《{article.title}》是谁写的？")
    return list(dict.fromkeys(questions))[:limit]


@dataclass(frozen=True)
class Catalogue:
    """What a page shows about the index: examples, the article table and the pickers.

    Attributes:
        examples: example questions drawn from the corpus.
        rows: article table rows (``article_rows``), at most MAX_LISTED.
        articles: (label, id) choices, at most MAX_LISTED.
        sources: (file name, source) choices, one per file.
        status: one line of plain text with the index's size.
    """

    examples: tuple[str, ...]
    rows: tuple[tuple, ...]
    articles: tuple[tuple[str, str], ...]
    sources: tuple[tuple[str, str], ...]
    status: str


def catalogue(articles: Sequence[Article], passages: int, limit: int = MAX_LISTED) -> Catalogue:
    """The page's view of the index (computed once per index version by the app).

    Returns:
        the catalogue; lists are cut at ``limit`` articles and the status says so.
    """
    listed = articles[:limit]
    status = f"{len(articles)} 篇文章，{passages} 个段落"
    if len(articles) > limit:
        status += f"（列表只显示前 {limit} 篇）"
    return Catalogue(
        examples=tuple(example_questions(articles)),
        rows=tuple(tuple(row) for row in article_rows(listed)),
        articles=tuple(article_choices(listed)),
        sources=tuple(source_choices(articles)),
        status=status,
    )
