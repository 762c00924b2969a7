"""Parser speed, memory and layout recovery: the numbers behind qa/parse/page.py and qa/parse/read.py.

Run from the repository root:

    python benchmarks/parse.py                  # speed, memory, recovery; then RESULTS.md
    python benchmarks/parse.py --skip-large     # without the 100 MB file (about a minute less)
    python benchmarks/parse.py --compare DIR    # also score the parser of another checkout
                                                # (DIR holds its qa/) on the same pages

Speed: the seed page repeated into one file of a year of a daily paper (22 million
characters), parsed by ``parse_file``; CPU seconds, so other jobs on the machine change
little. Memory: peak RSS of a fresh process parsing a 100 MB page file, keeping every
article (as indexing does) and streaming it (``iter_page``, keeping nothing). Recovery:
pages laid out by two independent generators from known articles, parsed back and scored
(tests/pagescore.py): tests/pagegen.py, and tests/pagegen2.py (another reading of real
pages: per-page punctuation width, headlines after bylines, wrapped titles, datelines,
photo groups). The layout's costs were tuned on the even seeds of both; the odd seeds are
held out, and so is generator 2 laid out with CMRC 2018 text (real Chinese, not news,
from ../shared), which was never tuned on, and tests/pagegen3.py (a third reading of real
pages: a grid of shared column widths, justified lines with squeezed or pushed-down marks,
column blocks cut mid-paragraph, headlines wrapped at their frame, dailies' bylines,
小标题, numbered photo groups) on DRCD text converted to simplified Chinese, written
before the parser was run on it. Its even seeds were then looked at to find what the
parser missed (branch layout3: column cuts, stretched lines, 小标题, 文/图 bylines); the
odd seeds are held out. Its held-out rows are also given without the pages that carry
小标题 (the parser reads those opening with ■◆● or 一、 as paragraphs; ▲, which opens
photo captions too, it does not). tests/pagegen4.py is a fourth reading, written by a
helper that did not read the parser or the other generators (mixed headline placement per
page, per-article column widths, start bylines with marks, datelines, 编者按, 简讯, photo
groups, page headers and 责任编辑 lines a text extractor keeps); it was scored once (seeds
90000-90299) before anything changed; then its even seeds were looked at, the odd ones
are held out. tests/pagegen5.py is a fifth reading, written by another helper that read
neither the parser nor generators 1-4 (headline stacks before, after or without their
article, bylines under headlines, datelines and end bylines, commentary, boxes, 简讯,
numbered paragraphs, jump lines, photo credits, per-article widths, letter-spaced lines);
it was scored once with all its pages held out (seeds 500001 + 2i), then its even seeds
(500000 + 2i) were looked at; the odd ones stay held out. tests/pagegen6.py is
a sixth reading, by a helper that read neither the parser nor generators 2-5, of what
pages carry rather than how they are laid out: content whose shape looks like layout
(interviews with questions on lines of their own, verse and lists of short unmarked
lines, 小标题, articles run over column blocks, notices ending with who issues them and
the date, editorials signed by the paper, readers' letters, unsigned briefs among signed
articles). It was scored once before anything changed (seeds 800000 + 2i: count .555,
headline .679, body .706); its even seeds are looked at, the odd ones held out.
tests/pagegen7.py is a seventh reading, by a helper that read neither the parser nor
generators 2-6, of how an extractor hands a daily's page over: each article's columns at
a width of its own (narrowing beside a photo mid-paragraph), squeezed or hanging marks,
indents lost, kept or flush, full-width digits on some pages, headlines before the body or
after an end byline, bylines at the head, the end, in a dateline or by an organisation,
numbered caption groups, briefs under section labels, 记者手记 boxes, jump lines. Scored
once on 2026-12-04 at e858adf, held out (seeds 700001 + 2i, none looked at): count .894,
headline .828, body .928, byline .892, paragraph F1 .971, photos .965, 3 lines no item
took; its even seeds (700000 + 2i) were then looked at, the odd ones stay held out.
tests/pagegen9.py is a ninth reading, by a helper that read neither the parser nor
generators 2-8, of what the others leave out: files of one to three pages (parted by a
form feed or by each page's header alone), weather boxes, tables, notices, 更正 and
advertisements, 导读 teaser lists, pull quotes and caption groups printed inside an
article (between its paragraphs or inside one), two-part titles on one line, headlines
before or after their articles mixed on a page. Scored once on 2026-12-07 at bb1969a,
held out (seeds 600001 + 2i, none looked at): count .357, headline .634, body .558,
byline .872, paragraph F1 .851, photos .799, 56 lines no item took; its even seeds
(600000 + 2i) were then looked at, the odd ones stay held out.
Calibration: on the held-out pages of generators 4-7, the confidence ``qa parse`` reports
for each article against whether the article is fully right, and how many wrong pages
report a doubt at all.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# QA_BENCH_PARSER: a folder holding another checkout's qa/, scored instead of this one's
# (the generators and the scorer stay this checkout's).
PARSER = os.environ.get("QA_BENCH_PARSER")
sys.path[:0] = [*([PARSER] if PARSER else []), str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "parse")]

import common  # noqa: E402
import layout_pages  # noqa: E402

if PARSER:  # common imported this checkout's qa: read the other checkout's instead
    for name in [name for name in sys.modules if name == "qa" or name.startswith("qa.")]:
        del sys.modules[name]
    sys.path.insert(0, PARSER)

SEED = ROOT / "corpus" / "000_5bfbc44df4076cd8.txt"
YEAR_CHARS = 22_000_000

_CHILD = """
import os, resource, sys, time
if os.environ.get("QA_BENCH_PARSER"):  # the parser under test, ahead of this checkout's
    sys.path.insert(0, os.environ["QA_BENCH_PARSER"])
