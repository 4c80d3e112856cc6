"""A two-document corpus whose titles and text carry HTML and script, indexed with a fake model.

Plumbing for tests of how the page renders server text: nothing in it may ever run.
"""

from __future__ import annotations

from pathlib import Path

from index.build import build_index
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from tests import corpora
from tests.fakes import FakeEmbedder

SCRIPT = "<script>window.__xss = 'script'</script>"
IMG = "<img src=x onerror=\"window.__xss = 'img'\">"
TITLE = f"Allotments {IMG} strategy"
SCRIPT_QUESTION = "When will the council publish the allotment waiting list?"
IMG_QUESTION = "How much are the allotment rents a plot?"

_DOCUMENTS = [
    {
        "id": "allotments-2024",
        "file": "allotments.txt",
        "title": TITLE,
        "type": "strategy",
        "date": "2024-03",
        "period": "2024-2028",
        "publisher": "Markup Test Council",
        "superseded_by": None,
    },
    {
        "id": "parks-2023",
        "file": "parks.txt",
        "title": "Parks report",
        "type": "report",
        "date": "2023",
        "period": "2023",
        "publisher": "Markup Test Council",
        "superseded_by": None,
    },
]

_ALLOTMENTS = f"""Allotments strategy

1 Allotment plots

We will publish the allotment waiting list {SCRIPT} every quarter from March 2024.

The allotment rents are set at {IMG} twenty pounds a plot for each year of the strategy.
"""

_PARKS = """Parks report

1 Parks budget

The parks budget for benches and bins is four hundred pounds in 2023.
"""


def write_corpus(directory: Path) -> Path:
    return corpora.write_corpus(
        directory, _DOCUMENTS, {"allotments.txt": _ALLOTMENTS, "parks.txt": _PARKS}
    )


def markup_assistant(root: Path) -> Assistant:
    """An assistant over the markup corpus, indexed under `root` with the fake embedder."""
    embedder = FakeEmbedder()
    build_index(write_corpus(root / "corpus"), root / "index", embedder)
    conversations = ConversationStore(root / "conversations.sqlite", ttl_seconds=3600, max_turns=20)
    return Assistant(index_dir=root / "index", embedder=embedder, conversations=conversations)
