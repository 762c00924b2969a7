"""Where jieba's dictionary puts the word boundaries of a short stretch of text: a line
break that falls inside a word (结果遭军 / 队追击, 法国收回阿尔 / 萨斯-洛林) was made by a
column's width, not by whoever set the lines.

The segmentation is jieba's own without its HMM (the most likely route through the
dictionary's words, each weighed by its count), run on a few characters either side of
the break. Only words of up to ``LONGEST`` characters are kept; the installed jieba's
dictionary file is read once, on first use (about 0.4 s), and jieba itself is never
initialised for it."""

from __future__ import annotations

import importlib.util
import math
import re
from functools import lru_cache
from pathlib import Path

LONGEST = 4  # characters in the longest word kept
WINDOW = 6  # characters either side of a break that are segmented
_IDEOGRAPHS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_RUN_END = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+\Z")
_ENTRY = re.compile(rf"^(\S{{1,{LONGEST}}}) ([1-9]\d*)", re.M)
_COUNT = re.compile(r" (\d+)")


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, float], float]:
    """Each kept word's log count, and the log of the dictionary's total count."""
    text = (Path(importlib.util.find_spec("jieba").origin).parent / "dict.txt").read_text("utf-8")
    total = sum(map(int, _COUNT.findall(text)))
    return {word: math.log(int(count)) for word, count in _ENTRY.findall(text)}, math.log(total)


def cuts_word(first: str, second: str) -> bool:
    """Whether the break between the lines ``first`` and ``second`` falls inside a
    dictionary word of the ideographs on either side of it (spaces inside the lines are
    dropped first: letter-spaced lines).

    Returns:
        True when the most likely segmentation of the characters around the break
        puts no boundary at it.
    """
    left = _RUN_END.search(first.replace(" ", "")[-WINDOW:])
    right = _IDEOGRAPHS.match(second.replace(" ", "")[:WINDOW])
    if left is None or right is None:
        return False
    head = left.group()
    text = head + right.group()
    logs, log_total = _dictionary()
    size = len(text)
    best = [0.0] * (size + 1)
    step = [size] * (size + 1)
    for i in range(size - 1, -1, -1):
        best[i], step[i] = max(
            (logs.get(text[i:j], 0.0) - log_total + best[j], j)
            for j in range(i + 1, min(size, i + LONGEST) + 1)
            if j == i + 1 or text[i:j] in logs
        )
    at = 0
    while at < len(head):
        at = step[at]
    return at != len(head)
