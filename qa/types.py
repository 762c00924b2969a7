"""The records that flow through the pipeline: Article → Passage → Hit → Answer."""

from __future__ import annotations

from dataclasses import dataclass, field

# Paragraphs of an article are joined with this separator to form ``Article.text``;
# passage offsets index into that string.
PARAGRAPH_SEPARATOR = "\n\n"

# How many characters of the lead make a display title for an article without a headline.
_DISPLAY_TITLE_CHARS = 24


@dataclass(frozen=True)
class Article:
    """One article (or photo caption) rebuilt from a file.

    Attributes:
        id: stable id: the same file content gives the same id on every run.
        title: the headline as printed, or "" when the page shows none.
        paragraphs: clean paragraph strings, in reading order.
        kind: "article" or "photo" (a captioned picture).
        kicker: a short line printed above the headline ("" when none).
        subtitle: a line printed below the headline ("" when none).
        authors: clean byline names, e.g. ("胡位涛", "肖俊").
        photographer: for photos, the credited photographer.
        source: the file the article came from, as given by the user.
        position: 1-based order of the item in its file.
        date, url: metadata carried from structured inputs or read from a PDF page's
            header (date in ISO form; "" when unknown).
        paper, page, edition: for an article read from a newspaper PDF, the paper's
            name, the page as printed (3, A3) and its section (要闻); "" otherwise.
    """

    id: str
    title: str
    paragraphs: tuple[str, ...]
    kind: str = "article"
    kicker: str = ""
    subtitle: str = ""
    authors: tuple[str, ...] = ()
    photographer: str = ""
    source: str = ""
    position: int = 0
    date: str = ""
    url: str = ""
    paper: str = ""
    page: str = ""
    edition: str = ""

    @property
    def text(self) -> str:
        """The paragraphs joined by a blank line; passage offsets index into it."""
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    @property
    def display_title(self) -> str:
        """The headline, or for an untitled article the start of its lead."""
        if self.title:
            return self.title
        lead = self.paragraphs[0] if self.paragraphs else ""
        if len(lead) <= _DISPLAY_TITLE_CHARS:
            return lead
        return lead[:_DISPLAY_TITLE_CHARS] + "…"

    def to_dict(self) -> dict:
        """A JSON-ready dict (lists for tuples, display title included)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "display_title": self.display_title,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "photographer": self.photographer,
            "paragraphs": list(self.paragraphs),
            "source": self.source,
            "position": self.position,
            "date": self.date,
            "url": self.url,
            "paper": self.paper,
            "page": self.page,
            "edition": self.edition,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        """Inverse of ``to_dict`` (ignores derived keys)."""
        return cls(
            id=data["id"],
            title=data.get("title", ""),
            paragraphs=tuple(data.get("paragraphs", ())),
            kind=data.get("kind", "article"),
            kicker=data.get("kicker", ""),
            subtitle=data.get("subtitle", ""),
            authors=tuple(data.get("authors", ())),
            photographer=data.get("photographer", ""),
            source=data.get("source", ""),
            position=int(data.get("position", 0)),
            date=data.get("date", ""),
            url=data.get("url", ""),
            paper=data.get("paper", ""),
            page=data.get("page", ""),
            edition=data.get("edition", ""),
        )


@dataclass(frozen=True)
class Passage:
    """A retrievable unit: one paragraph (or a sentence-aligned piece of a long one).

    Attributes:
        id: "<article_id>:<paragraph>" or "<article_id>:<paragraph>.<part>" for pieces.
        article_id: id of the article it comes from.
        paragraph: 1-based paragraph number in the article.
        start, end: character offsets into ``Article.text``; ``text == article.text[start:end]``.
        text: the passage text as displayed (no title prepended).
        title: the article's display title, travelling with the passage for ranking and display.
        kicker: the article's kicker ("" when none).
        authors: the article's byline names.
        source: the file the article came from.
        kind: "article" or "photo".
        photographer: for photos, the credited photographer.
        paper, date, page, edition: the article's print facts ("" when unknown).
    """

    id: str
    article_id: str
    paragraph: int
    start: int
    end: int
    text: str
    title: str = ""
    kicker: str = ""
    authors: tuple[str, ...] = ()
    source: str = ""
    kind: str = "article"
    photographer: str = ""
    paper: str = ""
    date: str = ""
    page: str = ""
    edition: str = ""

    def to_dict(self) -> dict:
        """A JSON-ready dict."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "title": self.title,
            "kicker": self.kicker,
            "authors": list(self.authors),
            "source": self.source,
            "kind": self.kind,
            "photographer": self.photographer,
            "paper": self.paper,
            "date": self.date,
            "page": self.page,
            "edition": self.edition,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Passage:
        """Inverse of ``to_dict``."""
        return cls(**{**data, "authors": tuple(data.get("authors", ()))})


@dataclass(frozen=True)
class Hit:
    """A passage found for a query.

    Attributes:
        passage: the passage.
        score: the ranking score, higher is better (for hybrid search a fused score).
        rank: 1-based position in the result list.
        dense: cosine similarity of query and passage in [-1, 1], or None if not computed.
        sparse: BM25 score (>= 0), or None if not computed.
    """

    passage: Passage
    score: float
    rank: int = 0
    dense: float | None = None
    sparse: float | None = None

    def to_dict(self) -> dict:
        """A JSON-ready dict (the passage's fields inlined)."""
        return {
            **self.passage.to_dict(),
            "score": self.score,
            "rank": self.rank,
            "dense": self.dense,
            "sparse": self.sparse,
        }


@dataclass(frozen=True)
class Quote:
    """A sentence quoted verbatim in an answer.

    Attributes:
        n: the citation number ([n]) it is marked with; ``answer.citations[n - 1]``.
        text: the sentence, character for character as in the cited passage.
        start, end: offsets of ``text`` in the cited passage's text.
    """

    n: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Answer:
    """The reply to a question.

    Attributes:
        question: the question as asked (after trimming).
        text: quoted sentences with [n] markers, or a short message when not supported.
        supported: False when the articles do not answer the question.
        citations: the cited hits; citation [n] is ``citations[n - 1]``.
        quotes: the quoted sentences with their offsets in the cited passages.
        hits: all passages retrieved for the question, best first (a superset of citations).
        notice: a note for the user (e.g. the question was truncated), or "".
    """

    question: str
    text: str
    supported: bool
    citations: tuple[Hit, ...] = ()
    quotes: tuple[Quote, ...] = ()
    hits: tuple[Hit, ...] = field(default=(), repr=False)
    notice: str = ""
