"""Items a question names side by side, each answered by the line that sets it out.

"What does plant / tend / prune mean?" names three items of one framework; the best-scored
sentence explains one of them, and its neighbours may not be the others'. A document sets such
items out one to a line, each led by its name and a dash or colon ("Plant – The board will ...",
"Tend: ..."), and the answer quotes each item's line, in the order asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from answer.scoring import Candidate, span
from retrieval.search import Hit


@lru_cache(maxsize=256)
def _led_by(item: str) -> re.Pattern[str]:
    """A line led by the item's name, then a dash or colon: bullets and quotes before it."""
    return re.compile(rf"^\W*{re.escape(item)}\W{{0,2}}\s*[-–—:]\s*\w", re.IGNORECASE)


def itemised(
    items: Sequence[str], hits: list[Hit], ranked: Sequence[Candidate]
) -> list[Candidate] | None:
    """For each item, the best-scored span that sets it out, in the order asked; None unless
    every item has one (then the items are not set out side by side, and the usual answer
    stands)."""
    found: list[Candidate] = []
    for item in items:
        led = _led_by(item)
        line = next((c for c in ranked if led.match(span(hits, c))), None)
        if line is None:
            return None
        if line not in found:
            found.append(line)
    return found