from qa.parse import decode
from qa.parse import parse_file
from qa.parse.page import iter_page
path, how = sys.argv[1], sys.argv[2]
start = time.process_time()
if how == "keep":
    count = len(parse_file(path).articles)
else:
    count = sum(1 for _ in iter_page(decode.iter_lines(path, decode.detect_encoding(path))))
print(count, time.process_time() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _page_file(folder: Path, target_bytes: int) -> Path:
    page = SEED.read_bytes()
    path = folder / f"pages_{target_bytes}.txt"
    with path.open("wb") as handle:
        for _ in range(target_bytes // len(page) + 1):
            handle.write(page)
    return path


def _child(path: Path, how: str, parser: str | None = None) -> tuple[int, float, float]:
    env = {**os.environ, "QA_BENCH_PARSER": str(Path(parser).resolve())} if parser else None
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), how], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    ).stdout.split()
    return int(out[0]), float(out[1]), int(out[2]) / 1024


def speed_and_memory(skip_large: bool, parser: str | None = None) -> str:
    """CPU seconds and peak memory of parsing page files of a year and of 100 MB (by the
    parser in ``parser``/qa when given)."""
    rows = ["| file | MB | items | how | CPU s | MB/s | M chars/s | peak RSS MB |", "|---|---:|---:|---|---:|---:|---:|---:|"]
    chars_per_byte = len(SEED.read_text("utf-8")) / SEED.stat().st_size
    sizes = [("a year (22 M chars)", int(YEAR_CHARS / chars_per_byte))]
    if not skip_large:
        sizes.append(("100 MB", 100_000_000))
    with tempfile.TemporaryDirectory() as folder:
        for label, size in sizes:
            path = _page_file(Path(folder), size)
            megabytes = path.stat().st_size / 1e6
            for how in ("keep", "stream"):
                count, seconds, rss = _child(path, how, parser)
                rows.append(
                    f"| {label} | {megabytes:.0f} | {count} | {how} | {seconds:.1f} | {megabytes / seconds:.1f}"
                    f" | {megabytes * chars_per_byte / seconds:.2f} | {rss:.0f} |"
                )
    _, _, baseline = _child(SEED, "stream", parser)
    rows.append(f"\nPeak RSS of the same process parsing only the 17 KB seed page: {baseline:.0f} MB.")
    return "\n".join(rows)


