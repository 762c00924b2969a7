"""Lines of columns set side by side that a text extractor gave out row by row, put back
column by column.

An extractor that reads a page by its baselines (poppler's ``pdftotext`` on many e-paper
pages) may give the lines of columns standing side by side in turn: the first line of each
column, then the second of each, and so on, each a block of one line between blank lines,
while the text it could follow down a column comes as blocks of many lines. Read in that
order no sentence of those columns holds together.

Chinese running text breaks at a line's end anywhere, mostly inside a phrase: the two
characters either side of a break where a line goes on are a pair the text uses again and
again (维基媒体的第一个版本于2002年 / 被部署 … 年被), while a pair across a break to an
unrelated line seldom is. So, within a run of one-line blocks, whether the pair across each
line's break to the line ``d`` lines on (``d`` from 1 to ``MAX_COLUMNS``) is one the page's
own lines hold tells how many columns are read in turn there: a Viterbi search over that
number, line by line, each line ending in an ideograph weighing each number by the log of
the odds of such a pair where the line goes on (``HIT``: about 0.37) to where it does not
(about 0.03), a change of the number paying ``SWITCH``; a stretch read as several columns
stands only where its pairs show it (``MIN_SHOWN``). A line leaving a bracket open goes on
in the first line that closes one (（贺佳慧 / 薛洁文）). Each line then goes on to the line
that many on (or to the one line on whose pair the page holds, where the rows are uneven),
and the columns' runs so linked are read one after the other, in the order their first
lines stand. The lines keep their numbers: an item's first and last line then span the
lines of the columns read in turn.

Only on a page whose text also comes in blocks of several lines (``MIN_BLOCKED`` of its
lines going on a block): where every line is a block of its own (a blank line after every
line, as the seed page is extracted), one-line blocks say nothing of how the text was
read, and such pages are read in their order.
"""

from __future__ import annotations

import math

from qa.parse.byline import leaves_bracket_open
from qa.parse.lines import PageLine
from qa.parse.wording import character_pair, character_pairs
from qa.text import IDEOGRAPH

MAX_COLUMNS = 6  # columns read in turn at most
MIN_RUN = 6  # one-line blocks in a row that may be columns read in turn
SWITCH = 5.0  # log odds a change in the number of columns read in turn costs
MIN_BLOCKED = 0.04  # share of a page's lines that go on a block of several lines, at least
MIN_SHOWN = 3  # pairs across breaks a stretch read as columns in turn shows beyond those read on
# The odds of the pair across a line's break being one the page's lines hold, where the
# line goes on there and where it does not (measured on the pdftotext row's tuning pages:
# 0.35 and 0.03; the search weighs 0.37, as its first trial did).
_GOES_ON, _CHANCE = 0.37, 0.03
HIT = math.log(_GOES_ON / _CHANCE)
MISS = math.log((1.0 - _GOES_ON) / (1.0 - _CHANCE))


def untangle(lines: list[PageLine]) -> list[PageLine]:
    """``lines`` with the runs of one-line blocks that read as columns side by side given
    out row by row put back column by column (``lines`` itself where none does)."""
    n = len(lines)
    if n < MIN_RUN or sum(not line.blank_before for line in lines[1:]) < n * MIN_BLOCKED:
        # (Few lines in blocks of several: nothing to tell one-line blocks by, as on a page
        # with a blank line after every line; and no search where none can be needed.)
        return lines
    single = [
        (i == 0 or lines[i].blank_before > 0) and (i + 1 == n or lines[i + 1].blank_before > 0) for i in range(n)
    ]
    runs = []
    i = 0
    while i < n:
        if not single[i]:
            i += 1
            continue
        j = i
        while j < n and single[j]:
            j += 1
        if j - i >= MIN_RUN:
            runs.append((i, j))
        i = j
    if not runs:
        return lines
    pairs = character_pairs("\n".join(line.text for line in lines))
    order = list(range(n))
    for start, stop in runs:
        order[start:stop] = [start + k for k in _column_order(lines[start:stop], pairs)]
    if order == list(range(n)):
        return lines
    return [lines[k] for k in order]


