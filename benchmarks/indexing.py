"""Indexing speed and memory: embedding and BM25 throughput, the `qa index` pipeline's
stages on a month of raw pages, and a whole year of a daily paper.

The pages are generated like the seed page (tests/pagegen.py layout) from perturbed real
text (benchmarks/common.py): 10 pages a day, 60,000 characters of paragraphs a day,
so a year is ~152,000 paragraphs and 22.9 M characters in 3,650 files; they are kept
under $QA_BENCH_CACHE (default /tmp/qa-bench), never in the repository.

    python benchmarks/indexing.py                   # throughput, month stages; RESULTS.md
    python benchmarks/indexing.py --year            # also `qa index` on the whole year
    python benchmarks/indexing.py --year-only --resume  # the year alone, going on after a kill
    python benchmarks/indexing.py --before /tmp/old # also the month with another checkout
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common

SECTION = "indexing"
THROUGHPUT_PASSAGES = 1500

# Runs in a fresh process: `qa index` on a folder, each stage's time added up by wrapping
# the function that does it (cheap: a few thousand calls), optionally under cProfile.
_PIPELINE_CHILD = """
import cProfile, io, json, pstats, resource, sys, time
from collections import defaultdict
corpus, index_dir, profile = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
spent = defaultdict(float)
def timed(module, path, stage):
    import importlib
    try:
        owner = importlib.import_module(module)
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        original = getattr(owner, name)
    except (ImportError, AttributeError):
        return  # another checkout may lack it
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[stage] += time.perf_counter() - start
    setattr(owner, name, wrapper)
for module, path, stage in [
    ("qa.parse", "parse_file", "parse"),
    ("qa.retrieve.rows", "chunk_article", "chunk"), ("qa.index", "chunk_article", "chunk"),
    ("qa.retrieve.rows", "tokenize", "BM25 tokens"), ("qa.index", "tokenize", "BM25 tokens"),
    ("qa.retrieve.bm25", "TermCounts.add", "BM25 counts"),
    ("qa.retrieve.bm25", "SparseIndex.joined", "join"), ("qa.retrieve.dense", "DenseIndex.joined", "join"),
    ("qa.retrieve.bm25", "SparseIndex.extended", "join"), ("qa.retrieve.dense", "DenseIndex.extended", "join"),
    ("qa.retrieve.embedders", "UseEmbedder.encode_passages", "embed"),
    ("qa.retrieve.embedders", "E5Embedder.encode_passages", "embed"),
    ("qa.index", "Index.save_locked", "write"),
]:
    timed(module, path, stage)
from qa.retrieve.embedders import get_embedder
from qa.ingest import update_index
get_embedder(None).encode_queries(["预热"])  # the model loads before the clock starts
profiler = cProfile.Profile() if profile else None
wall, cpu = time.perf_counter(), time.process_time()
if profiler:
    profiler.enable()
report = update_index([corpus], index_dir, progress=False, rebuild=True)
if profiler:
    profiler.disable()
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
top = ""
if profiler:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
    top = out.getvalue()
