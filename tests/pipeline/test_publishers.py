"""A corpus holding several councils' papers: a question naming one council is answered from its
papers, or refused, never from another council's (fake model, real index)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.assistant import Assistant
from tests import corpora

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "north-minutes", "file": "north.txt", "title": "Board minutes, 3 March 2031",
     "type": "minutes", "date": "2031-03-03", "publisher": "Northvale Borough Council"},
    {"id": "south-minutes", "file": "south.txt", "title": "Board minutes, 4 March 2031",
     "type": "minutes", "date": "2031-03-04", "publisher": "Southmere City Council"},
]  # fmt: skip
_FILES = {
    "north.txt": "Board minutes\n\n1 Pharmacy assessment\n\n"
    "The Northvale board agreed to publish its pharmacy assessment by 1 October 2031.\n",
    "south.txt": "Board minutes\n\n1 Appointment of chair\n\n"
    "RESOLVED: That Councillor Tamsin Rowe be elected Chair of the Southmere board.\n\n"
    "2 Quorum\n\nThe Southmere board keeps a quorum of five members.\n",
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return corpora.fake_assistant(tmp_path_factory.mktemp("two-councils"), _DOCUMENTS, _FILES)


def test_a_question_naming_one_council_is_not_answered_from_anothers_minutes(
    assistant: Assistant,
) -> None:
    for question in ("who chairs northvale's board?", "what quorum does northvale keep?"):
        answer = assistant.ask(question, generate=False).answer
        assert "Rowe" not in answer.text and "five" not in answer.text
        assert answer.refused or all(c.document.id == "north-minutes" for c in answer.citations), (
            answer.text
        )


def test_the_council_named_is_answered_from_its_own_minutes(assistant: Assistant) -> None:
    answer = assistant.ask("who chairs southmere's board?", generate=False).answer
    assert not answer.refused
    assert "Tamsin Rowe" in answer.text
    assert answer.citations[0].document.id == "south-minutes"
