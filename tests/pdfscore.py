"""How much of a generated page's truth qa read back from its PDF: matching and scores.

Each true item is matched to the read item of the same kind whose text is most alike
(greedily, best pairs first). Scores follow the issue's targets:

- article count: the page gives as many articles as it shows;
- headline, byline, body: a true article's match has the same title (spaces ignored),
  the same authors, the same text (paragraphs joined, spaces ignored);
- paragraph boundaries: F1 of paragraph ends, as offsets into the true text (the read
  text aligned to it), over all articles;
- date and page: every item of the page carries the page's date and page;
- whole sentences: the true articles' sentences (8 characters or more) that some read
  article holds unbroken, whichever it is: what a search over the passages can find.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pdfgen import PageTruth

from qa.types import Article

_SENTENCE = re.compile(r"[^。！？]*[。！？]")


def _plain(text: str) -> str:
    return "".join(text.split())


def _body(paragraphs: Sequence[str]) -> str:
    return "".join(_plain(p) for p in paragraphs)


def _ends(paragraphs: Sequence[str]) -> list[int]:
    ends, offset = [], 0
    for paragraph in paragraphs[:-1]:
        offset += len(_plain(paragraph))
        ends.append(offset)
    return ends


@dataclass
class Score:
    """Counts over pages; ``rates`` turns them into shares."""

    pages: int = 0
    count_right: int = 0
    articles: int = 0
    matched: int = 0
    headline: int = 0
    byline: int = 0
    body: int = 0
    kicker: int = 0
    subtitle: int = 0
    chars_true: int = 0
    chars_right: int = 0
    ends_true: int = 0
    ends_read: int = 0
    ends_right: int = 0
    photos: int = 0
    photos_right: int = 0
    facts_right: int = 0
    sentences: int = 0
    sentences_whole: int = 0
    extra: int = 0  # read articles matching no true one
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if name == "misses":
                self.misses.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def rates(self) -> dict[str, float]:
        def share(a: int, b: int) -> float:
            return round(a / b, 4) if b else 1.0

        precision = share(self.ends_right, self.ends_read)
        recall = share(self.ends_right, self.ends_true)
        return {
            "article count": share(self.count_right, self.pages),
            "headline": share(self.headline, self.articles),
            "byline": share(self.byline, self.articles),
            "body text": share(self.body, self.articles),
            "body characters": share(self.chars_right, self.chars_true),
            "kicker": share(self.kicker, self.articles),
            "subtitle": share(self.subtitle, self.articles),
            "paragraph F1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
            "whole sentences": share(self.sentences_whole, self.sentences),
            "photos": share(self.photos_right, self.photos),
            "date and page": share(self.facts_right, self.pages),
        }


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a[:300], b[:300], autojunk=False).ratio()


def _aligned_ends(truth: str, read: str, ends: list[int]) -> set[int]:
    """The read text's paragraph ends as offsets into the true text."""
    mapped: set[int] = set()
    matcher = difflib.SequenceMatcher(None, truth, read, autojunk=False)
    for tag, i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            continue
        for end in ends:
            if j1 < end <= j2:
                mapped.add(i1 + end - j1)
    return mapped


def score_page(truth: PageTruth, read: list[Article]) -> Score:
    """Score the items read from one page against its truth."""
    score = Score(pages=1)
    true_articles = [k for k in truth.items if k.kind == "article"]
    read_articles = [a for a in read if a.kind == "article"]
    score.count_right = int(len(true_articles) == len(read_articles))
    score.facts_right = int(bool(read) and all(a.date == truth.date and a.page == truth.page for a in read))
    pairs = sorted(
        ((_similarity(_body(k.paragraphs), _body(a.paragraphs)), i, j)
         for i, k in enumerate(true_articles) for j, a in enumerate(read_articles)),
        reverse=True,
    )
    taken_true: dict[int, int] = {}
    taken_read: set[int] = set()
    for similarity, i, j in pairs:
        if similarity < 0.3 or i in taken_true or j in taken_read:
            continue
        taken_true[i] = j
        taken_read.add(j)
    score.extra = len(read_articles) - len(taken_read)
    for i, known in enumerate(true_articles):
        score.articles += 1
        truth_text = _body(known.paragraphs)
        score.chars_true += len(truth_text)
        score.ends_true += len(known.paragraphs) - 1
        if i not in taken_true:
            score.misses.append(f"missed {known.title!r}")
            continue
        article = read_articles[taken_true[i]]
        score.matched += 1
        read_text = _body(article.paragraphs)
        checks = {
            "headline": _plain(article.title) == _plain(known.title),
            "byline": tuple(article.authors) == tuple(known.authors),
            "body": read_text == truth_text,
            "kicker": _plain(article.kicker) == _plain(known.kicker),
            "subtitle": _plain(article.subtitle) == _plain(known.subtitle),
        }
        for name, ok in checks.items():
            setattr(score, name, getattr(score, name) + int(ok))
            if not ok:
                score.misses.append(f"{name} of {known.title!r}")
        matcher = difflib.SequenceMatcher(None, truth_text, read_text, autojunk=False)
        score.chars_right += sum(block.size for block in matcher.get_matching_blocks())
        read_ends = _aligned_ends(truth_text, read_text, _ends(article.paragraphs))
        true_ends = set(_ends(known.paragraphs))
        score.ends_read += len(_ends(article.paragraphs))
        score.ends_right += len(read_ends & true_ends)
    # Whole sentences: the true articles' sentences (of 8 characters or more) that some read
    # article holds unbroken, whichever it is (what a search over the passages can find).
    read_bodies = "\n".join(_body(a.paragraphs) for a in read_articles)
    for known in true_articles:
        for sentence in _SENTENCE.findall(_body(known.paragraphs)):
            if len(sentence) >= 8:
                score.sentences += 1
                score.sentences_whole += int(sentence in read_bodies)
    for known in (k for k in truth.items if k.kind == "photo"):
        score.photos += 1
        found = [
            a for a in read if a.kind == "photo" and a.photographer.replace(" ", "") == known.photographer
            and _body(a.paragraphs) == _body(known.paragraphs)
        ]
        score.photos_right += int(bool(found))
        if not found:
            score.misses.append(f"photo by {known.photographer}")
    return score
