"""One benchmark task in a fresh process (so memory and warm-up are its own); JSON out.

    python -m bench.worker TASK --out FILE [options]

Tasks: embedders, build-shipped, build-scale, measure. `bench/__main__.py` runs them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def run(args: argparse.Namespace) -> dict[str, Any]:
    if args.task == "embedders":
        from bench import embedders

        return embedders.main()
    if args.task == "build-shipped":
        from bench.build import build_shipped

        return build_shipped(args.corpus_dir, args.index_dir)
    if args.task == "build-scale":
        from bench.build import build_scale

        return build_scale(args.corpus_dir, args.shipped_index, args.factor, args.work_dir)
    if args.task == "measure":
        from bench.measure import measure

        return measure(
            args.index_dir,
            rounds=args.rounds,
            corpus_dir=args.corpus_dir,
            reference=args.reference,
            progress=lambda line: print(f"  {line}", flush=True),
        )
    raise ValueError(f"unknown task {args.task!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.worker")
    parser.add_argument("task", choices=["embedders", "build-shipped", "build-scale", "measure"])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--corpus-dir", type=Path)
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--shipped-index", type=Path)
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--factor", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--reference", action="store_true")
    args = parser.parse_args(argv)
    result = run(args)
    args.out.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
