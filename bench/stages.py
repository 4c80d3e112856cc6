"""The query path timed stage by stage, by the query path itself (retrieval.clock)."""

from __future__ import annotations

from pipeline.assistant import Assistant
from retrieval.clock import Clock

SEARCH_K = 10
STAGES = ("normalise", "bm25", "embed", "dense", "fusion", "compose")


def stage_times(assistant: Assistant, question: str) -> dict[str, float]:
    """Milliseconds per stage of one answer to `question`, its query embedded afresh.

    A comparison question searches once per side; its stages add up over the searches.
    """
    assistant.searcher.clear_query_cache()
    clock = Clock()
    assistant.ask(question, generate=False, clock=clock)
    return {name: clock.ms.get(name, 0.0) for name in STAGES}
