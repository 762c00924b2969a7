"""Two page parsers side by side on the layout rows, page by page: what a change moved.

Run from the repository root:

    python benchmarks/layout_diff.py DIR                    # DIR/qa against this checkout's qa
    python benchmarks/layout_diff.py DIR --rows g6l,g4l     # some rows only
    python benchmarks/layout_diff.py DIR --pages 200        # the first 200 pages of each
    python benchmarks/layout_diff.py DIR --new NEW          # DIR/qa against NEW/qa (a working copy)

``benchmarks/parse.py --compare`` gives the figures of another parser (three decimals);
a change to the layout moves them by a page or two, so this script scores both parsers
on the same pages to four decimals and names the pages whose parse differs (a digest of
every item: kind, headings, authors, paragraphs). It keeps to the rule the figures are
made under: pages that were looked at (the tuning and looked-at slices) are listed by
number, with whether each got better or worse (the item count, then the fields wrong on
it), so they can be opened; held-out pages are only counted.

Rows (the slices of benchmarks/parse.py, and for generators 3-9 a second looked-at slice):
g1t generator 1 tuning; g2t / g2h generator 2 tuning / held out; cmrc generator 2 on CMRC
text (held out); gNl / gNh generators 3-9 looked at (even seeds) / held out (odd seeds);
gNm 1000 more looked-at pages (seeds base + 2000 + 2i). Pages are generated once and kept
under the benchmark cache (``common.CACHE``), named by the generators' source, so an
edited generator makes its pages anew.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSER = os.environ.get("QA_BENCH_PARSER")  # set in the child that scores the other parser
sys.path[:0] = [*([PARSER] if PARSER else []), str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "parse")]

import common  # noqa: E402
import layout_pages  # noqa: E402

if PARSER:  # common imported this checkout's qa: read the other checkout's instead
    for name in [name for name in sys.modules if name == "qa" or name.startswith("qa.")]:
        del sys.modules[name]
    sys.path.insert(0, PARSER)

ROWS = ("g1t", "g2t", "g2h", "cmrc", *(f"g{g}{kind}" for g in range(3, 10) for kind in "lhm"))
HELD_OUT = frozenset(row for row in ROWS if row.endswith("h") or row == "cmrc")
KINDS = {"t": "looked", "l": "looked", "h": "held", "m": "more"}
FIGURES = ("count", "headline", "heading_text", "body", "byline", "paragraph_f1", "photo")


def make_pages(row: str, count: int) -> list:
    """The pages of a row (``benchmarks/layout_pages.py``; generated once, then read from
    the cache)."""
    path = common.CACHE / "layout_rows" / f"{row}_{count}_{_generators_digest()}.pkl"
    if path.exists():
        with path.open("rb") as handle:
            return pickle.load(handle)
    generator = "cmrc" if row == "cmrc" else int(row[1])
    pages = layout_pages.pages(generator, KINDS.get(row[-1], "held"), count)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(pages, handle)
    return pages


def _generators_digest() -> str:
    """A digest of the source the pages are made by (tests/pagegen*.py, layout_pages.py)."""
    sources = sorted((ROOT / "tests").glob("pagegen*.py")) + [ROOT / "benchmarks" / "layout_pages.py"]
    return hashlib.blake2b(b"".join(path.read_bytes() for path in sources), digest_size=6).hexdigest()


def score_row(row: str, count: int) -> dict:
    """This process's parser on a row: its figures, and per page a digest of the parse and
    (item count right, fields wrong)."""
    from collections import Counter

    from pagescore import check_page, parse_layout, scores_of

    pages = make_pages(row, count)
    digests: list[str] = []

    def parse(text: str):
        layout = parse_layout(text)
        items = [
            (item.kind, item.kicker, item.title, item.subtitle, tuple(item.authors), tuple(item.paragraphs))
            for item in layout.items
        ]
        digests.append(hashlib.blake2b(repr(items).encode(), digest_size=8).hexdigest())
        return layout

    tally: Counter = Counter()
    checks = [check_page(page, parse, tally) for page in pages]
    scores = scores_of(tally)
    return {
        "figures": [getattr(scores, name) for name in FIGURES],
        "digests": digests,
        "pages": [(check.count_ok, len(check.wrong)) for check in checks],
    }


def _other(folder: str, rows: list[str], count: int) -> subprocess.Popen:
    folder = str(Path(folder).resolve())  # (the child runs from the repository root)
    env = {**os.environ, "QA_BENCH_PARSER": folder}
    command = [sys.executable, __file__, folder, "--child", "--rows", ",".join(rows), "--pages", str(count)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, env=env, cwd=ROOT)


def _results(child: subprocess.Popen, folder: str) -> dict:
    output, _ = child.communicate()
    if child.returncode:
        sys.exit(f"the parser in {folder} failed (exit {child.returncode})")
    return pickle.loads(output)


def compare(row: str, theirs: dict, ours: dict) -> list[str]:
    """Lines for one row: both parsers' figures, then the pages that differ."""
    cells = " ".join(f"{a:.4f}>{b:.4f}" for a, b in zip(theirs["figures"], ours["figures"], strict=True))
    out = [f"{row}: {cells}"]
    changed = [i for i, (a, b) in enumerate(zip(theirs["digests"], ours["digests"], strict=True)) if a != b]

    def rank(result: dict, i: int) -> tuple[bool, int]:  # (the item count right, then fewer fields wrong)
        return result["pages"][i][0], -result["pages"][i][1]

    better = [i for i in changed if rank(ours, i) > rank(theirs, i)]
    worse = [i for i in changed if rank(ours, i) < rank(theirs, i)]
    summary = f"  pages parsed differently: {len(changed)} (better {len(better)}, worse {len(worse)})"
    if row in HELD_OUT:
        out.append(summary + "; held out: not named")
    else:
        out.append(summary)
        out.extend(f"    {name}: {pages}" for name, pages in (("better", better), ("worse", worse)) if pages)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", metavar="DIR", help="a folder holding the other checkout's qa/")
    parser.add_argument("--rows", default=",".join(ROWS), help="comma-separated rows (default: all)")
    parser.add_argument("--pages", type=int, default=1000, help="pages per row")
    parser.add_argument("--new", metavar="NEW", help="a folder holding the qa/ to score instead of this checkout's")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    rows = args.rows.split(",")
    unknown = [row for row in rows if row not in ROWS]
    if unknown:
        parser.error(f"unknown rows {unknown}; choose from {', '.join(ROWS)}")
    for folder in filter(None, (args.other, args.new)):
        if not (Path(folder) / "qa" / "parse").is_dir():
            parser.error(f"{folder} holds no qa/parse")
    if args.child:  # score the other parser, hand the results back
        pickle.dump({row: score_row(row, args.pages) for row in rows}, sys.stdout.buffer)
        return
    for row in rows:  # (generate any missing pages once, before two processes need them)
        make_pages(row, args.pages)
    child = _other(args.other, rows, args.pages)
    if args.new:
        ours = _results(_other(args.new, rows, args.pages), args.new)
    else:
        ours = {row: score_row(row, args.pages) for row in rows}
    theirs = _results(child, args.other)
    print(f"{args.other} > {args.new or 'this checkout'}; figures: {', '.join(FIGURES)}")
    for row in rows:
        print("\n".join(compare(row, theirs[row], ours[row])))


if __name__ == "__main__":
    main()
