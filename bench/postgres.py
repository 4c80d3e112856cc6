"""In-process against PostgreSQL: query time by stage, HNSW recall, publish time (figures).

For each scale (1 = the shipped corpus, N = a synthetic corpus N times it, bench/synthetic.py,
of each `--kinds`: `identical` copies or other `councils`) the generation is published into a
PostgreSQL (index/pg/local.py) and every gold question is searched warm (query vectors cached,
so the embedding is left out) on both backends. HNSW recall@10 compares pgvector's HNSW answer
with its exact scan for the same query vectors (the questions as asked, and as search embeds
them), at the ef_search the generation records and, with `--ef-search`, along a curve
(bench/hnsw.py). Evidence@5 is the eval's: the gold quote in the right document.

    .venv/bin/python -m bench.postgres --scales 1 10
    .venv/bin/python -m bench.postgres --scales 1000 --kinds councils --cache var/scale \
        --skip-in-process --ef-search 100 200 400 800

With `--tenant-copy0` each scale over 1 also publishes copy 0 (the shipped corpus, which every
synthetic corpus keeps as copy 0) as a tenant of its own in the same database, and times its
search: a shared service where each council publishes its own generation (index/pg/schema.py)
against one generation over all of them. The unscoped search is timed again after it, so the
two are compared under the same machine load.

With `--cache DIR` a scale index is built once into DIR and its database is kept there too
(published once, about 6 minutes at 1000x), so a later run only starts the server and measures.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from bench.build import build_scale, cached_scale, scale_name
from bench.hnsw import ef_curve
from bench.load import questions
from bench.pg_depth import bm25_depth
from bench.pg_search import evidence_at_5, served_generation, timed_searches
from bench.pg_tenant import measure_tenant
from bench.served import free_port
from bench.stats import rss_mb
from bench.synthetic import KINDS, CorpusKind
from index.factory import BackendChoice, open_source, publish_built
from index.generation import load_generation
from index.onnx_embedder import OnnxMiniLMEmbedder
from index.pg.local import LocalPostgres
from index.pg.schema import vector_table
from index.pg.signals import PgSearchConfig, PgVectors
from index.pg.source import PostgresSource
from retrieval.query import normalise
from retrieval.search import Searcher

REPO = Path(__file__).resolve().parent.parent
REPORTS = REPO / "reports" / "bench"
SHIPPED_INDEX = REPO / "var" / "index"
# Room for the HNSW graph in the server's own cache (about 1.8 kB a passage): at the default
# 128 MB a search at 1000x would read most of the graph's pages through the OS cache.
SERVER_SETTINGS = {"shared_buffers": "2GB"}


def _graph_mb(source: PostgresSource) -> float:
    with source.pool.connection() as conn:
        row = conn.execute(
            "SELECT pg_relation_size(i.indexrelid) FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam"
            " WHERE i.indrelid = %s::regclass AND a.amname = 'hnsw'",
            (vector_table(served_generation(source)),),
        ).fetchone()
    return round(int(row[0]) / 2**20, 1) if row else 0.0


def measure(
    index_dir: Path,
    factor: int,
    rounds: int,
    work: Path,
    *,
    in_process: bool = True,
    kind: CorpusKind = "identical",
    ef_values: tuple[int, ...] = (),
    time_ef: tuple[int, ...] = (),
    tenant_index: Path | None = None,
) -> dict[str, Any]:
    """`work` holds the server's folder (a kept one is started again, its generation reused)."""
    embedder = OnnxMiniLMEmbedder(threads=1)
    asked = questions()
    memory: dict[str, Any] | None = None
    rss_in_process = None
    if in_process:
        memory_index = load_generation(index_dir, model_fingerprint=embedder.fingerprint)
        rss_in_process = rss_mb()
        memory = timed_searches(Searcher(memory_index, embedder), asked, rounds)
        # Both loaded at once would need twice the memory at 1000x.
        del memory_index
    server = LocalPostgres(work / f"pg-{scale_name(factor, kind)}", free_port())
    server.init()
    server.start(settings=SERVER_SETTINGS)
    try:
        choice = BackendChoice("postgres", index_dir, database_url=server.url)
        started = time.perf_counter()
        publish_built(choice)
        publish_seconds = time.perf_counter() - started
        source = open_source(choice)
        assert isinstance(source, PostgresSource)
        started = time.perf_counter()
        loaded = source.load(model_fingerprint=embedder.fingerprint)
        load_seconds = time.perf_counter() - started
        rss_loaded = rss_mb()
        assert isinstance(loaded.dense, PgVectors)
        graph = loaded.dense.graph
        searcher = Searcher(loaded, embedder)
        postgres = timed_searches(searcher, asked, rounds)
        tenant = None
        if tenant_index is not None:
            tenant = measure_tenant(tenant_index, server.url, embedder, asked, rounds)
            tenant["unscoped_again"] = timed_searches(searcher, asked, rounds)
        # The same search served at other ef_search values, for the recall/latency choice.
        by_ef = {
            str(ef): timed_searches(
                Searcher(
                    replace(
                        loaded,
                        dense=PgVectors(
                            source.pool,
                            served_generation(source),
                            loaded.store,
                            PgSearchConfig(ef_search=ef),
                            graph,
                        ),
                    ),
                    embedder,
                ),
                asked,
                rounds,
            )
            for ef in time_ef
        }
        efs = sorted({graph.ef_search, *ef_values})
        generation_id = served_generation(source)
        asked_vectors = [searcher.embed_query(q) for q in asked]
        curve = ef_curve(source.pool, generation_id, loaded.store, asked_vectors, efs, graph)
        # Search embeds the question as normalised, its acronyms expanded and the words
        # documents use added: further from the passages than the question as asked, so HNSW
        # finds its neighbours less easily, and that is what is served.
        searched_vectors = [
            searcher.embed_query(normalise(searcher.read(q), loaded.abbreviations).expanded)
            for q in asked
        ]
        searched = ef_curve(source.pool, generation_id, loaded.store, searched_vectors, efs, graph)
        evidence = evidence_at_5(searcher)
        depth = bm25_depth(loaded, asked)
        graph_mb = _graph_mb(source)
        source.close()
    finally:
        server.stop()
    passages = len(loaded.store.passages)
    return {
        "factor": factor,
        "kind": kind if factor > 1 else "shipped",
        "passages": passages,
        "memory_search": memory,
        "postgres_search": postgres,
        "postgres_search_at_ef": by_ef,
        "postgres_exact_scan": passages < PgSearchConfig().exact_scan_below,
        "hnsw_recall_at_10": curve[str(graph.ef_search)]["recall_at_10"],
        "hnsw_recall_at_10_as_searched": searched[str(graph.ef_search)]["recall_at_10"],
        "hnsw_graph": asdict(graph),
        "hnsw_graph_mb": graph_mb,
        "hnsw_curve": curve,
        "hnsw_curve_as_searched": searched,
        "evidence": evidence,
        "bm25_depth": depth,
        "tenant_copy0": tenant,
        "publish_seconds": round(publish_seconds, 1),
        "postgres_load_seconds": round(load_seconds, 1),
        "rss_mb_in_process_index": rss_in_process,
        # With the in-process index loaded first, its freed memory may still count here.
        "rss_mb_postgres_replica": None if in_process else rss_loaded,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.postgres", description=__doc__)
    parser.add_argument("--scales", type=int, nargs="*", default=[1, 10])
    parser.add_argument("--index-dir", type=Path, help="measure this index alone (make bench)")
    parser.add_argument("--factor", type=int, default=1, help="the scale of --index-dir")
    parser.add_argument("--shipped-index", type=Path, default=SHIPPED_INDEX)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--skip-in-process", action="store_true", help="PostgreSQL only (memory at 1000x)"
    )
    parser.add_argument("--kinds", nargs="*", choices=KINDS, default=list(KINDS))
    parser.add_argument("--cache", type=Path, help="keep scale indexes and databases here")
    parser.add_argument(
        "--ef-search", type=int, nargs="*", default=[], help="HNSW recall and time at these too"
    )
    parser.add_argument(
        "--time-ef", type=int, nargs="*", default=[], help="time search served at these too"
    )
    parser.add_argument(
        "--tenant-copy0",
        action="store_true",
        help="also publish copy 0 as a tenant of its own beside each scale over 1, and time it",
    )
    parser.add_argument("--out", type=Path, default=REPORTS / "postgres.json")
    args = parser.parse_args(argv)
    if args.index_dir is None and not (args.shipped_index / "CURRENT").is_file():
        raise SystemExit(f"no index in {args.shipped_index}: run `make index` first")
    work = Path(tempfile.mkdtemp(prefix="sa-bench-pg-"))
    kept = args.cache.resolve() if args.cache else work
    kept.mkdir(parents=True, exist_ok=True)
    # The server's unprivileged user (index/pg/local.py) must pass through to its folder.
    for folder in {work, kept}:
        folder.chmod(0o755)
    results = []
    try:
        plan: list[tuple[Path | None, int, CorpusKind]] = (
            [(args.index_dir, args.factor, args.kinds[0])]
            if args.index_dir
            else [(None, 1, "identical")] * (1 in args.scales)
            + [(None, f, k) for f in args.scales if f > 1 for k in args.kinds]
        )
        for given, factor, kind in plan:
            index_dir = given or args.shipped_index
            if given is None and factor > 1:
                if args.cache:
                    index_dir = cached_scale(
                        REPO / "corpus", args.shipped_index, factor, kind, kept
                    )
                else:
                    build_scale(REPO / "corpus", args.shipped_index, factor, work, kind=kind)
                    index_dir = work / f"index-{scale_name(factor, kind)}"
            results.append(
                measure(
                    index_dir,
                    factor,
                    args.rounds,
                    kept,
                    in_process=not args.skip_in_process,
                    kind=kind,
                    ef_values=tuple(args.ef_search),
                    time_ef=tuple(args.time_ef),
                    tenant_index=args.shipped_index if args.tenant_copy0 and factor > 1 else None,
                )
            )
            print(json.dumps(results[-1]), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
