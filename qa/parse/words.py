"""Where jieba's dictionary puts the word boundaries of a short stretch of text: a line
break that falls inside a word (结果遭军 / 队追击, 法国收回阿尔 / 萨斯-洛林) was made by a
column's width, not by whoever set the lines.

The segmentation is jieba's own without its HMM (the most likely route through the
dictionary's words, each weighed by its count), run on a few characters either side of
the break. The words come from ``words.bin`` beside this module: jieba's dictionary
(MIT), its words of up to ``LONGEST`` characters of the Basic Multilingual Plane, each
as a 64-bit key (its characters packed), sorted, with one byte per word for its log
count (in ``SCALE``-ths) and one for its part of speech as the dictionary tags it (v, n,
ns…: ``tag``), zlib-compressed: 1.5 MB on disk, 3.4 MB in memory, loaded in a few
milliseconds on first use (building it from jieba's text file takes a second, and a
dict of the words would hold 47 MB). ``TABLE.write_bytes(build_table(jieba_dictionary()))``
writes it again from the installed jieba; a test checks that the two agree. The same
counts say which words are rare (``is_rare_word``: what one article names again and the
next seldom does) and whether a pair of ideographs stands as a word of its own in a text
(``stands_as_word``)."""

from __future__ import annotations

import importlib.util
import math
import re
import struct
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from qa.text import IDEOGRAPH_RUN, IDEOGRAPHS

LONGEST = 4  # characters in the longest word kept
WINDOW = 6  # characters either side of a break that are segmented
SCALE = 16  # log counts are kept in sixteenths
RARE_LOG = 6.0  # a word counted no more than this (a log count) is rare: see ``is_rare_word``
UNCOMMON_LOG = 7.0  # ... uncommon: see ``is_uncommon_word``
TABLE = Path(__file__).with_name("words.bin")
_HEADER = struct.Struct("<4sIdH")  # magic, words, log of the dictionary's total count, bytes of the tag names
_MAGIC = b"QAW2"
_RUN_END = re.compile(f"[{IDEOGRAPHS}]+\\Z")


def _key(word: str) -> int | None:
    """A word of up to ``LONGEST`` characters of the Basic Multilingual Plane as one
    nonzero 64-bit number (16 bits per character, zeros after the last); None for any
    other."""
    units = word.encode("utf-16-be")
    if len(units) != 2 * len(word) or not word or len(word) > LONGEST:
        return None
    return int.from_bytes(units, "big") << 16 * (LONGEST - len(word))


def build_table(dictionary: Path) -> bytes:
    """``words.bin``'s bytes from a jieba dictionary file (lines: word, count, tag).

    Returns:
        the compressed table.
    """
    logs: dict[int, int] = {}
    tags: dict[int, str] = {}
    total = 0
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            word, count, kind = (line.split() + [""])[:3]
            total += int(count)
            key = _key(word) if int(count) > 0 else None
            if key is not None:
                logs[key] = min(255, round(math.log(int(count)) * SCALE))
                tags[key] = kind
    keys = sorted(logs)
    names = sorted(set(tags.values()))
    index = {name: at for at, name in enumerate(names)}
    listed = " ".join(names).encode("ascii")
    body = (
        listed
        + array("Q", keys).tobytes()
        + array("B", map(logs.__getitem__, keys)).tobytes()
        + array("B", (index[tags[key]] for key in keys)).tobytes()
    )
    return zlib.compress(_HEADER.pack(_MAGIC, len(keys), math.log(total), len(listed)) + body, 9)


