"""Headline groups on a page: which item they belong to, and kicker/title/subtitle roles."""

from __future__ import annotations

import re

_IDEOGRAPH_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WRAP_MARKS = frozenset("：，、？！；")  # a heading line ending so goes on in the next


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
    return sum((gram in before) - (gram in after) for gram in bigrams(line))


def assign_group(
    group: list[str], before: str | None, after: str | None, cap: int = 3
) -> tuple[int, int, int]:
    """Split a run of heading lines between the item before it and the item after it.

    The first lines may go to the item before (a headline printed after its byline), the
    last ones to the item after (printed over its body). The split maximises how many
    bigrams each line shares with its own item and not with the other; a tie goes to the
    item after. With no item after, a line goes to the item before only if they share a
    bigram. Each item takes at most ``cap`` lines; what neither takes is left over.

    Args:
        group: the heading lines, in page order.
        before, after: the bodies on either side without spaces, None where there is no
            item (or it cannot take a headline).
        cap: the most heading lines one item takes.

    Returns:
        (lines to the item before, lines to the item after, lines left in between).
    """
    n = len(group)
    if before is None and after is None:
        return 0, 0, n
    # > 0: the line reads like the item before; < 0: like the item after
    leans = [lean(line, before or "", after or "") for line in group]
    if after is None:
        taken = 0
        while taken < min(cap, n) and leans[taken] > 0:
            taken += 1
        return taken, 0, n - taken
    best, best_score = 0, None
    for k in range(0, min(cap, n) + 1 if before is not None else 1):
        to_after = min(cap, n - k)
        score = sum(leans[:k]) - sum(leans[n - to_after :])
        if best_score is None or score > best_score:
            best, best_score = k, score
    to_after = min(cap, n - best)
    return best, to_after, n - best - to_after


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
    """Name the heading lines of one item, telling a title wrapped over two lines from a
    kicker over a title: the first line ends in a mark (`要搬到加拿大？` / `维安费可不是小数目`),
    or the two characters either side of the break are a bigram of the body (`市` / `民`:
    a word cut in two), then see ``heading_fields``.

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
    return heading_fields(joined)


def _wrapped(first: str, second: str, body: str) -> bool:
    if not first or not second or second.startswith(("—", "-")):
        return False
    if first[-1] in _WRAP_MARKS:
        return True
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