def recovery(seeds: int) -> str:
    """Pages of generator 1 fully recovered, with the first difference of the others."""
    from pagegen import known_articles, random_page
    from test_page_properties import recovered

    pool = known_articles()
    problems: dict[str, int] = {}
    for seed in range(seeds):
        problem = recovered(random_page(pool, seed))
        if problem:
            head = problem.split(":")[0]
            kind = "item count" if " items for " in head else head.split(" ")[0]
            problems[kind] = problems.get(kind, 0) + 1
    failed = sum(problems.values())
    lines = [
        f"{seeds} pages of generator 1 (1–5 items each), fully recovered: {seeds - failed}"
        f" ({100 * (seeds - failed) / seeds:.1f} %).",
        "Pages that differed, by first difference: "
        + (", ".join(f"{kind} {count}" for kind, count in sorted(problems.items())) or "none")
        + ".",
    ]
    return "\n".join(lines)


def scores(pages_per_slice: int) -> str:
    """Both generators, tuning and held-out slices, scored with tests/pagescore.py."""
    from pagescore import HEADER, score_pages

    rows = [
        score_pages(layout_pages.pages(1, "looked", pages_per_slice)).row("generator 1, tuning (even seeds)"),
        score_pages(layout_pages.pages(1, "held", pages_per_slice)).row("generator 1, held out (odd seeds)"),
        score_pages(layout_pages.pages(2, "looked", pages_per_slice)).row("generator 2, tuning (even seeds)"),
        score_pages(layout_pages.pages(2, "held", pages_per_slice)).row("generator 2, held out (odd seeds)"),
    ]
    cmrc = layout_pages.missing("cmrc")
    if cmrc is None:
        pages = layout_pages.pages("cmrc", "held", pages_per_slice)
        rows.append(score_pages(pages).row("generator 2, CMRC text (never tuned on)"))
    else:
        rows.append(f"| generator 2, CMRC text: {cmrc} not found | | | | | | | | | |")
    rows.extend(third(pages_per_slice))
    for generator in (4, 5, 6, 7, 8, 9):
        try:
            rows.extend(_looked_and_held(generator, pages_per_slice))
        except Exception as error:  # (an older parser, --compare's, may stop on a layout it never met)
            rows.append(f"| generator {generator}: the parser stopped on a page ({type(error).__name__}: {error}) | | | | | | | | | |")
    notes = (
        "Per page: the item count is right. Per article: headline (kicker, title and subtitle"
        " each right), heading text (the same lines, roles aside), body text, byline; per photo"
        " group: its captions and photographer. Paragraph F1 over paragraph ends inside items"
        " (ends the page cannot show count neither way). Unassigned lines: lines kept as an"
        " item of their own because no item could take them (none are dropped)."
    )
    return HEADER + "\n" + "\n".join(rows) + "\n\n" + notes


def third(pages_per_slice: int) -> list[str]:
    """Generator 3 on DRCD text: the even seeds looked at, the odd ones held out, and the
    held-out pages without 小标题."""
    from pagescore import score_pages

    drcd = layout_pages.missing(3)
    if drcd is not None:
        return [f"| generator 3: {drcd} not found | | | | | | | | | |"]
    looked = layout_pages.pages(3, "looked", pages_per_slice)
    held = layout_pages.pages(3, "held", pages_per_slice)
    plain = [page for page in held if not page.style["subheads"]]
    return [
        score_pages(looked).row("generator 3, DRCD text, looked at (even seeds)"),
        score_pages(held).row("generator 3, DRCD text, held out (odd seeds)"),
        score_pages(plain).row("generator 3, held out, pages without 小标题"),
    ]


def _looked_and_held(generator: int, pages_per_slice: int) -> list[str]:
    """Generators 4-9 (tests/pagegen4.py to tests/pagegen9.py): the even seeds looked at,
    the odd ones held out, and the held-out pages without page furniture. Each was scored
    once before anything was changed for it: generator 4 on its seeds 90000-90299;
    generator 5 with every page held out (seeds 500001 + 2i: count .770, headline .693,
    body .736, byline .842), its even seeds looked at only after; generator 6 on 200 of its
    even seeds (count .555, headline .679, body .706); generator 7 on its held-out seeds
    (700001 + 2i: count .894, headline .828, body .928, byline .892), its even seeds looked
    at only after; generator 8 on its held-out seeds (900001 + 2i: count .563, headline
    .763, body .769, byline .908, paragraph F1 .937, photos .824, 31 lines left to no item),
    its even seeds looked at only after; generator 9 likewise (600001 + 2i, at bb1969a:
    count .357, headline .634, heading text .651, body .558, byline .872, paragraph F1
    .851, photos .799, 56 lines left to no item). (Every page of generator 9 prints a
    header: its row without page furniture is empty and left out.)"""
    from pagescore import score_pages

    name = f"generator {generator}"
    looked = layout_pages.pages(generator, "looked", pages_per_slice)
    held = layout_pages.pages(generator, "held", pages_per_slice)
    plain = [page for page in held if not page.furniture]
    rows = [
        score_pages(looked).row(f"{name}, looked at (even seeds)"),
        score_pages(held).row(f"{name}, held out (odd seeds)"),
    ]
    if plain:
        rows.append(score_pages(plain).row(f"{name}, held out, pages without page furniture"))
    return rows


