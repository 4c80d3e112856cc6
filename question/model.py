"""The question as read once (question.read): what it asks for and what it is about.

Everything below the pipeline takes this value; nothing re-reads the question's words to find
out what kind of answer is wanted, which dates or names constrain it, or what detail it needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from question.defining import Defining


class AnswerType(StrEnum):
    """What kind of thing an answer must give."""

    PERSON = "person"
    FREQUENCY = "frequency"
    DATE = "date"
    NUMBER = "number"
    DECISION = "decision"
    COMMITMENT = "commitment"
    DEFINITION = "definition"
    LIST = "list"
    YES_NO = "yes_no"
    REASON = "reason"
    OTHER = "other"


REQUIRED = (AnswerType.NUMBER, AnswerType.DATE, AnswerType.PERSON, AnswerType.FREQUENCY)
"""Only these types say what an answer must contain; the others can be stated many ways."""

PASSAGE_KINDS: dict[AnswerType, tuple[str, ...]] = {
    AnswerType.COMMITMENT: ("commitment",),
    AnswerType.DECISION: ("resolution",),
}
"""The kinds of passage that state each kind of answer in their structure (ingest.structure):
a strategy's "we will" commitments, a board's RESOLVED points."""


@dataclass(frozen=True, slots=True)
class Wants:
    """The detail the answer must hold, beyond its type: a phone number, a share, a sum, ..."""

    phone: bool = False
    email: bool = False
    percent: bool = False
    money: bool = False
    how_much: bool = False
    """"How much ...?": a sum, a share or a multiple rather than a bare count."""
    benchmark: bool = False
    """A comparator's own figure is asked ("the England average", "the national rate")."""
    change: bool = False
    """The size of a change is asked ("how much has it cut falls?")."""
    time: bool = False
    """A length of time is asked ("how many weeks", "how long")."""
    named_person: bool = False
    """A named person, not a body, is asked (who chaired, who signed, which councillor)."""
    chair: bool = False
    """Who chairs or chaired something is asked: an answer names the chair as such."""
    organisation: bool = False
    """A named organisation is asked ("which company", "which charity", "which university")."""
    day: bool = False
    """A day is asked of a month the question names ("which day in June did the forum sit?")."""
    upcoming: bool = False
    """The next of something is asked ("when's the next forum?"): a date after the paper's own."""
    planned: bool = False
    """A date still to come is asked in the present ("when's the refresh due?", "when will the
    hub launch?"): a later paper may have moved it."""
    current: bool = False
    """A figure is asked as it stands now ("what's the pooled budget now?"): a later paper may
    have revised it."""
    acronym: str | None = None
    """The acronym whose expansion is asked ("what does XYZ stand for?")."""
    counted: frozenset[str] = frozenset()
    """The stems a "how many" question counts, cut to their first letters."""
    negated: bool = False
    """The question says what is not the case ("which officers attend but aren't members?"): a
    value it names is then what the answer is not."""
    target: bool = False
    """A figure a plan aims for is asked ("what's the target for X?", "what did it aim for?"):
    a figure stated as it stands is not one."""
    head: str | None = None
    """The kind of thing a "what <noun> ...?" question asks for ("what model did they adopt?"),
    as a stem cut to its first letters: the answer names one ("the Green Flag model")."""
    papers: bool = False
    """Which papers are asked for ("which reports is she the contact for?")."""
    called: str | None = None
    """The thing whose name is asked ("what's the stop smoking service called?", "the name of
    the hub"), as a stem cut to its first letters: the answer names it ("the Quit Easy
    service")."""
    actual: bool = False
    """A count as it stands is asked ("how many have been recruited so far?", "how many are
    there now?"): the figure a plan aims for is not one."""
    measure: str | None = None
    """The start of the word naming a measure that is never given without it ("quor" for a
    quorum or quorate, "uptak", "prevalen", "budget"): a figure is for it only where its passage
    names it."""
    progress: bool = False
    """How far something has got, or when it is due, is asked."""
    outcome: bool = False
    """How something went is asked ("where has it got to?", "any progress?", "is it done?"):
    with a commitment asked about, its trail through later documents answers."""
    purpose: bool = False
    """The purpose of a paper is asked (so a report's "The purpose of ..." line answers)."""
    contact: bool = False
    """Whom to contact is asked, or an officer's phone or email."""
    link: bool = False
    """Where a paper can be found online is asked ("what's the link to ...?"): a web address
    answers it, where elsewhere a line of web addresses is a reference list."""
    term: str | None = None
    """For a definition question, the words whose meaning is asked ("respite" for "what is
    respite care, exactly?", "red" for "what does a red flag mean on the scorecard?")."""
    series: str | None = None
    """For a list question, the word that numbers the sections listed ("Priority" for "what
    are the strategy's priorities?")."""
    items: int | None = None
    """How many items a list question asks for, if it says ("the five priorities", "name the
    3 aims")."""
    initial: str | None = None
    """For a framework named by its items' shared initial ("the three Cs", "the 4 Rs"), that
    letter, lower case; `items` says how many."""
    named_items: tuple[str, ...] = ()
    """The items a question names joined by slashes, lower case ("plant / tend / prune",
    "red/amber/green"): each is asked about."""


