"""Query latency, memory and the FAISS choice at 1k, 10k and 100k passages of real text.

The corpus is every shared CMRC/DRCD context (and the seed page's articles) cut into
~150-character paragraphs, then repeated with perturbation (benchmarks/common.py) to
each size; the smaller corpora are prefixes of the largest, whose vectors they reuse.
Questions are real dev-set questions whose context is among the first (unperturbed)
copies, so every size can answer them and the larger ones add near-duplicate
distractors. The 100k index is built once and cached under $QA_BENCH_CACHE.

    python benchmarks/scale.py                          # 1k, 10k, 100k; then RESULTS.md
    python benchmarks/scale.py --sizes 1000,10000 --no-write
    python benchmarks/scale.py --before /tmp/old-checkout   # also the memory of another checkout
    python benchmarks/scale.py --passages 1000000           # one machine, a million passages

``--passages N`` above the largest size builds an N-passage index from the same corpus
recipe (cached): passages present in the largest index keep its real vectors; every
further copy of a source paragraph gets that paragraph's real vector plus Gaussian noise
(σ 0.02 a dimension, renormalised: cosine ≈ 0.9 with the original, as benchmarks/retrieval.py
scales vectors), since embedding a million passages takes this 2-core machine an hour.
It then reports the memory of the loaded index (quantised dense search, BM25 memory-mapped),
search and ask latency, and R@1 against exact dense search over the same vectors, with
the IVF settings checked on both halves of the questions.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

import common
import numpy as np

from qa.evaluate import gold_rank, load_squad
from qa.index import Index
from qa.retrieve.chunk import ranking_context

SECTION = "scale"
VERSION = 1  # bump when the corpus recipe changes (invalidates the cache)

_MEMORY_CHILD = """
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[2]) if len(sys.argv) > 2 else None
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
def status(field):
    # From /proc: ru_maxrss survives exec on Linux, so a child spawned by a big parent
    # would report the parent's size as its peak; VmHWM belongs to this program alone.
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
from qa.retrieve.embedders import get_embedder
from qa.index import Index
import qa
get_embedder(None).encode_queries(["预热"])
base = rss()
start = time.perf_counter()
index = Index.load(sys.argv[1])
loaded = time.perf_counter() - start
after_load = rss()
for q in ["铜鼓县电子公函使用率", "香港仔原本称为什么", "中兴大学在哪里设立研发中心"] * 10:
    index.ask(q)
print(json.dumps({"base": base, "loaded": after_load, "after_queries": rss(),
    "peak": status("VmHWM"), "anon": status("RssAnon"), "file": status("RssFile"), "load_s": loaded,
    "passages": len(index.passages), "qa": os.path.dirname(qa.__file__)}))
"""


class SurrogateEmbedder:
    """For a model too slow to embed 100k passages here (e5: hours): a text's real vector
    when benchmarks/out/vectors/ holds it (the eval sets' sentences: most of the first,
    unperturbed copy), else a real vector of another sentence picked by the text's hash,
    with noise (σ 0.02 a dimension), renormalised. Queries are encoded by the real model.
    Latency is what this measures; the dense side's quality on the copies is not real."""

    def __init__(self, model: str) -> None:
        from vectors import StoredEmbedder

        self.stored = StoredEmbedder(model)
        self.inner = self.stored.inner
        self.name, self.dim = self.inner.name, self.inner.dim
        self.pool = np.stack(list(self.stored._vectors.values())).astype(np.float32)
        self.real = self.surrogate = 0

    @property
    def prefixes(self):
        return self.stored.prefixes

    def encode_queries(self, texts):
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts, progress=False):
        import hashlib

        from vectors import _key

        out = np.zeros((len(texts), self.dim), np.float32)
        for i, text in enumerate(texts):
            known = self.stored._vectors.get(_key("p", text))
            if known is not None:
                out[i] = known
                self.real += 1
                continue
            seed = int.from_bytes(hashlib.sha1(text.encode()).digest()[:8], "little")
            rng = np.random.default_rng(seed)
            vector = self.pool[seed % len(self.pool)] + rng.normal(0, 0.02, self.dim).astype(np.float32)
            out[i] = vector / np.linalg.norm(vector)
            self.surrogate += 1
        return out


