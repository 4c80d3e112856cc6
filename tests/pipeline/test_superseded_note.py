"""An answer from a superseded paper says so, and names its successor, however it was put
together (over a real index; fake model: the test is about the note, not the ranking)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests import corpora

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "plan-2015", "file": "old.txt", "title": "Parks plan 2015-2018", "type": "strategy",
     "date": "2015", "superseded_by": "plan-2024"},
    {"id": "plan-2024", "file": "new.txt", "title": "Parks plan 2024-2030", "type": "strategy",
     "date": "2024"},
]  # fmt: skip
_FILES = {
    "old.txt": "Parks plan 2015-2018\n\n1 Aims\n\nThe plan picked three aims for the parks."
    " These are:\n\nWe will clean the lakes.\n\nWe will add more benches.\n\nWe will make"
    " the paths safer.\n",
    "new.txt": "Parks plan 2024-2030\n\n1 Budget\n\nThe parks budget is £2m a year.\n",
}


def test_a_list_answer_from_a_superseded_paper_names_its_successor(tmp_path: Path) -> None:
    assistant = corpora.fake_assistant(tmp_path, _DOCUMENTS, _FILES)
    result = assistant.ask("what were the three aims of the 2015 parks plan?", generate=False)
    text = result.answer.text
    assert "clean the lakes" in text and "paths safer" in text, text
    assert text.endswith(
        "Note: this comes from Parks plan 2015-2018, which has been superseded by"
        " Parks plan 2024-2030."
    )