def many_pages(pages_per_slice: int) -> str:
    """Pages of generators 3-7 in one file, as a day's or a year's pages are kept: read each
    alone, run together with a form feed between (pdftotext's page break), and run together
    with a blank line only (page files joined). Bodies right: the share of true items
    (articles and photo groups) whose text is read exactly (spaces ignored), matched as a
    multiset over the whole file; items: how many the parser read against how many there
    are."""
    from collections import Counter

    from pagescore import squeezed

    from qa.parse.decode import split_lines
    from qa.parse.page import iter_page

    generators = [g for g in (3, 4, 5, 6, 7) if layout_pages.missing(g) is None]
    rows = ["| pages | n | how | items read / true | bodies right |", "|---|---:|---|---:|---:|"]
    for slice_name, label in (("looked", "looked at (even seeds)"), ("held", "held out (odd seeds)")):
        pages = [page for g in generators for page in layout_pages.pages(g, slice_name, pages_per_slice)]
        true = Counter(squeezed("".join(item.paragraphs)) for page in pages for item in page.expected)
        texts = [page.text.rstrip("\n") for page in pages]
        ways = {  # (streamed, nothing kept but the counts: the speed rows' children fork from this process)
            "each page alone": (item for text in texts for item in iter_page(split_lines(text))),
            "one file, a form feed between pages": iter_page(split_lines("\n\f".join(texts))),
            "one file, pages run together": iter_page(split_lines("\n\n".join(texts))),
        }
        for how, items in ways.items():
            read = Counter(squeezed("".join(item.paragraphs)) for item in items if item.kind != "furniture")
            right = sum((read & true).values())
            rows.append(
                f"| generators {generators[0]}-{generators[-1]}, {label} | {len(pages)} | {how}"
                f" | {sum(read.values())} / {sum(true.values())} | {right / sum(true.values()):.3f} |"
            )
    return "\n".join(rows)


CONFIDENCE_BINS = (0.6, 0.7, 0.8, 0.9, 0.99)  # upper bounds of the confidence bins; the last bin takes the rest


