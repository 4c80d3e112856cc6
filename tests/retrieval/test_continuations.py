"""A list split from the sentence that introduces it."""

from __future__ import annotations

import numpy as np
import pytest

from ingest.model import Passage, PassageKind
from retrieval.continuations import continuations, introduces_list, lift_continuations


def _passage(text: str, *, kind: str = "paragraph", document_id: str = "d") -> Passage:
    return Passage(
        id=f"{document_id}:{text[:8]}",
        document_id=document_id,
        text=text,
        kind=PassageKind(kind),
    )


def test_a_list_continues_the_sentence_that_introduces_it() -> None:
    passages = [
        _passage("The five priorities are:"),
        _passage("i. Best start in life; ii. Keep children safe", kind="list"),
        _passage("The board noted the following:"),
        _passage("4. Why is inactivity a problem? Around half of women"),
        _passage("We agreed these areas:"),
        _passage("Healthy weight; planning", kind="list", document_id="other"),
    ]
    assert continuations(passages).tolist() == [1, -1, -1, -1, -1, -1]


def test_a_table_continues_the_passage_ending_with_its_caption() -> None:
    passages = [
        _passage("The plan sets four ambitions. Table 4: Park metrics and ambitions"),
        _passage("| Metric | Baseline | Plan | | Visits | 1,200 | 1,300 |"),
        _passage("Table 5: Spend by park"),
        _passage("Spend rose in every park."),
    ]
    assert introduces_list(passages[0].text)
    assert continuations(passages).tolist() == [1, -1, -1, -1]


def test_a_list_scores_at_least_a_share_of_its_lead_in() -> None:
    rows = np.array([3, 4, 9], dtype=np.int64)
    scores = np.array([0.8, 0.1, 0.5], dtype=np.float32)
    following = np.array([4, -1, -1], dtype=np.int64)
    lifted = lift_continuations(scores, following, rows, 0.95)
    assert lifted.tolist() == pytest.approx([0.8, 0.76, 0.5])
    assert lift_continuations(scores, following, rows, 0.1).tolist() == pytest.approx(scores)


def test_a_lead_in_ends_with_a_colon_or_an_introducing_word_before_a_stray_semicolon() -> None:
    assert introduces_list("The three aims are:")
    assert introduces_list("The five priorities for the service include;")
    assert introduces_list("The following outcomes be approved:-")
    assert introduces_list("The following outcomes be approved:-;")
    assert not introduces_list("The service will include a helpline;")
    assert not introduces_list("The five priorities are set out below.")
