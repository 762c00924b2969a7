"""The cheapest reading of a page over its zones (Viterbi), its margins and the items it
makes; the choices and their costs come from ``qa.parse.segment``. An item may be set
aside for a photo's captions printed inside its sentence and taken up again under their
credit (``SUSPENDS``, ``RESUMES``): the state then carries the waiting item's bits over
the captions' own."""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from qa.parse.columns import PageLines

START, PLAIN, TITLED = 0, 1, 2  # the open item: none yet, without a headline, with one
PHOTO_TITLED = 8.0  # a captioned photo under a headline (no generator titles one; the heading lines over captions are an article's)
FAR_CAPTIONS = 4.0  # a photo's captions starting further back than captions reach
UNFINISHED = 5.0  # the page's last item, or lines no item takes at its end, end without finishing a sentence
TWICE_SIGNED = 2.0  # an item that names its writers at its head and signs its end again
ANONYMOUS = "anonymous"  # an item's end signed by a line naming no one (``PageLines.anonymous``)
UNNAMED_UNSIGNED = 2.0  # an item credited by a dateline naming nobody (本报讯) that signs no end
DOUBT = 1.0  # margins under this are reported
SUSPENDS, RESUMES = 1, 2  # a move that sets the open item aside for a photo's captions; one that takes it up again
SUSPENDS_APART = 3  # ... for captions set in a frame of their own (its bit of SUSPENDS set)
_HOLD = 6  # the state of an item set aside, shifted so far (under it, the open item's own bits)
_OWN = (1 << _HOLD) - 1  # the open item's own bits of a state
_INF = math.inf


@dataclass(frozen=True)
class Span:
    """One item as decoded: indices into ``PageLines.lines``.

    Attributes:
        before: heading lines over its body; leading: bylines among them.
        body: body lines, in order.
        sign: its end byline or credit line, if any.
        after: heading lines printed after its body (and byline).
        margin: how much more the best reading that starts it elsewhere or splits its
            headings otherwise costs (``math.inf`` when nothing else fits).
        doubts: (index, margin, what) for decisions inside it read with a small margin.
        leftover: heading lines no item could take, kept as an item of their own.
    """

    before: tuple[int, ...]
    leading: tuple[int, ...]
    body: tuple[int, ...]
    sign: int | None
    after: tuple[int, ...]
    margin: float
    doubts: tuple[tuple[int, float, str], ...] = ()
    leftover: bool = False

_CREDITED = 4  # state bit: the open item is credited at its head
_NEAR = 8  # state bit: the open item started within captions' reach of a photo's credit
_NAMED = 16  # state bit: ... and that credit names its writers (本报记者 张三, 本报讯（记者 张三）)
_TOP = 32  # state bit: the open item starts at the page's top


@lru_cache(maxsize=16)
def _closing_costs(costs) -> dict[tuple[bool, bool | None, bool], dict[int, float]]:
    """What closing an item costs under the conventions ``costs``: for each (printed after
    its byline, signed at its end, a photo), the cost by the state of the item closed (so
    the searches look up a zone's table once and a state's cost once). Kept per
    conventions (a few fixed tables, built again for every search of every page
    otherwise); never changed."""
    (before, after, untitled), (signed, unsigned) = costs
    table: dict[tuple[bool, bool | None, bool], dict[int, float]] = {}
    heads = (
        START, PLAIN, TITLED, PLAIN | _CREDITED, TITLED | _CREDITED,
        PLAIN | _CREDITED | _NAMED, TITLED | _CREDITED | _NAMED,
    )
    flags = (False, True)
    for head, late, sig, photo in itertools.product(heads, flags, (False, True, None, ANONYMOUS), flags):
        for state in (head, head | _NEAR, head | _TOP, head | _NEAR | _TOP):
            if head == START:
                value = 0.0
            elif photo:  # a photo's captions are short: they start near its credit
                value = (PHOTO_TITLED if state & TITLED else 0.0) + (0.0 if state & _NEAR else FAR_CAPTIONS)
            else:
                place = before if state & TITLED else after if late else untitled
                if state & _TOP and state & TITLED:
                    # Lines over the page's first body can head no item before it: where
                    # the page prints headlines after their bodies, that says nothing of them.
                    place = min(place, untitled)
                # (``sig`` None: an unsigned item in a run of short items under a section
                # label, 简讯: short items there go unsigned as often as not, or one credit
                # signs the run, （本报综合）: neither credit convention weighs it.)
                value = place + (signed if sig or state & _CREDITED else unsigned if sig is not None else 0.0)
                if sig is True and state & _NAMED:
                    value += TWICE_SIGNED
                elif not sig and state & _CREDITED and not state & _NAMED:
                    value += UNNAMED_UNSIGNED  # 本报讯 names nobody: its writers sign the end
            table.setdefault((late, sig, photo), {})[state] = value
    return table


# A move: (option number, cost, cut, lines to the item before, state after a cut (going
# on: the credit it adds to the open item), target zone index, closes the last item at
# the page's end, SUSPENDS (SUSPENDS_APART) / RESUMES or 0); its shape: (heading lines,
# leftover, next line).
_Move = tuple[int, float, bool, int, int, int, bool, int]


