"""Load on the browser app: N concurrent gradio_client users asking the seed questions.

Starts ``python app.py`` on a free loopback port over the shipped corpus (index built into
a temporary folder), waits for the first answer, runs a sequential baseline, then N users
(threads, one gradio_client each) asking the seed questions round-robin until a deadline,
and writes throughput, latency percentiles and errors to benchmarks/RESULTS.md under its
own heading. Bounded in users, requests and time; loopback only.

    python benchmarks/load.py                      # 32 users for 30 s
    python benchmarks/load.py --users 8 --seconds 10 --no-write
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "RESULTS.md"
HEADING = "## Load: concurrent chat users (benchmarks/load.py)"
MAX_REQUESTS_PER_USER = 2000
START_TIMEOUT = 600.0

sys.path.insert(0, str(REPO))
from qa.ui import SEED_QUESTIONS  # noqa: E402

QUESTIONS = [question for question, _ in SEED_QUESTIONS]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_app(index_dir: Path, port: int, log_path: Path) -> subprocess.Popen:
    env = {**os.environ, "QA_HOST": "127.0.0.1", "QA_PORT": str(port), "QA_INDEX": str(index_dir)}
    env.pop("SPACE_ID", None)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    log = open(log_path, "w")  # noqa: SIM115 (lives as long as the process)
    return subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log, stderr=log)


def wait_until_up(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"app.py exited with {process.returncode} before serving")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"app.py did not serve {url} within {START_TIMEOUT:.0f} s")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run_users(url: str, users: int, seconds: float) -> tuple[list[float], list[str], float]:
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    clock = {}

    def start_clock() -> None:  # runs once, when every user is connected, before any asks
        clock["started"] = time.monotonic()
        clock["deadline"] = clock["started"] + seconds

    ready = threading.Barrier(users + 1, action=start_clock)

    def user(number: int) -> None:
        try:
            client = Client(url, verbose=False)
        except Exception as error:  # a user that cannot connect is an error, not a crash
            with lock:
                errors.append(f"connect: {error!r}")
            ready.wait()
            return
        ready.wait()
        for turn in range(MAX_REQUESTS_PER_USER):
            if time.monotonic() >= clock["deadline"]:
                break
            question = QUESTIONS[(number + turn) % len(QUESTIONS)]
            start = time.perf_counter()
            try:
                result = client.predict(question, api_name="/ask")
                took = time.perf_counter() - start
                problem = None if result.get("question") else f"bad reply: {result!r:.80}"
            except Exception as error:
                took, problem = time.perf_counter() - start, f"{type(error).__name__}: {error}"
            with lock:
                latencies.append(took)
                if problem:
                    errors.append(problem)

    threads = [threading.Thread(target=user, args=(n,), daemon=True) for n in range(users)]
    for thread in threads:
        thread.start()
    ready.wait()
    for thread in threads:
        thread.join(seconds + 120)
    return latencies, errors, time.monotonic() - clock["started"]


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        memory = next(
            int(line.split()[1]) // 2**20
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    except (OSError, StopIteration, ValueError):
        memory = 0
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({model}), {memory} GB RAM, Python {platform.python_version()}"


def write_results(section: str) -> None:
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if HEADING in text:
        start = text.index(HEADING)
        end = text.find("\n## ", start + len(HEADING))
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline", type=int, default=20, help="sequential asks before the load")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    if not (1 <= args.users <= 256 and 0 < args.seconds <= 600):
        parser.error("--users must be 1..256 and --seconds 0..600")

    from gradio_client import Client

    with tempfile.TemporaryDirectory(prefix="qa-load-") as temp:
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        launched = time.perf_counter()
        process = start_app(Path(temp) / "index", port, Path(temp) / "app.log")
        try:
            wait_until_up(url, process)
            client = Client(url, verbose=False)
            first = client.predict(QUESTIONS[0], api_name="/ask")
            cold = time.perf_counter() - launched
            assert "100%" in first["answer"], first
            baseline = []
            for turn in range(args.baseline):
                start = time.perf_counter()
                client.predict(QUESTIONS[turn % len(QUESTIONS)], api_name="/ask")
                baseline.append(time.perf_counter() - start)
            latencies, errors, elapsed = run_users(url, args.users, args.seconds)
        finally:
            process.terminate()
            process.wait(30)
            log_tail = (Path(temp) / "app.log").read_text(errors="replace")[-2000:]

    if not latencies:
        print(log_tail, file=sys.stderr)
        raise SystemExit("no request completed")
    ms = [x * 1000 for x in latencies]
    row = (
        f"| {args.users} | {elapsed:.0f} | {len(ms)} | {len(ms) / elapsed:.1f}"
        f" | {statistics.median(ms):.0f} | {percentile(ms, 0.95):.0f} | {percentile(ms, 0.99):.0f}"
        f" | {max(ms):.0f} | {len(errors)} |"
    )
    command = "python benchmarks/load.py" + "".join(f" {a}" for a in (argv or sys.argv[1:]))
    section = "\n".join(
        [
            HEADING,
            "",
            f"- machine: {machine()}",
            f"- date: {datetime.date.today().isoformat()}",
            f"- command: `{command}`",
            "- setup: `python app.py` on 127.0.0.1 over the shipped corpus (index built into a temp"
            " folder), one gradio_client per user thread in the same machine, each asking the"
            f" {len(QUESTIONS)} seed questions round-robin through the `/ask` endpoint",
            f"- cold start (process start → first answer, index built from corpus/): {cold:.1f} s",
            f"- one user alone ({args.baseline} asks in a row): p50 {statistics.median(baseline) * 1000:.0f} ms,"
            f" max {max(baseline) * 1000:.0f} ms",
            "",
            "| users | seconds | requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            row,
            "",
        ]
        + ([f"Errors (first 5): {errors[:5]}", ""] if errors else [])
    )
    print(section)
    if not args.no_write:
        write_results(section)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
