"""Ours against what most Chinese RAG stacks ship, same data, same machine, same run.

Peers, as Langchain-Chatchat builds them (server/file_rag/retrievers/ensemble.py):

- **BM25 peer**: rank_bm25 ``BM25Okapi`` over ``jieba.lcut_for_search`` tokens (Langchain's
  ``BM25Retriever`` with ``preprocess_func=jieba.lcut_for_search``; top n by ``get_top_n``).
- **Ensemble peer**: that BM25 plus FAISS (exact inner product) over the same USE vectors
  as ours, fused as Langchain's ``EnsembleRetriever(weights=[0.5, 0.5])`` does: weighted
  reciprocal rank fusion with c = 60, BM25 list first, ties in first-seen order.

Every system indexes the same passages (our chunking) with the same ranking text (title
and passage), and every list is 30 passages deep (Chatchat's default is 3; deeper lists
only help the peers' recall). Quality: R@1/R@5/MRR@10 of the gold article, as `qa eval`.
Speed: query latency (query embedding included where used) and index build time.

    python benchmarks/peers.py                 # CMRC and DRCD, then RESULTS.md
    python benchmarks/peers.py --scale 100000  # also query speed on benchmarks/scale.py's index
    python benchmarks/peers.py --no-write

At scale, ours is benchmarks/scale.py's cached index (real text repeated with perturbation;
built there if missing) and the peers index the same passages, the ensemble over the very
vectors ours holds; R@1 counts a hit on any copy of the gold context, as scale.py does.
"""

from __future__ import annotations

import argparse
import sys
import time

import common
import numpy as np

from qa.evaluate import FETCH, gold_rank, load_squad, ranking_metrics
from qa.index import Index

C = 60  # Langchain EnsembleRetriever's RRF constant
SECTION = "peers"


class PeerBM25:
    """rank_bm25 BM25Okapi over jieba.lcut_for_search, as Langchain's BM25Retriever."""

    def __init__(self, texts: list[str]) -> None:
        import jieba
        from rank_bm25 import BM25Okapi

        self.cut = jieba.lcut_for_search
        self.bm25 = BM25Okapi([self.cut(text) for text in texts])

    def top(self, query: str, n: int) -> list[int]:
        scores = self.bm25.get_scores(self.cut(query))
        return [int(i) for i in np.argsort(scores)[::-1][:n]]


class PeerEnsemble:
    """PeerBM25 and exact FAISS over the same vectors, weighted RRF 0.5/0.5, c = 60."""

    def __init__(self, bm25: PeerBM25, vectors: np.ndarray, embedder) -> None:
        import faiss

        self.bm25, self.embedder = bm25, embedder
        self.faiss = faiss.IndexFlatIP(vectors.shape[1])
        self.faiss.add(np.ascontiguousarray(vectors))

    def top(self, query: str, n: int) -> list[int]:
        lexical = self.bm25.top(query, n)
        _, rows = self.faiss.search(self.embedder.encode_queries([query]), n)
        scores: dict[int, float] = {}
        for ranking in (lexical, [int(r) for r in rows[0] if r >= 0]):
            for rank, row in enumerate(ranking, start=1):
                scores[row] = scores.get(row, 0.0) + 0.5 / (rank + C)
        return sorted(scores, key=lambda row: -scores[row])[:n]  # stable: first seen wins ties


def measure(name: str, questions, top, passages) -> dict:
    """Quality and latency of one system: ``top(query, n)`` gives passage rows."""
    ranks, times = [], []
    for question in questions:
        start = time.perf_counter()
        rows = top(question.text, FETCH)
        times.append(time.perf_counter() - start)
        ranks.append(gold_rank([passages[r].article_id for r in rows], question.gold))
    return {"name": name, **ranking_metrics(ranks), **common.percentiles(times)}


