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
