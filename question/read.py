"""Reading a question once into one typed value (question.model.Question): its answer type
(question.kinds), the detail it wants (question.wants), what it sets side by side
(question.comparing), the things it names (question.named), the words documents use for what it
asks, and the term it wants stated.

Every regular expression that reads a question's words lives in this package. Adding a question
kind touches the package and the scorer (answer.features), nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace

from index.tokenize import runs_within, tokenize
from ingest.dates import STATED_RE, periods_in
from question.comparing import comparing, edition
from question.defining import defining_pattern
from question.kinds import AUXILIARIES, answer_type, second_ask
from question.model import AnswerType, Question
from question.named import asked_after, named_dates, named_phrases, named_words, places_asked
from question.parts import asks
from question.wants import CONTACT, wants

# "The 2013 strategy leaned on the housing partnership - who chairs it now?": a statement set
# before the question by a dash says what it is about, not when the answer must be from.
_PREAMBLE = re.compile(
    r"^(?P<said>.+?)\s+[-–—]+\s+(?P<asked>(?:and\s+)?(?:who|whom|whose|what|what's|which|when|"
    rf"where|why|how|{AUXILIARIES})\b.*)$",
    re.I,
)


def asked_part(question: str) -> str:
    """The question without a statement set before it by a dash."""
    found = _PREAMBLE.match(question.strip())
    return found.group("asked") if found else question


_INTENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (CONTACT, "officer to contact telephone email"),
    (
        re.compile(r"\b(purpose|point of|what is the (paper|report) (about|for))\b", re.I),
        "purpose of report",
    ),
    (
        re.compile(r"\b(asked to|requested to|recommend\w*)\b", re.I),
        "recommendation the board is requested to",
    ),
    (
        re.compile(r"\b(stands? for|abbreviation|acronym)\b", re.I),
        "abbreviation definition glossary",
    ),
    (re.compile(r"\b(resolv\w*|decid\w*|decision)\b", re.I), "RESOLVED"),
    (
        # Minutes record who stood in for a member as a substitute, in their place.
        re.compile(
            r"\b(subs?(?!-)|subbed|subbing|st(oo|a)nds? in|stood in|standing in|deputi[sz]\w*|"
            r"in (his|her|their) place)\b",
            re.I,
        ),
        "substitute attended in place of",
    ),
    (
        # Strategies state their headline aim as a mission, vision, aim or strategic objective,
        # rarely in the words of the question ("in a nutshell", "headline aim").
        re.compile(
            r"\b(mission|vision|(headline|overall|main|overarching|primary|core)"
            r" (aim|goal|objective|ambition|purpose))\b",
            re.I,
        ),
        "mission vision aim objective",
    ),
    (
        # Documents give a definition as "X defines Y as" or "Y means": stems that "definition"
        # does not share ("definit" against "defin").
        re.compile(r"\b(defin\w*|what is meant by|mean by)\b", re.I),
        "defines defined definition means",
    ),
    (
        # "When was it signed off?", "who gave it the green light?": papers record an approval
        # as approved, adopted or agreed.
        re.compile(
            r"\b(sign(?:ed|s|ing)?[- ]off|green[- ]?l(?:ight|it)|go[- ]ahead|rubber[- ]stamp\w*|"
            r"ok(?:ay)?(?:'?e)?d|ratif\w*)\b",
            re.I,
        ),
        "approved adopted agreed",
    ),
    (
        # Plans say who owns a priority as "X is responsible for" or "the responsibility of X".
        re.compile(
            r"\b(owns|owned|owners?|ownership|on the hook|accountable|in charge of)\b", re.I
        ),
        "responsible responsibility",
    ),
)


def search_terms(question: str) -> list[str]:
    """The words documents use for what the question asks, to add to its search."""
    return [terms for pattern, terms in _INTENTS if pattern.search(question)]


# "What is the vision of the strategy?" asks what the vision is: the words before "of" name it.
_OF_WHAT = re.compile(r"\s+(?:of|for|in|on|at|behind)\s+", re.I)


def _stated_term(term: str, kind: AnswerType) -> str:
    """The words a text states the asked thing under: a definition question's whole term; an
    open question's head ("the vision" of "the vision of the strategy"), which a text states as
    "Our vision is ..." and never as the strategy's name."""
    if kind is AnswerType.DEFINITION:
        return term
    return _OF_WHAT.split(term, maxsplit=1)[0]


