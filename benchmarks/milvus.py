"""The index in Milvus against the index folder: R@1 on CMRC trial and DRCD test, bulk
load, and search/ask latency at 100k passages, through a local milvus-lite server.

Both stores hold the same passages with the same vectors (the folder index's, copied into
the engine as `qa index --from` does), so the differences are the stores' alone: the
engine's candidates (its jieba BM25 and HNSW) against the folder's whole-index ranking.

    python benchmarks/milvus.py                      # eval sets and 100k; then RESULTS.md
    python benchmarks/milvus.py --skip-scale --no-write
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import common
import numpy as np
from vectors import StoredEmbedder

from qa.evaluate import FETCH, gold_rank, load_squad, ranking_metrics
from qa.index import Index, StoreIndex

SECTION = "milvus"
MODES = ("hybrid", "bm25", "dense")  # --modes picks some


class Server:
    """A milvus-lite server on a free loopback port, its data in a scratch folder."""

    def __init__(self) -> None:
        self.data = common.CACHE / f"milvus-{uuid.uuid4().hex[:8]}"
        self.port = common.free_port()
        script = Path(sys.executable).with_name("milvus-lite")
        self.log = open(self.data.with_suffix(".log"), "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [str(script), "server", "--data-dir", str(self.data), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        from pymilvus import MilvusClient

        deadline = time.monotonic() + 60
        while True:
            try:
                MilvusClient(uri=f"http://127.0.0.1:{self.port}", timeout=2).list_collections()
                return
            except Exception:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise SystemExit("milvus-lite server did not start") from None
                time.sleep(0.2)

    def uri(self, collection: str) -> str:
        return f"milvus://127.0.0.1:{self.port}/{collection}"

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(30)
        self.log.close()
        shutil.rmtree(self.data, ignore_errors=True)


def copy_in(index: Index, uri: str) -> tuple[StoreIndex, common.Clock]:
    """The folder index's rows written into a new engine collection (no embedding)."""
    engine = StoreIndex.open(uri, index.embedder.name, create=True, rebuild=True, settings=index.settings)
    engine.embedder = index.embedder
    snapshot = index._snapshot
    with common.Clock() as clock, engine.writing():
        step = 4096
        start = 0
        while start < len(snapshot.passages):
            end = min(start + step, len(snapshot.passages))
            while end < len(snapshot.passages) and snapshot.passages[end].article_id == snapshot.passages[end - 1].article_id:
                end += 1
            passages = snapshot.passages[start:end]
            ids = dict.fromkeys(p.article_id for p in passages)
            sentences = snapshot.dense.sentences  # each passage's sentence vectors travel too
            engine.write_rows(
                [snapshot.articles[i] for i in ids],
                passages,
                snapshot.dense.vectors[start:end],
                None if sentences is None else sentences.subset(range(start, end)).per_row(),
            )
            start = end
    return engine, clock


def eval_set(name: str, path: Path, server: Server, modes: tuple[str, ...] = MODES) -> dict:
    """Both stores on one dataset: per question gold ranks in each mode, and answers."""
    articles, questions = load_squad(path)
    folder = Index.build(articles, model=StoredEmbedder(None))  # the default model; vectors kept on disk
    engine, clock = copy_in(folder, server.uri(f"eval_{name.lower()}"))
    answerable = [q for q in questions if q.answerable]
    ranks = {(store, mode): [] for store in ("folder", "milvus") for mode in modes}
    times = {(store, call): [] for store in ("folder", "milvus") for call in ("search", "ask")}
    found = {"folder": 0, "milvus": 0}
    same_answer = same_top = 0
    folder.search("预热", k=1)
    engine.search("预热", k=1)
    for number, question in enumerate(answerable):
        if number % 250 == 0:
            print(f"{name}: {number}/{len(answerable)} questions", file=sys.stderr, flush=True)
        tops = {}
        for store, index in (("folder", folder), ("milvus", engine)):
            for mode in modes:
                start = time.perf_counter()
                hits = index.search(question.text, k=FETCH, mode=mode)
                if mode == "hybrid":
                    times[(store, "search")].append(time.perf_counter() - start)
                    tops[store] = hits[0].passage.id if hits else None
                ranks[(store, mode)].append(gold_rank([h.passage.article_id for h in hits], question.gold))
            start = time.perf_counter()
            answer = index.ask(question.text)
            times[(store, "ask")].append(time.perf_counter() - start)
            tops[store + "-answer"] = answer.text
            found[store] += any(a in answer.text for a in question.answers)
        same_top += tops["folder"] == tops["milvus"]
        same_answer += tops["folder-answer"] == tops["milvus-answer"]
    n = len(answerable)
    rows = []
    for mode in modes:
        for store in ("folder", "milvus"):
            got = ranks[(store, mode)]
            halves = [ranking_metrics(got[0::2])["recall@1"], ranking_metrics(got[1::2])["recall@1"]]
            m = ranking_metrics(got)
            rows.append([name, mode, store, f"{m['recall@1']:.4f}", f"{halves[0]:.4f} / {halves[1]:.4f}",
                         f"{m['recall@5']:.4f}", f"{m['mrr@10']:.4f}"])
    return {
        "rows": rows,
        "passages": len(folder.passages),
        "questions": n,
        "copy_s": clock.wall,
        "same_top": same_top / n,
        "same_answer": same_answer / n,
        "gold_in_answer": {s: found[s] / n for s in found},
        "times": {f"{s} {c}": common.percentiles(v)["p50"] for (s, c), v in times.items()},
        "delta_r1": {
            mode: ranking_metrics(ranks[("milvus", mode)])["recall@1"] - ranking_metrics(ranks[("folder", mode)])["recall@1"]
            for mode in modes
        },
    }


