"""Pure helpers for the browser app: settings, chat history, examples, the article catalogue.

The HTML the app shows is made in ``qa.render``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from qa.render import byline, print_label, user_text_from_html
from qa.types import Article

DEFAULT_PORT = 7860
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


@dataclass(frozen=True)
class Settings:
    """Where the app finds its corpus, index and model, and where it listens.

    Attributes:
        corpus: folder of source files; uploads go to ``corpus/uploads``.
        index: index folder.
        model: embedding model name or folder, None for the default.
        host, port: the address to bind.
    """

    corpus: Path
    index: Path
    model: str | None
    host: str
    port: int

    @property
    def uploads(self) -> Path:
        """The folder uploaded files are stored in (inside the corpus)."""
        return self.corpus / "uploads"  # qa.uploads.UPLOADS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, base: Path | None = None) -> Settings:
        """Read QA_CORPUS, QA_INDEX, QA_MODEL, QA_HOST and QA_PORT.

        Relative folders are taken from ``base`` (the folder of app.py). On a Hugging Face
        Space (``SPACE_ID`` set) the defaults are 0.0.0.0:7860, as Spaces expect; otherwise
        127.0.0.1:7860, so a local run is not reachable from the network.

        Raises:
            ValueError: QA_PORT is not a port number.
        """
        env = os.environ if environ is None else environ
        base = Path.cwd() if base is None else base
        on_space = bool(env.get("SPACE_ID"))
        port_text = env.get("QA_PORT") or str(DEFAULT_PORT)
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ValueError(f"QA_PORT={port_text!r} is not a port number (1-65535)")
        return cls(
            corpus=base / env.get("QA_CORPUS", "corpus"),
            index=base / env.get("QA_INDEX", "index"),
            model=env.get("QA_MODEL") or None,
            host=env.get("QA_HOST") or ("0.0.0.0" if on_space else "127.0.0.1"),
            port=int(port_text),
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
        [a.display_title, byline(a), len(a.paragraphs), _file_cell(a), a.id]
        for a in articles
    ]


def _file_cell(article: Article) -> str:
    printed = print_label(article, edition=True)
    return f"{printed} · {Path(article.source).name}" if printed else Path(article.source).name


def article_choices(articles: Iterable[Article]) -> list[tuple[str, str]]:
    """(label, article id) pairs for a picker; the label is the headline and the file."""
    return [(f"{a.display_title} · {Path(a.source).name}", a.id) for a in articles]


def source_choices(articles: Iterable[Article]) -> list[tuple[str, str]]:
    """(file name, source) pairs for a picker, one per distinct source, in corpus order."""
    sources = dict.fromkeys(a.source for a in articles)
    return [(Path(source).name or source, source) for source in sources]



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