def run_dataset(label: str, path) -> tuple[list[dict], dict]:
    articles, questions = load_squad(path)
    with common.Clock() as ours_build:
        index = Index.build(articles)
    passages = index.passages
    index.search("预热", k=1)
    texts = [f"{p.title}\n{p.text}" if p.title else p.text for p in passages]
    with common.Clock() as ours_bm25_build:
        Index.build(articles, model=_NoEmbedder(index.embedder))
    with common.Clock() as peer_bm25_build:
        peer_bm25 = PeerBM25(texts)
    with common.Clock() as peer_build:
        vectors = index.embedder.encode_passages(texts)
        ensemble = PeerEnsemble(PeerBM25(texts), vectors, index.embedder)

    def ours(mode):
        return lambda query, n: [_row(index, h) for h in index.search(query, k=n, mode=mode)]

    results = [
        measure("ours hybrid", questions, ours("hybrid"), passages),
        measure("ours BM25", questions, ours("bm25"), passages),
        measure("peer ensemble (BM25 + FAISS, RRF)", questions, ensemble.top, passages),
        measure("peer BM25 (rank_bm25 + jieba)", questions, peer_bm25.top, passages),
    ]
    builds = {
        "ours full": ours_build,
        "ours BM25 side": ours_bm25_build,
        "peer full": peer_build,
        "peer BM25": peer_bm25_build,
        "passages": len(passages),
        "questions": len(questions),
        "label": label,
    }
    return results, builds


def run_scaled(size: int, count: int) -> list[dict]:
    """Quality and query latency of the four systems over ``size`` passages (no builds)."""
    import scale

    index, _ = scale.largest_index(size)
    passages = index.passages
    texts = [f"{p.title}\n{p.text}" if p.title else p.text for p in passages]
    print(f"peers over {len(texts):,} passages ...", file=sys.stderr, flush=True)
    peer_bm25 = PeerBM25(texts)
    vectors = np.asarray(index._snapshot.dense.vectors, dtype=np.float32)
    ensemble = PeerEnsemble(peer_bm25, vectors, index.embedder)
    first = {a.id for a in index.articles.values() if a.id.startswith("s0-")}
    asked = [_Question(text, gold) for text, gold in scale.questions(count, first)]
    index.search("预热", k=1)

    def ours(mode):
        return lambda query, n: [_row(index, h) for h in index.search(query, k=n, mode=mode)]

    copies = [_Copies(p) for p in passages]
    return [
        measure("ours hybrid", asked, ours("hybrid"), copies),
        measure("ours BM25", asked, ours("bm25"), copies),
        measure("peer ensemble (BM25 + FAISS, RRF)", asked, ensemble.top, copies),
        measure("peer BM25 (rank_bm25 + jieba)", asked, peer_bm25.top, copies),
    ]


class _Question:
    """A question whose gold is a source context: any perturbed copy of it counts."""

    def __init__(self, text: str, gold: str) -> None:
        self.text, self.gold = text, gold.split("-", 1)[1]


class _Copies:
    """A passage seen by the source context it copies (ids s<copy>-<source>)."""

    def __init__(self, passage) -> None:
        self.article_id = passage.article_id.split("-", 1)[1]


def report_scaled(size: int, results: list[dict]) -> str:
    """The scaled run's table: quality and latency, and the speed-up ratios."""
    rows = [[r["name"], f"{r['recall@1']:.3f}", f"{r['recall@5']:.3f}", r["p50"], r["p95"], r["p99"]] for r in results]
    ours_h, ours_b, peer_e, peer_b = results
    return "\n".join([
        f"### At {size:,} passages: query speed (benchmarks/scale.py's index; R@1 counts any copy of the gold)", "",
        common.table(["system", "R@1", "R@5", "p50 ms", "p95 ms", "p99 ms"], rows), "",
        f"Query p50 speed-up (peer ÷ ours): hybrid vs ensemble {peer_e['p50'] / ours_h['p50']:.1f}x,"
        f" BM25 vs BM25 {peer_b['p50'] / ours_b['p50']:.1f}x.",
    ])


class _NoEmbedder:
    """Times our BM25 side alone: an embedder that returns zeros instantly."""

    def __init__(self, real) -> None:
        self.name, self.dim = real.name, real.dim

    def encode_queries(self, texts):
        return np.zeros((len(texts), self.dim), np.float32)

    def encode_passages(self, texts, progress=False):
        return np.zeros((len(texts), self.dim), np.float32)


