"""Load benchmark of ``cmm serve``: the screening API under concurrent clients.

    python benchmarks/serve.py                         # 1 client, then 8 clients, 5,000 requests
    python benchmarks/serve.py --requests 500 --seconds 60    # quicker

It starts ``cmm serve`` on a free loopback port with a fresh register (in a
temporary folder), then posts the bundled samples (``evidence_samples/*.yaml``,
round robin, as ``application/yaml``) to ``POST /api/v1/assessments`` with an
assessor's token:

1. one client, ``--single`` requests one after the other: its median latency;
2. ``--clients`` clients at once until ``--requests`` requests are done or
   ``--seconds`` have passed: requests per second, p50 and p99 latency, and
   every answer that is not 201 counted as an error;
3. the resident memory of the server and its worker processes, after the
   first 10 % of the concurrent requests and at the end (growth in MB).

The last line is machine-readable::

    RESULT requests_per_s=… p50_ms=… p99_ms=… errors=… rss_growth_mb=… single_median_ms=… p99_over_single=…

Targets (issue 12): no errors; p99 at 8 clients ≤ 4 × the single client's
median; RSS flat over 5,000 requests.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cmm_rules.register import service  # noqa: E402
from cmm_rules.register.db import open_register  # noqa: E402
from cmm_rules.web.live import LiveServer  # noqa: E402


def process_tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants (kB), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                total += next(int(line.split()[1]) for line in handle if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
        todo += children.get(current, [])
    return total


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=5000, help="requests in the concurrent phase")
    parser.add_argument("--single", type=int, default=60, help="requests in the single-client phase")
    parser.add_argument("--seconds", type=float, default=900, help="time limit of the concurrent phase")
    parser.add_argument("--workers", type=int, default=0, help="server assessment workers (default: CPUs)")
    args = parser.parse_args()

    samples = [(p.name, p.read_bytes()) for p in sorted((ROOT / "evidence_samples").glob("*.yaml"))]
    with tempfile.TemporaryDirectory(prefix="cmm-serve-bench-") as tmp:
        base = Path(tmp)
        db_url = f"sqlite:///{base / 'register.db'}"
        register = open_register(db_url)
        with register.session() as db:
            token = service.new_token(db, service.add_person(db, "bench", "assessor"))
        register.close()
        options = ["--rate-limit", str(10 ** 9), "--workers", str(args.workers)]
        with LiveServer(base / "data", db_url, base / "server.log", *options) as server:
            headers = {"authorization": f"Bearer {token}", "content-type": "application/yaml"}
            print(f"cmm serve on {server.url} (pid {server.pid}), {len(samples)} samples, "
                  f"{os.cpu_count()} CPUs", flush=True)

            def post(client: httpx.Client, i: int) -> tuple[float, int]:
                name, body = samples[i % len(samples)]
                started = time.perf_counter()
                answer = client.post("/api/v1/assessments", content=body,
                                     headers={**headers, "content-disposition": f'attachment; filename="{name}"'})
                return time.perf_counter() - started, answer.status_code

            # 1. one client
            with httpx.Client(base_url=server.url, timeout=120) as client:
                for i in range(len(samples)):            # warm-up: every worker has seen every sample
                    post(client, i)
                single = [post(client, i) for i in range(args.single)]
            single_errors = sum(code != 201 for _, code in single)
            single_median = statistics.median(t for t, _ in single)
            print(f"1 client: median {single_median * 1000:.1f} ms over {args.single} requests,"
                  f" {single_errors} errors", flush=True)

            # 2. N clients at once
            lock = threading.Lock()
            results: list[tuple[float, int]] = []
            counter = iter(range(args.requests))
            deadline = time.monotonic() + args.seconds
            rss: dict[str, int] = {}
            mark = max(1, args.requests // 10)

            def client_loop():
                with httpx.Client(base_url=server.url, timeout=120) as client:
                    while time.monotonic() < deadline:
                        with lock:
                            i = next(counter, None)
                        if i is None:
                            return
                        outcome = post(client, i)
                        with lock:
                            results.append(outcome)
                            if len(results) == mark:
                                rss["early"] = process_tree_rss_kb(server.pid)

            started = time.perf_counter()
            threads = [threading.Thread(target=client_loop) for _ in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
            rss["end"] = process_tree_rss_kb(server.pid)
            log = server.text()

    latencies = [t for t, _ in results]
    errors = sum(code != 201 for _, code in results) + single_errors
    p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
    growth = (rss["end"] - rss.get("early", rss["end"])) / 1024
    print(f"{args.clients} clients: {len(results)} requests in {elapsed:.1f} s, p50 {p50 * 1000:.1f} ms,"
          f" p99 {p99 * 1000:.1f} ms, {errors} errors; server RSS {rss.get('early', 0) / 1024:.0f} →"
          f" {rss['end'] / 1024:.0f} MB (server and workers)")
    print(f"p99 at {args.clients} clients / single-client median = {p99 / single_median:.2f} (target ≤ 4)")
    if "Traceback" in log:
        print("the server log holds a traceback", file=sys.stderr)
        errors += 1
    result = {"requests_per_s": len(results) / elapsed, "p50_ms": p50 * 1000, "p99_ms": p99 * 1000,
              "errors": errors, "rss_growth_mb": growth, "single_median_ms": single_median * 1000,
              "p99_over_single": p99 / single_median, "clients": args.clients, "requests": len(results),
              "cpus": os.cpu_count()}
    print("RESULT " + " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