print(json.dumps({"wall": wall, "cpu": cpu, "passages": report.passages, "articles": len(report.added),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "stages": dict(spent), "top": top}))
"""


def throughput() -> str:
    """Embedding (three thread set-ups) and BM25 passages/s on real paragraphs."""
    from qa.retrieve.bm25 import SparseIndex, TermCounts, tokenize
    from qa.retrieve.embedders import UseEmbedder, _blas_controllers, get_embedder, passage_workers

    texts = [p for _, paragraphs in common.source_texts()[256:] for p in paragraphs][:THROUGHPUT_PASSAGES]
    chars = sum(map(len, texts))
    embedder = get_embedder(None)
    embedder.encode_queries(["预热"])
    model, blas = embedder._model, _blas_controllers()
    shipped = UseEmbedder()
    shipped.encode_queries(["预热"])
    before = [c.num_threads for c in blas]

    def blas_threads(n):
        for controller in blas:
            controller.set_num_threads(n)

    def one_call(n):
        def run():
            blas_threads(n)
            for start in range(0, len(texts), 64):
                model.encode(texts[start : start + 64])
            blas_threads(1)
        return run

    setups = [
        ("1 thread, 1 BLAS thread (the old default)", one_call(1)),
        (f"1 thread, {common.cores()} BLAS threads", one_call(common.cores())),
        (f"{passage_workers()} threads x 1 BLAS thread (shipped)", lambda: shipped.encode_passages(texts)),
    ]
    rows, rates = [], {}
    for label, run in setups:
        for _ in range(2):  # alternate twice: the machine's load drifts
            with common.Clock() as clock:
                run()
            rates.setdefault(label, []).append(clock)
    blas_threads(before[0] if before else 1)
    for label, clocks in rates.items():
        best = min(clocks, key=lambda c: c.wall)
        rows.append([label, f"{chars / best.wall:,.0f}", f"{len(texts) / best.wall:,.0f}",
                     f"{chars / best.cpu:,.0f}", best.load])
    with common.Clock() as tok:
        token_lists = [tokenize(text) for text in texts * 4]
    with common.Clock() as count:
        terms = TermCounts()
        terms.add(token_lists)
        SparseIndex().joined(None, terms)
    n = len(texts) * 4
    rows.append(["BM25 tokens (fold, bigrams + unigrams)", f"{chars * 4 / tok.wall:,.0f}", f"{n / tok.wall:,.0f}",
                 f"{chars * 4 / tok.cpu:,.0f}", tok.load])
    rows.append(["BM25 counts and weights", f"{chars * 4 / count.wall:,.0f}", f"{n / count.wall:,.0f}",
                 f"{chars * 4 / count.cpu:,.0f}", count.load])
    text = common.table(["what", "chars/s (wall)", "passages/s (wall)", "chars per CPU s", "load"], rows)
    return f"{len(texts):,} real paragraphs ({chars:,} characters), best of two runs each.\n\n" + text


def pipeline(corpus: Path, checkout: Path | None = None, profile: bool = False) -> dict:
    """`qa index --rebuild` of a folder in a fresh process; its stages, CPU and memory."""
    with tempfile.TemporaryDirectory() as temp:
        command = [sys.executable, "-c", _PIPELINE_CHILD, str(corpus), str(Path(temp) / "index"), "1" if profile else "0"]
        load_before = common.load_average()
        out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=checkout or common.ROOT)
        result = json.loads(out.stdout.strip().splitlines()[-1])
    result["load"] = f"{load_before:.1f}→{common.load_average():.1f}"
    return result


def year_run(corpus: Path, index_dir: Path, resume: bool) -> dict:
    """The real command on the whole year, `qa index --rebuild -q`, as a user runs it.

    A year with e5 takes hours, so a run may be killed (a session ending, a reboot) and
    started again: `qa index` keeps the vectors it made beside the index
    (``<index>.partial``) and the next run embeds only what is missing. With ``resume``
    each attempt's wall time, CPU time and peak memory are appended to
    ``year-attempts.jsonl`` beside the index, re-written every 30 s while it runs (read
    from /proc: a killed attempt keeps what it had spent up to its last poll), and the
    result adds up every attempt; without it the log starts afresh and the checkpoint is
    removed first, so one attempt does all the work.
    """
    log = index_dir.with_name("year-attempts.jsonl")
    partial = index_dir.with_name(index_dir.name + ".partial")
    if not resume:
        log.unlink(missing_ok=True)
        shutil.rmtree(partial, ignore_errors=True)
    attempts = [json.loads(line) for line in log.read_text("utf-8").splitlines()] if log.exists() else []
    load_before = common.load_average()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "qa.cli", "index", str(corpus), "--index", str(index_dir), "--rebuild", "-q"]
    attempt = {"started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "wall": 0.0, "cpu": 0.0,
               "peak_mb": 0.0, "finished": False}
    attempts.append(attempt)
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=common.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while True:
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            attempt.update(wall=time.perf_counter() - start, **_spent(child.pid))
            _write_attempts(log, attempts)
            continue
        break
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    attempt.update(wall=time.perf_counter() - start,
                   cpu=usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime,
                   peak_mb=max(attempt["peak_mb"], usage.ru_maxrss / 1024), finished=child.returncode == 0)
    _write_attempts(log, attempts)
    if child.returncode:
        raise SystemExit(f"qa index failed ({child.returncode}): {child.stderr.read().decode()[-2000:]}")
    manifest = json.loads((index_dir / "manifest.json").read_text("utf-8"))
    return {"wall": sum(a["wall"] for a in attempts), "cpu": sum(a["cpu"] for a in attempts),
            "peak_mb": max(a["peak_mb"] for a in attempts), "passages": manifest["counts"]["passages"],
            "articles": manifest["counts"]["articles"], "attempts": len(attempts),
            "load": f"{load_before:.1f}→{common.load_average():.1f}"}


def _spent(pid: int) -> dict:
    """CPU seconds and peak resident MB so far of a running process (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    ticks = os.sysconf("SC_CLK_TCK")
    peak = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)
    # utime and stime are fields 14 and 15 of stat (11 and 12 after the name).
    return {"cpu": (int(fields[11]) + int(fields[12])) / ticks, "peak_mb": peak / 1024}


