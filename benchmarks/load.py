"""Load on the browser app: N concurrent gradio_client users asking the seed questions,
some of them holding a private upload.

Starts ``python app.py`` on a free loopback port over the shipped corpus (index built into
a temporary folder), waits for the first answer, runs a sequential baseline, then N users
(threads, one gradio_client each) asking the seed questions round-robin until a deadline,
and writes throughput, latency percentiles and errors to benchmarks/RESULTS.md under its
own heading. Bounded in users, requests and time; loopback only.

With ``--private P`` (default 8) the app runs with QA_UPLOADS=session and the load runs
twice on it with the same question mix: first with no private files (the control), then
with users 0..P-1 each holding a private upload of their own (one article with a number
only it holds). Every PROBE_EVERY-th ask is a probe: user n asks about private file
n % P; its owner must get the number (a miss otherwise), anyone else must not (a leak).

    python benchmarks/load.py                      # 32 users, 8 with a private file, 30 s each
    python benchmarks/load.py --private 0          # the seed questions only, one run
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
PROBE_EVERY = 6  # with private files: every 6th ask is about one of them


def private_file(owner: int) -> tuple[str, str, str]:
    """(file name, text, question) of user ``owner``'s private upload; the answer holds
    the number ``300 + owner``, which no other file holds."""
    text = f"# 第{owner}号夜市\n\n第{owner}号夜市今年的摊位增加到{300 + owner}个，夜间消费增长两成。\n"
    return f"夜市{owner}.md", text, f"第{owner}号夜市今年的摊位增加到多少个"


def start_app(index_dir: Path, port: int, log_path: Path, uploads: str = "shared") -> subprocess.Popen:
    env = {**os.environ, "QA_HOST": "127.0.0.1", "QA_PORT": str(port), "QA_INDEX": str(index_dir), "QA_UPLOADS": uploads}
    env.pop("SPACE_ID", None)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    log = open(log_path, "w")  # noqa: SIM115 (lives as long as the process)
    return subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log, stderr=log)


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def run_users(
    url: str, first: int, users: int, start_at: float, seconds: float, holding: int = 0, probes: int = 0
) -> dict:
    """One load process: ``users`` threads with a gradio_client each, asking from the
    wall-clock time ``start_at`` for ``seconds``.

    Users numbered below ``holding`` first upload their private file. With ``probes``
    (the number of private files in the scenario) every PROBE_EVERY-th ask of user n is
    about file n % probes.

    Returns:
        latencies (seconds), errors, leaks and misses of the probes, the time the last
        ask ended and this process's CPU.
    """
    from gradio_client import Client, handle_file

    latencies: list[float] = []
    errors: list[str] = []
    leaks: list[str] = []
    misses: list[str] = []
    probed: list[int] = []
    ended: list[float] = []
    lock = threading.Lock()
    cpu_before = sum(os.times()[:2])
    folder = Path(tempfile.mkdtemp(prefix="qa-load-files-"))

    def user(number: int) -> None:
        try:
            client = Client(url, verbose=False, ssl_verify=False)
            if number < holding:
                name, text, _ = private_file(number)
                (folder / str(number)).mkdir()
                path = folder / str(number) / name
                path.write_text(text, encoding="utf-8")
                status = client.predict([handle_file(str(path))], "", api_name="/add_files")[0]
                if "只在你的这个会话中" not in status:
                    raise RuntimeError(f"upload refused: {status}")
        except Exception as error:  # a user that cannot connect or upload is an error, not a crash
            with lock:
                errors.append(f"connect/upload: {error!r}")
            return
        time.sleep(max(0.0, start_at - time.time()))
        for turn in range(MAX_REQUESTS_PER_USER):
            if time.time() >= start_at + seconds:
                break
            owner = None
            if probes and turn % PROBE_EVERY == PROBE_EVERY - 1:
                owner = number % probes
                question = private_file(owner)[2]
            else:
                question = QUESTIONS[(number + turn) % len(QUESTIONS)]
            start = time.perf_counter()
            leak = miss = None
            try:
                result = client.predict(question, api_name="/ask")
                problem = None if result.get("question") else f"bad reply: {result!r:.80}"
                if owner is not None:
                    holds = f"{300 + owner}个" in result.get("answer", "")
                    if owner == number and number < holding and not holds:
                        miss = f"user {number} did not get its own file: {result.get('answer')!r:.80}"
                    if holds and (owner != number or number >= holding):
                        leak = f"user {number} got user {owner}'s private number: {result.get('answer')!r:.80}"
            except Exception as error:
                problem = f"{type(error).__name__}: {error}"
            with lock:
                latencies.append(time.perf_counter() - start)
                ended.append(time.time())
                if problem:
                    errors.append(problem)
                if owner is not None:
                    probed.append(owner)
                if leak:
                    leaks.append(leak)
                if miss:
                    misses.append(miss)

    threads = [threading.Thread(target=user, args=(first + n,), daemon=True) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, start_at - time.time()) + seconds + 120)
    return {
        "latencies": latencies,
        "errors": errors,
        "leaks": leaks,
        "misses": misses,
        "probes": len(probed),
        "ended": max(ended, default=start_at),
        "cpu": sum(os.times()[:2]) - cpu_before,
    }


def run_load(url: str, users: int, processes: int, seconds: float, holding: int = 0, probes: int = 0) -> dict:
    """Spread the users over load processes (each with its own GIL, at lower CPU priority
    than the app, as if they were other machines) and merge what they measured."""
    start_at = time.time() + 5 + users * 0.25 + holding * 1.0  # time to connect (and upload) first
    workers = []
    for number in range(processes):
        share = users // processes + (1 if number < users % processes else 0)
        first = sum(users // processes + (1 if n < users % processes else 0) for n in range(number))
        command = [sys.executable, __file__, "--worker", url, str(first), str(share), str(start_at), str(seconds)]
        command += [str(holding), str(probes)]
        workers.append(
            subprocess.Popen(command, stdout=subprocess.PIPE, text=True, preexec_fn=lambda: os.nice(10))
        )
    results = [json.loads(worker.communicate(timeout=start_at - time.time() + seconds + 300)[0]) for worker in workers]
    merged = {key: [x for r in results for x in r[key]] for key in ("latencies", "errors", "leaks", "misses")}
    return {
        **merged,
        "probes": sum(r["probes"] for r in results),
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


def health(url: str) -> dict:
    import urllib.request

    with urllib.request.urlopen(url + "health", timeout=30) as response:
        return json.loads(response.read())


def measure(url: str, process, args, holding: int, probes: int) -> dict:
    """One load run against the app, with its CPU, memory and machine load around it."""
    rss_before = rss_mb(process.pid)
    load_before = os.getloadavg()[0]
    server_before = cpu_seconds(process.pid)
    # The sessions end with the load processes (their clients disconnect): sample /health
    # and the app's memory while the load runs.
    peak: dict = {"health": health(url), "rss": rss_before}
    done = threading.Event()

    def sample() -> None:
        while not done.wait(2.0):
            found = health(url)
            if found["sessions"]["with_files"] >= peak["health"]["sessions"]["with_files"]:
                peak["health"] = found
            peak["rss"] = max(peak["rss"], rss_mb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        load = run_load(url, args.users, args.processes, args.seconds, holding, probes)
    finally:
        done.set()
        sampler.join(30)
    load.update(
        server_cpu=cpu_seconds(process.pid) - server_before,
        load_before=load_before,
        load_after=os.getloadavg()[0],
        rss_before=rss_before,
        rss_peak=peak["rss"],
        health=peak["health"],
        health_after=health(url),
    )
    return load


def row(name: str, users: int, holding: int, run: dict) -> str:
    ms = [x * 1000 for x in run["latencies"]]
    elapsed = run["elapsed"]
    probes = f"{run['probes']} / {len(run['leaks'])} / {len(run['misses'])}" if run["probes"] else "–"
    return (
        f"| {name} | {users} | {holding} | {elapsed:.0f} | {len(ms)} | {len(ms) / elapsed:.1f}"
        f" | {statistics.median(ms):.0f} | {percentile(ms, 0.95):.0f} | {percentile(ms, 0.99):.0f}"
        f" | {max(ms):.0f} | {len(run['errors'])} | {probes} | {run['load_before']:.1f} / {run['load_after']:.1f}"
        f" | {run['server_cpu'] / max(1, len(ms)) * 1000:.0f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=32)
    parser.add_argument("--private", type=int, default=8, help="users holding a private upload (0: one plain run)")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--baseline", type=int, default=20, help="sequential asks before the load")
    parser.add_argument("--processes", type=int, default=4, help="load processes sharing the users")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:  # one load process, started by run_load
        url, first, users, start_at, seconds, holding, probes = argv[1:8]
        result = run_users(url, int(first), int(users), float(start_at), float(seconds), int(holding), int(probes))
        print(json.dumps(result))
        return 0
    args = parser.parse_args(argv)
    if not (1 <= args.users <= 256 and 0 < args.seconds <= 600 and 1 <= args.processes <= args.users):
        parser.error("--users must be 1..256, --seconds 0..600, --processes 1..users")
    if not 0 <= args.private <= min(args.users, 40):
        parser.error("--private must be 0..min(users, 40) (the app holds 40 sessions' files at most)")

    from gradio_client import Client

    with tempfile.TemporaryDirectory(prefix="qa-load-") as temp:
        port = common.free_port()
        url = f"http://127.0.0.1:{port}/"
        launched = time.perf_counter()
        uploads = "session" if args.private else "shared"
        process = start_app(Path(temp) / "index", port, Path(temp) / "app.log", uploads)
        runs: list[tuple[str, int, dict]] = []
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
            if args.private:
                runs.append(("no private files", 0, measure(url, process, args, 0, args.private)))
                runs.append((f"{args.private} users with a private file", args.private,
                             measure(url, process, args, args.private, args.private)))
            else:
                runs.append(("seed questions", 0, measure(url, process, args, 0, 0)))
        finally:
            process.terminate()
            process.wait(30)
            log_tail = (Path(temp) / "app.log").read_text(errors="replace")[-2000:]

    if not all(run["latencies"] for _, _, run in runs):
        print(log_tail, file=sys.stderr)
        raise SystemExit("no request completed")
    errors = [e for _, _, run in runs for e in run["errors"]]
    leaks = [e for _, _, run in runs for e in run["leaks"]]
    misses = [e for _, _, run in runs for e in run["misses"]]
    last = runs[-1][2]
    requests = sum(len(run["latencies"]) for _, _, run in runs)
    client_cpu = sum(run["cpu"] for _, _, run in runs)
    command = "python benchmarks/load.py" + "".join(f" {a}" for a in argv)
    lines = [
        HEADING,
        "",
        f"- machine: {machine()}",
        f"- date: {datetime.date.today().isoformat()}",
        f"- command: `{command}` at commit {common.commit()}",
        "- setup: `python app.py` on 127.0.0.1 over the shipped corpus (index built into a temp"
        f" folder, QA_UPLOADS={uploads}); {args.users} users, each a thread with its own gradio_client,"
        f" spread over {args.processes} load processes at nice 10 on the same machine, each user asking the"
        f" {len(QUESTIONS)} seed questions round-robin through `/ask` with no pause between asks",
    ]
    if args.private:
        lines.append(
            f"- private files: the same app runs the load twice, {args.seconds:.0f} s each, with the same"
            f" question mix: every {PROBE_EVERY}th ask of user n is about private file n % {args.private}"
            f" (\"第k号夜市今年的摊位增加到多少个\", whose number only file k holds). First nobody holds a"
            f" file (control); then users 0..{args.private - 1} each upload theirs through `/add_files`"
            " first (their own session). A probe answered with another session's number is a leak; an"
            " owner's probe answered without it, a miss"
        )
    lines += [
        f"- cold start (process start → first answer, index built from corpus/): {cold:.1f} s",
        f"- one user alone ({args.baseline} asks in a row): p50 {statistics.median(baseline) * 1000:.0f} ms,"
        f" max {max(baseline) * 1000:.0f} ms",
        f"- CPU per request of the {args.users} gradio_client users: {client_cpu / requests * 1000:.0f} ms"
        " (on the same cores as the app)",
        f"- app memory (RSS): {runs[0][2]['rss_before']:.0f} MB before the first run, at most"
        f" {runs[0][2]['rss_peak']:.0f} MB during it; {last['rss_before']:.0f} MB before the last run, at most"
        f" {last['rss_peak']:.0f} MB during it",
        f"- /health during the last run: sessions {last['health']['sessions']}; after it (the load processes"
        f" gone, their sessions ended): {last['health_after']['sessions']['with_files']} sessions with files",
        "",
        "| run | users | with a private file | seconds | requests | requests/s | p50 ms | p95 ms | p99 ms"
        " | max ms | errors | probes / leaks / misses | load before / after | app CPU ms per ask |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
        *(row(name, args.users, holding, run) for name, holding, run in runs),
        "",
    ]
    for label, found in (("Errors", errors), ("Leaks", leaks), ("Misses", misses)):
        if found:
            lines += [f"{label} (first 5): {found[:5]}", ""]
    section = "\n".join(lines)
    print(section)
    if not args.no_write:
        write_results(section)
    return 1 if errors or leaks or misses else 0


if __name__ == "__main__":
    sys.exit(main())