def _goes_on(line: PageLine, after: PageLine, pairs: set[int]) -> bool:
    """Whether the pair of characters across the break from ``line`` to ``after`` is one
    the page's lines hold."""
    return character_pair(line.text[-1], after.text[0]) in pairs


def _closes(text: str) -> bool:
    """Whether ``text`` closes a bracket before it opens one."""
    close = text.find("）")
    return close >= 0 and not 0 <= text.find("（") < close


def _column_order(run: list[PageLine], pairs: set[int]) -> list[int]:
    """The lines of ``run`` (one-line blocks in a row) in reading order, as offsets."""
    n = len(run)
    hits: list[list[int] | None] = []
    for i, line in enumerate(run):
        if len(line.text) < 4 or not IDEOGRAPH.match(line.text[-1]):
            # (A sentence's end, or a clause's at a mark, says little of where the text
            # goes on: a mark stands before most characters somewhere on a page.)
            hits.append(None)
            continue
        if leaves_bracket_open(line.text):
            # A bracket the line leaves open (（贺佳慧 / 薛洁文）) closes in the line it goes
            # on in: the first on that closes one before it opens another.
            closing = next((d for d in range(1, MAX_COLUMNS + 1) if i + d < n and _closes(run[i + d].text)), None)
            hits.append([closing] if closing else [])
            continue
        hits.append([d for d in range(1, MAX_COLUMNS + 1) if i + d < n and _goes_on(line, run[i + d], pairs)])
    columns = _shown(_columns_read(hits, n), hits)
    if all(count == 1 for count in columns):
        return list(range(n))
    # Each line goes on to the line ``columns`` on; where the page's pair says another
    # (a row one line short, beside a headline), to that one.
    after: list[int | None] = [None] * n
    taken = [False] * n
    links = []
    for i in range(n):
        count, found = columns[i], hits[i] or []
        if count in found:
            links.append((0, i, i + count))
        elif len(found) == 1:
            links.append((1, i, i + found[0]))
        elif i + count < n:
            links.append((2, i, i + count))
    for _, i, j in sorted(links):
        if after[i] is None and not taken[j]:
            after[i], taken[j] = j, True
    order = []
    for first in range(n):
        if taken[first]:
            continue
        k: int | None = first
        while k is not None:
            order.append(k)
            k = after[k]
    return order


def _shown(columns: list[int], hits: list[list[int] | None]) -> list[int]:
    """``columns`` with each stretch read as several columns in turn kept only where its
    lines show it: pairs to the line that many on outnumber those to the next line by
    ``MIN_SHOWN`` (a few lines of captions or verse hold few pairs either way)."""
    out = list(columns)
    i, n = 0, len(columns)
    while i < n:
        j = i
        while j < n and columns[j] == columns[i]:
            j += 1
        count = columns[i]
        if count > 1:
            found = [hits[k] or [] for k in range(i, j)]
            if sum(count in each for each in found) < sum(1 in each for each in found) + MIN_SHOWN:
                out[i:j] = [1] * (j - i)
        i = j
    return out


def _columns_read(hits: list[list[int] | None], n: int) -> list[int]:
    """How many columns are read in turn at each line of a run (Viterbi: each line's
    weight for each number from whether the pair to the line that many on is the page's,
    ``SWITCH`` a change)."""
    counts = range(1, MAX_COLUMNS + 1)
    score = [0.0] + [-SWITCH] * (MAX_COLUMNS - 1)
    back: list[list[int]] = []
    for i in range(n):
        found = hits[i]
        best = max(range(MAX_COLUMNS), key=score.__getitem__)
        moved = score[best] - SWITCH
        step, new = [], []
        for c in range(MAX_COLUMNS):
            if score[c] >= moved:
                value, came = score[c], c
            else:
                value, came = moved, best
            if found is not None and i + counts[c] < n:
                value += HIT if counts[c] in found else MISS
            new.append(value)
            step.append(came)
        score = new
        back.append(step)
    c = max(range(MAX_COLUMNS), key=score.__getitem__)
    out = [0] * n
    for i in range(n - 1, -1, -1):
        out[i] = counts[c]
        c = back[i][c]
    return out

