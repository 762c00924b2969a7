"""Headline lines on a page: what they share with a body, how they read, and their roles."""

from __future__ import annotations

import re

_IDEOGRAPH_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
TAIL = 3  # characters a wrapped title's last line may hold and no kicker or subtitle does
TAIL_UNDER = 8  # em: ... under a line this wide (a short line over a short title is a kicker)
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"))
_WRAP_MARKS = frozenset("：，、？！；")  # a heading line ending so goes on in the next
# Characters that end no phrase (particles, prepositions, opening marks) and that start
# none (particles, closing marks): a heading line ending or starting with one is half a title.
_NO_END = frozenset("的之在和与及对向把被从为将让使给“‘（《")
_NO_START = frozenset("的了着过们地得之”’）》，。、；：？！")


def bigrams(text: str) -> set[str]:
    """Character bigrams inside the runs of ideographs of ``text`` (spaces ignored);
    numbers are left out, as dates and counts recur across unrelated articles."""
    grams: set[str] = set()
    for run in _IDEOGRAPH_RUN.findall(text.replace(" ", "")):
        grams.update(map(str.__add__, run, run[1:]))
    return grams


def lean(line: str, before: str, after: str) -> int:
    """How much a line reads like the text before it rather than the text after it.

    Args:
        line: the line.
        before, after: the texts on either side, without spaces.

    Returns:
        bigrams of the line found only in ``before`` minus those found only in ``after``.
    """
    grams = bigrams(line)
    return sum(map(before.__contains__, grams)) - sum(map(after.__contains__, grams))


def clean_heading(text: str) -> str:
    """Clean a heading line: drop sprayed spaces and spaces next to numbers or Latin,
    keep one space between two phrases (`一体化运作 一揽子解决`) or two Latin words.

    Returns:
        the cleaned heading.
    """
    tokens = text.split()
    if not tokens:
        return ""
    out = tokens[0]
    for previous, token in zip(tokens, tokens[1:], strict=False):
        left, right = previous[-1], token[0]
        phrases = (
            len(previous) >= 2 and len(token) >= 2 and _IDEOGRAPH.match(left) and _IDEOGRAPH.match(right)
        )
        latin = left.isascii() and right.isascii() and left.isalnum() and right.isalnum()
        out += (" " if phrases or latin else "") + token
    return out


def heading_roles(lines: list[str], body: str) -> tuple[str, str, str]:
    """Name the heading lines of one item.

    First, two lines that read as one title wrapped are joined: the first ends in a mark
    (`冬奥冠军要搬到加拿大？` / `维安费可不是小数目`) or a character that does not end a
    phrase (`城市书房成了市民的`), the second opens with one that does not start a phrase
    (`的“第二客厅”`) or a bracket noting the words before it or is one ideograph alone
    (`夜间经济点亮城市烟火` / `气`) or up to ``TAIL`` under a long line, the first leaves a
    quotation or bracket open, the break falls between two Latin words, or the two characters either side of the break are a bigram of the body
    (`市` / `民`: a word cut in two). Then a line opening with a dash is the
    subtitle; of two other lines, the one naming a topic and saying something of it
    (`杨丽音：台湾电影`, a colon inside) is the title when the other does not, the other
    its kicker or subtitle; else the first is a kicker over the title when it is no
    wider (a kicker is a short lead-in), else the title over its subtitle; three are
    kicker, title and subtitle.

    Args:
        lines: the cleaned heading lines, in order.
        body: the item's body text without spaces.

    Returns:
        (kicker, title, subtitle), "" where absent.
    """
    joined: list[str] = []
    for line in lines:
        if joined and _wrapped(joined[-1], line, body):
            joined[-1] += line
        else:
            joined.append(line)
    if len(joined) == 2 and not joined[1].startswith(("—", "-")):
        first, second = joined
        topic = [_names_a_topic(line) for line in joined]
        if topic[0] != topic[1]:  # 青山湖区：凝心聚力… is the title, the other line leans on it
            return ("", first, second) if topic[0] else (first, second, "")
        if _width(first) > _width(second) + 1:
            return "", first, second
    return heading_fields(joined)


def _names_a_topic(line: str) -> bool:
    """Whether a heading line names its topic and then says something of it, a colon
    between (青山湖区：凝心聚力促统战工作上台阶, 杨丽音：台湾电影): a title's form; a kicker
    or a subtitle is one phrase leading in to the title or going on from it."""
    inner = line[1:-1]
    return "：" in inner or ":" in inner and not line.isascii()


def _width(text: str) -> float:
    ideographs = len(_IDEOGRAPH.findall(text))
    return ideographs + (len(text.replace(" ", "")) - ideographs) / 2


def breaks_phrase(first: str, second: str) -> bool:
    """Whether two heading lines break a phrase between them: the first ends with a
    character that ends none (城市书房成了市民的) or the second opens with one that starts
    none (的“第二客厅”), so they are one title wrapped."""
    return first[-1] in _NO_END or second[0] in _NO_START


def _wrapped(first: str, second: str, body: str) -> bool:
    """Whether ``second`` goes on with the title ``first`` began."""
    if not first or not second or second.startswith(("—", "-")):
        return False
    if len(second) == 1 and _IDEOGRAPH.match(second):
        return True  # one character alone is no kicker or subtitle: the title's tail
    if any(first.count(opening) > first.count(closing) for opening, closing in _PAIRS):
        return True  # a quotation or a bracket left open goes on in the next line
    if len(second) <= TAIL and _width(first) >= TAIL_UNDER and _IDEOGRAPH.match(second[0]):
        return True  # a few characters under a long line: the tail of a title wrapped
    if first[-1] in _WRAP_MARKS or first[-1] in _NO_END or second[0] in _NO_START:
        return True
    if second[0] in "(（":
        return True  # a bracket notes the words before it (卡塞雷斯 / (西班牙)：…)
    if first[-1].isascii() and second[0].isascii() and first[-1].isalnum() and second[0].isalnum():
        return True  # Latin words wrapped at their space (SOUL / EATER角色列表)
    return _IDEOGRAPH.match(first[-1]) is not None and first[-1] + second[0] in body


def heading_fields(lines: list[str]) -> tuple[str, str, str]:
    """Name the heading lines of one item: (kicker, title, subtitle).

    One line is the title; of two, the first is a kicker over the title unless the second
    opens with a dash (a subtitle); three are kicker, title and subtitle.

    Returns:
        (kicker, title, subtitle), "" where absent.
    """
    if not lines:
        return "", "", ""
    if len(lines) == 1:
        return "", lines[0], ""
    if len(lines) == 2:
        if lines[1].startswith(("—", "-")):
            return "", lines[0], lines[1]
        return lines[0], lines[1], ""
    return lines[0], lines[1], " ".join(lines[2:])
