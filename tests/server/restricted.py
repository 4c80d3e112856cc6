"""A three-document corpus where two documents are open only to named groups (fake model).

Plumbing for the access tests: `open-plan` is public, `board-minutes` is for group `board`, and
`staff-review` for group `hr`. Each restricted document holds words no other document has, so a
leak shows up in any search for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.build import build_index
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from tests import corpora
from tests.fakes import FakeEmbedder

BOARD_SECRET = "The board resolved to close the Quarrymoor depot in secret session."
HR_SECRET = "The staff review found the Ravensworth team understaffed by nine posts."

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "open-plan", "file": "open.txt", "title": "Open plan", "type": "strategy",
     "date": "2024"},
    {"id": "board-minutes", "file": "board.txt", "title": "Board minutes (part two)",
     "type": "minutes", "date": "2024-05", "groups": ["board"]},
    {"id": "staff-review", "file": "staff.txt", "title": "Staff review", "type": "report",
     "date": "2024-06", "groups": ["hr"]},
]  # fmt: skip

_TEXTS = {
    "open.txt": "Open plan\n\n1 Depots\n\nWe will keep every depot open and publish the depot"
    " plan each year.\n\n2 Staffing\n\nWe will recruit staff for the depot teams.\n",
    "board.txt": f"Board minutes\n\n1 Depot closure\n\n{BOARD_SECRET}\n",
    "staff.txt": f"Staff review\n\n1 Findings\n\n{HR_SECRET}\n",
}


def write_corpus(directory: Path, *, open_text: str | None = None) -> Path:
    files = dict(_TEXTS) if open_text is None else {**_TEXTS, "open.txt": open_text}
    return corpora.write_corpus(directory, _DOCUMENTS, files)


def restricted_assistant(root: Path, *, reload_check_seconds: float = 2.0) -> Assistant:
    """An assistant over the restricted corpus, indexed under `root` with the fake embedder."""
    embedder = FakeEmbedder()
    build_index(write_corpus(root / "corpus"), root / "index", embedder)
    conversations = ConversationStore(root / "conversations.sqlite", ttl_seconds=3600, max_turns=20)
    return Assistant(
        index_dir=root / "index",
        embedder=embedder,
        conversations=conversations,
        reload_check_seconds=reload_check_seconds,
    )
