"""Newspaper PDFs: recovery on generated e-paper pages, pdftotext beside it, speed and memory.

Run from the repository root:

    python benchmarks/pdf.py                 # all of it, then the "pdf" section of RESULTS.md
    python benchmarks/pdf.py --pages 100     # fewer pages per seed set
    python benchmarks/pdf.py --no-write      # print only

Recovery: one-page PDFs laid out by tests/pdfgen.py from the real text of the shared CMRC
2018 and DRCD contexts and the seed page (benchmarks/common.py), read by qa.parse.pdf and scored
by tests/pdfscore.py against the truth. Two seed sets: the seeds the reader was tuned on
(0–299) and held-out seeds it was never run on while it was written (90000 onwards).
pdftotext: the same held-out pages through poppler's `pdftotext` (default mode) and the
text parser (``parse_page_text``), scored the same way. Speed: CPU seconds of this process
reading the held-out pages (pdfminer included), and of a fresh process reading a 16-page
issue. Memory: peak RSS of fresh processes reading issues of 1, 16 and 64 pages.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import common  # noqa: E402

TUNED = range(0, 300)
HELD_OUT_START = 90_000
TARGETS = {"article count": 0.97, "headline": 0.97, "byline": 0.97, "body text": 0.97, "paragraph F1": 0.95, "date and page": 1.0}

_CHILD = """
import resource, sys, time
from qa.parse.pdf import read_pdf
start = time.process_time()
read = read_pdf(sys.argv[1])
print(read.pages, len(read.articles), time.process_time() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _shared_texts() -> list[tuple[str, tuple[str, ...]]]:
    """(title, paragraphs) of the shared CMRC 2018 and DRCD contexts and the seed page."""
    return [(title, paragraphs) for title, paragraphs in common.source_texts() if len(paragraphs) >= 2]


def recovery(seeds: range, folder: Path, sources) -> tuple[dict, float, int, dict]:
    """Score qa.parse.pdf and pdftotext + the text parser on one-page PDFs of the given seeds.

    Returns:
        (rates of qa.parse.pdf, its CPU seconds, pages, rates of pdftotext + the text parser).
    """
    from pdfgen import make_issue
    from pdfscore import Score, score_page

    from qa.parse import parse_page_text
    from qa.parse.pdf import read_pdf

    ours, theirs = Score(), Score()
    cpu = 0.0
    for seed in seeds:
        issue = make_issue(seed, sources=sources)
        path = folder / f"{seed}.pdf"
        path.write_bytes(issue.data)
        start = time.process_time()
        articles = read_pdf(path).articles
        cpu += time.process_time() - start
        ours.add(score_page(issue.pages[0], articles))
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
            theirs.add(score_page(issue.pages[0], parse_page_text(text, str(path)).articles))
        path.unlink()
    return ours.rates(), cpu, len(seeds), theirs.rates()


def _child(path: Path) -> tuple[int, int, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.split()
    return int(out[0]), int(out[1]), float(out[2]), int(out[3]) / 1024


def speed_and_memory(folder: Path, sources) -> str:
    from pdfgen import make_issue

    rows = ["| issue | pages | articles | CPU s | pages/s (CPU) | peak RSS MB |", "|---|---:|---:|---:|---:|---:|"]
    for pages in (1, 16, 64):
        path = folder / f"issue-{pages}.pdf"
        path.write_bytes(make_issue(HELD_OUT_START + 7, pages=pages, sources=sources).data)
        count, articles, seconds, rss = _child(path)
        rows.append(
            f"| {pages}-page issue ({path.stat().st_size / 1e6:.1f} MB) | {count} | {articles} | {seconds:.2f}"
            f" | {count / seconds:.1f} | {rss:.0f} |"
        )
    return "\n".join(rows)


def _table(rows: dict[str, dict]) -> str:
    names = list(next(iter(rows.values())))
    header = ["", *names]
    lines = [
        "| " + " | ".join(header) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for label, rates in rows.items():
        lines.append(f"| {label} | " + " | ".join(f"{rates[name]:.3f}" for name in names) + " |")
    lines.append("| target (held out) | " + " | ".join(f"{TARGETS[n]:.2f}" if n in TARGETS else "" for n in names) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="pages in each seed set")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()
    shared = _shared_texts()
    tuned_seeds = range(TUNED.start, TUNED.start + min(args.pages, len(TUNED)))
    held = range(HELD_OUT_START, HELD_OUT_START + args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tuned, _, _, _ = recovery(tuned_seeds, folder, None)
        held_known, _, _, _ = recovery(held, folder, None)
        held_out, held_cpu, held_pages, pdftotext = recovery(held, folder, shared)
        speed = speed_and_memory(folder, shared)
    rates = {
        f"tuned on: seeds {tuned_seeds.start}–{tuned_seeds.stop - 1}, tests/data texts": tuned,
        f"held out: seeds {held.start}–{held.stop - 1}, tests/data texts": held_known,
        f"held out: seeds {held.start}–{held.stop - 1}, shared CMRC/DRCD texts": held_out,
        "pdftotext (default) + text parser, the shared-text pages": pdftotext,
    }
    body = "\n\n".join(
        [
            "### Recovery on generated e-paper pages\n\n"
            f"One page a PDF, {held_pages} pages a set; 3–6 columns, 2–6 articles, headlines 16–28 pt,"
            " body 9–10.5 pt, drawing order shuffled. The reader was tuned on the first set only; the"
            " held-out sets were run once, at the end. Shares of true articles whose match has the same headline,"
            " byline, body text (spaces ignored); paragraph F1 over paragraph ends; article count and"
            " date and page: shares of pages right (every article of the page carrying the page's date"
            " and page: for pdftotext's text, read from the header's fields it gives a line each).\n\n"
            + _table(rates),
            "### Speed and memory\n\n"
            f"In this process: {held_pages / held_cpu:.1f} pages a second on one core over the"
            f" shared-text pages ({held_cpu / held_pages * 1000:.0f} ms CPU a page, pdfminer included)."
            " Whole issues read by a fresh process (pages are read one at a time; the articles are"
            " kept):\n\n" + speed,
        ]
    )
    print(body)
    if not args.no_write:
        command = " ".join(itertools.chain(["python", "benchmarks/pdf.py"], sys.argv[1:]))
        common.write_section("pdf", common.header("Newspaper PDFs (benchmarks/pdf.py)", command) + "\n" + body)


if __name__ == "__main__":
    main()