def calibration(pages_per_slice: int) -> str:
    """What the confidence ``qa parse`` reports for each article (the probability that the
    decisions bounding it are right: its start with its headings, its end, the doubts
    inside it) says of the article, on the held-out pages of generators 4-7: per bin, how
    many articles and the share fully right (body text, kicker, title, subtitle and byline
    all those of an article laid out, spaces aside); and how many pages with some article
    wrong, and with all right, report a doubt (an article under the confidence of a margin
    of 1, or a decision inside one)."""
    from pagescore import squeezed

    from qa.parse import parse_page_text
    from qa.parse.segment import confidence
    from qa.parse.viterbi import DOUBT

    doubtful = confidence(DOUBT)
    bounds = [*CONFIDENCE_BINS, float("inf")]
    names = [f"< {CONFIDENCE_BINS[0]}"] + [f"{a}–{b}" for a, b in itertools.pairwise(CONFIDENCE_BINS)]
    names.append(f"≥ {CONFIDENCE_BINS[-1]}")
    rows = [
        "| held-out pages | articles | " + " | ".join(names) + " | wrong pages reporting a doubt | right pages reporting one |",
        "|---|---:|" + "---:|" * len(names) + "---:|---:|",
    ]
    for generator in (4, 5, 6, 7):
        name = f"generator {generator}"
        counts, right = [0] * len(bounds), [0] * len(bounds)
        pages = {True: [0, 0], False: [0, 0]}  # all right -> [pages, pages reporting a doubt]
        for page in layout_pages.pages(generator, "held", pages_per_slice):
            laid = {
                squeezed("".join(known.paragraphs)): (known.kicker, known.title, known.subtitle, tuple(known.authors))
                for known in page.expected if known.kind == "article"
            }
            result = parse_page_text(page.text, "page.txt")
            all_right, doubt = True, False
            for article, layout in zip(result.articles, result.layouts, strict=True):
                if article.kind != "article":
                    continue
                headings = tuple(squeezed(text) for text in (article.kicker, article.title, article.subtitle))
                want = laid.get(squeezed("".join(article.paragraphs)))
                ok = want is not None and (tuple(map(squeezed, want[:3])), want[3]) == (headings, article.authors)
                at = next(b for b, bound in enumerate(bounds) if layout.confidence < bound)
                counts[at] += 1
                right[at] += ok
                all_right = all_right and ok
                doubt = doubt or layout.confidence < doubtful or bool(layout.doubts)
            pages[all_right][0] += 1
            pages[all_right][1] += doubt
        cells = [f"{r / c:.2f} of {c}" if c else "–" for c, r in zip(counts, right, strict=True)]
        wrong, fine = pages[False], pages[True]
        rows.append(
            f"| {name} | {sum(counts)} | " + " | ".join(cells)
            + f" | {wrong[1]} of {wrong[0]} | {fine[1]} of {fine[0]} |"
        )
    note = (
        "Each cell: the share of the bin's articles fully right, of how many. The confidence"
        " is the least sure of the decisions that bound an article (where it starts, with the"
        " lines that head it; where the next item starts; the doubts inside it), not every line"
        " inside it, so an article read with nothing else in sight (confidence 1.0) can still"
        " be wrong inside."
    )
    return "\n".join(rows) + "\n\n" + note


_JUMP = re.compile(r"[上下]接|转第|转[A-Z]?\d")  # a jump line among a page's furniture: no header
_HEADER_TRUTH = re.compile(
    r"日报|晚报|都市报|井冈山报|\d{1,3}\s*版|^\s*[\u4e00-\u9fff]{2,6}\s+\d{1,3}\s*$|^\s*\d{1,3}\s+[\u4e00-\u9fff]{2,6}"
    r"|^\s*[A-Z]\d{1,3}\s*$"  # (a lettered page alone: A12)
)
_PAGE_TRUTH = re.compile(r"(?<![\d年月日])([A-Z]?)0*(\d{1,3})\s*版")  # 第3版, 03版, A12版


def _true_facts(furniture: list[str]) -> tuple[str, str]:
    """The date (ISO) and page a generated page's header lines print, from the generator's
    own list of the page's furniture: the lines with a date, a paper, a page (第3版, 03版,
    A12 alone) or a section beside a number (not a jump line, 下转第4版); the page from
    第3版 or 03版, else a number or lettered page standing alone among a header line's parts
    (要闻  3, A12), without its leading zeros (A5 for A05)."""
    from qa.parse.pdf_furniture import find_date

    lines = [unicodedata.normalize("NFKC", line) for line in furniture]
    header = [line for line in lines if not _JUMP.search(line) and (find_date(line.replace(" ", "")) or _HEADER_TRUTH.search(line))]
    date = next((found for line in header if (found := find_date(line.replace(" ", "")))), "")
    page = ""
    for line in header:
        mark = _PAGE_TRUTH.search(line.replace(" ", ""))
        numbers = [found for part in re.split(r"\s+", line) if (found := re.fullmatch(r"([A-Z]?)0*(\d{1,3})", part))]
        found = mark or (numbers[0] if numbers else None)
        page = page or (found.group(1) + found.group(2) if found else "")
    return date, page


