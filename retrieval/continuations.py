"""A list split from the sentence that introduces it ("The five priorities are:"): which
passage continues which, and the continuation's score lifted to just below its lead-in's."""

from __future__ import annotations

import re
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from index.embedder import Vectors
from ingest.model import Passage
from ingest.table_rows import ROW_PREFIX

# "The five priorities are:", and as PDF extraction leaves a bulleted lead-in, "the five
# priorities include;": a colon, or an introducing word before a stray semicolon.
# Minutes often open a list with ":-" ("the following actions be approved:-").
_INTRODUCES = re.compile(
    r"(?::\s*[-–]?\s*;?|\b(?:include|includes|including|are|as follows|following);)\s*$"
)
# "... They are summarised in Table 4. Table 4: Metrics and ambitions": a table's caption, the
# table itself cut into the next passage.
_CAPTION = re.compile(r"\bTable\s+\d+[A-Za-z]?\s*[:.–-]\s*[^.:|]{1,120}$")


def introduces_list(text: str) -> bool:
    """Whether `text` ends by introducing a list, or a table by its caption."""
    return bool(_INTRODUCES.search(text) or _CAPTION.search(text.rstrip()))


def continues_list(lead_in: Passage, after: Passage) -> bool:
    """Whether `after` is the list that `lead_in` introduces ("The five priorities are:"), or
    the table whose caption `lead_in` ends with."""
    if after.document_id != lead_in.document_id:
        return False
    if after.kind == "list" or (after.section == lead_in.section and stands_as_item(after)):
        return introduces_list(lead_in.text)
    return after.text.startswith(ROW_PREFIX) and bool(_CAPTION.search(lead_in.text.rstrip()))


# Items that extraction left without bullets: the lead-in's sentence running on in lower case
# ("the board will: use the hubs as ..."), or numbered "(i)", "(a)".
_ITEM_START = re.compile(r"^(?:[a-z]|\((?:[a-z]|[ivx]+)\)\s)")


def stands_as_item(passage: Passage) -> bool:
    """Whether the passage reads as a list's items: a commitment of a bulleted list ("We will
    ..." items each stand as a passage), or an unbulleted item."""
    return passage.kind == "commitment" or bool(_ITEM_START.match(passage.text))


def continuations(passages: list[Passage]) -> npt.NDArray[np.int64]:
    """For each row, the row of the list it introduces (the next passage), else -1."""
    following = np.full(len(passages), -1, dtype=np.int64)
    for row, (passage, after) in enumerate(pairwise(passages)):
        if continues_list(passage, after):
            following[row] = row + 1
    return following


def lift_continuations(
    scores: Vectors,
    following: npt.NDArray[np.int64],
    rows: npt.NDArray[np.int64],
    share: float,
) -> Vectors:
    """Raise each continuation's score to `share` of its lead-in's, when that is higher.

    `following[i]` is the row continuing candidate `rows[i]` (or -1); `rows` is sorted.
    """
    lifted = scores.copy()
    for i in np.flatnonzero(following >= 0):
        j = int(np.searchsorted(rows, following[i]))
        if j < len(rows) and rows[j] == following[i]:
            lifted[j] = max(lifted[j], share * scores[i])
    return lifted
