"""A question comparing two times is answered from both, on the real index and model."""

from __future__ import annotations

from pipeline.assistant import Assistant


def test_a_two_year_comparison_cites_a_document_of_each_year(real_assistant: Assistant) -> None:
    question = (
        "workplace health needs assessments completed: "
        "the 2019 UPB report versus the 2025 staying healthy update?"
    )
    answer = real_assistant.ask(question, generate=False).answer
    assert not answer.refused
    years = {(c.document.date or "")[:4] for c in answer.citations}
    assert {"2019", "2025"} <= years
    for citation in answer.citations:
        assert citation.quote in citation.passage.text
        assert f"[{citation.n}]" in answer.text


def test_where_a_commitment_has_got_to_cites_the_plan_and_a_progress_report(
    real_assistant: Assistant,
) -> None:
    question = "the JHWS promised an air quality and health action plan - where have we got to?"
    answer = real_assistant.ask(question, generate=False).answer
    assert not answer.refused
    kinds = {c.document.doc_type for c in answer.citations}
    assert "progress_report" in kinds and "strategy" in kinds
