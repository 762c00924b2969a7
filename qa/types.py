"""The records that flow through the pipeline: Article → Passage → Hit → Answer."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Protocol

# Paragraphs of an article are joined with this separator to form ``Article.text``;
# passage offsets index into that string.
PARAGRAPH_SEPARATOR = "\n\n"

# How many characters of the lead make a display title for an article without a headline.
_DISPLAY_TITLE_CHARS = 24
# How many of the closest passages an answer that withholds still shows.
CLOSEST_SHOWN = 3

# What a question asks for: the kind of fact its answer sentence holds (OTHER: no
# particular kind; EXPLAIN: why / how, answered over two sentences) ...
NUMBER, DATE, PERSON, PLACE, EXPLAIN, OTHER = "number", "date", "person", "place", "explain", "other"
# ... or a question about the article itself rather than its content.
AUTHOR, PHOTOGRAPHER, TITLE = "author", "photographer", "title"
META_KINDS = (AUTHOR, PHOTOGRAPHER, TITLE)
KINDS = (NUMBER, DATE, PERSON, PLACE, EXPLAIN, OTHER, *META_KINDS)


def byline(authors: tuple[str, ...], photographer: str = "") -> str:
    """The byline as plain text: authors joined by 、, or the photographer with 摄 ("" for none)."""
    if authors:
        return "、".join(authors)
    if photographer:
        return f"{photographer} 摄"
    return ""


class Printed(Protocol):
    """What carries print facts: an article, a passage, a page's facts."""

    paper: str
    date: str
    page: str
    edition: str


def print_facts(item: Printed) -> dict[str, str]:
    """An article's, a passage's or a page's print facts (paper, date, page, edition) by
    name, as ``dataclasses.replace`` takes them."""
    return {"paper": item.paper, "date": item.date, "page": item.page, "edition": item.edition}


def print_label(item: Article | Passage, edition: bool = False) -> str:
    """Where an article was printed, for one read from a newspaper page (a PDF, or page
    text with its header): 江西日报 2024-05-08 第3版 (with the edition, 要闻, when asked); ""
    when nothing is known."""
    if not (item.paper or item.page):
        return ""
    parts = [item.paper, item.date, f"第{item.page}版" if item.page else ""]
    if edition:
        parts.append(item.edition)
    return " ".join(part for part in parts if part)


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
        date, url: metadata carried from structured inputs or read from a page's header
            (a PDF's, or the header lines of page text; date in ISO form; "" when unknown).
        paper, page, edition: for an article read from a newspaper page (a PDF, or page
            text whose header says so), the paper's name, the page as printed (3, A3) and
            its section (要闻); "" otherwise.
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
    def byline(self) -> str:
        """Authors joined by 、, or the photographer with 摄 ("" for none)."""
        return byline(self.authors, self.photographer)

    @property
    def print_label(self) -> str:
        """Paper, date and page (``江西日报 2024-05-08 第3版``), "" when its page said none."""
        return print_label(self)

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

    @property
    def byline(self) -> str:
        """Authors joined by 、, or the photographer with 摄 ("" for none)."""
        return byline(self.authors, self.photographer)

    @property
    def print_label(self) -> str:
        """Paper, date and page (``江西日报 2024-05-08 第3版``), "" when its page said none."""
        return print_label(self)

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
        """Inverse of ``to_dict`` (keys it does not write are ignored)."""
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        return cls(**{**values, "authors": tuple(data.get("authors", ()))})


@dataclass(frozen=True)
class Hit:
    """A passage found for a query.

    Attributes:
        passage: the passage.
        score: the ranking score, higher is better (for hybrid search a fused score).
        rank: 1-based position in the result list.
        dense: cosine similarity of query and passage in [-1, 1], or None if not computed.
        sparse: BM25 score (>= 0), or None if not computed.
        sentences: cosine of the query with each sentence of ``passage.text``
            (``qa.text.sentence_spans`` order), when the index holds sentence vectors.
    """

    passage: Passage
    score: float
    rank: int = 0
    dense: float | None = None
    sparse: float | None = None
    sentences: tuple[float, ...] | None = field(default=None, repr=False)

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
class Question:
    """A question checked and analysed once; every stage reads this record.

    Attributes:
        asked: the question as asked, trimmed and cut to the question length limit.
        query: what is answered: ``asked``, or for an elliptical follow-up (``那上栗县呢？``)
            the earlier question with the new subject merged in (``上栗县电子公函使用率``).
        kind: what is asked for: one of ``KINDS``.
        search: the text searched and embedded: ``query``, or for a question about an
            article's byline, photographer or headline only the words naming the article.
        content: the topic: ``search`` folded (simplified, half-width, lower case), with
            question words, particles and punctuation removed, pieces separated by spaces.
        lexical: what BM25 and the lexical evidence match: ``content``, or the folded
            ``search`` when nothing is left of it.
        terms: the topic's words to highlight in a passage: bigrams of ``content`` and its
            Latin words and numbers.
        when: the question asks for a time (何时, 哪一年, 什么时候).
        units: the units a number answering it carries, as a regex alternation (``集``
            for 一共几集, lengths for 多高; ``qa.answer.question.answer_units``), or "".
        focus: for a follow-up merged into an earlier question, its own subject
            (``上栗县``), which the answering article must mention; "" otherwise.
        notice: a note for the user ("" when none), e.g. that the question was cut.
    """

    asked: str
    query: str
    kind: str
    search: str
    content: str
    lexical: str
    terms: tuple[str, ...] = ()
    when: bool = False
    units: str = ""
    focus: str = ""
    notice: str = ""

    @property
    def is_meta(self) -> bool:
        """True for questions about an article's author, photographer or headline."""
        return self.kind in META_KINDS


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
        terms: the question's topic words, to highlight in the passages shown.
    """

    question: str
    text: str
    supported: bool
    citations: tuple[Hit, ...] = ()
    quotes: tuple[Quote, ...] = ()
    hits: tuple[Hit, ...] = field(default=(), repr=False)
    notice: str = ""
    terms: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[Hit, ...]:
        """The passages to show under the answer: its citations, or when it withholds,
        the ``CLOSEST_SHOWN`` closest passages."""
        return self.citations if self.citations else self.hits[:CLOSEST_SHOWN]