@dataclass(frozen=True, slots=True)
class Edition:
    """How the question points at an older edition of a document."""

    older: bool = False
    """An age word: "the previous strategy", "the original target", "last year's"."""
    names_older: bool = False
    """An age word naming a document outright: "the first ABC plan", "the old strategy"."""
    naming: tuple[str, ...] = ()
    """The age words that do the naming ("old" in "the old strategy"): they say which document,
    not what it says, and are left out of the words searched for."""
    named: tuple[str, ...] = ()
    """What each of those age words names, as typed: a document noun ("strategy" in "the old
    strategy"), an acronym ("ABC" in "the first ABC plan"), or "one" or "version"."""
    years: tuple[int, ...] = ()
    """Every four-digit year it names, a span's end included ("2022-2032" is both)."""


@dataclass(frozen=True, slots=True)
class Comparing:
    """What the question sets side by side, if anything."""

    times: bool = False
    """A comparing word: "changed", "since", "now", "compared with", "between"."""
    progress: bool = False
    """How far something has got: "where have we got to with it?", "the latest rate"."""
    editions: bool = False
    """An older edition against the current one, by age: "the old target and the new one"."""
    years: tuple[int, ...] = ()
    """The years it names, in order, a span by its first year ("2013-16" is 2013)."""


@dataclass(frozen=True, slots=True)
class Question:
    """One question, read once."""

    text: str
    """As asked."""
    kind: AnswerType
    wants: Wants
    second: tuple[str, AnswerType] | None = None
    """A second question joined on by "and", with its own required type."""
    dates: tuple[str, ...] = ()
    """Years (four digits; a span by its first year) and month names (lower case) it names."""
    periods: frozenset[tuple[str, str]] = frozenset()
    """Spans of years it names ("2024/25" as ("2024", "2025"))."""
    stated: tuple[str, ...] = ()
    """The dates and figures it states, lower case and as written ("january 2020", "2019/20"):
    a sentence repeating only these does not answer "when" or "how many"."""
    after: tuple[int, int, int] | None = None
    """A date the answer's must fall after, (year, month, day), a month's last day when only
    the month is named: "when's the next meeting after 20 March 2025?"."""
    names: tuple[str, ...] = ()
    """Rare capitalised words (tokens): the particular people, places and programmes."""
    publishers: tuple[str, ...] = ()
    """The publishers it names, where the corpus holds papers of several ("what did northtown's
    board decide?"): an answer must come from their papers, or name them."""
    documents: tuple[str, ...] = ()
    """The documents it names by a name of theirs ("what did Healthier Northshire say?"), as
    ids: read with the corpus (retrieval.names)."""
    document_names: tuple[str, ...] = ()
    """The names it gives those documents, in lower-case words, in the order of `documents`."""
    places: tuple[str, ...] = ()
    """The single names a figure is asked of ("in Northtown", "for Southvale"), as tokens: the
    figure must be stated for them, not for somewhere else."""
    references: tuple[str, ...] = ()
    """Reference numbers it quotes, as tokens ("abc/24/09"): each names one action or minute."""
    phrases: tuple[tuple[str, ...], ...] = field(default=())
    """Title-case phrases of two words or more, as token sequences."""
    corpus_names: tuple[tuple[str, ...], ...] = field(default=())
    """The corpus's names of things it gives in lower case ("cosy homes northtown";
    retrieval.corpus_names), as token sequences: its evidence must carry them as it must a
    title-case phrase, but they say nothing of what is asked (a typed role is no name)."""
    defines: Defining | None = None
    """For a question naming a term whose meaning it asks, how a text defining that term opens
    ("Reablement - ...", "Active travel is ..."); for an open question about "the X of Y", how
    a text stating its X opens ("Our vision is ..."). Read with the corpus's idf, once."""
    search_terms: tuple[str, ...] = ()
    """The words documents use for what is asked ("officer to contact telephone email" for "who
    do I ring?"), added to the search."""
    edition: Edition = Edition()
    """Whether, and how, it points at an older edition of a document."""
    compares: Comparing = Comparing()
    """Whether it sets two times, or two editions, or a plan and its progress, side by side."""