def _write_attempts(log: Path, attempts: list[dict]) -> None:
    temp = log.with_suffix(".tmp")
    temp.write_text("".join(json.dumps(a) + "\n" for a in attempts), "utf-8")
    temp.replace(log)


def stage_table(runs: list[tuple[str, dict]]) -> str:
    stages = ["parse", "chunk", "BM25 tokens", "BM25 counts", "embed", "join", "write"]
    rows = []
    for label, r in runs:
        spent = r["stages"]
        other = r["wall"] - sum(spent.values())
        cells = [f"{spent.get(s, 0):.1f} ({100 * spent.get(s, 0) / r['wall']:.0f} %)" for s in stages]
        rows.append([label, f"{r['passages']:,}", f"{r['wall']:.0f}", f"{r['cpu']:.0f}", *cells,
                     f"{other:.1f} ({100 * other / r['wall']:.0f} %)", f"{r['peak_mb']:.0f}", r["load"]])
    return common.table(["run", "passages", "wall s", "CPU s", *[f"{s} s" for s in stages], "other s", "peak RSS MB", "load"], rows)


def year_part(resume: bool) -> list[str]:
    """The year section's lines: `qa index` on 3,650 page files, every attempt added up."""
    year = common.CACHE / "year"
    stats = common.year_of_pages(year)
    r = year_run(year, common.CACHE / "year-index", resume)
    quiet = r["cpu"] / common.cores()
    attempts = (f" in {r['attempts']} attempts (each killed one resumed from the vectors it had kept; wall and"
                " CPU added up)") if r["attempts"] > 1 else ""
    return [
        f"### A year: {stats['files']:,} page files, {stats['paragraphs']:,} paragraphs,"
        f" {stats['chars'] / 1e6:.1f} M characters ({stats['bytes'] / 1e6:.0f} MB){attempts}", "",
        common.table(
            ["command", "articles", "passages", "wall min", "CPU min", "passages/s (wall)", "peak RSS MB", "load"],
            [[f"`qa index {year} --rebuild -q`", f"{r['articles']:,}", f"{r['passages']:,}", f"{r['wall'] / 60:.1f}",
              f"{r['cpu'] / 60:.1f}", f"{r['passages'] / r['wall']:.0f}", f"{r['peak_mb']:.0f}", r["load"]]],
        ),
        "", f"On {common.cores()} idle cores the same CPU time would take about {quiet / 60:.1f} minutes"
        " (CPU seconds ÷ cores; embedding is the part that runs on every core).",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", action="store_true", help="also index the whole year (e5: about 3 h on 2 cores)")
    parser.add_argument("--year-only", action="store_true",
                        help="only the year, in its own RESULTS section (the month's stays as it is)")
    parser.add_argument("--resume", action="store_true",
                        help="the year goes on from the vectors an earlier, killed attempt kept; attempts add up")
    parser.add_argument("--before", default=None, help="another checkout to run the month with")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    command = "python benchmarks/indexing.py" + (" " + " ".join(sys.argv[1:]) if sys.argv[1:] else "")
    if args.year_only:
        text = common.header("Indexing a year (benchmarks/indexing.py --year-only)", command) + "\n" + "\n".join(
            year_part(args.resume))
        print(text)
        if not args.no_write:
            common.write_section(SECTION + "-year", text)
        return
    month = common.CACHE / "month"
    month_stats = common.year_of_pages(month, days=31)
    parts = ["### Throughput of the parts", "", throughput()]
    runs = [("month, shipped", pipeline(month))]
    if args.before:
        runs.append((f"month, before ({args.before})", pipeline(month, Path(args.before))))
    profiled = pipeline(month, profile=True)
    parts += [
        "", f"### `qa index --rebuild` on a month: {month_stats['files']} page files, {month_stats['paragraphs']:,}"
        f" paragraphs, {month_stats['chars'] / 1e6:.1f} M characters", "",
        "Stage times are wall seconds inside the functions doing each stage (parse_file, chunk_article,"
        " tokenize, TermCounts.add, joined/extended: BM25 weights and the FAISS copy, encode_passages,"
        " save), in a fresh process with the model already loaded.", "",
        stage_table(runs), "",
        "The same run under cProfile (main thread; embedding runs on worker threads, so the main"
        " thread's time there is waiting): top functions by own time.", "",
        "```", profiled["top"].strip()[-3000:], "```",
    ]
    if args.year:
        parts += ["", *year_part(args.resume)]
    text = common.header("Indexing (benchmarks/indexing.py)", command) + "\n" + "\n".join(parts)
    print(text)
    if not args.no_write:
        common.write_section(SECTION, text)


if __name__ == "__main__":
    main()
