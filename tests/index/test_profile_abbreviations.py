"""The profile's acronyms join a corpus's acronym map only where the corpus uses the long form."""

from __future__ import annotations

from index.abbreviations import with_domain
from ingest.profile import load_profile

DOMAIN = load_profile().abbreviations


def test_a_profile_acronym_joins_only_when_the_corpus_uses_its_long_form() -> None:
    texts = ["Public Health will lead.", "The Better Care Fund (BCF) plan."]
    found = with_domain({"BCF": "Better Care Fund"}, texts, DOMAIN)
    assert found["PH"] == "Public Health"
    assert "UKHSA" not in found
    assert found["BCF"] == "Better Care Fund"


def test_a_learned_acronym_wins_over_the_profile() -> None:
    found = with_domain(
        {"PH": "Primary Healthcare"}, ["Public Health and Primary Healthcare"], DOMAIN
    )
    assert found["PH"] == "Primary Healthcare"


def test_the_default_acronyms_are_acronyms() -> None:
    assert DOMAIN
    assert all(a.isupper() or "&" in a for a in DOMAIN)
