"""Acronyms staff use for UK local government and NHS bodies, whether or not a document does.

People ask about "the PH strategy" although no document writes "PH"; the corpus glossaries only
teach the acronyms the documents use. An entry here joins the learned map only when its long
form occurs in the corpus, so it can point a search at words that exist and at nothing else.
"""

from __future__ import annotations

import hashlib
import json

DOMAIN_ABBREVIATIONS: dict[str, str] = {
    "A&E": "Accident and Emergency",
    "ASC": "Adult Social Care",
    "BCF": "Better Care Fund",
    "C&F": "Children and Families",
    "CCG": "Clinical Commissioning Group",
    "CQC": "Care Quality Commission",
    "CYP": "Children and Young People",
    "DHSC": "Department of Health and Social Care",
    "DPH": "Director of Public Health",
    "EHCP": "Education, Health and Care Plan",
    "HWB": "Health and Wellbeing Board",
    "ICB": "Integrated Care Board",
    "ICP": "Integrated Care Partnership",
    "ICS": "Integrated Care System",
    "JHWS": "Joint Health and Wellbeing Strategy",
    "JSNA": "Joint Strategic Needs Assessment",
    "KPI": "Key Performance Indicator",
    "LA": "Local Authority",
    "LAC": "Looked After Children",
    "LD": "Learning Disability",
    "LTC": "Long Term Condition",
    "MH": "Mental Health",
    "NHSE": "NHS England",
    "OHID": "Office for Health Improvement and Disparities",
    "PCN": "Primary Care Network",
    "PH": "Public Health",
    "PHE": "Public Health England",
    "SEND": "Special Educational Needs and Disabilities",
    "SRO": "Senior Responsible Officer",
    "STP": "Sustainability and Transformation Partnership",
    "UKHSA": "UK Health Security Agency",
    "UKSPF": "UK Shared Prosperity Fund",
    "VCS": "Voluntary and Community Sector",
    "VCSE": "Voluntary, Community and Social Enterprise",
}


def domain_version() -> str:
    """Changes whenever the list does, so an index built with an older list is rebuilt."""
    text = json.dumps(DOMAIN_ABBREVIATIONS, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def with_domain(learned: dict[str, str], texts: list[str]) -> dict[str, str]:
    """The learned map plus each domain acronym it lacks whose long form the corpus uses."""
    corpus = " ".join(" ".join(texts).lower().split())
    added = {
        acronym: long_form
        for acronym, long_form in DOMAIN_ABBREVIATIONS.items()
        if acronym not in learned and long_form.lower() in corpus
    }
    return dict(sorted({**learned, **added}.items()))