def read_question(
    text: str,
    *,
    idf: Callable[[str], float],
    kind: AnswerType | None = None,
    publishers: tuple[str, ...] = (),
    asking: str | None = None,
    documents: Mapping[str, str] | None = None,
    known_names: Sequence[tuple[str, ...]] = (),
) -> Question:
    """The question as one typed value. `kind`: the kind of answer wanted when the words alone
    do not say, as for a follow-up that asks the previous question about something else;
    `asking`: the words that say what detail it wants, when not its own (that follow-up's
    earlier question with it). `publishers`: the publishers it names (retrieval.publishers),
    and `documents` the documents it names by name, with the name (retrieval.names), both read
    with the corpus. A document's name is no phrase every passage must carry: "the target in
    Healthier Northshire and now" is answered from its successor too. `known_names`: the
    corpus's names of things the question gives (retrieval.corpus_names)."""
    named = documents or {}
    asked = wants(asking or text)
    second = second_ask(text)
    if second is not None and asked.named_person:
        # "Which group runs it, and who chairs it?": the chair is the second ask's, read with
        # it; the first asks for a body.
        first = text[: text.rfind(second[0])]
        asked = replace(asked, named_person=wants(first).named_person)
    kind = kind or answer_type(text)
    compares = comparing(text)
    if compares.progress and not (compares.times or compares.editions) and _apart(asks(text)):
        # "How much do we spend on X, and how many staff are trained so far?": "so far" is one
        # ask's, answered with it (pipeline.answering.by_ask); the question compares nothing.
        compares = replace(compares, progress=False)
    own = asked_part(text)
    planned = kind is AnswerType.COMMITMENT or own != text
    if planned and asked.outcome and not compares.progress:
        # "Has the commitment on X led to anything?", "the board asked for X in 2019 - did it
        # ever get adopted?": the plan, against what its progress reports say, as "where have
        # we got to with X?" is.
        compares = replace(compares, progress=True)
    return Question(
        text=text,
        kind=kind,
        wants=asked,
        second=second,
        dates=tuple(named_dates(own)),
        periods=frozenset(periods_in(own)),
        stated=tuple(dict.fromkeys(m.group(0).lower() for m in STATED_RE.finditer(text))),
        after=asked_after(text),
        names=tuple(named_words(text, idf)),
        publishers=publishers,
        places=tuple(places_asked(text)),
        references=tuple(t for t in tokenize(text) if "/" in t),
        phrases=tuple(p for p in named_phrases(text) if not _in_names(p, named.values())),
        corpus_names=tuple(p for p in known_names if not _in_names(p, named.values())),
        documents=tuple(named),
        document_names=tuple(named.values()),
        defines=defining_pattern(_stated_term(asked.term, kind), idf) if asked.term else None,
        search_terms=tuple(search_terms(text)),
        edition=edition(text),
        compares=compares,
    )


# "What did the plan aim for, and what's the latest rate?" sets a plan against its progress.
_PLAN_ASKED = re.compile(
    r"\b(aim\w*|targets?|plan\w*|commit\w*|promis\w*|pledg\w*|goals?|ambitions?)\b", re.I
)


def _apart(parts: tuple[str, ...]) -> bool:
    """Whether the asks of a question that joins several ask apart: one asks how far something
    has got, and no other asks what a plan set out to do."""
    return len(parts) > 1 and not any(_PLAN_ASKED.search(p) for p in parts)


def _in_names(phrase: tuple[str, ...], names: Iterable[str]) -> bool:
    """Whether the phrase's tokens run inside one of the document names."""
    return any(runs_within(phrase, tokenize(name)) for name in names)
