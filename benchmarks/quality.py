"""`qa eval` on the shared dev sets: retrieval in every mode, answers, latency.

Runs exactly what `qa eval FILE --json` runs (qa/evaluate.py) on CMRC 2018 (trial) and
DRCD (test) and writes both reports as one table into benchmarks/RESULTS.md.

    python benchmarks/quality.py
    python benchmarks/quality.py --limit 200 --no-write
"""

from __future__ import annotations

import argparse
import json
import sys

import common

from qa.evaluate import evaluate_file

SECTION = "eval"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N questions of each set")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    retrieval, answers = [], []
    for label, path in common.DATASETS.items():
        print(f"{label} ...", file=sys.stderr, flush=True)
        report = evaluate_file(path, limit=args.limit)
        print(json.dumps(report, ensure_ascii=False), file=sys.stderr)
        load = "→".join(str(x) for x in report["load_average"])
        for mode, m in report["modes"].items():
            ms = m["latency_ms"]
            retrieval.append([label, mode, f"{m['recall@1']:.3f}", f"{m['recall@5']:.3f}", f"{m['recall@20']:.3f}",
                              f"{m['mrr@10']:.3f}", f"{m['ndcg@10']:.3f}", ms["p50"], ms["p95"], ms["p99"], load])
        a = report["answers"]
        ms = a["latency_ms"]
        answers.append([label, report["questions"], report["passages"], f"{a['contains_gold']:.3f}",
                        f"{a['abstain_rate']:.3f}", ms["p50"], ms["p95"], ms["p99"], report["build_seconds"], load])
    body = "\n".join([
        common.table(["set", "mode", "R@1", "R@5", "R@20", "MRR@10", "nDCG@10", "search p50 ms", "p95", "p99", "load"],
                     retrieval),
        "",
        common.table(["set", "questions", "passages", "gold in answer text", "abstained", "ask p50 ms", "p95", "p99",
                      "build s", "load"], answers),
    ])
    paths = " ".join(str(p.relative_to(common.ROOT.parent)) for p in common.DATASETS.values())
    note = (f"The same as `qa eval FILE` for each of {paths} (paths from the repository's parent);"
            " search latency with k=30 and the query embedded each time.")
    command = "python benchmarks/quality.py" + (f" --limit {args.limit}" if args.limit else "")
    text = common.header("qa eval: CMRC 2018 and DRCD (benchmarks/quality.py)", command, note) + "\n" + body
    print(text)
    if not args.no_write:
        common.write_section(SECTION, text)


if __name__ == "__main__":
    main()
