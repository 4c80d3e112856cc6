"""Build throughput with 1 and 2 index workers sharing one build through PostgreSQL (figures).

Each run starts from an empty database (so the shared embedding cache is cold) and runs N
worker processes at once, each with a one-thread embedder and its own index folder, as N
machines would; it prints the wall time, texts embedded per second and each worker's share.

    .venv/bin/python -m bench.shared_build --workers 1 2
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import shutil
import tempfile
import time
from pathlib import Path

import psycopg

from bench.served import free_port
from index.onnx_embedder import OnnxMiniLMEmbedder
from index.pg.local import LocalPostgres
from index.pg.shared_build import shared_build

REPO = Path(__file__).resolve().parent.parent


def _worker(corpus: Path, index_dir: Path, url: str, out: Path) -> None:
    report = shared_build(corpus, index_dir, OnnxMiniLMEmbedder(threads=1), url)
    out.write_text(json.dumps({"embedded": report.embedded, "passages": report.passages}))


def run(server: LocalPostgres, corpus: Path, workers: int, work: Path) -> dict[str, object]:
    name = f"build_{workers}"
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = server.url.rsplit("/", 1)[0] + f"/{name}"
    context = multiprocessing.get_context("spawn")
    outs = [work / f"{name}-{n}.json" for n in range(workers)]
    processes = [
        context.Process(target=_worker, args=(corpus, work / f"{name}-{n}", url, outs[n]))
        for n in range(workers)
    ]
    started = time.perf_counter()
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    seconds = time.perf_counter() - started
    shares = [json.loads(out.read_text())["embedded"] for out in outs]
    return {
        "workers": workers,
        "seconds": round(seconds, 1),
        "texts_embedded": sum(shares),
        "texts_per_second": round(sum(shares) / seconds, 1),
        "shares": shares,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.shared_build", description=__doc__)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="sa-bench-build-"))
    # The server's unprivileged user (index/pg/local.py) must pass through to its folder.
    work.chmod(0o755)
    server = LocalPostgres(work / "pg", free_port())
    server.init()
    server.start()
    try:
        for workers in args.workers:
            print(json.dumps(run(server, args.corpus.resolve(), workers, work)), flush=True)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
