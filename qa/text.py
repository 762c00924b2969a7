"""Chinese text helpers: spacing clean-up, script folding, sentence spans."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# CJK ideographs (URO, extension A, compatibility) plus the CJK symbols and full-width
# punctuation blocks: a space next to any of these was sprayed in by justification.
_CJK = (
    "\u3000-\u303f"  # CJK symbols and punctuation 、。「」
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uff00-\uffef"  # full-width forms ，：（）
    "\u2018-\u201f"  # curly quotes “ ” ‘ ’
    "\u2026\u2014\u00b7"  # … — ·
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Whitespace with a CJK character (or full-width punctuation) on at least one side.
_SPACE_NEXT_TO_CJK = re.compile(f"(?<=[{_CJK}])[^\\S\\n]+|[^\\S\\n]+(?=[{_CJK}])")
_RUNS_OF_SPACE = re.compile(r"[^\S\n]{2,}")

SENTENCE_END = "。！？!?…"
# Closing marks that stay with the sentence they close: 。” ！） ……’
_CLOSERS = "”’」』）)》〉】\"'"
_SENTENCE = re.compile(
    f"[^{SENTENCE_END}\\n]*(?:[{SENTENCE_END}]+[{_CLOSERS}]*|\\n|$)"
)


def is_cjk(char: str) -> bool:
    """True for a CJK ideograph or full-width punctuation character."""
    return bool(_CJK_CHAR.match(char))


def clean_spaces(text: str) -> str:
    """Remove the spaces a justified PDF column sprays into Chinese text.

    Spaces touching a CJK character or full-width punctuation go (``服务 3 万人`` →
    ``服务3万人``, ``文创 IP+品牌`` → ``文创IP+品牌``); a space between two Latin
    words or two numbers stays, collapsed to one. Newlines are kept.

    Returns:
        the cleaned text.
    """
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    return _RUNS_OF_SPACE.sub(" ", text).strip(" \t")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Fold text for matching: traditional → simplified Chinese, full-width → half-width
    letters and digits, lower case. Length may change; use for matching only, never
    for display or offsets."""
    text = unicodedata.normalize("NFKC", text).lower()
    if any("\u3400" <= c <= "\u9fff" for c in text):
        text = _t2s().convert(text)
    return text


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split text into sentences at 。！？!?… (closing quotes stay with their sentence)
    and at newlines.

    Returns:
        (start, end) character offsets, in order; leading and trailing whitespace of
        each sentence is excluded and empty sentences are dropped.
    """
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


# --- tokens for BM25 -------------------------------------------------------------------

# A run of CJK ideographs, or a run of Latin letters/digits (with inner . % + - kept, e.g. 3.5%).
_TOKEN_RUN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+(?:[.%+\-][0-9a-z%]+)*%?"
)
_CJK_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Question words and particles that carry no topic; dropped from queries only.
QUESTION_WORDS = frozenset(
    (
        "什么", "哪个", "哪些", "哪里", "哪儿", "哪一", "哪", "多少", "几", "谁", "何", "何时",
        "何地", "为何", "如何", "怎么", "怎样", "怎么样", "为什么", "是否", "吗", "呢", "的",
        "了", "是", "在", "有", "和", "与", "及", "被", "把", "请问", "其", "该", "这", "那",
        "这个", "那个", "一个",
    )
)  # fmt: skip


def bigram_tokens(folded: str, unigrams: bool = False) -> list[str]:
    """Character bigrams of each CJK run (a lone character stays a unigram) and whole
    Latin/number words, from text already passed through ``fold``.

    Args:
        folded: text from ``fold``.
        unigrams: also emit every CJK character as a token.

    Returns:
        tokens in text order; bigrams are two characters, unigrams are prefixed "1"
        so they never collide with a Latin token.
    """
    tokens: list[str] = []
    for match in _TOKEN_RUN.finditer(folded):
        run = match.group()
        if not _CJK_IDEOGRAPH.match(run):
            tokens.append(run)
            continue
        if len(run) == 1:
            tokens.append(run)
        else:
            tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
        if unigrams and len(run) > 1:
            tokens.extend("1" + char for char in run)
    return tokens


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def word_tokens(folded: str) -> list[str]:
    """jieba words of text already passed through ``fold`` (punctuation and spaces
    dropped); jieba loads on first use.

    Returns:
        words in text order, each prefixed "w" so they never collide with bigrams.
    """
    words = _jieba().lcut(folded)
    return ["w" + word for word in words if _TOKEN_RUN.fullmatch(word)]


def drop_question_words(folded: str) -> str:
    """Blank out question words and particles ("什么", "多少", "哪", "的") found by jieba in
    a folded query, so neither they nor the bigrams spanning them are searched for.

    Returns:
        the query with those words replaced by spaces, or unchanged if nothing would remain.
    """
    words = _jieba().lcut(folded)
    kept = "".join(" " if word in QUESTION_WORDS else word for word in words)
    return kept if _TOKEN_RUN.search(kept) else folded
