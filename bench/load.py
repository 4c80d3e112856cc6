"""Load: concurrent clients against the real server on 127.0.0.1 for a bounded time.

Starts `strategy-assistant serve` on a free loopback port over the configured index (built
first if missing), with the rate limit and audit log off, then runs `--clients` threads, each
asking gold questions (and searching every fourth request) back to back for `--seconds`.
Prints requests, errors and p50/p95/p99 latency overall and per route, and the CPU time each
request cost the server, this load generator and (with --database-pid) PostgreSQL, with how busy
the whole machine was (bench/cpu.py); exits 1 on any error.

    .venv/bin/python -m bench.load --clients 8 --seconds 30
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import numpy as np
import yaml

from bench.cpu import CpuSnapshot
from bench.served import free_port

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "evals" / "gold.yaml"
READY_TIMEOUT = 600.0


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, route: str, ms: float, status: str, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(route, []).append(ms)
            self.statuses[status] += 1
            if error is not None:
                self.errors.append(error)


def questions() -> list[str]:
    """The gold questions that stand on their own (follow-ups need their conversation)."""
    items = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    items = items["items"] if isinstance(items, dict) else items
    return [i["question"] for i in items if not i.get("follows")]


def start_server(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SA_RATE_LIMIT_PER_MINUTE": "0", "SA_AUDIT_LOG": "off"}
    command = [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1"]
    return subprocess.Popen(
        [*command, "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def wait_ready(base: str, server: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode} before it was ready")
        try:
            response = httpx.get(f"{base}/readyz", timeout=2)
            if response.status_code == 200:
                generation: str = response.json()["generation"]
                return generation
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server on {base} was not ready after {READY_TIMEOUT:.0f} s")


def client(base: str, n: int, pool: list[str], until: float, tally: Tally) -> None:
    with httpx.Client(base_url=base, timeout=30) as http:
        i = n
        while time.monotonic() < until:
            question = pool[i % len(pool)]
            if i % 4 == 3:
                route, body = "/v1/search", {"query": question, "k": 10}
            else:
                route, body = "/v1/ask", {"question": question}
            i += 1
            started = time.perf_counter()
            try:
                response = http.post(route, json=body)
                status, error = str(response.status_code), None
                if response.status_code != 200:
                    error = f"{route} {response.status_code}: {response.text[:200]}"
            except httpx.HTTPError as exc:
                status, error = type(exc).__name__, f"{route}: {exc!r}"
            tally.add(route, (time.perf_counter() - started) * 1000, status, error)


def percentiles(samples: list[float]) -> str:
    p50, p95, p99 = np.percentile(np.asarray(samples), [50, 95, 99])
    return f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  p99 {p99:6.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8, choices=range(1, 65), metavar="1-64")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds not counted")
    parser.add_argument(
        "--database-pid", type=int, help="PostgreSQL's postmaster, to count its CPU time too"
    )
    args = parser.parse_args(argv)
    if not 1 <= args.seconds <= 600:
        parser.error("--seconds must be between 1 and 600")

    pool = questions()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port)
    try:
        generation = wait_ready(base, server)
        warm = Tally()
        run_clients(base, args.clients, pool, args.warmup, warm)
        tally = Tally()
        before = CpuSnapshot.take(server.pid, args.database_pid)
        started = time.monotonic()
        run_clients(base, args.clients, pool, args.seconds, tally)
        elapsed = time.monotonic() - started
        after = CpuSnapshot.take(server.pid, args.database_pid)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    every = [ms for samples in tally.latencies.values() for ms in samples]
    print(f"index generation {generation}; {len(pool)} gold questions; warm-up {args.warmup:g} s")
    print(
        f"clients {args.clients}  seconds {elapsed:.1f}  requests {len(every)}"
        f"  errors {len(tally.errors)}  throughput {len(every) / elapsed:.1f}/s"
    )
    print(f"all          {percentiles(every)}")
    for route, samples in sorted(tally.latencies.items()):
        print(f"{route:<12} {percentiles(samples)}  n {len(samples)}")
    print(f"statuses {dict(tally.statuses)}")
    print(before.report(after, len(every)))
    for error in tally.errors[:10]:
        print(f"error: {error}", file=sys.stderr)
    return 1 if tally.errors else 0


def run_clients(base: str, clients: int, pool: list[str], seconds: float, tally: Tally) -> None:
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(base, n, pool, until, tally)) for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    raise SystemExit(main())
