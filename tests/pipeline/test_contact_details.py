"""How to reach the person a contact answer names."""

from __future__ import annotations

from answer.model import Answer, Citation
from ingest.model import Document, Passage
from pipeline.contact_details import contact_details_answer
from question.read import read_question
from retrieval.search import Hit
from tests.answer import made

RULES = made.document("rules", "Forum terms of reference", date="2024-05-23")
MINUTES = made.document("minutes", "Forum minutes", date="2025-03-20")
OLDER = made.document("older", "Forum minutes", date="2023-01-10")
LINE = "Forum terms of reference, item 1. Contact: Jo Bloggs, Democratic Services Officer."


def _composed(passage: Passage, quote: str = LINE) -> Answer:
    return Answer(f"{quote} [1]", [Citation(1, passage, RULES, quote)], 0.7, refused=False)


def _dated(document: Document) -> str | None:
    return document.date


def _ask(question: str, composed: Answer, hits: list[Hit]) -> Answer | None:
    asked = read_question(question, idf=made.idf)
    return contact_details_answer(asked, composed, lambda _: hits, _dated)


def test_the_quote_reads_on_through_the_phone_and_email_that_follow_it() -> None:
    passage = made.passage(
        f"{LINE} Tel: 01234 567890. Email: jo.bloggs@example.org.", doc_id="rules"
    )
    answer = _ask("who do I contact about the terms of reference?", _composed(passage), [])
    assert answer is not None
    quote = answer.citations[0].quote
    assert quote.endswith("jo.bloggs@example.org") and quote in passage.text
    assert answer.text.startswith(quote)


def test_the_details_are_found_where_another_paper_gives_them_latest_first() -> None:
    passage = made.passage(LINE, doc_id="rules")
    now = made.passage("Jo Bloggs, Democratic Services, 01234 567890", doc_id="minutes")
    before = made.passage("Jo Bloggs, Clerk, 01234 000000", doc_id="older")
    hits = [made.hit(before, OLDER), made.hit(now, MINUTES)]
    answer = _ask("who do I contact about the terms of reference?", _composed(passage), hits)
    assert answer is not None
    assert answer.citations[-1].passage is now
    assert answer.text.endswith("Jo Bloggs, Democratic Services, 01234 567890 [2]")


def test_a_phone_number_of_the_next_person_is_not_taken() -> None:
    text = f"{LINE} Priya Shah, Lead Manager. Tel: 01234 567890."
    passage = made.passage(text, doc_id="rules")
    assert _ask("who do I contact about the terms of reference?", _composed(passage), []) is None


def test_only_a_contact_question_naming_one_person_is_extended() -> None:
    passage = made.passage(f"{LINE} Tel: 01234 567890.", doc_id="rules")
    assert _ask("when were the terms of reference adopted?", _composed(passage), []) is None
    two = "Contact: Jo Bloggs, Democratic Services Officer, or Dr Priya Shah."
    both = made.passage(f"{two} Tel: 01234 567890.", doc_id="rules")
    assert _ask("who do I contact about the rules?", _composed(both, two), []) is None
