"""Building both registers for a generation, and writing them into it and reading them back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from index.errors import IndexCorrupt
from index.registers.commitments import commitment_rows
from index.registers.config import RegisterConfig
from index.registers.decisions import decision_rows
from index.registers.model import Commitment, Decision, Registers
from index.registers.trail import TrailConfig, load_trail_config, with_trails
from index.sentences import SentenceVectors
from ingest.model import Document, Passage

REGISTERS_FILE = "registers.json"


def build_registers(
    documents: dict[str, Document],
    passages: Sequence[Passage],
    config: RegisterConfig | None = None,
) -> Registers:
    chosen = config or RegisterConfig()
    return Registers(
        commitments=tuple(commitment_rows(passages, documents, chosen)),
        decisions=tuple(decision_rows(passages, documents)),
    )


def build_with_trails(
    documents: dict[str, Document],
    passages: Sequence[Passage],
    sentences: SentenceVectors,
    trail: TrailConfig | None = None,
) -> Registers:
    """Both registers, each commitment with its trail through the later documents."""
    registers = build_registers(documents, passages)
    return with_trails(registers, documents, passages, sentences, trail or load_trail_config())


def write_registers(directory: Path, registers: Registers) -> None:
    body = {
        "commitments": [row.to_dict() for row in registers.commitments],
        "decisions": [row.to_dict() for row in registers.decisions],
    }
    (directory / REGISTERS_FILE).write_text(
        json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8"
    )


def read_registers(directory: Path) -> Registers:
    path = directory / REGISTERS_FILE
    if not path.is_file():
        raise IndexCorrupt(
            f"generation {directory.name} has no {REGISTERS_FILE}: it predates the registers; "
            "rebuild it with `strategy-assistant index`"
        )
    return registers_from_json(path.read_text(encoding="utf-8"))


def registers_from_json(text: str | bytes) -> Registers:
    """The registers as write_registers wrote them (kept on disk, or in the database)."""
    body = json.loads(text)
    return Registers(
        commitments=tuple(Commitment.from_dict(row) for row in body["commitments"]),
        decisions=tuple(Decision.from_dict(row) for row in body["decisions"]),
    )