class _Table:
    """The kept words' keys, sorted, their log counts and their tags (see the module
    docstring)."""

    def __init__(self, data: bytes) -> None:
        raw = zlib.decompress(data)
        magic, count, self.log_total, listed = _HEADER.unpack_from(raw)
        if magic != _MAGIC:
            raise ValueError(f"{TABLE}: not a word table")
        start = _HEADER.size
        self.tag_names = raw[start : start + listed].decode("ascii").split(" ")
        start += listed
        self.keys = array("Q", raw[start : start + 8 * count])
        self.logs = array("B", raw[start + 8 * count : start + 9 * count])
        self.tags = array("B", raw[start + 9 * count : start + 10 * count])

    def _at(self, word: str) -> int | None:
        key = _key(word)
        if key is None:
            return None
        at = bisect_left(self.keys, key)
        return at if at < len(self.keys) and self.keys[at] == key else None

    def log(self, word: str) -> float | None:
        """The log count of ``word``, or None when the dictionary has no such word."""
        at = self._at(word)
        return None if at is None else self.logs[at] / SCALE

    def tag(self, word: str) -> str | None:
        """The part of speech the dictionary tags ``word`` with, or None when it has no such word."""
        at = self._at(word)
        return None if at is None else self.tag_names[self.tags[at]]


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table(TABLE.read_bytes())


# What goes on with a number a line ends in: a unit or a date's part (于9月21 / 日恢复…,
# 日本第125 / 任天皇); not 日前 (recently) or 日本, which open sentences. (Not more digits: a
# title ending in a number may stand over a body opening with a year, 男子100 / 2008年….)
_NUMBER_GOES_ON = re.compile(r"日(?![前本])|[年月号时点分秒%％万亿元岁届任期倍]")
# Digits, half-width and full-width (some pages print 4号线 as ４号线).
_DIGITS = frozenset("0123456789０１２３４５６７８９")


_DECIMAL_CUT = re.compile(r"[0-9０-９][.．]$")  # a number's decimal point ending a line


def cuts_number(first: str, second: str) -> bool:
    """Whether the break between the lines ``first`` and ``second`` falls between a
    number and its unit (于9月21 / 日恢复…, 日本第125 / 任天皇) or after a decimal point
    (同比提高3. / 2个百分点), in half-width digits or full-width ones (南昌地铁４ / 号线)."""
    second = second.lstrip()
    if not first or not second:
        return False
    if _DECIMAL_CUT.search(first) and second[0] in _DIGITS:
        return True  # (同比提高3. / 2个百分点: a decimal point ends no number)
    return first[-1] in _DIGITS and _NUMBER_GOES_ON.match(second) is not None


@lru_cache(maxsize=4096)
def cuts_word(first: str, second: str) -> bool:
    """Whether the break between the lines ``first`` and ``second`` falls inside a
    dictionary word of the ideographs on either side of it (spaces inside the lines are
    dropped first: letter-spaced lines), or between a number and its unit
    (``cuts_number``).

    Returns:
        True when the most likely segmentation of the characters around the break
        puts no boundary at it.
    """
    if cuts_number(first, second):
        return True
    left = _RUN_END.search(first.replace(" ", "")[-WINDOW:])
    right = IDEOGRAPH_RUN.match(second.replace(" ", "")[:WINDOW])
    if left is None or right is None:
        return False
    return _cuts(left.group(), right.group())


_PAIR_END = re.compile(f"[{IDEOGRAPHS}]{{2}}\\Z")
_PAIR_START = re.compile(f"[{IDEOGRAPHS}]{{2}}")


def joins_compound(first: str, second: str) -> bool:
    """Whether the two ideographs ending the line ``first`` and the two opening ``second``
    make a word of four of the dictionary (景德镇陶瓷文化 / 产业园年接待…: 文化产业; 市场监督 /
    管理局负责人: 监督管理): a compound set across the break, which the most likely
    segmentation may still part at it (文化 / 产业园), as no kicker, title or subtitle's edge
    does. (Spaces inside the lines are dropped first: letter-spaced lines.)"""
    left = _PAIR_END.search(first.replace(" ", ""))
    right = _PAIR_START.match(second.replace(" ", ""))
    return left is not None and right is not None and _log(left.group() + right.group()) is not None


def is_word(text: str) -> bool:
    """Whether ``text`` is a word of the dictionary."""
    return _log(text) is not None


