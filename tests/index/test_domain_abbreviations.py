from __future__ import annotations

from index.domain_abbreviations import DOMAIN_ABBREVIATIONS, domain_version, with_domain


def test_a_domain_acronym_joins_only_when_the_corpus_uses_its_long_form() -> None:
    texts = ["Public Health will lead.", "The Better Care Fund (BCF) plan."]
    found = with_domain({"BCF": "Better Care Fund"}, texts)
    assert found["PH"] == "Public Health"
    assert "UKHSA" not in found
    assert found["BCF"] == "Better Care Fund"


def test_a_learned_acronym_wins_over_the_domain_list() -> None:
    found = with_domain({"PH": "Primary Healthcare"}, ["Public Health and Primary Healthcare"])
    assert found["PH"] == "Primary Healthcare"


def test_the_version_follows_the_list() -> None:
    assert len(domain_version()) == 12
    assert all(a.isupper() or "&" in a for a in DOMAIN_ABBREVIATIONS)
