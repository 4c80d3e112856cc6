"""Whether a sentence holds what the question asks for (question.model.Question): a figure of
the right kind, a date, a named person, a phone number; and how well it fits. The question is
read once (question.read); these rules read only the sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from answer.constraints import stem_set
from answer.figures import flattened_chart, holds_figure, sized
from answer.people import (
    EMAIL,
    LABELLED_NAME,
    ORGANISATION,
    PHONE,
    SPEAKING,
    named_spans,
)
from index.abbreviations import spelled_out
from index.tokenize import STOPWORDS, tokenize
from ingest.dates import MONTHS, SLASH_DATE, STATED_RE, days_in
from ingest.signatures import HONORIFIC
from question.counts import COUNT_KEY
from question.model import REQUIRED, AnswerType, Question

_MONTHS = "(" + "|".join(m.capitalize() for m in MONTHS) + ")"
# "When is it reviewed?" may be answered by a point in a plan's life: "at the midway point".
_POINT_IN_PLAN = (
    r"\b(?i:midway|mid-?point|half-?way|end of (the|its|this)|within (the )?\w+ (years?|months?))\b"
)


_SIGNS: dict[AnswerType, re.Pattern[str]] = {
    AnswerType.FREQUENCY: re.compile(
        r"\b(annual\w*|quarterl\w*|monthly|weekly|daily|yearly|biannual\w*|twice|fortnightly|"
        r"every|each (year|month|quarter|week))\b",
        re.I,
    ),
    AnswerType.PERSON: re.compile(
        # A run of names, as minutes list those present or sending apologies.
        r"\b[A-Z][a-z]+ [A-Z][a-z]+(?:,\s*(?:[A-Z]{2,}\s+)?[A-Z][a-z]+ [A-Z][a-z]+){2,}|"
        rf"\b{HONORIFIC}\s+[A-Z]|"
        r"\b(Director|Chief|Officer|Chair\w*|Lead|Head|Manager|Board|Partnership|Council|Group|"
        r"Trust|Team|Commissioner|Councillor|Executive|Sponsor|CCGs?)\b"
        # Who holds a duty or does the work, named in lower case: "the statutory responsibility
        # of the district councils", "led by the public health team", "delivered by a charity".
        r"|\b(?i:responsibility of|responsibility (rests|lies) with|"
        r"(led|chaired|owned|delivered|run|provided|managed|hosted|operated) by)\b"
        rf"|{LABELLED_NAME}|{SPEAKING}"
    ),
    AnswerType.DATE: re.compile(rf"\b({_MONTHS}|(19|20)\d{{2}}|{SLASH_DATE})\b|{_POINT_IN_PLAN}"),
    AnswerType.NUMBER: re.compile(r"\d|£|%|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b"),
    AnswerType.DECISION: re.compile(
        r"\b(RESOLVED|resolved|agreed|approved|endorsed|decided)\b|\bThat (the|a|an)\b.+\bbe\b"
    ),
    AnswerType.DEFINITION: re.compile(
        r"\b(means|mean|meaning|is defined|defined as|defines|refers? to|known as|is a|is the|"
        r"that is)\b|\bi\.e\.|\("
    ),
    # What a plan undertakes: "We will extend ...", "the board has committed to ...".
    AnswerType.COMMITMENT: re.compile(
        r"\b(we will|we'll|we shall|we are going to|commit\w*|pledge\w*|promis\w*|"
        r"undertak\w*|aim to|aims to|our ambition)\b",
        re.I,
    ),
    AnswerType.LIST: re.compile(r"[;:•]|\b(and)\b"),
    AnswerType.YES_NO: re.compile(r"\b(will|is|are|has|have|had|was|were|does|did|can|could)\b"),
    # A cause or a ground stated: "delayed because ...", "selected on the basis of ...".
    AnswerType.REASON: re.compile(
        r"\b(because|due to|owing to|as a result|result of|on the basis of|in view of|"
        r"in order to|so that|so as to|given that|driven by|caused by|reflect\w*|since|"
        r"after|following|reason\w*|why)\b",
        re.I,
    ),
}


@lru_cache(maxsize=32768)
def looks_like(kind: AnswerType, sentence: str) -> bool:
    """Remembered: the same sentences are weighed for every question that retrieves them."""
    sign = _SIGNS.get(kind)
    return bool(sign and sign.search(sentence))


# "What date is the June 2021 meeting?" knows the month and asks for the day: "April 2021"
# does not answer it. Without a month in the question, "what date" is often just "when".
_DAY = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b{SLASH_DATE}\b"
)


def _later(after: tuple[int, int, int], sentence: str) -> bool:
    """Whether the sentence gives a date after `after`: "the next meeting after 20 March" is
    not dated by a sentence naming only 20 March or an earlier day."""
    return any(day > after for day in days_in(sentence))


def _beyond_question(question: Question, sentence: str) -> str:
    """The sentence without the dates and figures the question states itself (Question.stated):
    "what date is the January 2020 meeting?" is not answered by a sentence whose only date is
    January 2020, but is by one saying "16 January 2020"."""
    if not question.stated:
        return sentence
    asked = frozenset(question.stated)
    return STATED_RE.sub(lambda m: " " if m.group(0).lower() in asked else m.group(0), sentence)


_WORD = re.compile(r"[\w'’&]+")


@lru_cache(maxsize=32768)
def _word_stems(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """Each word's stems with the word's place, remembered: the same sentences are weighed for
    every question that retrieves them, and stemming word by word is slow."""
    return tuple(
        (m.start(), m.end(), t) for m in _WORD.finditer(sentence) for t in tokenize(m.group(0))
    )


@lru_cache(maxsize=32768)
def without_phrases(phrases: tuple[tuple[str, ...], ...], sentence: str) -> str:
    """The sentence with the question's own title-case phrases (Question.phrases) blanked out:
    a role or body the question names is what it asks about, not its answer."""
    if not phrases:
        return sentence
    stems = _word_stems(sentence)
    blanked = list(sentence)
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(stems) - n + 1):
            if tuple(t for _, _, t in stems[i : i + n]) == phrase:
                start, end = stems[i][0], stems[i + n - 1][1]
                blanked[start:end] = " " * (end - start)
    return "".join(blanked)


def _names_someone(question: Question, sentence: str) -> bool:
    """Whether the sentence names a person or body beyond the role or body the question names
    itself: "who is the Senior Responsible Officer for X?" is not answered by "each priority
    will have a named Senior Responsible Officer", but is by "Jo Bloggs, Senior Responsible
    Officer"."""
    masked = without_phrases(question.phrases, sentence)
    named_person = question.wants.named_person
    for start, end in named_spans(sentence):
        if masked[start] == " ":
            continue
        # A name the question's role was blanked from still names someone ("Jo Bloggs,
        # Director"); a name with a title of its own does where a named person is asked.
        if named_person or masked[start:end] != sentence[start:end]:
            return True
    return not named_person and looks_like(AnswerType.PERSON, masked)