def _signed(page: PageLines, i: int) -> bool | str | None:
    """Whether the item ending at line ``i`` is signed there (a byline or credit ends it;
    ``ANONYMOUS`` where that names no one: no second signature of an article named at its
    head; not the wire's end, （完）, which credits no one: ``PageLines.finished``); None
    where it is not and the line stands in a run of short items under a section label
    whose items sign no names (``PageLines.unsigned_briefs``)."""
    if i in page.ends and i not in page.finished:
        return ANONYMOUS if i in page.anonymous else True
    return None if i in page.unsigned_briefs else False


def to_moves(page: PageLines, zones: list[int], options: dict) -> list:
    """For each zone: whether a byline or credit (and which) ends the item before it, and
    its options (``qa.parse.segment``) as moves and their shapes.

    Returns:
        per zone (ended by a byline, ended by a credit, moves, shapes).
    """
    z = len(zones)
    out = []
    last = len(page.lines) - 1
    # A page that ends in the middle of a sentence ends with no item's body.
    # (Not where a jump line after it sends the text on to another page.)
    unfinished = UNFINISHED if not (page.lines[last].ends_sentence or last in page.ends or page.jumps_on) else 0.0
    for k in zones:
        moves, shapes = [], []
        for number, option in enumerate(options[k]):
            if option.next_line < 0:
                target, final = z, False
            else:
                target = bisect_left(zones, option.next_line)
                final = target == z
            credited = (_CREDITED if option.head_credit else 0) | (_NAMED if option.named else 0)
            if option.cut:
                state = (TITLED if option.titled else PLAIN) | credited
                state |= _NEAR if option.near else 0
                state |= _TOP if k == 0 else 0
            else:
                state = credited  # (going on: what it adds to the open item's state)
            # (Heading lines at the page's end that no item takes end no sentence either:
            # read so, lines that may be the last item's text, with no byline between,
            # would escape the missing stop and be left to an item of their own. A
            # headline printed after its item, given to the item before, ends it as a
            # headline does.)
            leftover_at_end = option.leftover and option.next_line < 0 and k - 1 not in page.ends
            cost = option.cost + (unfinished if final or leftover_at_end else 0.0)
            moves.append((number, cost, option.cut, option.split, state, target, final, option.held))
            shapes.append((option.heads, option.leftover, option.next_line))
        out.append((_signed(page, k - 1), page.ends.get(k - 1) == "photo", moves, shapes))
    return out


def viterbi(page: PageLines, moves: list, costs: tuple) -> tuple[float, list]:
    """Forward pass: for each zone and state, the cheapest way in and where it came from.

    Returns:
        (cheapest total, table); ``table[len(moves)]`` holds the page's end.
    """
    z = len(moves)
    close = _closing_costs(costs)
    n = len(page.lines)
    last_close = close[False, _signed(page, n - 1), page.ends.get(n - 1) == "photo"]
    table: list[dict[int, tuple[float, int, int, int]]] = [{} for _ in range(z + 1)]
    table[0][START] = (0.0, -1, -1, -1)
    for index in range(z):
        sig, photo, zone_moves, _ = moves[index]
        early_close, late_close = close[False, sig, photo], close[True, sig, photo]
        for state, (cost, _, _, _) in table[index].items():
            own, held = state & _OWN, state >> _HOLD
            titled, closed_early, closed_late = own & TITLED, early_close[own], late_close[own]
            for number, step, cut, late, new_state, target, final, kind in zone_moves:
                if cut:
                    after = _cut_state(state, own, held, kind, new_state) if kind or held else new_state
                    if after < 0:
                        continue
                    if late:
                        if titled:
                            continue  # an item has one headline
                        step += closed_late
                    elif not kind & SUSPENDS:
                        step += closed_early
                else:
                    after = state | new_state
                if after > _OWN and (final or target == z):
                    continue  # (an item set aside is taken up again before the page ends)
                total = cost + step
                if final:
                    total += last_close[after]
                slot = table[target]
                old = slot.get(after)
                if old is None or total < old[0]:
                    slot[after] = (total, index, state, number)
    return min((entry[0] for entry in table[z].values()), default=_INF), table


def _cut_state(state: int, own: int, held: int, kind: int, new_state: int) -> int:
    """The state after a cut of ``kind`` from ``state`` (``own``: the open item's bits,
    ``held``: an item's set aside, or 0), or -1 where none may be made there: an item set
    aside for a photo's captions (``SUSPENDS``, the captions open, nothing closes) is
    taken up again under their credit (``RESUMES``, the captions close) and nowhere else;
    one item is set aside at a time, and only an open one that started further back than
    captions reach (one that starts within their reach may be captions itself), unless
    the captions are set in a frame of their own (``SUSPENDS_APART``)."""
    if kind & SUSPENDS:
        near = own & _NEAR and kind != SUSPENDS_APART
        return -1 if held or own == START or near else new_state | own << _HOLD
    if kind == RESUMES:
        return held if held else -1
    return -1 if held else new_state


