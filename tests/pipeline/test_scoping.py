"""A follow-up pointing back at "that meeting" or "that report" is answered from it alone: over a
real index (fake model: the test is about the conversation's plumbing)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ingest.model import DocType, Document
from pipeline.assistant import AskResult, Assistant
from pipeline.scoping import after, newer_editions, occasion_filters, older_editions
from question.occasion import Occasion
from retrieval.filters import Filters
from tests import corpora

_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "minutes-may", "file": "may.txt", "title": "Board minutes, May", "type": "minutes",
     "date": "2024-05-14"},
    {"id": "item-may", "file": "item-may.txt", "title": "Agenda item: substitutes",
     "type": "document", "date": "2024-05-14"},
    {"id": "minutes-june", "file": "june.txt", "title": "Board minutes, June", "type": "minutes",
     "date": "2024-06-11"},
]  # fmt: skip

_TEXTS = {
    "may.txt": "Board minutes, May\n\n1 Chair\n\nAs the Chair and the Vice-Chair were both absent,"
    " Cllr Rosa Kemp chaired the meeting.\n",
    "item-may.txt": "Agenda item: substitutes\n\n1 Substitutes\n\nDr Omar Bell attended as a"
    " substitute for Dr Lee Hart.\n",
    "june.txt": "Board minutes, June\n\n1 Substitutes\n\nSubstitutes: Ms Ana Roy attended as a"
    " substitute for Dr Lee Hart, and Dr Lee Hart's substitute spoke for him on every item.\n",
}


def test_at_that_same_meeting_is_answered_from_that_meetings_papers(tmp_path: Path) -> None:
    assistant = corpora.fake_assistant(tmp_path, _DOCUMENTS, _TEXTS)
    first = assistant.ask(
        "who chaired the meeting when the Chair and Vice-Chair were both absent?", generate=False
    )
    assert "Rosa Kemp" in first.answer.text
    unscoped = assistant.ask("who was the substitute for Dr Lee Hart?", generate=False)
    assert "Ana Roy" in unscoped.hits[0].passage.text, "June's minutes match best on their own"
    follow = assistant.ask(
        "at that same meeting, who was the substitute for Dr Lee Hart?",
        conversation_id=first.conversation_id,
        generate=False,
    )
    # Only May's papers are searched (the answer's wording is the real model's).
    assert {hit.document.id for hit in follow.hits} <= {"minutes-may", "item-may"}
    assert "Omar Bell" in follow.hits[0].passage.text


def test_a_refusal_leaves_nothing_to_point_back_at(tmp_path: Path) -> None:
    assistant = corpora.fake_assistant(tmp_path, _DOCUMENTS, _TEXTS)
    first = assistant.ask("what is the budget for the new leisure centre?", generate=False)
    assert first.answer.refused
    follow = assistant.ask(
        "at that same meeting, who was the substitute for Dr Lee Hart?",
        conversation_id=first.conversation_id,
        generate=False,
    )
    assert "Ana Roy" in follow.hits[0].passage.text


def _document(doc_id: str, date: str | None, parent: str | None = None) -> Document:
    return Document(
        id=doc_id,
        title=doc_id,
        doc_type=DocType.MINUTES,
        source="x",
        sha256="0",
        date=date,
        parent_id=parent,
    )


def test_a_meeting_is_its_papers_day_and_a_paper_is_itself_or_its_pack() -> None:
    documents = {
        "pack": _document("pack", "2024-05-14"),
        "pack-minutes": _document("pack-minutes", None, parent="pack"),
        "annual": _document("annual", "2024-05"),
    }
    same_day = Filters(date_from="2024-05-14", date_to="2024-05-14")
    assert occasion_filters(Occasion.MEETING, ("pack-minutes",), documents) == same_day
    assert occasion_filters(Occasion.DOCUMENT, ("pack-minutes",), documents) == Filters(
        document_ids=("pack",)
    )
    # A paper dated only by month names no meeting day: it is kept to itself.
    assert occasion_filters(Occasion.MEETING, ("annual",), documents) == Filters(
        document_ids=("annual",)
    )
    assert occasion_filters(Occasion.MEETING, (), documents) is None
    assert occasion_filters(Occasion.MEETING, ("gone",), documents) is None
    assert occasion_filters(Occasion.SINCE, ("pack-minutes",), documents) == Filters(
        date_from="2024-05-15"
    )
    assert occasion_filters(Occasion.SINCE, ("annual",), documents) == Filters(date_from="2024-06")


def test_after_is_the_next_day_month_or_year() -> None:
    assert after("2024-12-31") == "2025-01-01"
    assert after("2024-12") == "2025-01"
    assert after("2024-05") == "2024-06"
    assert after("2024") == "2025"


_BUDGET_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "plan", "file": "plan.txt", "title": "Care fund plan", "type": "strategy",
     "date": "2024-06-10"},
    {"id": "review", "file": "review.txt", "title": "Care fund review", "type": "report",
     "date": "2025-03-05"},
]  # fmt: skip
_BUDGET_TEXTS = {
    "plan.txt": "Care fund plan\n\n1 Budget\n\nThe pooled budget of the care fund plan is"
    " £10.2m for the year.\n",
    "review.txt": "Care fund review\n\n1 Budget\n\nThe pooled budget of the care fund was"
    " revised to £11.4m after the winter pressures.\n",
}


def _followed(assistant: Assistant, question: str, cited: str, follow_up: str) -> AskResult:
    """`follow_up` asked in the conversation `question` began, whose answer cites `cited` first."""
    first = assistant.ask(question, generate=False)
    assert first.answer.citations[0].document.id == cited
    return assistant.ask(follow_up, conversation_id=first.conversation_id, generate=False)


def test_has_that_changed_since_is_asked_of_the_papers_after_the_last_answers(
    tmp_path: Path,
) -> None:
    assistant = corpora.fake_assistant(tmp_path, _BUDGET_DOCUMENTS, _BUDGET_TEXTS)
    asked = "what is the pooled budget in the care fund plan?"
    follow = _followed(assistant, asked, "plan", "has that changed since?")
    # The earlier topic is still what is asked about, in the papers after the plan.
    assert "pooled" in follow.rewritten
    assert {hit.document.id for hit in follow.hits} == {"review"}
    assert "£11.4m" in follow.answer.text


def test_nothing_said_since_leaves_the_last_word_standing(tmp_path: Path) -> None:
    assistant = corpora.fake_assistant(tmp_path, _BUDGET_DOCUMENTS, _BUDGET_TEXTS)
    asked = "what was the pooled budget revised to in the review?"
    follow = _followed(assistant, asked, "review", "has that changed since?")
    assert not follow.answer.refused
    assert "£11.4m" in follow.answer.text


def test_the_older_editions_are_those_the_cited_paper_superseded_else_every_superseded_one() -> (
    None
):
    documents = {
        "plan-2019": replace(_document("plan-2019", "2019"), superseded_by="plan-2024"),
        "plan-2024": _document("plan-2024", "2024"),
        "scheme-2015": replace(_document("scheme-2015", "2015"), superseded_by="scheme-2020"),
        "scheme-2020": _document("scheme-2020", "2020"),
        "review": _document("review", "2025"),
    }
    assert older_editions(documents["plan-2024"], documents) == Filters(document_ids=("plan-2019",))
    assert older_editions(documents["review"], documents) == Filters(
        document_ids=("plan-2019", "scheme-2015")
    )
    assert older_editions(documents["review"], {"review": documents["review"]}) is None


def test_the_newer_editions_are_those_that_replaced_the_cited_paper_in_turn() -> None:
    documents = {
        "plan-2014": replace(_document("plan-2014", "2014"), superseded_by="plan-2019"),
        "plan-2019": replace(_document("plan-2019", "2019"), superseded_by="plan-2024"),
        "plan-2024": _document("plan-2024", "2024"),
    }
    assert newer_editions(documents["plan-2014"], documents) == Filters(
        document_ids=("plan-2019", "plan-2024")
    )
    assert newer_editions(documents["plan-2024"], documents) is None


_EDITION_DOCUMENTS: list[dict[str, Any]] = [
    {"id": "plan-2019", "file": "old.txt", "title": "Active travel plan 2019-2023",
     "type": "strategy", "date": "2019-03-01", "superseded_by": "plan-2024"},
    {"id": "plan-2024", "file": "new.txt", "title": "Active travel plan 2024-2030",
     "type": "strategy", "date": "2024-03-01"},
]  # fmt: skip
_EDITION_TEXTS = {
    "old.txt": "Active travel plan 2019-2023\n\n1 Targets\n\nOur cycling target is that 8% of"
    " trips to school are made by bike by 2023.\n",
    "new.txt": "Active travel plan 2024-2030\n\n1 Targets\n\nOur cycling target is that 15% of"
    " trips to school are made by bike by 2030, building on the previous plan.\n",
}


def test_what_about_the_old_plan_is_answered_from_the_edition_it_replaced(tmp_path: Path) -> None:
    assistant = corpora.fake_assistant(tmp_path, _EDITION_DOCUMENTS, _EDITION_TEXTS)
    asked = "what is the cycling target for trips to school?"
    follow = _followed(assistant, asked, "plan-2024", "what about the old plan?")
    assert "cycling" in follow.rewritten
    assert {hit.document.id for hit in follow.hits} == {"plan-2019"}
    assert "8%" in follow.answer.text


def test_what_replaced_it_is_answered_from_the_edition_that_replaced_it_and_names_it(
    tmp_path: Path,
) -> None:
    assistant = corpora.fake_assistant(tmp_path, _EDITION_DOCUMENTS, _EDITION_TEXTS)
    asked = "what was the cycling target for trips to school by 2023?"
    follow = _followed(assistant, asked, "plan-2019", "so what replaced it?")
    assert {hit.document.id for hit in follow.hits} == {"plan-2024"}
    assert follow.answer.text.startswith("In Active travel plan 2024-2030 (2024-03-01): ")
