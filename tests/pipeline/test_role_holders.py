"""Who holds a post that an answer names without naming anyone."""

from __future__ import annotations

from answer.model import Answer, Citation
from ingest.model import Document
from pipeline.role_holders import role_holder_answer
from question.model import AnswerType
from question.read import read_question
from retrieval.search import Hit
from tests.answer import made

STRATEGY = made.document("strategy", "Active County Strategy", date="2022-03-01")
UPDATE = made.document("update", "Active County progress update", date="2025-05-01")
OLD_PACK = made.document("pack", "Board papers", date="2019-11-28")
POST = made.passage(
    "The Director of Leisure Services co-chairs the Walking Partnership.", doc_id="strategy"
)
NOW = made.passage(
    "Priya Shah, Director for Leisure Services Email: priya.shah@example.org", doc_id="update"
)
BEFORE = made.passage("Director of Leisure Services: Tom Reed", doc_id="pack")


def _composed(quote: str = POST.text) -> Answer:
    return Answer(f"{quote} [1]", [Citation(1, POST, STRATEGY, quote)], 0.8, refused=False)


def _dated(document: Document) -> str | None:
    return document.date


def _ask(question: str, composed: Answer, hits: list[Hit]) -> Answer | None:
    asked = read_question(question, idf=made.idf, kind=AnswerType.PERSON)
    return role_holder_answer(asked, composed, lambda _: hits, _dated)


def test_the_post_named_in_the_answer_is_resolved_to_its_latest_named_holder() -> None:
    hits = [made.hit(BEFORE, OLD_PACK), made.hit(NOW, UPDATE)]
    answer = _ask("who co-chairs the Walking Partnership?", _composed(), hits)
    assert answer is not None
    assert answer.text.endswith("Priya Shah, Director for Leisure Services [2]")
    added = answer.citations[-1]
    assert added.passage is NOW and added.quote in NOW.text


def test_nothing_is_added_when_no_passage_names_the_holder() -> None:
    unnamed = made.passage("The Director of Leisure Services reports yearly.", doc_id="update")
    hits = [made.hit(unnamed, UPDATE)]
    assert _ask("who co-chairs the Walking Partnership?", _composed(), hits) is None


def test_an_answer_that_already_names_someone_is_kept() -> None:
    named = "Cllr Ann Lee and the Director of Leisure Services co-chair the Walking Partnership."
    hits = [made.hit(NOW, UPDATE)]
    assert _ask("who co-chairs the Walking Partnership?", _composed(named), hits) is None


def test_only_a_question_asking_who_is_resolved() -> None:
    asked = read_question("what does the Walking Partnership do?", idf=made.idf)
    assert asked.kind is not AnswerType.PERSON
    assert role_holder_answer(asked, _composed(), lambda _: [made.hit(NOW, UPDATE)], _dated) is None


def test_a_post_named_by_its_title_is_resolved_word_for_word() -> None:
    presiding = "The vote was taken with the Committee Services Officer presiding."
    composed = Answer(
        f"{presiding} [1]", [Citation(1, POST, STRATEGY, presiding)], 0.7, refused=False
    )
    minutes = made.passage(
        "Minutes: Sam Oduya, Committee Services Officer, in the Chair.", doc_id="update"
    )
    answer = _ask("who ran the vote?", composed, [made.hit(minutes, UPDATE)])
    assert answer is not None
    assert answer.text.endswith("Sam Oduya, Committee Services Officer [2]")
