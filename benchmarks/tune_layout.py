"""Search the layout's costs on tuning pages and check the result on held-out ones.

Run from the repository root:

    python benchmarks/tune_layout.py                 # search, then RESULTS.md
    python benchmarks/tune_layout.py --sweeps 1 --pages 200 --no-write   # a quick look

The page layout (qa/parse/segment.py, qa/parse/viterbi.py, the headline stacks' roles in
qa/parse/headings.py) is decided by costs in rough
units of log odds, each set by hand for a failure seen on a generator's pages. This
script searches them together: coordinate descent (each cost moved by a quarter of its
value, at least 0.5, either way; a move is kept when the tuning score gains more than
``MIN_GAIN``, then tried once more the same way), over the tuning pages only, the even
seeds of generators 1-7 (tests/pagegen.py to tests/pagegen7.py; the seeds of generators
5-7 that were looked at while their failures were mended) and a second slice of
generator 4's even seeds. A move that gains is kept only where tests/parse still passes
with it (run with the moved costs applied: ``pytest -p tune_layout``): the hand-made cases
there pin what generated pages do not show, and a cheaper heading line, for one, wins on
the generated pages but takes a page's furniture line for the late headline of the
article over it. Nothing is written into the parser: the script prints the moves it kept
and refused and the scores before and after on both the tuning pages and the held-out
ones (the odd seeds of generators 1-7, generator 2 on CMRC text), so a move
is taken into the source only when the held-out pages agree.

The score: per page the item count; per article headline and body (1 each), byline,
paragraph F1 and photo captions (½ each); less 0.2 per line no item takes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "parse")]

import common  # noqa: E402
import layout_pages  # noqa: E402

from qa.parse import columns, headings, page, segment, viterbi  # noqa: E402

MIN_GAIN = 2.0  # score a move must add on the tuning pages (about two articles' fields)
# Costs searched, by module; PLACEMENT and CREDIT entries are searched too.
SEARCHED = {
    segment: (
        "HEAD", "HEAD_WIDE", "HEAD_BREAK", "HEAD_CLAUSE", "HEAD_INDENTED", "HEAD_MARK", "HEAD_OPEN", "HEAD_DISPLAY", "HEAD_RUNS_ON",
        "ITEM_ONE_LINE", "ITEM_TINY_LINE", "OPEN_FULL", "OPEN_SHORT", "OPEN_VERY_SHORT", "OPEN_UNMARKED",
        "INDENT_GOES_ON", "CONT_SHORT", "CONT_VERY_SHORT", "TOO_WIDE", "JOIN_ACROSS_WIDTH", "JOIN_PER_EM",
        "CUT_AT_DATELINE", "CUT_AT_BREAK", "CUT_AT_CAPTION", "CUT_AT_BREAK_CUT_BLOCKS", "BREAK_UNDER_HEADS",
        "BREAK_UNDER_HEADS_CUT_BLOCKS", "BREAK_IN_PARAGRAPH", "OPEN_DASH", "DASH_GOES_ON", "HEAD_CUTS_WORD",
        "LEAN", "UNRELATED", "CAPTION_GOES_ON", "CAPTION_ZONE", "NARROW_CAPTIONS", "SPLIT_WRAPPED", "COHESION", "TOPIC", "SUBJECT_KEPT", "LEFTOVER",
        "ECHO", "OPENER_GOES_ON", "HEAD_PUSHED", "TITLE_IN_BODY", "HEAD_SENTENCE",
        "HEAD_DASH", "HEAD_CUTS_NUMBER", "HEAD_AFTER_CUT", "FIRST_BARE", "COLUMN_NARROWS", "HEADS_END_MARKED",
        "SPLIT_GROUP", "NARROW_RUN", "KEPT_UNHEADED", "BOX_LATE", "MINOR_HEAD", "MINOR_FLUSH", "MINOR_FLAT",
        "MINOR_RESTATED", "TIES_BACK", "TIES_BACK_UNDER_HEADS", "TURN_AGAIN", "COLON_CUT",
    ),
    headings: (
        "SURE_WRAP", "WRAP", "LIKELY_WRAP", "PLAIN_JOIN", "SHORT_WRAP", "SMALL_WRAP", "COUPLET", "TITLE_OVER_TWO",
        "PHRASE_CUT", "DASH_ELSEWHERE", "ASKS_OUTSIDE", "TOPIC_ELSEWHERE", "SHORT_SUBTITLE",
    ),
    viterbi: ("PHOTO_TITLED", "FAR_CAPTIONS", "UNFINISHED", "TWICE_SIGNED", "UNNAMED_UNSIGNED"),
    page: ("SHORT_OPENING", "PLAIN_OPENING"),
}
# Read by segment and by columns under the same name: moved in both.
SHARED = {"WIDTH_CHANGE": columns, "WIDTH_CHANGE_ROUGH": columns}

Key = tuple  # ("name",) for a module constant, (table, convention, index) for a table entry
COSTS_ENV = "QA_TUNE_COSTS"  # a JSON file of costs the gate's pytest run applies first


def current() -> dict[Key, float]:
    """The costs as the parser has them now."""
    costs: dict[Key, float] = {}
    for module, names in SEARCHED.items():
        costs.update({(name,): getattr(module, name) for name in names})
    costs.update({(name,): getattr(segment, name) for name in SHARED})
    for table in ("PLACEMENT", "CREDIT"):
        for convention, (values, prior) in getattr(segment, table).items():
            costs.update({(table, convention, index): value for index, value in enumerate(values)})
            if prior:  # the convention the search starts from keeps its prior at 0
                costs[(table, convention, "prior")] = prior
    return costs


def apply(costs: dict[Key, float]) -> None:
    """Set ``costs`` in the parser's modules (this process only)."""
    modules = {name: module for module, names in SEARCHED.items() for name in names}
    for key, value in costs.items():
        if len(key) == 1:
            setattr(modules.get(key[0], segment), key[0], value)
            if key[0] in SHARED:
                setattr(SHARED[key[0]], key[0], value)
    for table in ("PLACEMENT", "CREDIT"):
        entries = getattr(segment, table)
        for convention, (values, prior) in list(entries.items()):
            moved = tuple(costs.get((table, convention, index), value) for index, value in enumerate(values))
            entries[convention] = (moved, costs.get((table, convention, "prior"), prior))
    viterbi._closing_costs.cache_clear()


