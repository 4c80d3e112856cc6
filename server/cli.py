"""The command line: strategy-assistant index|serve|ask|search|eval|passages."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.build import Progress
from retrieval.search import MODES
from server.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from pipeline.assistant import Assistant


_UNITS = {"read": "file", "embed": "text", "publish": "step"}


def _progress_bars() -> Progress:
    from tqdm import tqdm

    bars: dict[str, tqdm[object]] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            unit = _UNITS.get(stage, "item")
            bar = bars[stage] = tqdm(total=total, desc=stage, unit=unit, leave=True)
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return progress


def _checking(settings: Settings, corpus: Path | None, index_dir: Path | None) -> None:
    # Said at once: loading the model and reading the corpus take a while before any bar.
    print(
        f"checking the index in {index_dir or settings.index_dir} against the documents in "
        f"{corpus or settings.corpus_dir} (model: {settings.embedder})",
        flush=True,
    )


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from server.build_summary import exit_status, problem_lines, summary_table
    from server.runtime import build

    _checking(settings, args.corpus, args.index_dir)
    report = build(
        settings, corpus_dir=args.corpus, index_dir=args.index_dir, progress=_progress_bars()
    )
    state = "unchanged" if report.unchanged else "published"
    print(
        f"{state} generation {report.generation}: {report.embedded} texts embedded in "
        f"{report.seconds:.1f}s"
    )
    print(summary_table(report))
    for line in problem_lines(report):
        print(line, file=sys.stderr)
    status = exit_status(report)
    if status:
        print(
            f"error: {len(report.skipped)} file(s) skipped; the rest is indexed and served."
            " Fix or remove them, then run again",
            file=sys.stderr,
        )
    return status


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from server import connections
    from server.app import create_app
    from server.port import PortBusy, check_port_free
    from server.runtime import build, index_exists, make_assistant

    try:
        check_port_free(settings.host, settings.port)
    except PortBusy as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    # Build or update: a no-op in milliseconds when nothing changed, and an index written by an
    # older version of this code (another format, other inputs) is rebuilt rather than refused.
    if not index_exists(settings):
        print(f"no index in {settings.index_dir}; building it from {settings.corpus_dir}")
    _checking(settings, None, None)
    report = build(settings, progress=_progress_bars())
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    print(f"serving on http://{settings.host}:{settings.port}/ (Ctrl+C stops)", flush=True)
    # proxy_headers off: uvicorn would otherwise take the client address from X-Forwarded-For on
    # loopback connections, and the trusted-proxy check must see the real peer.
    connections.HeaderDeadline.seconds = settings.body_timeout_seconds
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": "info",
        # The audit log (server/audit.py) already writes a line for every request; uvicorn's own
        # line repeated it on the answer's path.
        "access_log": False,
        "proxy_headers": False,
        "timeout_keep_alive": int(settings.idle_timeout_seconds) or 1,
        "http": connections.IMPORT_STRING,
        # libuv's event loop: fewer wake-ups and cheaper socket calls than asyncio's own.
        "loop": "uvloop",
    }
    if settings.workers > 1:
        # Each worker process reads the settings from the environment and loads its own
        # assistant (server.asgi).
        uvicorn.run("server.asgi:create", factory=True, workers=settings.workers, **options)
    else:
        uvicorn.run(create_app(settings, loader=lambda: make_assistant(settings)), **options)
    return 0


def _assistant(settings: Settings) -> Assistant:
    from server.runtime import make_assistant

    return make_assistant(settings)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from server.schemas import ask_response

    result = _assistant(settings).ask(args.question)
    body = ask_response(result.answer, result.conversation_id)
    if args.json:
        print(body.model_dump_json(indent=2))
        return 0
    print(body.answer)
    for c in body.citations:
        where = ", ".join(x for x in (c.section, f"page {c.page}" if c.page else None, c.date) if x)
        print(f"  [{c.n}] {c.title} ({where})\n      “{c.quote}”")
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from server.schemas import search_response

    hits = _assistant(settings).search(args.query, k=args.k, mode=args.mode)
    body = search_response(hits)
    if args.json:
        print(body.model_dump_json(indent=2))
        return 0
    for rank, r in enumerate(body.results, 1):
        signals = " ".join(f"{k}={v:.3f}" for k, v in r.scores.items())
        print(f"{rank:2}. {r.score:.4f} {r.title} > {r.section or ''}  [{signals}]")
        print(f"    {r.text[:200]}")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from evals.cli import EvalSetup, run_eval_command

    setup = EvalSetup(
        corpus_dir=settings.corpus_dir,
        index_dir=settings.index_dir,
        embedder=settings.embedder,
        query_threads=settings.query_threads,
    )
    status: int = run_eval_command(
        setup,
        report_dir=args.report,
        gold=args.gold,
        corpora=args.eval_corpus,
        split=args.split,
    )
    return status


def cmd_passages(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.pipeline import ingest_corpus
    from ingest.report import format_document

    corpus = ingest_corpus(args.corpus or settings.corpus_dir)
    if args.document_id not in {d.id for d in corpus.documents}:
        print(f"error: {unknown_document(args.document_id, [d.id for d in corpus.documents])}",
              file=sys.stderr)  # fmt: skip
        return 1
    print(format_document(corpus, args.document_id))
    return 0


def unknown_document(document_id: str, known: list[str]) -> str:
    """One line naming the id, and the ids that do exist (the closest first, a few at most)."""
    from difflib import get_close_matches

    close = get_close_matches(document_id, known, n=3, cutoff=0.5)
    shown = close or sorted(known)[:5]
    more = "" if close or len(known) <= 5 else f" (and {len(known) - 5} more)"
    hint = "did you mean" if close else "known ids include"
    return f"no document with id {document_id!r}; {hint} {', '.join(shown)}{more}"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="strategy-assistant", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("index", help="build or update the index")
    s.add_argument(
        "--corpus", type=Path, default=None, help="corpus folder (default SA_CORPUS_DIR)"
    )
    s.add_argument(
        "--index-dir", type=Path, default=None, help="index folder (default SA_INDEX_DIR)"
    )
    s.set_defaults(func=cmd_index)

    s = sub.add_parser("serve", help="build the index if missing, then serve HTTP")
    s.add_argument("--host", default=None)
    s.add_argument("--port", type=int, default=None)
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("ask", help="answer a question with citations")
    s.add_argument("question")
    s.add_argument("--json", action="store_true", help="print the /v1/ask JSON body")
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("search", help="ranked passages with per-signal scores")
    s.add_argument("query")
    s.add_argument("--k", type=int, default=10)
    s.add_argument("--mode", choices=list(MODES), default="hybrid")
    s.add_argument("--json", action="store_true", help="print the /v1/search JSON body")
    s.set_defaults(func=cmd_search)

    s = sub.add_parser("eval", help="run the gold questions and write the report")
    s.add_argument(
        "--gold",
        type=Path,
        default=None,
        help="one gold file over SA_CORPUS_DIR, reported and not gated (default: the suite)",
    )
    s.add_argument("--report", type=Path, default=Path("reports/eval"))
    s.add_argument("--split", choices=["train", "dev", "test", "all"], default="all")
    s.add_argument(
        "--eval-corpus",
        action="append",
        default=None,
        help="run only this corpus of evals/corpora.yaml (repeatable)",
    )
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser("passages", help="show how a document was parsed into passages")
    s.add_argument("document_id")
    s.add_argument("--corpus", type=Path, default=None)
    s.set_defaults(func=cmd_passages)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "k", 1) is not None and not 1 <= getattr(args, "k", 1) <= 50:
        print("error: --k must be from 1 to 50", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings(
            host=getattr(args, "host", None),
            port=getattr(args, "port", None),
            index_dir=getattr(args, "index_dir", None),
            corpus_dir=getattr(args, "corpus", None),
        )
        result: int = args.func(args, settings)
        return result
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        from index.errors import IndexProblem

        if isinstance(exc, IndexProblem | ValueError):
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if isinstance(exc, OSError):
            # A full disk, a missing or unreadable file: one line naming it, no traceback.
            where = f" ({exc.filename})" if exc.filename else ""
            print(f"error: {exc.strerror or exc}{where}; free space or fix it, then run again",
                  file=sys.stderr)  # fmt: skip
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
