"""Shared benchmark helpers: real text scaled by perturbation, machine facts, RESULTS.md sections.

Scaling keeps the text real: every context of the shared CMRC 2018 and DRCD sets (and the
seed page's articles) is cut into newspaper-sized paragraphs (~150 characters, at sentence
ends), and each further copy is perturbed the way news repeats itself: sentences shuffled
within a paragraph, numbers changed, a few characters swapped for others drawn from the
same text, titles varied. Nothing is random strings, and no two copies are identical.
"""

from __future__ import annotations

import json
import os
import platform
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from qa.types import Article  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"
DATASETS = {
    "CMRC": EVAL / "cmrc2018" / "cmrc2018_trial.json",
    "DRCD": EVAL / "drcd" / "DRCD_test.json",
}
# Sections are written here; point it elsewhere to run from a clean checkout of a commit
# (git worktree) while writing into the working copy's file.
RESULTS = Path(os.environ.get("QA_BENCH_RESULTS", ROOT / "benchmarks" / "RESULTS.md"))
SEED = ROOT / "tests" / "data" / "seed_expected.json"
# Generated corpora are cached here between runs (never committed).
CACHE = Path(os.environ.get("QA_BENCH_CACHE", "/tmp/qa-bench"))
PARAGRAPH_CHARS = 150
# A year of a daily paper: about 150,000 paragraphs of ~150 characters.
YEAR_CHARS = 22_000_000
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")
PLACES = ("南昌", "九江", "赣州", "上饶", "萍乡", "宜春", "抚州", "吉安", "景德镇", "新余", "鹰潭")
AUTHORS = ("胡位涛", "肖俊", "黎志文", "冷英群", "刘琼", "叶功富", "叶嘉卿", "钟天明", "李嘉勋", "罗斌")