@lru_cache(maxsize=1 << 12)
def tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word`` (v, vn, n, ns…: one a word, as
    the dictionary lists it), or None where the dictionary has no such word."""
    return _table().tag(word)


def segment(text: str) -> list[str]:
    """The words of the runs of ideographs in ``text``, as the dictionary segments each
    (spaces dropped first; what is not an ideograph is left out)."""
    return [word for run in IDEOGRAPH_RUN.findall(text.replace(" ", "")) for word in _words(run)]


def _words(run: str) -> list[str]:
    """The words of a run of ideographs, as ``_route`` segments it."""
    step, at, out = _route(run), 0, []
    while at < len(run):
        out.append(run[at : step[at]])
        at = step[at]
    return out


@lru_cache(maxsize=1 << 15)
def _log(word: str) -> float | None:
    return _table().log(word)


def is_rare_word(word: str) -> bool:
    """Whether ``word`` is a word of the dictionary counted no more than ``RARE_LOG`` (邮票,
    脐橙, 垦殖: what one article names again and the next seldom does; not 南昌, 表示)."""
    found = _log(word)
    return found is not None and found <= RARE_LOG


def is_uncommon_word(word: str) -> bool:
    """Whether ``word`` is a word of the dictionary counted no more than ``UNCOMMON_LOG``
    (植株, 球形, 公函: what texts about one subject share and texts about two seldom do;
    not 接待, 今年, 表示)."""
    found = _log(word)
    return found is not None and found <= UNCOMMON_LOG


def stands_as_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` (no spaces) as a word of its own somewhere, as
    the dictionary segments the ideographs within ``WINDOW`` of it: 负责 in 负责同志, not 责人
    in 负责人."""
    at = text.find(word)
    while at >= 0:
        start, stop = max(0, at - WINDOW), min(len(text), at + len(word) + WINDOW)
        head = _RUN_END.search(text, start, at)
        tail = IDEOGRAPH_RUN.match(text, at + len(word), stop)
        lo = head.start() if head is not None else at
        run = text[lo : tail.end() if tail is not None else at + len(word)]
        step, edge = _route(run), 0
        while edge < at - lo:
            edge = step[edge]
        if edge == at - lo and step[edge] == edge + len(word):
            return True
        at = text.find(word, at + 1)
    return False


def _cuts(head: str, tail: str) -> bool:
    """``cuts_word`` of the ideographs ``head`` before a break and ``tail`` after it."""
    spans = [head[-i:] + tail[:j] for i in range(1, LONGEST) for j in range(1, LONGEST + 1 - i)]
    if all(_log(word) is None for word in spans):
        return False  # no word of the dictionary spans the break
    step = _route(head + tail)
    at = 0
    while at < len(head):
        at = step[at]
    return at != len(head)


def _route(text: str) -> list[int]:
    """The most likely segmentation of ``text``: per character, where the word it opens
    ends (read from the first character on)."""
    log_total = _table().log_total
    size = len(text)
    best = [0.0] * (size + 1)
    step = [size] * (size + 1)
    for i in range(size - 1, -1, -1):
        # The best (score, j) of the words from i, as max() over the pairs would pick it:
        # a tie goes to the longer word (the later j). (No list of pairs: this runs for
        # every break a heading line may cut.)
        score, to = (_log(text[i]) or 0.0) - log_total + best[i + 1], i + 1
        for j in range(i + 2, min(size, i + LONGEST) + 1):
            log = _log(text[i:j])
            if log is not None and (value := log - log_total + best[j]) >= score:
                score, to = value, j
        best[i], step[i] = score, to
    return step


def edge_words(first: str, second: str) -> tuple[str, str]:
    """The word ``first`` ends with and the word ``second`` opens with, each as the
    dictionary segments the ideographs within ``WINDOW`` of the break ("" where no
    ideograph stands there; spaces dropped first): 与 in 我们将与 is a word of its own,
    和 in 气候温和 is not."""
    left = _RUN_END.search(first.replace(" ", "")[-WINDOW:])
    right = IDEOGRAPH_RUN.match(second.replace(" ", "")[:WINDOW])
    last = opening = ""
    if left is not None:
        last = _words(left.group())[-1]
    if right is not None:
        run = right.group()
        opening = run[: _route(run)[0]]
    return last, opening


def jieba_dictionary() -> Path:
    """The dictionary file of the installed jieba."""
    return Path(importlib.util.find_spec("jieba").origin).parent / "dict.txt"
