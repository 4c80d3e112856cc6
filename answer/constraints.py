"""Whether the evidence is about the dates and names a question names (question.named).

"How many people used the Active Steps scheme in 2023/24?" asks about one year; a passage on
Active Steps that never mentions 2023/24 (nor sits in a document of that year) does not answer it,
however well its words match. Years and months named in a question are such constraints: the
evidence must carry each one somewhere in its text, section, document title, period or date.
Likewise a rare name ("Jo Bloggs", "Northtown"): evidence that never mentions it is about
something else. So too a place a figure is asked of, the publisher whose papers are asked about,
and the measure a figure is asked of (`on_target`, `figure_elsewhere`, `names_measure`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from index.tokenize import tokenize
from ingest.dates import MONTH_RE, MONTHS, YEAR_RE, YEARS_RE, periods_in
from ingest.model import Document, Passage
from question.model import AnswerType, Question
from retrieval.search import Hit


def states_other_period(
    periods: frozenset[tuple[str, str]], sentence: str, passage: Passage, document: Document
) -> bool:
    """Whether the sentence states its figures for a span of years, but neither it nor its
    section, document title or period names any the question names: "the grant for 2024/25 is
    £34.87m" does not answer a question about 2025/26, however close its words. (A plan for
    2024/25 may set its ambition against the 2023/24 outturn: its title names the year asked.
    Minutes that mention the asked year in another sentence do not date this one's figure.)"""
    if not periods:
        return False
    stated = _periods(sentence)
    if not stated or periods & stated:
        return False
    around = " ".join(part for part in (passage.section, document.title, document.period) if part)
    return not periods & _periods(around)


def names_other_reference(references: Sequence[str], sentence: str) -> bool:
    """Whether the sentence quotes a reference of the same series as one the question quotes,
    but none the question quotes: the officer for action abc/24/15 is not the officer for
    abc/24/17, however alike the two lines read."""
    if not references:
        return False
    series = {r.split("/", 1)[0] for r in references}
    quoted = {t for t in tokens(sentence) if "/" in t and t.split("/", 1)[0] in series}
    return bool(quoted) and not quoted & set(references)


@lru_cache(maxsize=16384)
def _periods(text: str) -> frozenset[tuple[str, str]]:
    """periods_in, remembered: the same sentences are weighed for every question that
    retrieves them."""
    return frozenset(periods_in(text))


@lru_cache(maxsize=16384)
def _years_and_months(text: str) -> frozenset[str]:
    held = {m.group(1).lower() for m in MONTH_RE.finditer(text)}
    for match in YEARS_RE.finditer(text):
        start, end = match.group(1), match.group(2)
        held.add(start)
        if end:
            held.add(end if len(end) == 4 else start[:2] + end)
    return frozenset(held)


def evidence_dates(passage: Passage, document: Document) -> set[str]:
    """Years and month names the passage is about: its own words, its section and document
    title, the document's period, and the document's date (month included)."""
    text = " ".join(
        part for part in (passage.text, passage.section, document.title, document.period) if part
    )
    held = set(_years_and_months(text))
    if document.date:
        parts = document.date.split("-")
        held.add(parts[0])
        if len(parts) > 1 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
            held.add(MONTHS[int(parts[1]) - 1])
    return held


def unmet_year_periods(
    periods: frozenset[tuple[str, str]], passage: Passage, document: Document
) -> bool:
    """Whether the question names a one-year period ("2025/26", a financial or municipal year)
    that the passage is not about: neither it, its section, its document's title or period
    name that period, nor does the document's period span it. A year of it on its own is no
    evidence: January 2025 falls in 2024/25, not 2025/26. A question naming several compares
    them ("between 2020/21 and 2023/24"): evidence for any one is on its periods."""
    asked = {(a, b) for a, b in periods if int(b) - int(a) == 1}
    if not asked:
        return False
    text = " ".join(part for part in (passage.text, passage.section, document.title) if part)
    held = _periods(text)
    spans = _periods(document.period or "")
    return not any(
        period in held
        or any(int(a) <= int(period[0]) and int(period[1]) <= int(b) for a, b in spans)
        for period in asked
    )


def unmet_dates(named: Sequence[str], held: set[str]) -> list[str]:
    """The question's named dates (Question.dates) that `held` lacks. A question naming several
    years compares them ("between the 2019 report and the 2025 update"): evidence for any one of
    them is on its dates."""
    unmet = [d for d in named if d not in held]
    years = [d for d in named if d.isdigit()]
    if len(years) > 1 and any(y in held for y in years):
        unmet = [d for d in unmet if not d.isdigit()]
    return unmet


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[str, ...]:
    """tokenize, remembered: the same passages, titles and contacts are checked for every
    question that retrieves them."""
    return tuple(tokenize(text))


@lru_cache(maxsize=16384)
def stem_set(text: str) -> frozenset[str]:
    """The distinct tokens of a sentence, remembered as one set, so what is remembered of the
    set itself (answer.terms.keys_of) is found again."""
    return frozenset(tokens(text))


def unmet_names(names: Sequence[str], passage: Passage, document: Document) -> list[str]:
    """The named words that neither the passage, its section, nor its document's title,
    author or contacts carry."""
    if not names:
        return []
    parts = (passage.text, passage.section or "", document.title, document.author or "")
    held = _words_held((*parts, *document.contacts))
    # A shortened name ("Yorks" for Yorkshire) counts where it begins a word held.
    return [n for n in names if n not in held and not any(h.startswith(n) for h in held)]