def pytest_configure(config) -> None:
    """As a pytest plugin (``-p tune_layout``): apply the costs in $QA_TUNE_COSTS."""
    if os.environ.get(COSTS_ENV):
        pairs = json.loads(Path(os.environ[COSTS_ENV]).read_text("utf-8"))
        apply({tuple(key): value for key, value in pairs})


def tests_pass(costs: dict[Key, float], folder: Path) -> bool:
    """Whether tests/parse passes with ``costs`` (the hand-made cases pin what the
    generated pages do not show)."""
    path = folder / "costs.json"
    path.write_text(json.dumps([[list(key), value] for key, value in costs.items()]), "utf-8")
    env = {**os.environ, COSTS_ENV: str(path), "PYTHONPATH": str(ROOT / "benchmarks")}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "tune_layout", "tests/parse"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True).returncode == 0


def tuning_pages(count: int) -> dict[str, list]:
    """The pages the search may look at: even seeds only."""
    pages = {f"generator {n}": layout_pages.pages(n, "looked", count) for n in range(1, 8)}
    second_four = layout_pages.maker(4)
    pages["generator 4, seeds 401000+"] = [second_four(401_000 + 2 * i) for i in range(count // 2)]
    return {name: pages[name] for name in sorted(pages)}  # (generator 4's two slices side by side)


def held_pages(count: int) -> dict[str, list]:
    """The pages the search never looks at: odd seeds, CMRC text, generator 5."""
    pages = {f"generator {n}": layout_pages.pages(n, "held", count) for n in range(1, 8)}
    pages["generator 2, CMRC text"] = layout_pages.pages("cmrc", "held", count)
    return {name: pages[name] for name in sorted(pages)}


def score(pages: dict[str, list]) -> tuple[float, dict]:
    """The search's score over ``pages`` and each set's ``pagescore.Scores``."""
    from pagescore import score_pages

    total, rates = 0.0, {}
    for name, pages_ in pages.items():
        scores = rates[name] = score_pages(pages_)
        fields = scores.count + scores.headline + scores.body
        fields += 0.5 * (scores.byline + scores.paragraph_f1 + scores.photo)
        total += fields * len(pages_) - 0.2 * scores.unassigned
    return total, rates


_PAGES: dict[str, list] = {}


def _start(count: int) -> None:
    _PAGES.update(tuning_pages(count))


def _try(costs: dict[Key, float]) -> tuple[float, dict]:
    apply(costs)
    return score(_PAGES)


def search(count: int, sweeps: int, folder: Path) -> tuple[dict[Key, float], list[str]]:
    """Coordinate descent from the parser's costs over the tuning pages (two processes); a
    move is kept only where tests/parse still passes.

    Returns:
        the costs found and a line per move kept or refused.
    """
    costs = current()
    kept: list[str] = []
    with Pool(2, initializer=_start, initargs=(count,)) as pool:
        best, _ = pool.apply(_try, (costs,))
        for _ in range(sweeps):
            moved = False
            for key, value in list(costs.items()):
                step = max(0.5, 0.25 * abs(value))
                tries = [round(value - step, 3), round(value + step, 3)]
                results = pool.map(_try, [{**costs, key: trial} for trial in tries])
                (found, _), trial = max(zip(results, tries, strict=True), key=lambda pair: pair[0][0])
                if found <= best + MIN_GAIN:
                    continue
                further = round(2 * trial - value, 3)
                again, _ = pool.apply(_try, ({**costs, key: further},))
                if again > found + MIN_GAIN / 2:
                    trial, found = further, again
                move = f"{' '.join(map(str, key))}: {value} -> {trial} (tuning score +{found - best:.1f})"
                if not tests_pass({**costs, key: trial}, folder):
                    kept.append(move + ", refused: tests/parse fails")
                    print(kept[-1], flush=True)
                    continue
                kept.append(move)
                print(kept[-1], flush=True)
                costs[key], best, moved = trial, found, True
            if not moved:
                break
    return costs, kept


def table(before: dict, after: dict) -> str:
    """Each set's row before and after the moves."""
    from pagescore import HEADER

    rows = [HEADER]
    for name in before:
        rows += [before[name].row(f"{name}, before"), after[name].row(f"{name}, after")]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400, help="pages per tuning set (held-out sets: 1.5 times)")
    parser.add_argument("--sweeps", type=int, default=2, help="passes over the costs at most")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    start = current()
    with tempfile.TemporaryDirectory() as folder:
        costs, kept = search(args.pages, args.sweeps, Path(folder))
    tuning, held = tuning_pages(args.pages), held_pages(args.pages * 3 // 2)
    apply(start)
    tuning_before, held_before = score(tuning), score(held)
    apply(costs)
    tuning_after, held_after = score(tuning), score(held)
    body = "\n\n".join(
        [
            "### Moves kept (and refused)\n\n" + ("\n".join(f"- {line}" for line in kept) or "None: no move gains on the tuning pages."),
            f"### Tuning pages (score {tuning_before[0]:.1f} -> {tuning_after[0]:.1f})\n\n"
            + table(tuning_before[1], tuning_after[1]),
            f"### Held-out pages (score {held_before[0]:.1f} -> {held_after[0]:.1f})\n\n" + table(held_before[1], held_after[1]),
        ]
    )
    print(body)
    if not args.no_write:
        command = " ".join(["python", "benchmarks/tune_layout.py", *sys.argv[1:]])
        common.write_section("tune_layout", common.header("Layout costs searched (benchmarks/tune_layout.py)", command) + "\n" + body)


if __name__ == "__main__":
    main()