# --- real text ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def source_texts() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(title, paragraphs) of every distinct shared context and seed-page article, the
    paragraphs cut to about PARAGRAPH_CHARS characters at sentence ends."""
    seen: set[str] = set()
    found: list[tuple[str, tuple[str, ...]]] = []
    for path in DATASETS.values():
        for entry in json.loads(path.read_text("utf-8-sig"))["data"]:
            for paragraph in entry.get("paragraphs", []):
                context = paragraph.get("context", "").strip()
                if context and context not in seen:
                    seen.add(context)
                    found.append((entry.get("title", ""), tuple(split_paragraphs(context))))
    for record in json.loads(SEED.read_text("utf-8")):
        if record["kind"] == "article":
            paragraphs = [p for text in record["paragraphs"] for p in split_paragraphs(text)]
            found.append((record["title"], tuple(paragraphs)))
    return tuple(found)


def split_paragraphs(text: str, size: int = PARAGRAPH_CHARS) -> list[str]:
    """Cut text at sentence ends into paragraphs of about ``size`` characters."""
    sentences = [s for s in _SENTENCE.findall(text) if s.strip()]
    paragraphs, current = [], ""
    for sentence in sentences:
        if current and len(current) + len(sentence) > size * 1.3:
            paragraphs.append(current)
            current = ""
        current += sentence
        if len(current) >= size:
            paragraphs.append(current)
            current = ""
    if current:
        if paragraphs and len(current) < size // 3:
            paragraphs[-1] += current
        else:
            paragraphs.append(current)
    return paragraphs


def perturb(paragraph: str, rng: random.Random, alphabet: str) -> str:
    """A news-like variant of a paragraph: sentences shuffled, numbers changed, about one
    character in 40 replaced by another character of the corpus."""
    if not paragraph:
        return paragraph
    sentences = [s for s in _SENTENCE.findall(paragraph) if s]
    if len(sentences) > 1:
        rng.shuffle(sentences)
    text = "".join(sentences)
    text = _DIGIT.sub(lambda m: str(rng.randrange(10)), text)
    chars = list(text)
    for _ in range(max(1, len(chars) // 40)):
        position = rng.randrange(len(chars))
        if _CJK.match(chars[position]):
            chars[position] = rng.choice(alphabet)
    return "".join(chars)


def vary_title(title: str, rng: random.Random, alphabet: str) -> str:
    """A title for a copy: a long one perturbed, a short one given a place name."""
    if len(title) > 6:
        return perturb(title, rng, alphabet)
    return f"{rng.choice(PLACES)}{title}"


@lru_cache(maxsize=1)
def alphabet() -> str:
    """Every CJK character of the source texts, once per occurrence (so frequent ones
    are drawn more often)."""
    return "".join(c for _, paragraphs in source_texts() for p in paragraphs for c in p if _CJK.match(c))


def scaled_articles(passages: int, seed: int = 0) -> list[Article]:
    """Articles holding about ``passages`` paragraphs: the sources as they are first,
    then perturbed copies under new ids and varied titles.

    Returns:
        articles in order; a prefix of a larger call with the same seed is this call's
        result for a smaller count when the counts cut at the same article.
    """
    rng = random.Random(seed)
    letters = alphabet()
    sources = source_texts()
    articles: list[Article] = []
    total = 0
    copy = 0
    while total < passages:
        for number, (title, paragraphs) in enumerate(sources):
            if total >= passages:
                break
            if copy:
                paragraphs = tuple(perturb(p, rng, letters) for p in paragraphs)
                title = vary_title(title, rng, letters)
            articles.append(
                Article(
                    id=f"s{copy}-{number}",
                    title=title,
                    paragraphs=paragraphs,
                    authors=(rng.choice(AUTHORS),),
                    source=f"scaled/{copy}/{number}.txt",
                )
            )
            total += len(paragraphs)
        copy += 1
    return articles


def year_of_pages(folder: Path, days: int = 365, seed: int = 0, pages_per_day: int = 10) -> dict:
    """Write ``days`` days of a daily paper as raw newspaper pages (``MM/DDD-pNN.txt``),
    laid out like the seed page by tests/pagegen.py from perturbed real text; a day holds
    YEAR_CHARS / 365 characters of paragraphs. Kept when already complete (the counts are
    written beside the folder, as ``<folder>.json``).

    Returns:
        counts: days, files, articles, paragraphs, chars (of paragraph text), bytes.
    """
    from pagegen import Known, make_page

    done = folder.with_name(folder.name + ".json")
    if done.exists():
        stats = json.loads(done.read_text("utf-8"))
        if stats.get("days") == days and stats.get("seed") == seed:
            return stats
    rng = random.Random(seed)
    letters = alphabet()
    sources = list(source_texts())
    per_page = YEAR_CHARS // 365 // pages_per_day
    stats = {"days": days, "seed": seed, "files": 0, "articles": 0, "paragraphs": 0, "chars": 0, "bytes": 0}
    order: list[int] = []
    for day in range(days):
        for page in range(1, pages_per_day + 1):
            items, page_chars = [], 0
            while page_chars < per_page:
                if not order:
                    order = list(range(len(sources)))
                    rng.shuffle(order)
                title, paragraphs = sources[order.pop()]
                paragraphs = tuple(perturb(p, rng, letters) for p in paragraphs)
                authors = tuple(rng.sample(AUTHORS, rng.choice((1, 1, 2))))
                items.append(Known("article", vary_title(title, rng, letters), "", "", authors, "", paragraphs))
                page_chars += sum(map(len, paragraphs))
                stats["paragraphs"] += len(paragraphs)
            stats["articles"] += len(items)
            stats["chars"] += page_chars
            path = folder / f"{day * 12 // days + 1:02d}" / f"{day:03d}-p{page:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(make_page(items, rng).text, "utf-8")
            stats["files"] += 1
            stats["bytes"] += path.stat().st_size
    done.write_text(json.dumps(stats), "utf-8")
    return stats


# --- machine facts and results ------------------------------------------------------------


def load_average() -> float:
    """The 1-minute load average."""
    return round(os.getloadavg()[0], 2)


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0))


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_mb() -> float:
    """Current resident memory of this process, in MB (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def machine() -> str:
    """One line: host kind, cores, CPU, memory, Python."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"Linux {platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory:.0f} GB RAM, Python {platform.python_version()}"


def now() -> str:
    """The date and time in UTC, to the minute."""
    return f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"


def percentiles(seconds: list[float]) -> dict[str, float]:
    """p50/p95/p99 of durations, in milliseconds."""
    ordered = sorted(seconds)
    if not ordered:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0}

    def at(share: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000, 2)

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99)}


class Clock:
    """Wall and CPU seconds of a block, with the load average at its start and end."""

    def __enter__(self) -> Clock:
        self.load_before = load_average()
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu
        self.load_after = load_average()

    @property
    def load(self) -> str:
        return f"{self.load_before:.1f}→{self.load_after:.1f}"


def table(header: list[str], rows: list[list]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def write_section(name: str, body: str) -> None:
    """Replace the section between ``<!-- name:start -->`` and ``<!-- name:end -->`` in
    RESULTS.md (appended when new); every other section stays as it is."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    old = RESULTS.read_text("utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if start in old and end in old:
        new = old[: old.index(start)] + block + old[old.index(end) + len(end) :]
    else:
        new = old.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(new, "utf-8")


def commit() -> str:
    """The checkout's commit, marked when files differ from it."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + (" with uncommitted changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def header(title: str, command: str, note: str = "") -> str:
    """The opening lines every section carries: title, command, commit, machine, date, load."""
    return (
        f"## {title}\n\nCommand: `{command}` at commit {commit()}  \nMachine: {machine()}; {now()}; load average"
        f" {load_average()} at the end (the machine is shared with other jobs: wall times are"
        f" noisy, CPU seconds steadier).{(' ' + note) if note else ''}\n"
    )


def batched(items: list, size: int) -> Iterator[list]:
    """Consecutive slices of at most ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def free_port() -> int:
    """A TCP port free on loopback now."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url: str, process, timeout: float, poll: float = 0.5, log=None) -> None:
    """Return once ``url`` answers 200; SystemExit when ``process`` exits first (with the
    tail of ``log``, an open file, when given) or after ``timeout`` seconds."""
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = ""
            if log is not None:
                log.seek(0)
                tail = ": " + log.read()[-2000:]
            raise SystemExit(f"app.py exited with {process.returncode} before serving{tail}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(poll)
    raise SystemExit(f"app.py did not serve {url} within {timeout:.0f} s")
