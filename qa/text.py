"""Chinese text helpers every stage uses: character classes, spacing, folding, sentences,
bigrams, question words and dates."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# CJK ideographs: extension A, the unified block, compatibility ideographs. The one
# definition of "a Chinese character" in the package.
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")
IDEOGRAPH_RUN = re.compile(f"[{IDEOGRAPHS}]+")
# Ideographs plus the CJK symbols and full-width punctuation blocks: a space next to any
# of these was sprayed in by justification.
_CJK = (
    "\u3000-\u303f"  # CJK symbols and punctuation 、。「」
    + IDEOGRAPHS
    + "\uff00-\uffef"  # full-width forms ，：（）
    "\u2018-\u201f"  # curly quotes “ ” ‘ ’
    "\u2026\u2014\u00b7"  # … — ·
    "\u00b0\u2030\u2103\u2109"  # ° ‰ ℃ ℉: units set against their number (35℃)
)
_CJK_CHAR = re.compile(f"[{_CJK}]")
# Whitespace with a CJK character (or full-width punctuation) on at least one side.
_SPACE_NEXT_TO_CJK = re.compile(f"(?<=[{_CJK}])[^\\S\\n]+|[^\\S\\n]+(?=[{_CJK}])")
_RUNS_OF_SPACE = re.compile(r"[^\S\n]{2,}")
# A run of ASCII spaces between two characters that are neither CJK nor a space: one
# ``clean_spaces`` may keep (where none is, every space goes).
_SPACE_KEPT = re.compile(f"[^{_CJK} ] +(?=[^{_CJK} ])")
# A space between a number and its per cent sign (增长 12 %): set apart by justification too.
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d)[^\S\n]+(?=%)")

SENTENCE_END = "。！？!?…"
# Closing marks that stay with the sentence they close: 。” ！） ……’
_CLOSERS = "”’」』）)》〉】\"'"
_SENTENCE = re.compile(f"[^{SENTENCE_END}\\n]*(?:[{SENTENCE_END}]+[{_CLOSERS}]*|\\n|$)")
_SYMBOLS = re.compile(r"[\W_]+")
_PUNCTUATION_CATEGORIES = ("P", "S", "Z", "C")

# A run of CJK ideographs, or a run of Latin letters/digits (with inner . % + - kept, e.g. 3.5%).
TOKEN_RUN = re.compile(f"[{IDEOGRAPHS}]+|[0-9a-z]+(?:[.%+\\-][0-9a-z%]+)*%?")

# A date, a century or an era in a sentence: what answers a "when" question.
DATE = re.compile(
    r"[0-9０-９〇零一二三四五六七八九十百千]+\s*(?:年|月|日|号|世纪)|年代|世纪|时期|时代|朝|公元|前后|期间|[春夏秋冬]"
)
# A question asking when (on folded text).
WHEN = re.compile(
    r"何时|何年|何日|哪一?年|几年|哪一?天|哪个?月|几月|几号|几日|几点|(?:什么|甚么)(?:时候|时间|年代)|"
    r"哪一?个?(?:世纪|年代|时期|朝代|时候)|何时期|何年代|什么朝代|年份|日期"
)

# Question words and particles that carry no topic: the one list. They are matched
# against jieba's words of a folded question (so 那曲 and 其他 stay whole).
QUESTION_WORDS = frozenset(
    (
        "什么", "哪个", "哪些", "哪里", "哪儿", "哪一", "哪", "多少", "几", "谁", "何", "何时",
        "何地", "为何", "如何", "怎么", "怎样", "怎么样", "为什么", "是否", "是不是", "有没有",
        "吗", "呢", "啊", "吧", "的", "了", "是", "在", "有", "和", "与", "及", "被", "把",
        "请问", "请", "告诉", "一下", "其", "该", "这", "那", "这个", "那个", "一个",
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
# What jieba leaves standing after 什么: 什么 | 时候, 什么 | 地方, 什么 | 人.
_AFTER_WHAT = frozenset(("时候", "时间", "地方", "人", "样"))


# Code points no UTF-8 text holds: Python gives a lone surrogate for each byte of a file
# name or command-line word that is not UTF-8 (a Chinese name made on a GBK system), and
# JSON lets a broken \ud800 escape through.
SURROGATE = re.compile("[\ud800-\udfff]")


def system_text(value: str) -> str:
    """A string the system gave (a file name, a command-line word) as text: each word or
    path part holding bytes that were not UTF-8 (Python holds each such byte as a lone
    surrogate, which no text can be written, hashed or printed with) read again from its
    bytes as GB18030, the encoding Chinese systems other than UTF-8 ones use (中文.txt
    made on a GBK system), else those bytes shown as ``\\x..`` escapes; any other lone
    surrogate shown as its ``\\u`` escape. Text as it is otherwise.

    (A part is read whole: GBK bytes may happen to form UTF-8 characters, 电子公函's
    ``d3 b9``, so the parts between lone surrogates are no text of their own.)"""
    if SURROGATE.search(value) is None:
        return value
    return _LONE.sub(_escaped, _SYSTEM_PART.sub(_part_as_text, value))


_SYSTEM_PART = re.compile("[^\\s/]*[\udc80-\udcff][^\\s/]*")  # a word or path part holding bytes (PEP 383)
_LONE = re.compile("[\udc80-\udcff]+|[\ud800-\udfff]")  # bytes (PEP 383), or any other lone surrogate


def _part_as_text(part: re.Match[str]) -> str:
    try:
        return part.group().encode("utf-8", "surrogateescape").decode("gb18030")
    except UnicodeError:  # (no GB18030 either, or another lone surrogate in it: escaped)
        return part.group()


def _escaped(run: re.Match[str]) -> str:
    text = run.group()
    if "\udc80" <= text[0] <= "\udcff":
        return text.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")
    return text.encode("utf-8", "backslashreplace").decode("ascii")


def is_cjk(char: str) -> bool:
    """True for a CJK ideograph or full-width punctuation character."""
    return bool(_CJK_CHAR.match(char))


def clean_spaces(text: str) -> str:
    """Remove the spaces a justified PDF column sprays into Chinese text.

    Spaces touching a CJK character or full-width punctuation go (``服务 3 万人`` →
    ``服务3万人``, ``文创 IP+品牌`` → ``文创IP+品牌``), and so do those between a number
    and its unit sign (``35 ℃``, ``12 %``, ``5 ‰`` → ``35℃``, ``12%``, ``5‰``); a space
    between two Latin words or two numbers stays, collapsed to one. Newlines are kept.

    Returns:
        the cleaned text.
    """
    if text.isprintable():  # no whitespace but the ASCII space: read word by word (faster)
        if " " not in text:
            return text
        if _SPACE_KEPT.search(text) is None:
            return text.replace(" ", "")  # (every space touches a CJK character: all go, no word loop)
        words = [word for word in text.split(" ") if word]
        if not words:
            return ""
        out = [words[0]]
        for before, word in zip(words, words[1:], strict=False):
            left, right = before[-1], word[0]
            # (ASCII, then the unified ideographs, are told by range: cheaper than the pattern.)
            if (
                (left < "\x80" or not ("\u4e00" <= left <= "\u9fff" or _CJK_CHAR.match(left)))
                and (right < "\x80" or not ("\u4e00" <= right <= "\u9fff" or _CJK_CHAR.match(right)))
                and not (right == "%" and left.isdigit())
            ):
                out.append(" ")
            out.append(word)
        return "".join(out)
    text = _SPACE_BEFORE_PERCENT.sub("", _SPACE_NEXT_TO_CJK.sub("", text))
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


def symbols_removed(text: str) -> str:
    """The text without punctuation, symbols or spaces (so “电子公函”使用率 matches 电子公函使用率)."""
    return _SYMBOLS.sub("", text)


def has_words(text: str) -> bool:
    """True when the text holds at least one letter or digit (not only punctuation or emoji)."""
    return any(unicodedata.category(c)[0] in ("L", "N") for c in text)


def is_symbol(char: str) -> bool:
    """True for punctuation, a symbol, a space or a control character."""
    return unicodedata.category(char)[0] in _PUNCTUATION_CATEGORIES


def bigrams(text: str, runs: re.Pattern[str] | None = IDEOGRAPH_RUN, singles: bool = False) -> list[str]:
    """Character bigrams: the one bigram maker of the package.

    Args:
        text: the text (fold it first for matching).
        runs: bigrams are made inside each match of this pattern (default: runs of
            ideographs, so no bigram spans a number, a Latin word or punctuation);
            None takes the whole text as one run.
        singles: a run of one character gives itself.

    Returns:
        the bigrams in text order, repeats kept.
    """
    pieces = [text] if runs is None else runs.findall(text)
    out: list[str] = []
    for run in pieces:
        if len(run) > 1:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
        elif singles and run:
            out.append(run)
    return out


def bigram_tokens(folded: str, unigrams: bool = False) -> list[str]:
    """BM25 tokens: character bigrams of each CJK run (a lone character stays a unigram)
    and whole Latin/number words, from text already passed through ``fold``.

    Args:
        folded: text from ``fold``.
        unigrams: also emit every CJK character as a token.

    Returns:
        tokens in text order; bigrams are two characters, unigrams are prefixed "1"
        so they never collide with a Latin token.
    """
    tokens: list[str] = []
    for match in TOKEN_RUN.finditer(folded):
        run = match.group()
        if not IDEOGRAPH.match(run):
            tokens.append(run)
            continue
        tokens.extend(bigrams(run, None, singles=True))
        if unigrams and len(run) > 1:
            tokens.extend("1" + char for char in run)
    return tokens


@lru_cache(maxsize=1)
def jieba():
    """The jieba module, initialised once and quiet (it logs its dictionary loading)."""
    import logging

    import jieba as module

    module.setLogLevel(logging.WARNING)
    module.initialize()
    return module


def word_tokens(folded: str) -> list[str]:
    """jieba words of text already passed through ``fold`` (punctuation and spaces
    dropped); jieba loads on first use.

    Returns:
        words in text order, each prefixed "w" so they never collide with bigrams.
    """
    words = jieba().lcut(folded)
    return ["w" + word for word in words if TOKEN_RUN.fullmatch(word)]


def is_question_word(word: str, after: str = "") -> bool:
    """True for a jieba word that asks rather than names: "什么", "多少", "的", "哪一年",
    "何年", "几次", "甚么"; after a bare "哪" also the "一"/"一个" jieba leaves standing,
    after "什么" also "时候", "地方", "人".

    Args:
        word: the word.
        after: the question word right before it, "" when the word before names something.
    """
    if word in QUESTION_WORDS:
        return True
    if _WHICH_WORD.fullmatch(word) and word not in _NOT_QUESTION:
        return True
    if after.startswith("哪") and _MEASURE_AFTER_WHICH.fullmatch(word):
        return True
    return after in ("什么", "甚么") and word in _AFTER_WHAT


def topic_text(text: str) -> str:
    """A question's topic: folded, question words, particles and punctuation removed.

    Returns:
        the topic pieces in order, separated by single spaces where something was
        removed (``张天霖的身高是多少`` → ``张天霖 身高``); may be empty.
    """
    folded = fold(text)
    kept = []
    after = ""
    for word in jieba().lcut(folded):
        asking = is_question_word(word, after)
        kept.append(" " if asking else "".join(" " if is_symbol(c) else c for c in word))
        after = word if asking else ""
    return " ".join("".join(kept).split())
