"""Evidence matching: which passages hold a gold quote, whole, as a row, or cut by a chunk."""

from __future__ import annotations

from evals.evidence import build_evidence_map, normalise
from evals.gold import Evidence, GoldItem
from ingest.fields import ActionFields
from ingest.model import DocType, Document, Passage

STRATEGY = Document("jhws-2022", "JHWS", DocType.STRATEGY, "jhws.txt", "0" * 64)
PACK = Document("pack", "Pack", DocType.MEETING_PACK, "pack.txt", "1" * 64)
MINUTES = Document(
    "pack--minutes", "Minutes", DocType.MINUTES, "pack.txt", "1" * 64, parent_id="pack"
)
DOCUMENTS = {d.id: d for d in (STRATEGY, PACK, MINUTES)}


def _item(*evidence: Evidence) -> GoldItem:
    return GoldItem("q", "dev", "fact", "?", "!", (("x",),), evidence)


def _passage(pid: str, document: str, text: str, **extra: object) -> Passage:
    return Passage(pid, document, text, **extra)  # type: ignore[arg-type]


def test_normalising_ignores_case_spacing_and_punctuation() -> None:
    assert normalise("Place- based") == normalise("place-based") == normalise("PLACEBASED")
    assert normalise("“Healthy” weight, 2022–2032") == "healthyweight20222032"


def test_a_passage_holds_a_quote_with_different_spacing_and_punctuation() -> None:
    ev = Evidence("jhws-2022", "We will take a place-based approach.")
    passages = [
        _passage("a", "jhws-2022", "First, we will take a place- based\napproach to health.")
    ]
    found = build_evidence_map([_item(ev)], passages, DOCUMENTS)
    assert found.holds("a", ev)
    assert not found.partial


def test_a_whole_quote_is_credited_wherever_the_same_words_are_published() -> None:
    in_pack = Evidence("pack", "The Board resolved to approve the plan")
    copied = Evidence("jhws-2022", "The Board resolved to approve the plan")
    passages = [_passage("m", "pack--minutes", "RESOLVED: The Board resolved to approve the plan.")]
    found = build_evidence_map([_item(in_pack, copied)], passages, DOCUMENTS)
    assert found.holds("m", in_pack)
    assert found.holds("m", copied)
    assert found.missing == []


def test_partial_credit_stays_within_the_quotes_own_document() -> None:
    quote = "The Board resolved to approve the plan and to review it in a year"
    elsewhere = Evidence("jhws-2022", quote)
    cut = "RESOLVED: The Board resolved to approve the plan and to review it"
    passages = [_passage("m", "pack--minutes", cut)]
    found = build_evidence_map([_item(elsewhere)], passages, DOCUMENTS)
    assert found.missing == [elsewhere]


def test_a_quote_cut_by_a_chunk_boundary_credits_a_passage_holding_80_percent_of_it() -> None:
    ev = Evidence("jhws-2022", "We will reduce the number of falls that people over 65 experience")
    passages = [
        # 44 of the quote's 54 normalised characters (81%): credited.
        _passage(
            "most", "jhws-2022", "Intro. We will reduce the number of falls that people over 65"
        ),
        # 28 of 54 (52%): not credited.
        _passage("some", "jhws-2022", "We will reduce the number of falls"),
    ]
    found = build_evidence_map([_item(ev)], passages, DOCUMENTS)
    assert found.holders[ev] == {"most"}
    assert ev in found.partial


def test_partial_credit_is_never_given_when_a_passage_holds_the_whole_quote() -> None:
    ev = Evidence("jhws-2022", "Mike Sandys is the Director of Public Health")
    passages = [
        _passage("whole", "jhws-2022", "Mike Sandys is the Director of Public Health."),
        _passage("most", "jhws-2022", "Mike Sandys is the Director of Public"),
    ]
    found = build_evidence_map([_item(ev)], passages, DOCUMENTS)
    assert found.holders[ev] == {"whole"}
    assert not found.partial


def test_an_action_row_is_matched_on_its_cells_in_column_order() -> None:
    ev = Evidence("pack", "Jane Moore/Simon Down A report will be provided to a future meeting")
    row = _passage(
        "row",
        "pack--minutes",
        "Action 174: Consider the VRU. Responsible officer: Jane Moore/Simon Down. "
        "Comments: A report will be provided to a future meeting.",
        kind="action",
        fields=ActionFields(
            number="",
            date="",
            action="Consider the VRU.",
            responsible_officer="Jane Moore/Simon Down",
            comments="A report will be provided to a future meeting",
            status="",
        ),
    )
    prose = _passage("prose", "pack--minutes", "Jane Moore/Simon Down. Comments: A report will")
    found = build_evidence_map([_item(ev)], [row, prose], DOCUMENTS)
    assert found.holders[ev] == {"row"}
    assert not found.partial


def test_a_row_quoted_across_a_minute_and_a_due_column_is_matched_in_printed_order() -> None:
    ev = Evidence("pack", "REF/1 12/12/2024 Dev. session Develop a plan. Jo Bloggs Mar 2025")
    row = _passage(
        "row",
        "pack--minutes",
        "Action REF/1 (12/12/2024): Develop a plan. Responsible officer: Jo Bloggs. Due: Mar 2025.",
        kind="action",
        fields=ActionFields(
            number="REF/1",
            date="12/12/2024",
            action="Develop a plan.",
            responsible_officer="Jo Bloggs",
            comments="Plan drafted.",
            status="Open",
            minute="Dev. session",
            due="Mar 2025",
        ),
    )
    found = build_evidence_map([_item(ev)], [row], DOCUMENTS)
    assert found.holders[ev] == {"row"}
    assert not found.partial