_ROWS: dict[int, dict] = {}


def _row(index: Index, hit) -> int:
    """The passage row of a hit (rows cached per index)."""
    rows = _ROWS.get(id(index))
    if rows is None:  # built once: setdefault would build the map on every call
        rows = _ROWS[id(index)] = {p.id: r for r, p in enumerate(index.passages)}
    return rows[hit.passage.id]


def report(runs: list[tuple[list[dict], dict]]) -> str:
    lines = []
    quality_rows, speed_rows, ratio_rows = [], [], []
    for results, builds in runs:
        label = builds["label"]
        for r in results:
            quality_rows.append(
                [label, r["name"], f"{r['recall@1']:.3f}", f"{r['recall@5']:.3f}", f"{r['mrr@10']:.3f}",
                 r["p50"], r["p95"], r["p99"]]
            )
        ours_h, ours_b, peer_e, peer_b = results
        ratio_rows.append(
            [label, "hybrid vs ensemble", f"{ours_h['recall@1'] / peer_e['recall@1']:.2f}",
             f"{ours_h['recall@5'] / peer_e['recall@5']:.2f}", f"{ours_h['mrr@10'] / peer_e['mrr@10']:.2f}",
             f"{peer_e['p50'] / ours_h['p50']:.1f}x",
             f"{builds['peer full'].cpu / builds['ours full'].cpu:.2f}x"]
        )
        ratio_rows.append(
            [label, "BM25 vs BM25", f"{ours_b['recall@1'] / peer_b['recall@1']:.2f}",
             f"{ours_b['recall@5'] / peer_b['recall@5']:.2f}", f"{ours_b['mrr@10'] / peer_b['mrr@10']:.2f}",
             f"{peer_b['p50'] / ours_b['p50']:.1f}x",
             f"{builds['peer BM25'].cpu / builds['ours BM25 side'].cpu:.2f}x"]
        )
        for name in ("ours full", "peer full", "ours BM25 side", "peer BM25"):
            clock = builds[name]
            speed_rows.append([label, name, builds["passages"], f"{clock.wall:.1f}", f"{clock.cpu:.1f}", clock.load])
    lines += [
        "### Ratios (ours ÷ peer for quality, peer ÷ ours for time: above 1 means we are ahead)", "",
        common.table(["set", "pair", "R@1", "R@5", "MRR@10", "query p50 speed-up", "build CPU speed-up"], ratio_rows),
        "", "### Quality and query latency (30 passages fetched; ms, query embedding included)", "",
        common.table(["set", "system", "R@1", "R@5", "MRR@10", "p50 ms", "p95 ms", "p99 ms"], quality_rows),
        "", "### Index build (full = with embedding; BM25 = the keyword side alone)", "",
        common.table(["set", "build", "passages", "wall s", "CPU s", "load"], speed_rows),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--scale", type=int, default=0, help="also query speed at this many passages")
    parser.add_argument("--questions", type=int, default=200, help="questions asked at scale")
    args = parser.parse_args()
    runs = []
    for label, path in common.DATASETS.items():
        print(f"{label} ...", file=sys.stderr, flush=True)
        runs.append(run_dataset(label, path))
    body = report(runs)
    if args.scale:
        body += "\n\n" + report_scaled(args.scale, run_scaled(args.scale, args.questions))
    note = (
        "Peers as Langchain-Chatchat ships them: rank_bm25 BM25Okapi over jieba.lcut_for_search,"
        " and that BM25 with FAISS over the same USE vectors in an EnsembleRetriever (weights"
        " 0.5/0.5, weighted RRF, c = 60). Same passages and ranking text (title + passage) for all."
    )
    command = "python benchmarks/peers.py" + (f" --scale {args.scale}" if args.scale else "")
    text = common.header("Against peers (benchmarks/peers.py)", command, note) + "\n" + body
    print(text)
    if not args.no_write:
        common.write_section(SECTION, text)


if __name__ == "__main__":
    main()
