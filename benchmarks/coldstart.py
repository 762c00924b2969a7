"""Cold start: from `python app.py` to the first answer, with the index already built.

For each corpus the index is built first (not timed). Then, end to end: the app is
started on a free loopback port; timed are the moment it serves the page and the moment
the first question through `/ask` (gradio_client) comes back. A second, in-process run
splits the same start into its steps as app.py takes them: imports, the start-up
`update_index` check (the index loaded, every file fingerprinted, changed files parsed,
nothing to embed), `Index.load` only when that check handed back no index, the model's
first load and the first answer.

    python benchmarks/coldstart.py                     # the shipped corpus; then RESULTS.md
    python benchmarks/coldstart.py --year              # also a year of pages (benchmarks/indexing.py's)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common

SECTION = "coldstart"
QUESTION = "铜鼓县电子公函使用率"

_STEPS_CHILD = """
import json, sys, time
t0 = time.perf_counter()
import gradio  # what app.py imports first
from qa.index import Index
from qa.ingest import update_index
t1 = time.perf_counter()
report = update_index([sys.argv[1]], sys.argv[2], progress=False)
t2 = time.perf_counter()
index = report.index if report.index is not None else Index.load(sys.argv[2])
t3 = time.perf_counter()
index.embedder.encode_queries(["预热"])
t4 = time.perf_counter()
index.ask(sys.argv[3])
t5 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "update_check": t2 - t1, "load": t3 - t2, "model": t4 - t3,
                  "first_ask": t5 - t4, "passages": len(index.passages), "changed": len(report.added) + len(report.changed)}))
"""


def end_to_end(corpus: Path, index_dir: Path, question: str, timeout: float = 900) -> dict:
    """Seconds from starting app.py to serving, and to the first answer."""
    from gradio_client import Client

    port = common.free_port()
    env = {**os.environ, "QA_HOST": "127.0.0.1", "QA_PORT": str(port), "QA_INDEX": str(index_dir),
           "QA_CORPUS": str(corpus), "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("SPACE_ID", None)
    url = f"http://127.0.0.1:{port}/"
    with tempfile.TemporaryFile("w+") as log:
        start = time.perf_counter()
        app = subprocess.Popen([sys.executable, str(common.ROOT / "app.py")], cwd=common.ROOT, env=env,
                               stdout=log, stderr=log)
        try:
            common.wait_until_serving(url, app, timeout, poll=0.05, log=log)
            serving = time.perf_counter() - start
            answer = Client(url, verbose=False, ssl_verify=False).predict(question, api_name="/ask")
            answered = time.perf_counter() - start
        finally:
            app.terminate()
            app.wait(timeout=30)
    if not answer.get("answer"):
        raise SystemExit(f"no answer: {answer!r:.200}")
    return {"serving": serving, "answered": answered}


def steps(corpus: Path, index_dir: Path, question: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _STEPS_CHILD, str(corpus), str(index_dir), question],
                         capture_output=True, text=True, check=True, cwd=common.ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def prepare(corpus: Path, index_dir: Path) -> None:
    from qa.ingest import update_index

    update_index([str(corpus)], str(index_dir), progress=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="end-to-end starts per corpus (median reported)")
    parser.add_argument("--year", action="store_true", help="also a year of generated pages")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    corpora = [("shipped corpus/ (1 page)", common.ROOT / "corpus", None, QUESTION)]
    if args.year:
        year = common.CACHE / "year"
        common.year_of_pages(year)
        corpora.append(("a year of pages (3,650 files)", year, common.CACHE / "year-index", "香港仔原本称为什么"))
    rows = []
    with tempfile.TemporaryDirectory() as temp:
        for label, corpus, index_dir, question in corpora:
            index_dir = index_dir or Path(temp) / "index"
            print(f"{label}: preparing {index_dir} ...", file=sys.stderr, flush=True)
            prepare(corpus, index_dir)
            load_before = common.load_average()
            runs = [end_to_end(corpus, index_dir, question) for _ in range(args.runs)]
            split = steps(corpus, index_dir, question)
            rows.append([
                label, f"{split['passages']:,}",
                f"{statistics.median(r['serving'] for r in runs):.1f}",
                f"{statistics.median(r['answered'] for r in runs):.1f}",
                f"{split['imports']:.1f}", f"{split['update_check']:.1f}", f"{split['load']:.1f}",
                f"{split['model']:.1f}", f"{split['first_ask']:.2f}",
                f"{load_before:.1f}→{common.load_average():.1f}",
            ])
            print(rows[-1], file=sys.stderr, flush=True)
    body = common.table(
        ["corpus", "passages", "serving s", "first answer s", "imports s", "start-up check s",
         "index load s", "model load s", "first ask s", "load"],
        rows,
    )
    note = (f"End to end: median of {args.runs} starts of `python app.py` with a built, up-to-date index;"
            " steps: one in-process run of the same work, in order.")
    command = "python benchmarks/coldstart.py" + (" --year" if args.year else "")
    text = common.header("Cold start (benchmarks/coldstart.py)", command, note) + "\n" + body
    print(text)
    if not args.no_write:
        common.write_section(SECTION, text)


if __name__ == "__main__":
    main()
