"""Which questions compare two times, and how each side is asked."""

from __future__ import annotations

from collections.abc import Mapping

from ingest.model import DocType, Document, Passage, PassageKind
from question.model import Question
from question.read import read_question
from retrieval.comparison import Side, comparison_sides, interleaved
from retrieval.filters import Filters
from retrieval.search import Hit


def _read(text: str) -> Question:
    return read_question(text, idf=lambda _: 0.0)


def _sides(
    text: str,
    filters: Filters | None = None,
    editions: Mapping[str, str] | None = None,
    dates: Mapping[str, str] | None = None,
) -> list[Side] | None:
    return comparison_sides(_read(text), filters, editions, dates)


def test_two_named_years_are_two_sides_each_without_the_other_year() -> None:
    sides = _sides(
        "how many assessments were done at the 2019 update compared with the 2025 report?"
    )
    assert sides is not None
    first, second = sides
    assert (first.filters.date_from, first.filters.date_to) == ("2019", "2019")
    assert (second.filters.date_from, second.filters.date_to) == ("2025", "2025")
    assert "2019" in first.question and "2025" not in first.question
    assert "2025" in second.question and "2019" not in second.question


def test_one_year_against_now_is_that_year_and_everything_after() -> None:
    sides = _sides("has the forum's chair changed since the 2013-16 plan was published?")
    assert sides is not None
    then, now = sides
    assert (then.filters.date_from, then.filters.date_to) == ("2013", "2013")
    assert (now.filters.date_from, now.filters.date_to) == ("2014", None)
    assert "2013" not in now.question and "-16" not in now.question


def test_a_question_about_one_time_compares_nothing() -> None:
    assert _sides("about how many cyclists did the 2013 plan estimate there were?") is None
    assert _sides("what has changed in the JHWS?") is None
    assert _sides("when was the JHWS approved in 2022?") is None


def test_the_callers_own_date_filter_wins() -> None:
    question = "what changed between the 2019 and the 2025 reports?"
    assert _sides(question, Filters(date_from="2025")) is None
    sides = _sides(question, Filters(doc_types=("report",)))
    assert sides is not None and all(s.filters.doc_types == ("report",) for s in sides)


def _hit(passage_id: str) -> Hit:
    document = Document(
        id="d", title="t", doc_type=DocType.REPORT, source="d.txt", sha256="0" * 64, date="2019"
    )
    passage = Passage(
        id=passage_id,
        document_id="d",
        text=passage_id,
        section=None,
        page=None,
        lines=(1, 1),
        kind=PassageKind.PARAGRAPH,
        fields=None,
        context="",
    )
    return Hit(passage, document, 1.0)


def test_the_sides_hits_are_taken_in_turn_each_passage_once() -> None:
    merged = interleaved([[_hit("a1"), _hit("a2")], [_hit("b1"), _hit("a1"), _hit("b3")]])
    assert [h.passage.id for h in merged] == ["a1", "b1", "a2", "b3"]


def test_where_a_commitment_has_got_to_is_asked_of_the_plan_and_the_progress_reports() -> None:
    sides = _sides("the JHWS promised an air quality plan - where have we got to?")
    assert sides is not None
    plan, progress = sides
    assert plan.filters == Filters()
    assert progress.filters.doc_types == ("progress_report",)
    assert plan.question == progress.question


def test_a_report_titled_progress_update_is_no_question_about_progress() -> None:
    assert _sides("who wrote the staying healthy progress update?") is None
    assert _sides("what's the latest rate?", Filters(doc_types=("minutes",))) is None


def test_whom_to_contact_about_a_progress_update_compares_nothing() -> None:
    assert _sides("who do I contact about the latest progress update?") is None


def test_the_progress_side_is_asked_without_the_plans_years() -> None:
    sides = _sides("what did the 2024/25 plan aim for, and what is the latest rate?")
    assert sides is not None
    plan, progress = sides
    assert "2024/25" in plan.question
    assert "2024" not in progress.question


def test_an_old_edition_against_the_new_one_is_asked_of_each_edition() -> None:
    editions = {"plan-2019": "plan-2024", "plan-2014": "plan-2019"}
    sides = _sides("what was the old target and what is it now?", None, editions)
    assert sides is not None
    old, new = sides
    assert old.filters.document_ids == ("plan-2014", "plan-2019")
    assert new.filters.document_ids == ("plan-2024",)
    # Each side is asked without the other's age word: searched within its own edition, "old"
    # and "now" would only match passages about old and new figures.
    assert (old.question, new.question) == (
        "what was the old target and what is it?",
        "what was the target and what is it now?",
    )
    compared = _sides("how many cycled in the old plan compared with the new one?", None, editions)
    assert compared is not None
    assert [side.question for side in compared] == [
        "how many cycled in the old plan the one?",
        "how many cycled in the plan the new one?",
    ]
    assert _sides("what was the old target?", None, editions) is None
    assert _sides("what is the target now?", None, editions) is None
    assert _sides("what was the old target and what is it now?", None, {}) is None


def test_now_against_an_old_edition_is_everything_since_the_new_edition() -> None:
    # A target the new strategy set may since have been revised in a later board's minutes.
    editions = {"plan-2019": "plan-2024"}
    dates = {"plan-2019": "2019-03", "plan-2024": "2024-03-14", "minutes-2025": "2025-03-20"}
    sides = _sides("what was the old target and what is it now?", None, editions, dates)
    assert sides is not None
    old, now = sides
    assert old.filters.document_ids == ("plan-2019",)
    assert (now.filters.document_ids, now.filters.date_from) == ((), "2024-03-14")


def test_an_edition_named_by_its_name_against_now_is_asked_of_it_and_of_what_came_since() -> None:
    editions = {"plan-2019": "plan-2024"}
    dates = {"plan-2019": "2019-03", "plan-2024": "2024-03-14"}
    named = {"plan-2019": "greener together"}
    asked = "how has the tree target moved from Greener Together to now?"
    question = read_question(asked, idf=lambda _: 0.0, documents=named)
    # The name is no phrase the newer edition's passages must carry.
    assert question.documents == ("plan-2019",) and question.phrases == ()
    sides = comparison_sides(question, None, editions, dates)
    assert sides is not None
    old, now = sides
    assert old.filters.document_ids == ("plan-2019",)
    assert now.filters.date_from == "2024-03-14"
    # What came since is asked without the old edition's name, which its passages need not say.
    assert old.question == "how has the tree target moved from Greener Together to?"
    assert now.question == "how has the tree target moved from to now?"
    # Without the name it is no comparison of editions.
    assert _sides(asked, None, editions, dates) is None