# What a paper says is still to be settled: "the date of the next meeting to be confirmed",
# "the list of schools, once finalised", "a figure will be established when the count is done".
_DEFERRAL = re.compile(
    r"\b(?:(?:to|will|would|shall) be (?:confirmed|agreed|determined|decided|finalised|"
    r"finalized|set|announced|arranged|established)|be confirmed|tbc|"
    r"(?:once|when) (?:it (?:has been|is) )?(?:finalised|finalized|agreed|confirmed|known|"
    r"available)|yet to be|"
    r"not yet (?:been )?(?:agreed|confirmed|set|decided|known|finalised))\b",
    re.I,
)
# The thing of each asked kind a paper may say is still to be settled.
_SETTLED_LATER: dict[AnswerType, re.Pattern[str]] = {
    AnswerType.DATE: re.compile(r"\b(dates?|timing|timetable|timescales?|deadline)\b", re.I),
    AnswerType.NUMBER: re.compile(r"\b(figures?|numbers?|count|totals?|amounts?)\b", re.I),
    AnswerType.PERSON: re.compile(r"\b(chair|successor|nominee|representative)\b", re.I),
    AnswerType.LIST: re.compile(r"\b(list|names|membership)\b", re.I),
}


def settled_later(kind: AnswerType, sentence: str) -> bool:
    """Whether the sentence says the asked kind of thing is still to be settled: it names
    that thing, and says it is to be confirmed, agreed or finalised."""
    noun = _SETTLED_LATER.get(kind)
    return bool(noun and noun.search(sentence) and _DEFERRAL.search(sentence))


def satisfies(question: Question, kind: AnswerType, sentence: str) -> bool:
    """Whether `sentence` holds the kind of thing the question asks for: a phone number, an
    email address, a percentage, a sum of money, a count, a date or a (named) person; always
    true for open questions. `kind` is the question's, or its second ask's."""
    wants = question.wants
    if wants.phone:
        return bool(PHONE.search(sentence))
    if wants.email:
        return bool(EMAIL.search(sentence))
    if kind is AnswerType.NUMBER and flattened_chart(sentence):
        # A chart flattened by extraction: its axis and labels, cut loose from what they
        # measure, are no figure for anything.
        return False
    if kind in (AnswerType.NUMBER, AnswerType.DATE):
        sentence = _beyond_question(question, sentence)
    if kind is AnswerType.DATE and question.after and not _later(question.after, sentence):
        return False
    if kind is AnswerType.DATE and wants.day:
        return bool(_DAY.search(sentence))
    if kind is AnswerType.NUMBER:
        return holds_figure(wants, sentence)
    if wants.acronym:
        # "What does XYZ stand for?" is answered only by a glossary line ("XYZ: ...", "... (XYZ)")
        # or by words whose initials spell XYZ.
        acronym = re.escape(wants.acronym)
        glossed = re.search(rf"\b{acronym}s?\s*[:–-]\s*\w|\({acronym}s?\)", sentence)
        # A mixed-case acronym ("ReViVE") is spelled by the initials of its capitals.
        capitals = "".join(c for c in wants.acronym if c.isupper() or c == "&")
        return bool(glossed or spelled_out(sentence, capitals))
    if kind is AnswerType.PERSON and wants.organisation:
        return bool(ORGANISATION.search(without_phrases(question.phrases, sentence)))
    if kind is AnswerType.PERSON and wants.chair and not _chair_stated(sentence):
        # "Who chairs it?" is not answered by a report's officers to contact or its author.
        return False
    if kind is AnswerType.PERSON:
        return _names_someone(question, sentence)
    return kind not in REQUIRED or looks_like(kind, sentence)


