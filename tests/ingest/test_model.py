"""What each index reads of a passage: BM25 the whole context, the embedder its own heading."""

from __future__ import annotations

from ingest.model import Passage

SECTION = "4 Outcomes and Priorities > 4.3 Outcome 2: Early intervention"


def _passage(section: str | None, context: str) -> Passage:
    return Passage(
        id="doc:1",
        document_id="doc",
        text="We will improve sexual health services.",
        section=section,
        context=context,
    )


def test_bm25_reads_the_title_and_heading_trail_but_the_embedder_only_the_own_heading() -> None:
    passage = _passage(SECTION, f"Joint Health and Wellbeing Strategy > {SECTION}")
    assert passage.index_text.startswith("Joint Health and Wellbeing Strategy > 4 Outcomes")
    assert passage.embed_text == (
        "4.3 Outcome 2: Early intervention\nWe will improve sexual health services."
    )


def test_a_passage_outside_any_section_is_embedded_as_its_text() -> None:
    passage = _passage(None, "Joint Health and Wellbeing Strategy")
    assert passage.embed_text == passage.text


def test_the_embedding_cache_key_follows_what_is_embedded() -> None:
    a = _passage(SECTION, "Strategy A > " + SECTION)
    b = _passage(SECTION, "Strategy B > " + SECTION)
    assert a.content_hash == b.content_hash
    assert a.index_text != b.index_text
