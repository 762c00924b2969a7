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
        # Asked the Taiwanese way (folded from 甚麼, 何年, 哪邊 …) and other "how much" forms.
        "甚么", "什么样", "何年", "何处", "何人", "何种", "何者", "何事", "有何", "因何", "第几",
        "多久", "多长", "多远", "多高", "多大", "多快", "多重", "多深", "多宽", "多少倍", "多少岁",
    )
)  # fmt: skip
# jieba words that ask "which"/"how many" with a measure word glued on: 哪一年, 哪边,
# 哪一条, 几次, 几月 (not 几乎, 几何, 几内亚, 哪吒).
_WHICH_WORD = re.compile(r"哪[一几]?[\u4e00-\u9fff]{0,2}|几[\u4e00-\u9fff]{1,2}")
_NOT_QUESTION = frozenset(("几乎", "几何", "几何学", "几内亚", "哪吒"))
# The measure word jieba leaves standing after a bare 哪: 哪 | 一 | 元素, 哪 | 一个 | 省.
_MEASURE_AFTER_WHICH = re.compile(r"一[个位种门条部所间名份场本首支家座件项类]?")


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


def is_question_word(word: str, after_which: bool = False) -> bool:
    """True for a jieba word that asks rather than names: "什么", "多少", "的", "哪一年",
    "何年", "几次", "甚么"; ``after_which`` also accepts the "一"/"一个" jieba leaves after
    a bare "哪"."""
    if word in QUESTION_WORDS:
        return True
    if _WHICH_WORD.fullmatch(word) and word not in _NOT_QUESTION:
        return True
    return after_which and bool(_MEASURE_AFTER_WHICH.fullmatch(word))


def drop_question_words(folded: str) -> str:
    """Blank out question words and particles ("什么", "多少", "哪一年", "的") found by jieba
    in a folded query, so neither they nor the bigrams spanning them are searched for.

    Returns:
        the query with those words replaced by spaces, or unchanged if nothing would remain.
    """
    kept = []
    after_which = False
    for word in _jieba().lcut(folded):
        asking = is_question_word(word, after_which)
        kept.append(" " if asking else word)
        after_which = asking and word.startswith("哪")
    text = "".join(kept)
    return text if _TOKEN_RUN.search(text) else folded