class LookupEmbedder:
    """Passage vectors looked up from a built index by their ranking text; queries encoded
    by the real model."""

    def __init__(self, index: Index) -> None:
        from qa.retrieve.sentence_vectors import passage_sentences

        self.inner = index.embedder
        self.name, self.dim = self.inner.name, self.inner.dim
        dense = index._snapshot.dense
        self.known = {_dense_text(index, p): dense.vectors[r] for r, p in enumerate(index.passages)}
        if dense.sentences is not None:  # an index of sentence vectors is asked for sentences
            store = dense.sentences
            for r, p in enumerate(index.passages):
                for n, text in enumerate(passage_sentences(p.text)):
                    self.known[text] = np.asarray(store.vectors[store.starts[r] + n], dtype=np.float32)

    def encode_queries(self, texts):
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts, progress=False):
        return np.stack([self.known[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def _dense_text(index: Index, passage) -> str:
    context = ranking_context(index.articles[passage.article_id])
    return f"{context}\n{passage.text}" if context else passage.text


def questions(count: int, first_copy_ids: set[str], seed: int = 0) -> list[tuple[str, str]]:
    """(question, gold article id) of real questions whose context is in the corpus."""
    by_context = {}
    for number, (_, paragraphs) in enumerate(common.source_texts()):
        by_context["".join(paragraphs)] = f"s0-{number}"
    found = []
    for path in common.DATASETS.values():
        articles, qs = load_squad(path)
        context_of = {a.id: a.text for a in articles}
        for q in qs:
            gold = by_context.get("".join(common.split_paragraphs(context_of[q.gold])))
            if gold in first_copy_ids:
                found.append((q.text, gold))
    random.Random(seed).shuffle(found)
    return found[:count]


def largest_index(size: int, model: str | None = None, surrogate: bool = False) -> tuple[Index, Path]:
    from qa.retrieve.embedders import canonical_name, get_embedder

    name = canonical_name(model)
    folder = common.CACHE / f"scale-{size}-v{VERSION}-{name}{'-surrogate' if surrogate else ''}"
    if (folder / "manifest.json").exists():
        return Index.load(folder), folder
    print(f"building the {size:,}-passage index (cached in {folder}) ...", file=sys.stderr, flush=True)
    embedder = SurrogateEmbedder(name) if surrogate else get_embedder(name)
    with common.Clock() as clock:
        index = Index.build(common.scaled_articles(size), model=embedder, progress=True)
    print(f"built in {clock.wall:.0f} s wall, {clock.cpu:.0f} s CPU (load {clock.load})", file=sys.stderr)
    if surrogate:
        print(f"vectors: {embedder.real} real, {embedder.surrogate} surrogate", file=sys.stderr)
    index.save(folder)
    return Index.load(folder), folder


def latency_row(index: Index, asked: list[tuple[str, str]]) -> dict:
    """Latency of search in each mode and of ask, measured interleaved question by
    question (so the machine's load drifts over all alike), and R@1.

    R@1 counts a hit on any copy of the gold context (ids s<copy>-<source>): the copies
    are near-duplicates with other numbers, so "the original first" is reported apart.
    """
    index.search("预热", k=1)
    index.ask("预热")
    times: dict[str, list[float]] = {"hybrid": [], "bm25": [], "dense": [], "ask": []}
    ranks: dict[str, list] = {"hybrid": [], "bm25": [], "dense": []}
    original = 0
    load_before = common.load_average()
    for question, gold in asked:
        for mode in ("hybrid", "bm25", "dense"):
            start = time.perf_counter()
            hits = index.search(question, k=5, mode=mode)
            times[mode].append(time.perf_counter() - start)
            ranks[mode].append(gold_rank([_source(h.passage.article_id) for h in hits], _source(gold)))
            if mode == "hybrid":
                original += bool(hits) and hits[0].passage.article_id == gold
        start = time.perf_counter()
        index.ask(question)
        times["ask"].append(time.perf_counter() - start)
    row = {"passages": len(index.passages), "articles": len(index.articles), "load_before": load_before,
           "load_after": common.load_average(), "original_first": original / len(asked)}
    for name, values in times.items():
        row[name] = common.percentiles(values)
    row["raw"] = times
    for mode, found in ranks.items():
        row[f"{mode}_r1"] = sum(r == 1 for r in found) / len(found)
    return row


def _source(article_id: str) -> str:
    """The source context an article copies: "s3-17" -> "17"."""
    return article_id.split("-", 1)[-1]


def faiss_rows(index: Index, asked: list[tuple[str, str]], sizes: list[int]) -> list[list]:
    """Exact vs HNSW (the settings qa/retrieve/dense.py uses above its limit) on prefixes."""
    import faiss

    from qa.retrieve.dense import HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH, HNSW_M

    all_vectors = index._snapshot.dense.vectors
    queries = index.embedder.encode_queries([q for q, _ in asked])
    rows = []
    faiss.omp_set_num_threads(1)
    for size in sizes:
        vectors = np.ascontiguousarray(all_vectors[:size])
        exact = faiss.IndexFlatIP(vectors.shape[1])
        exact.add(vectors)
        hnsw = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
        hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        faiss.omp_set_num_threads(common.cores())
        with common.Clock() as build:
            hnsw.add(vectors)
        faiss.omp_set_num_threads(1)
        params = faiss.SearchParametersHNSW(efSearch=HNSW_EF_SEARCH)
        found, exact_times, hnsw_times = 0, [], []
        for query in queries:
            q = query.reshape(1, -1)
            start = time.perf_counter()
            _, truth = exact.search(q, 10)
            exact_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            _, approx = hnsw.search(q, 10, params=params)
            hnsw_times.append(time.perf_counter() - start)
            found += len(set(truth[0].tolist()) & set(approx[0].tolist()))
        rows.append([f"{size:,}", common.percentiles(exact_times)["p50"], common.percentiles(hnsw_times)["p50"],
                     f"{build.wall:.1f}", f"{found / (10 * len(queries)):.3f}", f"{size * vectors.shape[1] * 4 / 2**20:.0f}"])
    return rows


class CopyVectors:
    """Vectors of a scaled corpus in passage order, without embedding: real ones for
    passages the largest index holds, noisy copies of their source paragraph's for the rest."""

    def __init__(self, base: Index, articles: list, sigma: float = 0.02, seed: int = 0) -> None:
        from qa.retrieve.chunk import chunk_article

        self.inner = base.embedder
        self.name, self.dim = self.inner.name, self.inner.dim
        vectors = base._snapshot.dense.vectors
        row_of = {p.id: r for r, p in enumerate(base.passages)}
        plan = []
        for article in articles:
            source = "s0-" + _source(article.id)
            for passage in chunk_article(article):
                row = row_of.get(passage.id)
                if row is not None:
                    plan.append((row, False))
                else:
                    row = row_of.get(f"{source}:{passage.paragraph}", row_of.get(f"{source}:1", 0))
                    plan.append((row, True))
        self.rows = np.asarray([r for r, _ in plan], dtype=np.int64)
        self.noisy = np.asarray([n for _, n in plan], dtype=bool)
        self.vectors = vectors
        self.sigma = sigma
        self.rng = np.random.default_rng(seed)
        self.done = 0

    def encode_queries(self, texts):
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts, progress=False):
        rows = self.rows[self.done : self.done + len(texts)]
        noisy = self.noisy[self.done : self.done + len(texts)]
        self.done += len(texts)
        out = np.asarray(self.vectors[rows], dtype=np.float32)
        out[noisy] += self.rng.normal(0, self.sigma, size=(int(noisy.sum()), self.dim)).astype(np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def million_index(size: int, base: Index) -> Path:
    """The cached ``size``-passage index built with ``CopyVectors`` (see the docstring)."""
    folder = common.CACHE / f"scale-{size}-copies-v{VERSION}"
    if (folder / "manifest.json").exists():
        return folder
    print(f"building the {size:,}-passage index (cached in {folder}) ...", file=sys.stderr, flush=True)
    articles = common.scaled_articles(size)
    with common.Clock() as clock:
        index = Index.build(articles, model=CopyVectors(base, articles), progress=True)
    index.embedder = base.embedder
    print(f"built in {clock.wall:.0f} s wall, {clock.cpu:.0f} s CPU (load {clock.load})", file=sys.stderr)
    index.save(folder)
    return folder


def quantised_rows(folder: Path, asked: list[tuple[str, str]]) -> tuple[list[list], dict]:
    """R@1 and latency of the loaded (quantised, memory-mapped) index against exact dense
    search over the same vectors, on even and odd questions apart, for a few IVF settings."""
    import faiss

    import qa.retrieve.dense as dense
    from qa.retrieve.dense import DenseIndex

    index = Index.load(folder)
    quantised = index._snapshot.dense
    flat = faiss.IndexFlatIP(quantised.dim)
    for start in range(0, len(quantised.vectors), 65536):
        flat.add(np.ascontiguousarray(quantised.vectors[start : start + 65536]))
    exact = DenseIndex(None, 10**12, flat)
    rows, chosen = [], {}
    settings = [("exact", None, None), ("IVF-SQ8", 32, 256), ("IVF-SQ8", 16, 128)]
    for name, nprobe, rescore in settings:
        if nprobe is None:
            index._snapshot = replace_dense(index._snapshot, exact)
        else:
            index._snapshot = replace_dense(index._snapshot, quantised)
            dense.NPROBE, dense.RESCORE = nprobe, rescore
        halves = [latency_row(index, asked[0::2]), latency_row(index, asked[1::2])]
        row = {key: halves[0][key] for key in ("passages",)}
        for key in ("hybrid_r1", "dense_r1", "bm25_r1"):
            row[key] = [h[key] for h in halves]
        for call in ("ask", "hybrid", "dense"):
            row[call] = common.percentiles(halves[0]["raw"][call] + halves[1]["raw"][call])
        row["load"] = f"{halves[0]['load_before']:.1f}→{halves[1]['load_after']:.1f}"
        label = name if nprobe is None else f"{name} nprobe {nprobe}, re-score {rescore}"
        chosen[label] = row
        rows.append([label, f"{row['hybrid_r1'][0]:.3f} / {row['hybrid_r1'][1]:.3f}",
                     f"{row['dense_r1'][0]:.3f} / {row['dense_r1'][1]:.3f}", row["dense"]["p50"],
                     row["hybrid"]["p50"], row["ask"]["p50"], row["ask"]["p95"], row["load"]])
    dense.NPROBE, dense.RESCORE = 32, 256
    return rows, chosen


def replace_dense(snapshot, dense_index):
    from qa.retrieve.hybrid import Snapshot

    return Snapshot(snapshot.articles, snapshot.passages, snapshot.sparse, dense_index)


def million(args) -> None:
    """``--passages N``: build (once), then memory, latency and R@1 of the loaded index."""
    base, _ = largest_index(100_000)
    folder = million_index(args.passages, base)
    del base
    first_ids = {a.id for a in common.scaled_articles(1000)}
    asked = questions(args.questions, first_ids)
    mem = memory(folder)
    print(mem, file=sys.stderr, flush=True)
    rows, _ = quantised_rows(folder, asked)
    size = sum(f.stat().st_size for f in folder.iterdir()) / 2**30
    lines = [
        f"{len(asked)} real questions, k=5, one at a time; R@1 as above (any copy of the gold context),"
        " on even / odd questions (the IVF settings are chosen on the even half, checked on the odd)."
        f" Index folder: {size:.1f} GB on disk.", "",
        common.table(
            ["dense search", "hybrid R@1 even / odd", "dense R@1 even / odd", "dense p50 ms", "search p50 ms",
             "ask p50 ms", "ask p95 ms", "load"], rows),
        "", f"### Memory of the {mem['passages']:,}-passage index (a fresh process: model loaded, index loaded, 30 asks)", "",
        common.table(
            ["RSS with model MB", "+ index loaded MB", "after 30 asks MB", "of which file pages MB", "peak MB",
             "index load s"],
            [[f"{mem['base']:.0f}", f"{mem['loaded']:.0f}", f"{mem['after_queries']:.0f}", f"{mem['file']:.0f}",
              f"{mem['peak']:.0f}", f"{mem['load_s']:.1f}"]]),
        "", "File pages are the memory-mapped BM25 weights and vectors the asks read (page cache the kernel"
        " can reclaim); the rest is the process's own memory.",
    ]
    note = ("Vectors: real for the first ~100k passages, noisy copies of their source paragraph's real"
            " vector beyond (σ 0.02, renormalised); text and BM25 are the real perturbed copies.")
    command = "python benchmarks/scale.py " + " ".join(sys.argv[1:])
    text = common.header(f"One machine, {args.passages:,} passages (benchmarks/scale.py --passages)", command, note)
    text += "\n" + "\n".join(lines)
    print(text)
    if not args.no_write:
        common.write_section("scale-million", text)


def memory(folder: Path, checkout: str | None = None) -> dict:
    command = [sys.executable, "-c", _MEMORY_CHILD, str(folder)] + ([checkout] if checkout else [])
    out = subprocess.run(command, capture_output=True, text=True, check=True, cwd=checkout or common.ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--before", default=None, help="another checkout whose memory use to compare")
    parser.add_argument("--model", default=None, help="embedding model (default: the default model)")
    parser.add_argument("--surrogate", action="store_true",
                        help="vectors from benchmarks/out/vectors/ (real where held, reused with noise elsewhere)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--passages", type=int, default=None, help="one size past the largest (e.g. 1000000)")
    args = parser.parse_args()
    if args.passages:
        million(args)
        return
    sizes = sorted(int(s) for s in args.sizes.split(","))
    largest, folder = largest_index(sizes[-1], args.model, args.surrogate)
    first_ids = {a.id for a in common.scaled_articles(sizes[0])}
    asked = questions(args.questions, first_ids)
    latency_rows = []
    for size in sizes:
        if size == sizes[-1]:
            index = largest
        else:
            index = Index.build(common.scaled_articles(size), model=LookupEmbedder(largest))
            index.embedder = largest.embedder
        row = latency_row(index, asked)
        print(row, file=sys.stderr, flush=True)
        latency_rows.append(row)
    faiss_table = faiss_rows(largest, asked, [s for s in sizes if s >= 10_000])
    mem = {"after": memory(folder)}
    if args.before:
        mem["before"] = memory(folder, args.before)

    def ms(d):
        return [d["p50"], d["p95"], d["p99"]]

    lines = [
        f"{len(asked)} real questions (CMRC and DRCD, context among the first unperturbed copies); k=5;"
        " the model loaded and warmed before timing; one process, one query at a time, the four calls"
        " interleaved question by question. R@1: the top hit is the gold context or one of its"
        " perturbed copies; original first: the unperturbed gold itself is the top hybrid hit (its"
        " copies differ in numbers and 1 character in 40, so this measures telling near-duplicates apart).", "",
        common.table(
            ["passages", "articles", "search p50 ms", "p95", "p99", "ask p50 ms", "p95", "p99",
             "BM25 p50", "dense p50", "hybrid R@1", "BM25 R@1", "dense R@1", "original first", "load"],
            [[f"{r['passages']:,}", f"{r['articles']:,}", *ms(r["hybrid"]), *ms(r["ask"]), r["bm25"]["p50"],
              r["dense"]["p50"], f"{r['hybrid_r1']:.3f}", f"{r['bm25_r1']:.3f}", f"{r['dense_r1']:.3f}",
              f"{r['original_first']:.3f}", f"{r['load_before']:.1f}→{r['load_after']:.1f}"] for r in latency_rows],
        ),
        "", f"### Memory of the {len(largest.passages):,}-passage index (a fresh process: model loaded, index loaded, 30 asks)", "",
        common.table(
            ["code", "RSS with model MB", "+ index loaded MB", "after 30 asks MB", "peak MB", "index load s"],
            [[name if name == "after" else f"before ({args.before})", f"{m['base']:.0f}", f"{m['loaded']:.0f}",
              f"{m['after_queries']:.0f}", f"{m['peak']:.0f}", f"{m['load_s']:.1f}"] for name, m in mem.items()],
        ),
        "", "### Dense search: exact (shipped up to 200,000 passages) vs HNSW (M 32, efConstruction 80, efSearch 256), one thread", "",
        common.table(["passages", "exact p50 ms", "HNSW p50 ms", "HNSW build s (2 threads)", "HNSW recall@10 vs exact", "vectors MB"], faiss_table),
    ]
    note = (f"Model {largest.embedder.name}. The corpus: real contexts repeated with perturbation (sentence order,"
            " numbers, 1 character in 40).")
    if args.surrogate:
        note += (" Vectors: real (benchmarks/out/vectors/) for the texts the eval sets hold, elsewhere another"
                 " sentence's real vector with noise: the latency is real, the dense side's R@1 on the copies is not.")
    command = "python benchmarks/scale.py" + (" " + " ".join(sys.argv[1:]) if sys.argv[1:] else "")
    text = common.header("Scale: 1k, 10k, 100k passages (benchmarks/scale.py)", command, note) + "\n" + "\n".join(lines)
    print(text)
    if not args.no_write:
        common.write_section(SECTION, text)


if __name__ == "__main__":
    main()
