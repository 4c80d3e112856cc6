"""A made-up public plan and restricted board minutes with an action log, for register tests.

The plan is open to everyone; the minutes and the log are for group `board` only, so a leak of
a decision row, or of a trail link from the plan's commitments into the minutes, shows up as a
count or a text no public caller should see.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.build import build_index
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from tests import corpora
from tests.fakes import FakeEmbedder

SECRET_DECISION = "That the Quarrymoor depot be closed."

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "green-plan", "file": "plan.txt", "title": "Green spaces plan", "type": "strategy",
     "date": "2030-04"},
    {"id": "board-minutes", "file": "minutes.txt", "title": "Minutes of the board, 3 March 2031",
     "type": "minutes", "date": "2031-03-03", "groups": ["board"]},
]  # fmt: skip

_PLAN = """Green spaces plan

1 Parks

We will open two new play areas in the parks by March 2032.

We will plant 5,000 trees and raise canopy cover to 20% by 2035.

Lead: Parks and Open Spaces Board

2 Rivers

We will clean the river banks every spring with volunteer groups.
"""

_MINUTES = """Minutes of the board

41. Depots

The board considered the future of the depots.

RESOLVED: a) That the report be noted; b) That the Quarrymoor depot be closed.

42. Parks Plan

The board welcomed the plan.

RESOLVED: That the Green spaces plan be approved.

43. Play areas

The board heard that the two new play areas in the parks had opened in January 2031.
"""
# The sentence of minute 43 that reports on the plan's first commitment: a board member's trail.
PLAY_AREAS_REPORT = (
    "The board heard that the two new play areas in the parks had opened in January 2031."
)


def write_corpus(directory: Path) -> Path:
    return corpora.write_corpus(directory, _DOCUMENTS, {"plan.txt": _PLAN, "minutes.txt": _MINUTES})


def registers_assistant(root: Path) -> Assistant:
    embedder = FakeEmbedder()
    build_index(write_corpus(root / "corpus"), root / "index", embedder)
    conversations = ConversationStore(root / "conversations.sqlite", ttl_seconds=3600, max_turns=20)
    return Assistant(index_dir=root / "index", embedder=embedder, conversations=conversations)