@lru_cache(maxsize=8192)
def _words_held(parts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for part in parts for t in tokens(part))


def _holds_sequence(
    held: tuple[str, ...], phrase: tuple[str, ...], *, exact_first: bool = False
) -> bool:
    # A shortened word ("Leics") counts where it begins the word held ("leicestershir"); the
    # initials that open a phrase's short form ("hhf" of "HHF Board") must be the word held,
    # or "ht" would be found in every "https".
    n = len(phrase)
    return any(
        all(
            held[i + j] == word if exact_first and j == 0 else held[i + j].startswith(word)
            for j, word in enumerate(phrase)
        )
        for i in range(len(held) - n + 1)
    )


def _forms(phrase: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The phrase, and the phrase with its leading words as their initials: papers write the
    "Healthy Homes Fund Board" as the "HHF Board" and the "Active Travel Partnership" as "ATP"."""
    initials = [("".join(w[0] for w in phrase[:k]), *phrase[k:]) for k in range(len(phrase), 1, -1)]
    return [phrase, *initials]


def unmet_phrases(
    phrases: Sequence[tuple[str, ...]], passage: Passage, document: Document
) -> list[tuple[str, ...]]:
    """The named phrases that neither the passage, its section, nor its document's title or
    contacts carry, word for word."""
    parts = (passage.text, passage.section or "", document.title, *document.contacts)
    held = [tokens(part) for part in parts]
    return [
        p
        for p in phrases
        if not any(
            _holds_sequence(t, form, exact_first=form != p) for t in held for form in _forms(p)
        )
    ]


PLACE_REACH = 6
"""How many words from a figure the place it is given for is named ("23.9% in Northtown")."""


_THOUSANDS = re.compile(r"(\d),(?=\d{3}\b)")


def figure_elsewhere(question: Question, sentence: str, hit: Hit) -> bool:
    """Whether a figure question asks of a place the sentence gives no figure for: "the rate in
    Northtown" is not answered by the county's rate, nor by "13.8%, higher in Northtown". The
    place the document itself is about (its title, its author) goes without saying."""
    if question.kind is not AnswerType.NUMBER or not question.places:
        return False
    home = tokens(f"{hit.document.title} {hit.document.author or ''}")
    # "51,101" is one figure, not two words.
    words = tokens(_THOUSANDS.sub(r"\1", sentence))
    figures = [i for i, w in enumerate(words) if any(c.isdigit() for c in w)]
    amounts = [i for i in figures if not YEAR_RE.fullmatch(words[i])] or figures
    places = set(question.places)
    topic = {t for t in tokens(question.text) if not any(c.isdigit() for c in t)} - places
    measured = [i for i, w in enumerate(words) if w in topic]
    for place in places:
        if any(h.startswith(place) or place.startswith(h) for h in home if len(h) > 2):
            continue
        near = [i for i, w in enumerate(words) if w == place or w.startswith(place)]
        if not any(abs(i - j) <= PLACE_REACH for i in near for j in figures):
            return True
        # In a flattened table or a long sentence a figure for something else sits near the
        # place ("18 (11 in Northtown) ... suicide rate 11.4"): the place's nearest figure must
        # also be the nearest figure to a word of what the question measures.
        if measured and _nearest(amounts, near) not in {_nearest(amounts, [i]) for i in measured}:
            return True
    return False


def _nearest(figures: list[int], positions: list[int]) -> int:
    """The figure (a word position) closest to any of `positions`."""
    return min(figures, key=lambda f: min(abs(f - p) for p in positions))


def on_target(question: Question, hit: Hit) -> bool:
    """Whether the passage is about the years, months, rare names, title-case phrases, corpus
    names and publishers the question names."""
    held = evidence_dates(hit.passage, hit.document)
    return (
        not unmet_dates(question.dates, held)
        and not unmet_year_periods(question.periods, hit.passage, hit.document)
        and not unmet_names(question.names, hit.passage, hit.document)
        and not unmet_phrases(question.phrases, hit.passage, hit.document)
        and not unmet_phrases(question.corpus_names, hit.passage, hit.document)
        and of_publisher(question.publishers, hit)
    )


def of_publisher(publishers: tuple[str, ...], hit: Hit) -> bool:
    """Whether a question naming publishers is answered from their papers, or from a passage
    naming one of them: "who chairs northtown's board?" is not answered by another council's
    minutes."""
    if not publishers or hit.document.publisher in publishers:
        return True
    text = hit.passage.text.lower()
    return any(p.lower() in text for p in publishers)


def names_measure(question: Question, hit: Hit) -> bool:
    """Whether the hit's passage names the measure the question asks a figure of, when it asks
    one of those a paper always names (question.model.Wants.measure)."""
    measure = question.wants.measure
    if measure is None:
        return True
    return states_measure(measure, f"{hit.passage.section or ''} {hit.passage.text}")


def states_measure(measure: str, text: str) -> bool:
    """Whether `text` names the measure (Wants.measure: the start every word naming it shares)."""
    return re.search(rf"\b{measure}", text, re.IGNORECASE) is not None