def at_scale(size: int, server: Server, count: int) -> dict:
    """The cached scale index copied into the engine; latency and R@1 of both stores."""
    import scale

    folder, _ = scale.largest_index(size)
    engine, clock = copy_in(folder, server.uri("scale"))
    first_ids = {a.id for a in common.scaled_articles(1000)}
    asked = scale.questions(count, first_ids)
    for index in (folder, engine):
        index.search("预热", k=1)
        index.ask("预热")
    times = {(s, c): [] for s in ("folder", "milvus") for c in ("search", "ask")}
    r1 = {"folder": 0, "milvus": 0}
    load_before = common.load_average()
    for question, gold in asked:
        for store, index in (("folder", folder), ("milvus", engine)):
            start = time.perf_counter()
            hits = index.search(question, k=5)
            times[(store, "search")].append(time.perf_counter() - start)
            r1[store] += bool(hits) and scale._source(hits[0].passage.article_id) == scale._source(gold)
            start = time.perf_counter()
            index.ask(question)
            times[(store, "ask")].append(time.perf_counter() - start)
    return {
        "passages": len(folder.passages),
        "copy": clock,
        "server_rss": server.rss_mb(),
        "times": {key: common.percentiles(values) for key, values in times.items()},
        "r1": {s: v / len(asked) for s, v in r1.items()},
        "questions": len(asked),
        "load": f"{load_before:.1f}→{common.load_average():.1f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="passages of the scale run")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-eval", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--modes", default=",".join(MODES), help="search modes measured on the eval sets")
    args = parser.parse_args()
    modes = tuple(args.modes.split(","))
    server = Server()
    try:
        sets = {}
        for name, path in {} if args.skip_eval else common.DATASETS.items():
            sets[name] = eval_set(name, path, server, modes)
            print(name, sets[name], file=sys.stderr, flush=True)
        scaled = None if args.skip_scale else at_scale(args.size, server, args.questions)
        if scaled:
            print({k: v for k, v in scaled.items() if k != "copy"}, file=sys.stderr, flush=True)
    finally:
        server.stop()

    lines = []
    if sets:
        lines += [
            "### R@1 on the eval sets: the same passages and vectors in both stores",
            "",
            "Retrieval over answerable questions, 30 passages fetched; halves are even/odd questions"
            " (nothing was tuned on them: the engine asks 100 candidates a side, chosen beforehand).",
            "",
            common.table(["set", "mode", "store", "R@1", "R@1 halves", "R@5", "MRR@10"],
                         [row for result in sets.values() for row in result["rows"]]),
            "",
            common.table(
                ["set", "passages", "questions", f"R@1 Δ {' / '.join(modes)} (milvus − folder)", "same top hit",
                 "same answer text", "gold in answer folder / milvus", "search p50 ms folder / milvus",
                 "ask p50 ms folder / milvus", "copy in s"],
                [[name, r["passages"], r["questions"], " / ".join(f"{r['delta_r1'][m]:+.4f}" for m in modes),
                  f"{r['same_top']:.4f}", f"{r['same_answer']:.4f}",
                  f"{r['gold_in_answer']['folder']:.4f} / {r['gold_in_answer']['milvus']:.4f}",
                  f"{r['times']['folder search']} / {r['times']['milvus search']}",
                  f"{r['times']['folder ask']} / {r['times']['milvus ask']}", f"{r['copy_s']:.1f}"]
                 for name, r in sets.items()],
            ),
            "",
        ]
    if scaled:
        t, copy = scaled["times"], scaled["copy"]
        lines += [
            f"### {scaled['passages']:,} passages (benchmarks/scale.py's corpus) through a local milvus-lite server",
            "",
            f"{scaled['questions']} real questions, k=5, one at a time, the two stores interleaved question by"
            " question; R@1 counts any copy of the gold context. Bulk load: the folder index's rows (vectors"
            " included, as `qa index --from` copies them) written into an empty collection; embedding, which"
            " the folder build pays too, is not in it (benchmarks/indexing.py: ~290 passages/s on 2 cores).",
            "",
            common.table(
                ["store", "search p50 ms", "p95", "ask p50 ms", "p95", "hybrid R@1", "load"],
                [[store, t[(store, "search")]["p50"], t[(store, "search")]["p95"], t[(store, "ask")]["p50"],
                  t[(store, "ask")]["p95"], f"{scaled['r1'][store]:.3f}", scaled["load"]] for store in ("folder", "milvus")],
            ),
            "",
            common.table(
                ["bulk load: passages", "wall s", "client CPU s", "passages/s (wall)", "server RSS MB after", "load"],
                [[f"{scaled['passages']:,}", f"{copy.wall:.0f}", f"{copy.cpu:.0f}",
                  f"{scaled['passages'] / copy.wall:.0f}", f"{scaled['server_rss']:.0f}", copy.load]],
            ),
        ]
    command = "python benchmarks/milvus.py" + (" " + " ".join(sys.argv[1:]) if sys.argv[1:] else "")
    note = "milvus-lite 3.2 (pure Python: its BM25 and filters run in the interpreter) stands in for Milvus Standalone."
    text = common.header("The index in Milvus (benchmarks/milvus.py)", command, note) + "\n" + "\n".join(lines)
    print(text)
    if not args.no_write:
        common.write_section(SECTION, text)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
