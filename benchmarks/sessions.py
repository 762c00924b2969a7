"""Memory and speed of private uploads: a session's overlay searched beside the shared
index (``Index.with_overlay``) against the alternative of a private copy of the whole
index with the session's files added (``shared.copy()`` + ``add``).

The shared index is the shipped page or real text scaled to N passages
(benchmarks/common.py); each session holds the same number of private passages. Vectors
come from a 512-dimension hash of character bigrams (the default model's width): memory
and search time depend on the number and width of rows, not on what the vectors mean, and
embedding 10,000 passages with the model would take minutes without changing either.
Memory is the growth of RSS per session, over SESSIONS sessions held at once, each
configuration in a fresh process (so one never reuses memory another freed).

    python benchmarks/sessions.py                     # shipped page and 10k passages; RESULTS.md
    python benchmarks/sessions.py --sizes 1000 --no-write
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
import zlib

import common
import numpy as np

from qa import load_articles
from qa.index import Index
from qa.retrieve.embedders import normalise
from qa.types import Article

SECTION = "sessions"
SESSIONS = 8
QUESTIONS = ["铜鼓县电子公函使用率", "上栗县矛盾纠纷就地调处率是多少", "第3号夜市今年的摊位增加到多少个", "香港仔原本称为什么"]


class HashEmbedder:
    """Character bigrams hashed into 512 dimensions: the model's width, none of its cost."""

    name = "bench-hash-512"
    dim = 512

    def _encode(self, texts):
        vectors = np.zeros((len(texts), self.dim), np.float32)
        for row, text in enumerate(texts):
            for i in range(len(text) - 1):
                vectors[row, zlib.crc32(text[i : i + 2].encode()) % self.dim] += 1
        return normalise(vectors)

    def encode_queries(self, texts):
        return self._encode(texts)

    def encode_passages(self, texts, progress=False):
        return self._encode(texts)


def private_articles(session: int, passages: int) -> list[Article]:
    """One session's files: articles of ~150-character paragraphs, ``passages`` in all."""
    paragraphs = [
        f"第{session}号夜市今年的摊位增加到{300 + n}个，第{n}条街道的夜间消费增长了{n % 9 + 1}成，"
        f"管理处在第{n}次会议上表示，将继续扩大经营面积，并为商户提供统一的水电和消防设施。" * 2
        for n in range(passages)
    ]
    return [
        Article(id=f"p{session}-{k}", title=f"第{session}号夜市 {k}", paragraphs=tuple(paragraphs[k : k + 10]),
                source=f"session/{session}-{k}.md")
        for k in range(0, passages, 10)
    ]


def shared_index(size: int) -> Index:
    if size == 0:
        articles = load_articles([common.ROOT / "corpus" / "000_5bfbc44df4076cd8.txt"])
    else:
        articles = common.scaled_articles(size)
    return Index.build(articles, model=HashEmbedder())


def per_session(shared: Index, private: int, how: str) -> tuple[float, list[float]]:
    """(MB of RSS each session adds, ask latencies in ms) for SESSIONS sessions held at once."""
    gc.collect()
    before = common.rss_mb()
    held = []
    for session in range(SESSIONS):
        articles = private_articles(session, private)
        if how == "overlay":
            overlay = Index.build(articles, model=shared.embedder, settings=shared.settings)
            held.append(shared.with_overlay(overlay))
        else:
            copy = shared.copy()
            copy.add(articles)
            held.append(copy)
    gc.collect()
    grown = (common.rss_mb() - before) / SESSIONS
    times = []
    for view in held:
        for question in QUESTIONS:  # first asks pay one-off costs (caches of new passages' text)
            view.ask(question)
        for question in QUESTIONS:
            start = time.perf_counter()
            view.ask(question)
            times.append((time.perf_counter() - start) * 1000)
    del held
    gc.collect()
    return grown, times


def child(size: int, private: int, how: str) -> dict:
    """One configuration, measured in this (fresh) process."""
    shared = shared_index(size)
    shared.ask("预热")
    alone = []
    for question in QUESTIONS * SESSIONS:
        start = time.perf_counter()
        shared.ask(question)
        alone.append((time.perf_counter() - start) * 1000)
    grown, times = per_session(shared, private, how)
    return {"passages": len(shared.passages), "grown": grown, "session_p50": statistics.median(times),
            "alone_p50": statistics.median(alone)}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        print(json.dumps(child(int(argv[1]), int(argv[2]), argv[3])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0,10000", help="shared passages (0: the shipped page)")
    parser.add_argument("--private", default="20,1500", help="private passages per session")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    load_before = common.load_average()
    for size in (int(x) for x in args.sizes.split(",")):
        for private in (int(x) for x in args.private.split(",")):
            for how in ("overlay", "copy + add"):
                done = subprocess.run(
                    [sys.executable, __file__, "--child", str(size), str(private), how],
                    capture_output=True, text=True, check=True,
                )
                found = json.loads(done.stdout.splitlines()[-1])
                rows.append([
                    f"{found['passages']:,}", private, how, f"{found['grown']:.1f}",
                    f"{found['session_p50']:.1f}", f"{found['alone_p50']:.1f}",
                ])
                print(rows[-1], file=sys.stderr, flush=True)
    command = "python benchmarks/sessions.py" + "".join(f" {a}" for a in argv)
    body = "\n".join([
        common.header("Private uploads: overlay or copy (benchmarks/sessions.py)", command),
        f"- machine load (1-minute average) before/after: {load_before:.1f} / {common.load_average():.1f}",
        f"- {SESSIONS} sessions held at once; memory is the RSS growth divided by {SESSIONS}, each row in a"
        " fresh process; vectors of 512 dimensions from a bigram hash (see the script's docstring); ask p50"
        f" over {len(QUESTIONS)} questions in each session (asked once before), and over the same questions on the shared index alone",
        "",
        common.table(
            ["shared passages", "private passages per session", "how", "MB per session",
             "ask p50 ms (session)", "ask p50 ms (shared alone)"],
            rows,
        ),
        "",
    ])
    print(body)
    if not args.no_write:
        common.write_section(SECTION, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
