"""Bad input files beyond those in test_loaders.py: wrongly encoded text and a huge line.

Each bad file is reported by name and the rest of the corpus is ingested.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ingest.pipeline import ingest_corpus

REPO = Path(__file__).resolve().parents[2]
OK_TEXT = "Purpose of report\n\nThe board is asked to note the housing plan.\n"


def _manifest(directory: Path, *files: str) -> None:
    lines = ["documents:"]
    for file in files:
        doc_id = file.split(".")[0]
        lines += [
            f"  - id: {doc_id}",
            f"    file: {file}",
            f"    title: {doc_id}",
            "    type: report",
        ]
    (directory / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_text_is_read_as_utf16_with_or_without_a_mark_or_cp1252_or_reported_by_name(
    tmp_path: Path,
) -> None:
    cafe = "Café strategy\n\nWe will open the café in the park and repaint its façade.\n"
    (tmp_path / "latin.txt").write_bytes(cafe.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes("Housing plan\n\nWe will build homes.\n".encode("utf-16"))
    (tmp_path / "utf16-no-bom.txt").write_bytes(
        "Housing plan\n\nWe will build bungalows.\n".encode("utf-16-le")
    )
    (tmp_path / "utf16be-no-bom.txt").write_bytes(
        "Parks plan\n\nWe will plant orchards.\n".encode("utf-16-be")
    )
    (tmp_path / "undecodable.txt").write_bytes(b"Report\n\nThe plan \x81\x8d\x8f\x90\x9d" * 50)
    (tmp_path / "ok.txt").write_text(OK_TEXT, encoding="utf-8")
    _manifest(
        tmp_path,
        "latin.txt",
        "utf16.txt",
        "utf16-no-bom.txt",
        "utf16be-no-bom.txt",
        "undecodable.txt",
        "ok.txt",
    )

    corpus = ingest_corpus(tmp_path)

    reported = {p.source: p.reason for p in corpus.problems}
    assert set(reported) == {"undecodable.txt"}
    assert {d.id for d in corpus.documents} == {
        "latin",
        "utf16",
        "utf16-no-bom",
        "utf16be-no-bom",
        "ok",
    }
    text = " ".join(p.text for p in corpus.passages)
    assert "We will build homes." in text
    assert "We will build bungalows." in text and "We will plant orchards." in text
    latin = " ".join(p.text for p in corpus.passages if p.document_id == "latin")
    assert "café in the park" in latin and "façade" in latin


_HUGE_LINE_SCRIPT = """
import sys
from pathlib import Path
from ingest.pipeline import ingest_corpus
corpus = ingest_corpus(Path(sys.argv[1]))
print(sorted({p.document_id for p in corpus.passages}), [p.source for p in corpus.problems])
"""


def test_a_huge_single_line_file_is_ingested_in_bounded_time(tmp_path: Path) -> None:
    huge = "Huge line report\n\n" + "The board will review the plan. " * 6000 + "\n"  # ~190 kB
    (tmp_path / "huge.txt").write_text(huge, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(OK_TEXT, encoding="utf-8")
    _manifest(tmp_path, "huge.txt", "ok.txt")
    # A subprocess, so a regression costs the timeout and not a hung test run.
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_HUGE_LINE_SCRIPT), str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=15,
        check=True,
    )
    assert "'huge', 'ok'" in result.stdout
