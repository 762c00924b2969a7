"""Bylines `（胡位涛 肖 俊）` and photo credits `方 曦摄` at the end of a line of page text.

What a match consumes (the only characters of a page that end up in no field): the
byline's brackets `（）()`, the separators between names (`、`, `，`, `,`, `/`), and a
credit's `摄` marker with its optional brackets. Every other character of a byline or a
credit lands in ``names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One name token: CJK ideographs, with · for transliterated names (阿卜杜·热合曼).
_TOKEN = r"[\u3400-\u4dbf\u4e00-\u9fff·]{1,6}"
_NAMES = rf"{_TOKEN}(?:[\s、，,/]+{_TOKEN}){{0,7}}"
# What may stand right before a byline on the same line: nothing, a space, or a sentence end.
_BEFORE = r"(?:^|(?<=[\s。！？!?…”’」』]))"
_BYLINE = re.compile(rf"{_BEFORE}\s*[（(]\s*({_NAMES})\s*[）)]\s*$")
_CREDIT = re.compile(rf"{_BEFORE}\s*[（(]?\s*({_NAMES})\s*/?\s*摄\s*[）)]?\s*$")
_SEPARATORS = re.compile(r"[\s、，,/]+")

# Bracketed endings that are not bylines: serial notes and picture notes.
_NOT_NAMES = frozenset({"完", "续", "待续", "未完待续", "续完", "上", "中", "下", "图", "资料图", "资料图片"})
_NOT_NAME_START = ("图为", "据", "见", "注")
# 拍摄, 航摄, 抓摄: 摄 as the end of a verb, not a credit.
_VERBS_BEFORE_SHE = ("拍", "航", "抓", "偷")


@dataclass(frozen=True)
class Signature:
    """A byline or photo credit found at the end of a line.

    Attributes:
        start: offset in the line where the signature begins; ``line[:start]`` is text
            before it (e.g. the last words of the article).
        names: clean names, in order: ``("胡位涛", "肖俊")``.
        consumed: the characters matched that are in no name (brackets, separators, 摄).
    """

    start: int
    names: tuple[str, ...]
    consumed: str


def split_names(text: str) -> tuple[str, ...]:
    """Split a byline's inside into names; justification pads a two-character name to
    three with a space (`肖 俊`), so two single characters in a row make one name.

    Returns:
        the names, in order.
    """
    tokens = [token for token in _SEPARATORS.split(text) if token]
    names: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if len(token) == 1 and index + 1 < len(tokens) and len(tokens[index + 1]) == 1:
            token += tokens[index + 1]
            index += 1
        names.append(token)
        index += 1
    return tuple(names)


def _plausible(names: tuple[str, ...]) -> bool:
    if not names or all(len(name) < 2 for name in names):
        return False
    if len(names) == 1 and (names[0] in _NOT_NAMES or names[0].startswith(_NOT_NAME_START)):
        return False
    return all(len(name) <= 6 for name in names)


def _signature(match: re.Match[str] | None, line: str) -> Signature | None:
    if match is None:
        return None
    names = split_names(match.group(1))
    if not _plausible(names):
        return None
    start = match.start()
    while start < len(line) and line[start].isspace():
        start += 1
    matched = line[start:]
    name_chars = sorted("".join(names))
    consumed = list(matched.replace(" ", ""))
    for char in name_chars:
        consumed.remove(char)
    return Signature(start=start, names=names, consumed="".join(c for c in consumed if not c.isspace()))


def find_byline(line: str) -> Signature | None:
    """The byline in full-width (or ASCII) brackets that ends ``line``, if any.

    Returns:
        the signature, or None when the line does not end with a plausible byline.
    """
    if not line.endswith(("）", ")")):
        return None
    return _signature(_BYLINE.search(line), line)


def find_credit(line: str) -> Signature | None:
    """The photo credit (`方 曦摄`, `记者 张三 摄`, `（张三 摄）`) that ends ``line``, if any.

    Returns:
        the signature, or None when the line does not end with a credit.
    """
    bare = line.rstrip("）) ")
    if not bare.endswith("摄") or bare[:-1].rstrip().endswith(_VERBS_BEFORE_SHE):
        return None
    return _signature(_CREDIT.search(line), line)