PARTIAL_FIT = 0.75
_CHAIR = re.compile(r"\bchair", re.I)


def _chair_stated(sentence: str) -> bool:
    """Whether the sentence names a chair as such; a table row may under its column heading,
    which the row does not repeat."""
    return sentence.startswith("|") or bool(_CHAIR.search(sentence))


_WHEN_WITHIN_YEAR = re.compile(rf"\b{_MONTHS}\b|\b{SLASH_DATE}\b|{_POINT_IN_PLAN}")


def fit(question: Question, sentence: str, kind: AnswerType | None = None) -> float:
    """How well a sentence fits the asked-for kind (the question's, unless `kind` is given):
    1 when it holds what the question needs (see `satisfies`), PARTIAL_FIT when it does so only
    roughly, 0.5 when it merely looks the part, else 0."""
    kind = kind or question.kind
    called = question.wants.called
    if called is not None and kind is not AnswerType.PERSON:
        # "What's the stop smoking service called?" is answered by a sentence naming a service.
        return 1.0 if names_thing(sentence, called) else 0.0
    if (
        kind in (AnswerType.DEFINITION, AnswerType.OTHER)
        and question.defines
        and question.defines.found_in(sentence)
    ):
        # Where the text defines the very term asked about, or states the thing an open
        # question asks of ("Our vision is ..."), in whatever words it does so.
        return 1.0
    head = question.wants.head
    if kind is AnswerType.OTHER and head is not None:
        # "What model did they adopt?" is answered by a sentence naming a model.
        return 1.0 if head in {t[:COUNT_KEY] for t in stem_set(sentence)} else 0.0
    looks = looks_like(kind, sentence) or question.wants.phone or question.wants.email
    if satisfies(question, kind, sentence) and (looks or kind in REQUIRED):
        return PARTIAL_FIT if _roughly(question, kind, sentence) else 1.0
    return 0.5 if looks else 0.0


_WORD_AT = re.compile(r"[\w'’-]+")
_QUOTED_NAME = re.compile(r"[‘'\"“][A-Z][^‘'\"“”’]{2,60}[’'\"”]")
_NAMED_AS = re.compile(r"\W*(?:(?:is|was|are)\s+)?(?:called|named|known\s+as)\b", re.I)
NAME_REACH = 4
"""How many words before the thing its name may start ("Quit Easy stop smoking service")."""


def names_thing(sentence: str, stem: str) -> bool:
    """Whether the sentence names a thing of the kind `stem` starts: a capitalised name up to
    NAME_REACH words before the word ("the Quit Easy stop smoking service"), "called" or
    "known as" after it, or a quoted name beside it ("'Step Ahead' is a programme")."""
    found = list(_WORD_AT.finditer(sentence))
    for i, word in enumerate(found):
        if not word.group(0).lower().startswith(stem):
            continue
        if any(_capitalised(found, j) for j in range(max(0, i - NAME_REACH), i)):
            return True
        if _NAMED_AS.match(sentence, word.end()) or _QUOTED_NAME.search(sentence):
            return True
    return False


def _capitalised(words: list[re.Match[str]], j: int) -> bool:
    """Whether word `j` is capitalised as a name is: not a stopword, and at the sentence's
    start only when the next word is capitalised too ("Quit Easy stop smoking service")."""
    word = words[j].group(0)
    if not word[0].isupper() or word.lower() in STOPWORDS:
        return False
    return j > 0 or (len(words) > 1 and words[1].group(0)[0].isupper())


def _roughly(question: Question, kind: AnswerType, sentence: str) -> bool:
    """Whether a sentence that satisfies the question does so less precisely than asked: a bare
    year ("Annual Report 2019") for "when", a plain figure ("up to age 25") for "how much"."""
    if kind is AnswerType.DATE:
        return not _WHEN_WITHIN_YEAR.search(_beyond_question(question, sentence))
    if kind is AnswerType.NUMBER and question.wants.how_much:
        return not sized(sentence)
    return False