def trace(page: PageLines, zones: list[int], moves: list, costs: tuple, table: list) -> list[Span]:
    """Follow the cheapest path back and build the items, with margins.

    Returns:
        the items in page order; every line is in one.
    """
    index = len(zones)
    state = min(table[index], key=lambda s: table[index][s][0])
    path: list[tuple[int, int, int]] = []  # (zone index, state before, option number)
    while True:
        _, previous, previous_state, number = table[index][state]
        if previous < 0:
            break
        path.append((previous, previous_state, number))
        index, state = previous, previous_state
    path.reverse()
    return _spans(page, zones, moves, path, _margins(page, moves, costs, table, path))


def _margins(page: PageLines, moves, costs, table, path) -> list[float]:
    """For each step of the path, how much more the cheapest path deciding otherwise at
    that zone costs (forward cost in, the option, backward cost out)."""
    z = len(moves)
    close = _closing_costs(costs)
    n = len(page.lines)
    last_close = close[False, _signed(page, n - 1), page.ends.get(n - 1) == "photo"]
    rest: list[dict[int, float]] = [{} for _ in range(z + 1)]
    rest[z] = dict.fromkeys(table[z], 0.0)

    def through(index: int, state: int) -> list[float]:
        sig, photo, zone_moves, _ = moves[index]
        own, held = state & _OWN, state >> _HOLD
        closed_early, closed_late = close[False, sig, photo][own], close[True, sig, photo][own]
        out = []
        for _number, step, cut, late, new_state, target, final, kind in zone_moves:
            if cut:
                after = _cut_state(state, own, held, kind, new_state) if kind or held else new_state
                if after < 0:
                    out.append(_INF)
                    continue
                if late:
                    if own & TITLED:
                        out.append(_INF)
                        continue
                    step += closed_late
                elif not kind & SUSPENDS:
                    step += closed_early
            else:
                after = state | new_state
            if after > _OWN and (final or target == z):
                out.append(_INF)
                continue
            if final:
                step += last_close[after]
            out.append(step + (rest[target].get(after, _INF) if target < z else 0.0))
        return out

    low = min((index for index, _, _ in path), default=z)
    for index in range(z - 1, low - 1, -1):
        for state in table[index]:
            rest[index][state] = min(through(index, state), default=_INF)
    out = []
    for index, state, number in path:
        totals = through(index, state)
        chosen = totals.pop(number)
        out.append(min(totals) - chosen if totals else _INF)
    return out


def _spans(page: PageLines, zones, moves, path, margins) -> list[Span]:
    """Turn the chosen moves into items."""
    lines, ends, leads = page.lines, page.ends, page.leads
    n = len(lines)
    spans: list[Span | None] = []
    current: dict | None = None
    waiting: dict | None = None  # an item set aside for a photo's captions

    def close(after: tuple[int, ...]) -> None:
        if current is None:
            return
        sign = next((i for i in current["body"] if i in ends), None)
        # (The first byline or credit signs the item; one more right under it, where no
        # item can start, stays in its text: nothing is dropped.)
        body = tuple(i for i in current["body"] if i != sign)
        # (A byline among heading lines printed after the body, 本报记者 张三 over the late
        # headline, signs the item as one among those over it would.)
        leading = (*current["leading"], *(i for i in after if i in leads))
        span = Span(
            tuple(current["before"]),
            leading,
            body,
            sign,
            tuple(i for i in after if i not in leads),
            current["margin"],
            tuple(current["doubts"]),
            current.get("leftover", False),
        )
        if "slot" in current:
            spans[current["slot"]] = span  # (before the captions it went on across)
        else:
            spans.append(span)

    for step, (index, _state, number) in enumerate(path):
        k = zones[index]
        _, _, cut, split, _, _, _, kind = moves[index][2][number]
        heads_count, leftover, next_line = moves[index][3][number]
        margin = margins[step]
        following = zones[path[step + 1][0]] if step + 1 < len(path) else n
        if not cut:
            if current is not None:
                current["body"].extend(range(k, following))
                if margin < DOUBT:
                    current["doubts"].append((k, margin, "item goes on"))
            continue
        if kind & SUSPENDS:  # (the open item waits under the captions, in its place)
            waiting = current
            waiting["slot"] = len(spans)
            spans.append(None)
            current = {"before": [], "leading": [], "body": list(range(k, following)), "margin": margin, "doubts": []}
            continue
        if kind == RESUMES:
            close(())  # (the captions)
            current, waiting = waiting, None
            current["body"].extend(range(k, following))
            if margin < DOUBT:
                current["doubts"].append((k, margin, "item goes on under captions"))
            continue
        heads = list(range(k, k + heads_count))
        late, early = heads[:split], heads[split:]
        close(tuple(late))
        if leftover:
            current = {"before": [], "leading": [], "body": heads, "margin": margin, "doubts": [], "leftover": True}
            continue
        if next_line < 0:
            current = None
            continue
        current = {
            "before": [i for i in early if i not in leads],
            "leading": [i for i in early if i in leads],
            "body": list(range(k + heads_count, following)),
            "margin": margin,
            "doubts": [],
        }
    close(())
    return [span for span in spans if span is not None]
