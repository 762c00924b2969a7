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
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HEADING = "## Load: concurrent chat users (benchmarks/load.py)"
MAX_REQUESTS_PER_USER = 2000
# Loopback http: nothing to verify, and with verification on, gradio_client builds an SSL
# context for every request (two fresh httpx clients an ask): 50 ms of client CPU instead of 4.
START_TIMEOUT = 600.0

sys.path.insert(0, str(REPO))
import common  # noqa: E402

from qa.web.catalogue import SEED_QUESTIONS  # noqa: E402

QUESTIONS = [question for question, _ in SEED_QUESTIONS]


def start_app(index_dir: Path, port: int, log_path: Path) -> subprocess.Popen:
    env = {**os.environ, "QA_HOST": "127.0.0.1", "QA_PORT": str(port), "QA_INDEX": str(index_dir)}
    env.pop("SPACE_ID", None)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    log = open(log_path, "w")  # noqa: SIM115 (lives as long as the process)
    return subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log, stderr=log)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run_users(url: str, first: int, users: int, start_at: float, seconds: float) -> dict:
    """One load process: ``users`` threads with a gradio_client each, asking from the
    wall-clock time ``start_at`` for ``seconds``.

    Returns:
        latencies (seconds), errors, the time the last ask ended and this process's CPU.
    """
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    ended: list[float] = []
    lock = threading.Lock()
    cpu_before = sum(os.times()[:2])

    def user(number: int) -> None:
        try:
            client = Client(url, verbose=False, ssl_verify=False)
        except Exception as error:  # a user that cannot connect is an error, not a crash
            with lock:
                errors.append(f"connect: {error!r}")
            return
        time.sleep(max(0.0, start_at - time.time()))
        for turn in range(MAX_REQUESTS_PER_USER):
            if time.time() >= start_at + seconds:
                break
            question = QUESTIONS[(number + turn) % len(QUESTIONS)]
            start = time.perf_counter()
            try:
                result = client.predict(question, api_name="/ask")
                problem = None if result.get("question") else f"bad reply: {result!r:.80}"
            except Exception as error:
                problem = f"{type(error).__name__}: {error}"
            with lock:
                latencies.append(time.perf_counter() - start)
                ended.append(time.time())
                if problem:
                    errors.append(problem)

    threads = [threading.Thread(target=user, args=(first + n,), daemon=True) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, start_at - time.time()) + seconds + 120)
    return {
        "latencies": latencies,
        "errors": errors,
        "ended": max(ended, default=start_at),
        "cpu": sum(os.times()[:2]) - cpu_before,
    }


def run_load(url: str, users: int, processes: int, seconds: float) -> dict:
    """Spread the users over load processes (each with its own GIL, at lower CPU priority
    than the app, as if they were other machines) and merge what they measured."""
    start_at = time.time() + 5 + users * 0.25  # time for every client to connect first
    workers = []
    for number in range(processes):
        share = users // processes + (1 if number < users % processes else 0)
        first = sum(users // processes + (1 if n < users % processes else 0) for n in range(number))
        command = [sys.executable, __file__, "--worker", url, str(first), str(share), str(start_at), str(seconds)]
        workers.append(
            subprocess.Popen(command, stdout=subprocess.PIPE, text=True, preexec_fn=lambda: os.nice(10))
        )
    results = [json.loads(worker.communicate(timeout=start_at - time.time() + seconds + 300)[0]) for worker in workers]
    return {
        "latencies": [x for r in results for x in r["latencies"]],
        "errors": [x for r in results for x in r["errors"]],
        "elapsed": max(r["ended"] for r in results) - start_at,
        "cpu": sum(r["cpu"] for r in results),
    }


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
    """Replace this script's block in RESULTS.md (other scripts' blocks, and the notes on
    earlier runs kept after the block, stay)."""
    common.write_section("load", section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline", type=int, default=20, help="sequential asks before the load")
    parser.add_argument("--processes", type=int, default=4, help="load processes sharing the users")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:  # one load process, started by run_load
        url, first, users, start_at, seconds = argv[1:6]
        print(json.dumps(run_users(url, int(first), int(users), float(start_at), float(seconds))))
        return 0
    args = parser.parse_args(argv)
    if not (1 <= args.users <= 256 and 0 < args.seconds <= 600 and 1 <= args.processes <= args.users):
        parser.error("--users must be 1..256, --seconds 0..600, --processes 1..users")

    from gradio_client import Client

    with tempfile.TemporaryDirectory(prefix="qa-load-") as temp:
        port = common.free_port()
        url = f"http://127.0.0.1:{port}/"
        launched = time.perf_counter()
        process = start_app(Path(temp) / "index", port, Path(temp) / "app.log")
        try:
            common.wait_until_serving(url, process, START_TIMEOUT)
            client = Client(url, verbose=False, ssl_verify=False)
            first = client.predict(QUESTIONS[0], api_name="/ask")
            cold = time.perf_counter() - launched
            assert "100%" in first["answer"], first
            baseline = []
            for turn in range(args.baseline):
                start = time.perf_counter()
                client.predict(QUESTIONS[turn % len(QUESTIONS)], api_name="/ask")
                baseline.append(time.perf_counter() - start)
            load_before = os.getloadavg()[0]
            server_before = cpu_seconds(process.pid)
            load = run_load(url, args.users, args.processes, args.seconds)
            server_cpu = cpu_seconds(process.pid) - server_before
            load_after = os.getloadavg()[0]
            latencies, errors, elapsed, client_cpu = (
                load["latencies"], load["errors"], load["elapsed"], load["cpu"]
            )
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
    command = "python benchmarks/load.py" + "".join(f" {a}" for a in argv)
    section = "\n".join(
        [
            HEADING,
            "",
            f"- machine: {machine()}",
            f"- date: {datetime.date.today().isoformat()}",
            f"- command: `{command}` at commit {common.commit()}",
            "- setup: `python app.py` on 127.0.0.1 over the shipped corpus (index built into a temp"
            f" folder); {args.users} users, each a thread with its own gradio_client, spread over"
            f" {args.processes} load processes at nice 10 on the same machine, each user asking the"
            f" {len(QUESTIONS)} seed questions round-robin through `/ask` with no pause between asks",
            f"- cold start (process start → first answer, index built from corpus/): {cold:.1f} s",
            f"- one user alone ({args.baseline} asks in a row): p50 {statistics.median(baseline) * 1000:.0f} ms,"
            f" max {max(baseline) * 1000:.0f} ms",
            f"- machine load (1-minute load average) before/after the run: {load_before:.1f} / {load_after:.1f}"
            " (the app and the load processes add about 2; the rest is other work sharing the machine)",
            f"- CPU per request during the load: app {server_cpu / len(latencies) * 1000:.0f} ms,"
            f" the {args.users} gradio_client users {client_cpu / len(latencies) * 1000:.0f} ms"
            " (both on the same cores)",
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