def page_facts(pages_per_slice: int) -> str:
    """Whether each article read from a generated page carries the date and page its
    header prints (``qa.parse.furniture.page_facts``; the truth from the generator's list
    of the page's furniture, ``_true_facts``), and none where it prints none."""
    from qa.parse import parse_page_text

    rows = [
        "| pages | n | with a dated header | every article its date | with a page | every article its page | without: no date or page read |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for generator in (4, 5, 6, 7, 8):
        if layout_pages.missing(generator) is not None:
            continue
        for slice_name, label in (("looked", "looked at (even seeds)"), ("held", "held out (odd seeds)")):
            counts = dict.fromkeys(("n", "dated", "date", "paged", "page", "bare", "clean"), 0)
            for page in layout_pages.pages(generator, slice_name, pages_per_slice):
                articles = parse_page_text(page.text, "page.txt").articles
                if not articles:
                    continue
                date, number = _true_facts(page.furniture)
                counts["n"] += 1
                counts["dated"] += bool(date)
                counts["date"] += bool(date) and all(article.date == date for article in articles)
                counts["paged"] += bool(number)
                counts["page"] += bool(number) and all(article.page == number for article in articles)
                counts["bare"] += not date and not number
                counts["clean"] += not date and not number and not any(article.date or article.page for article in articles)
            rows.append(
                f"| generator {generator}, {label} | {counts['n']} | {counts['dated']} | {_share(counts, 'date', 'dated')}"
                f" | {counts['paged']} | {_share(counts, 'page', 'paged')} | {_share(counts, 'clean', 'bare')} |"
            )
    note = (
        "Truth: the date and page each page's header prints, from the generator's own list of the page's"
        " furniture. Right where every article read from the page carries them; on a page whose header"
        " prints neither (or that has none), where no article carries a date or a page."
    )
    return "\n".join(rows) + "\n\n" + note


def _share(counts: dict[str, int], part: str, whole: str) -> str:
    return f"{counts[part] / counts[whole]:.3f}" if counts[whole] else "–"


def compared(folder: str, pages: int) -> str:
    """The score rows of the parser in ``folder`` (another checkout's qa/) on the same pages."""
    env = {**os.environ, "QA_BENCH_PARSER": str(Path(folder).resolve())}
    out = subprocess.run(
        [sys.executable, __file__, "--scores-only", "--no-write", "--pages", str(pages)],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    ).stdout
    return out.strip()


def write_results(body: str, command: str) -> None:
    """Replace this script's block in RESULTS.md (other scripts' blocks stay)."""
    header = common.header("Parsing (benchmarks/parse.py)", command) + "\n"
    common.write_section("parse", header + body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-large", action="store_true", help="leave out the 100 MB file")
    parser.add_argument("--seeds", type=int, default=3000, help="generated pages for the recovery rate")
    parser.add_argument("--pages", type=int, default=1000, help="pages per slice for the scores of both generators")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--compare", metavar="DIR", help="also score the parser in DIR/qa on the same pages")
    parser.add_argument("--scores-only", action="store_true", help="print the recovery table only")
    parser.add_argument("--many-only", action="store_true", help="print the many-pages table only")
    parser.add_argument("--facts-only", action="store_true", help="print the page-facts table only")
    args = parser.parse_args()
    if args.scores_only:
        print(scores(args.pages))
        return
    if args.many_only:
        print(many_pages(args.pages))
        return
    if args.facts_only:
        print(page_facts(args.pages))
        return
    sections = [
        "### Speed and memory\n\n" + speed_and_memory(args.skip_large),
        "### Layout recovery on generated pages\n\n" + scores(args.pages) + "\n\n" + recovery(args.seeds),
        "### The confidence reported against what is right\n\n" + calibration(args.pages),
        "### The page's date and page carried into its articles\n\n" + page_facts(args.pages),
    ]
    other = (
        f"### The same pages read by the parser in {args.compare}\n\n" + compared(args.compare, args.pages)
        + "\n\nIts speed and memory in this run (the same files, right after):\n\n"
        + speed_and_memory(args.skip_large, args.compare)
    ) if args.compare else None
    # (Last: the pages it holds would count in the peak memory its children report, as a
    # forked child starts from its parent's.)
    sections.append("### Many pages in one file\n\n" + many_pages(args.pages))
    if other:
        sections.append(other)
    body = "\n\n".join(sections)
    print(body)
    if not args.no_write:
        command = " ".join(itertools.chain(["python", "benchmarks/parse.py"], sys.argv[1:]))
        write_results(body, command)


if __name__ == "__main__":
    main()
