"""Reading a question once: its answer type, the detail it wants, the dates, periods, names and
phrases that constrain its evidence, and a second question joined on by "and".

Every regular expression that reads a question's words lives here. Adding a question kind
touches this module and the scorer (answer.features), nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from index.tokenize import tokenize
from ingest.dates import (
    MONTH_RE,
    MONTHS,
    STATED_RE,
    TIME_UNITS,
    YEAR_RE,
    YEARS_RE,
    days_in,
    periods_in,
)
from ingest.line_shapes import SECTION_KEYWORDS
from question.defining import defining_pattern
from question.model import REQUIRED, AnswerType, Comparing, Edition, Question, Wants

# The kinds of organisation a question may ask for by name ("which charity runs it?").
_ORGANISATIONS = (
    r"company|companies|supplier|provider|contractor|charity|charities|firm|university|uni|"
    r"college|agency|trust|housing association"
)
_ORGANISATION_ASKED = re.compile(rf"\b(?:which|what) (?:{_ORGANISATIONS})\b", re.I)

# The verbs that end a "which <body>" phrase: "which district councils *are* expected to ...".
_AUXILIARIES = r"are|is|was|were|has|have|had|do|does|did|will|would|can|could|should|must|may"

_RULES: list[tuple[AnswerType, re.Pattern[str]]] = [
    # "Why was the launch delayed?" asks for a reason, whatever else it names ("the chair").
    (AnswerType.REASON, re.compile(r"\b(why|how come)\b|\bwhat (led to|caused)\b", re.I)),
    (AnswerType.FREQUENCY, re.compile(r"\bhow (often|frequently)\b|\bfrequency\b", re.I)),
    # "When was the plan approved?", "on what date did the board agree it?": the decision
    # names the event whose date is asked.
    (
        AnswerType.DATE,
        re.compile(
            # "When the strategy says X, what does it mean?": a "when" before a subject opens a
            # clause, not a question about a date.
            r"^\s*((from|by|since|until|till) )?when\b"
            r"(?!\s+(?:the|a|an|our|this|that|these|those|we|you|they|people|staff|it|i)\b)"
            # "When X approved the plan, how many others were?": the question follows the clause.
            r"(?![^?]*,\s*(?:who|whom|what|which|how|where|why)\b)"
            r"|\b(what|which) (date|year|month|day)\b"
            r"|\bhow long ago\b|\bdeadline\b",
            re.I,
        ),
    ),
    (
        AnswerType.DECISION,
        re.compile(r"\b(resolv\w*|decid\w*|decision|agreed?|approv\w*|vote[ds]?)\b", re.I),
    ),
    (
        AnswerType.PERSON,
        re.compile(
            # "and whose idea was that?": a follow-up's opening "and" hides its "who".
            r"^\s*((and|so|then|but|also),? )?(who|whom|whose)\b"
            # "in the 2018 plan, who owned ...?": the ask may follow a leading phrase.
            r"|[,;:–-]\s*(who|whom|whose)\b"
            r"|\b(responsib\w*|owns?|owned|owner|leads?|leading|in charge|contact|"
            r"chairs?|chaired|chairing|accountable|which (body|board|organisation|partnership|"
            r"officer|team|councillor|member|director|"
            rf"{_ORGANISATIONS})|presented|sponsor|signed(?! up))\b"
            # "Is there anyone on the X side?", "does anybody look after Y?": a person is asked
            # for, not whether one exists ("can a member send someone?" asks a yes or no).
            r"|\b(?:is|are) there (?:any|some)(?:one|body)\b"
            rf"|^\s*(?:{_AUXILIARIES}) (?:any|some)(?:one|body)\b"
            # "which district councils are ...?", "which local authority will ...?": a body named
            # after its description, the verb after it saying the body is what is asked.
            r"|\bwhich (?:[a-z-]+ ){0,2}?(?:bod(?:y|ies)|boards?|organisations?|partnerships?|"
            r"teams?|councils?|authorit(?:y|ies))"
            rf"(?=\s+(?:{_AUXILIARIES})\b|\s*[?,.]|\s*$)",
            re.I,
        ),
    ),
    (
        AnswerType.NUMBER,
        re.compile(
            r"\bhow (many|much)\b|\b(percent\w*|proportion|rate|figure|number of|cost|budget|"
            r"target|share|amount|numbers|quorum|prevalence|uptake)\b|%|£",
            re.I,
        ),
    ),
    # What a strategy promised: "what have we committed to on air quality?", "any pledge on X?".
    # "The strategy said it would X - has it?" reports a commitment in other words.
    (
        AnswerType.COMMITMENT,
        re.compile(
            r"\b(commit\w*|promis\w*|pledg\w*)\b"
            r"|\bsaid (it|we|they)(?:'d| would| will)\b|\bsaid it'd\b",
            re.I,
        ),
    ),
    # What a board made of an item, asked without the word "decide".
    (
        AnswerType.DECISION,
        re.compile(
            r"\b(land(ed)? on|ask(ed)? for|want(ed)? anything|conclu\w+|outcome of)\b", re.I
        ),
    ),
    (
        AnswerType.DEFINITION,
        # "What is the new forum going to focus on?" asks what it will do, not what it is.
        re.compile(
            r"\b(stand for|stands for|mean|meaning|defin\w*|counts? as)\b"
            r"|\bwhat (?:(?:actually|exactly|precisely) )?is (a|an|the)?\b"
            r"(?!.*\b(going|doing|happening|planned|planning|due|expected)\b)",
            re.I,
        ),
    ),
    (
        AnswerType.LIST,
        re.compile(
            r"\b(list|what are|which are|name the|priorities|outcomes|goals|values)\b"
            # "Which schools are in the pilot?", "which additions to the board were in the
            # draft?": things of one kind, named in the plural.
            r"|^\s*(?:and\s+|so\s+)?which\s+(?:[a-z-]+\s+){0,2}?"
            r"(?!(?:has|was|does|is|this|its|his)\b)[a-z-]+[^su'\s]s\b",
            re.I,
        ),
    ),
    (
        AnswerType.YES_NO,
        re.compile(r"^\s*(is|are|does|do|did|was|were|has|have|had|can|will|should)\b", re.I),
    ),
]

# "Who gets priority for home adaptations?", "who is the new grant aimed at?", "who will
# support be prioritised for?" ask which residents, not which officer or body.
_BENEFICIARIES = re.compile(
    r"^\s*who\s+(gets?|can|could|is eligible|are eligible|qualif\w+|benefits?|will benefit|"
    r"is entitled|are entitled|is prioritised|are prioritised)\b"
    r"|^\s*who\b.*\b(for|aimed at|targeted at)\s*\?*\s*$"
    # "Who's most affected?", "who is at risk?": which group of residents.
    r"|^\s*who(?:'s|’s| is| are)?\s+(?:most |more |worst |hardest |least )?"
    r"(?:affected|at (?:\w+ )?risk|likely to|vulnerable|hit)\b",
    re.I,
)
# A name in title case inside the question ("Open Door Plus", "Healthy Homes Fund") says what
# the question is about, not what kind of answer it wants.
_TITLED_NAME = re.compile(r"(?<=\w[\s'‘’\"])[A-Z][\w&-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w&-]*)+")


# "What's the leisure budget for 2026/27?": what the sum of money is, the money word ending
# the thing asked about ("what's the plan for the grant?" asks for a plan).
_SUM_ASKED = re.compile(
    r"^\s*what(?:'s| is| was| were| are| will be)\s+(?:(?:the|our|their|its)\s+)?"
    r"(?:(?!(?:for|of|in|on|about|with|to)\b)[\w/-]+\s+){0,4}?"
    r"(?:grant|budget|cost|costs|funding|spend|allocation|price|fee|fees|rent|rents)\b",
    re.I,
)


# "Has any district council signed the charter?": a question opening with its verb names who
# signs; it asks whether they have, not for a name.
_ASKS_IF_SIGNED = re.compile(rf"^\s*(?:{_AUXILIARIES})\b.*\bsign(?:ed)?\b", re.I)


def answer_type(question: str) -> AnswerType:
    if _BENEFICIARIES.search(question):
        return AnswerType.OTHER
    asked = _TITLED_NAME.sub("X", question)
    for kind, pattern in _RULES:
        if pattern.search(asked):
            if kind is AnswerType.PERSON and _ASKS_IF_SIGNED.search(asked):
                # "Has any council signed it yet?" asks whether, of signers it names itself.
                return AnswerType.YES_NO
            return kind
    # "What's the leisure budget for 2026/27?" asks for a sum, as "how much" would.
    if _SUM_ASKED.search(question):
        return AnswerType.NUMBER
    return AnswerType.OTHER


# "When is it due back, and from whom?": a second question joined on by "and".
_SECOND_ASK = re.compile(
    r"(?:,\s*|\s)and\s+((?:by |from |since |until )?(?:who|whom|whose|when|how often|how many|"
    r"how much)\b.*)$",
    re.I,
)


def second_ask(question: str) -> tuple[str, AnswerType] | None:
    """A second question joined on by "and", with the kind of answer it asks for, when that
    kind differs from the first question's and must be present (a name, a date, a figure)."""
    found = _SECOND_ASK.search(question)
    if not found:
        return None
    clause = found.group(1)
    kind = answer_type(re.sub(r"^(by|from|since|until) ", "", clause, flags=re.I))
    if kind not in REQUIRED or kind is answer_type(question[: found.start()]):
        return None
    return clause, kind


_PHONE_ASKED = re.compile(r"\b(phone|telephone|tel|mobile|number to call|ring)\b(?!-)", re.I)
_EMAIL_ASKED = re.compile(r"\be-?mail\b", re.I)
# "What's the national average for X?", "the <Country> average": the comparator's own figure,
# not the local one.
_BENCHMARK_ASKED = re.compile(
    r"\b(?:[A-Z][a-z]+\s+average|(?i:national|regional)\s+(?i:average|rate|figure|mean))\b"
)
_PERCENT_ASKED = re.compile(r"%|\bper ?cent|\bpercentage\b|\bproportion\b|\bshare of\b", re.I)
_MONEY_ASKED = re.compile(
    r"£|\b(money|cost|costs|funding|funded|budget|spend|spent|grant|invest\w*|allocat\w*|"
    r"worth|paid|pay|rent|rents|fee|fees|charge|charges|price|prices)\b",
    re.I,
)
_HOW_MUCH = re.compile(r"\bhow much\b", re.I)
_CHANGE_ASKED = re.compile(
    r"\b(cut|reduc\w*|fall(en)?|fell|drop\w*|increas\w*|rise|risen|rose|gone (up|down)|"
    r"higher|lower|more|less|improv\w*|chang\w*|grow\w*|grew)\b",
    re.I,
)
_TIME_ASKED = re.compile(
    rf"\bhow (many|much) {TIME_UNITS}\b|\bhow long\b",
    re.I,
)
# Who chaired a meeting, signed a foreword or is a councillor is a named person, not a body.
_NAMED_ASKED = re.compile(
    r"\b(?i:chair(ed|s|ing|man|woman|person)?|councillor|signed|sign)\b"
    # "Who is the Strategic Planning Manager?": the holder of a post named in title case.
    r"|\b(?i:who(?:'s|’s| is| was))\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,5}"
    r"(?:Officer|Manager|Director|Head|Lead|Consultant|Clerk|Secretary|Executive)\b"
    # "What's the name of the clinical lead?", "who is the named officer?": a person by name.
    r"|\b(?i:name of (?:the|our|their|its|this|that)|named)\s+(?:[\w-]+\s+){0,4}?"
    r"(?i:officer|manager|director|head|lead|consultant|clerk|secretary|executive|chair|"
    r"member|councillor|SRO|coordinator|co-ordinator|champion|contact)\b"
)


def _asks_named_person(question: str) -> bool:
    found = [m.group(0).lower() for m in _NAMED_ASKED.finditer(question)]
    if found and all(word in ("sign", "signed") for word in found):
        return not _ASKS_IF_SIGNED.search(question)
    return bool(found)


# "What date is the June 2021 meeting?" knows the month and asks for the day.
_DAY_ASKED = re.compile(r"\bwhat (date|day)\b|\bwhich (date|day)\b|\bon what day\b", re.I)
# An acronym is a word of two to eight letters with at least two capitals: "ABC", and the mixed
# case ones some programmes use ("ReViVE").
_ACRONYM = r"([A-Z](?=[a-z&]*[A-Z])[A-Za-z&]{1,7}?)s?"
_EXPANSION_ASKED = re.compile(rf"\b{_ACRONYM}\b.*\bstands? for\b|\bstands? for\b.*\b{_ACRONYM}\b")
# "How many schools ...?" counts schools: the answer writes the count before what it counts.
_HOW_MANY = re.compile(r"\bhow many\s+([\w-]+(?:\s+[\w-]+)?)", re.I)
COUNT_KEY = 5
"""Counted stems are compared on their first letters: "workplace" and "workplaces" agree."""
COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
"""Numbers written as words, as lead-ins and questions count items ("the five priorities")."""
# "What are the five priorities?", "name the 3 aims": how many items a list question wants.
_ITEMS_ASKED = re.compile(r"\b(" + "|".join(COUNT_WORDS) + r"|[3-9]|1[0-2])\b", re.I)


def count_of(word: str) -> int:
    """A count written in digits or as one of COUNT_WORDS."""
    return int(word) if word.isdigit() else COUNT_WORDS[word.lower()]


def items_asked(question: str) -> int | None:
    """The number of items the question asks for, if it says."""
    found = _ITEMS_ASKED.search(question)
    return None if found is None else count_of(found.group(1))


# "What are the three Cs?", "the 4 R's": a framework named by the initial its items share.
_INITIALS_ASKED = re.compile(
    r"\b(?:" + "|".join(COUNT_WORDS) + r"|[2-9]|1[0-2])\s+([A-Z])(?:s|'s|’s)(?![\w'’])", re.I
)


def initial_asked(question: str) -> str | None:
    """The shared initial of a framework's items the question names, if it does."""
    found = _INITIALS_ASKED.search(question)
    return None if found is None else found.group(1).lower()


# "When's the next meeting after 20 March 2025?": the date asked for is a later one.
_AFTER = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(.{1,40})", re.I)


def asked_after(question: str) -> tuple[int, int, int] | None:
    """The date the question's answer must come after, if it names one after "after"."""
    found = _AFTER.search(question)
    days = days_in(found.group(1)) if found else []
    if not days:
        return None
    year, month, day = days[0]
    return (year, month, day or 31)


# "... and when's it due?", "where has it got to?": the action log's comments say.
_PROGRESS_ASKED = re.compile(
    r"\b(when|due|progress|update|status|coming back|latest|deadline|got to)\b", re.I
)
# How it went: "where has it got to", "any progress", "what has happened since", "is it done".
_OUTCOME_ASKED = re.compile(
    r"\b(progress\w*|got to|get to|getting on|status|happened|delivered|achieved|done|"
    r"on track|so far|update[sd]?|since|now stand|how far|implemented|led to|come of|"
    r"anything (?:happening|happened|done)|still (?:around|going|running|happening)|going on|"
    r"ever (?:actually )?(?:get|got|happen\w*))\b",
    re.I,
)
_PURPOSE_ASKED = re.compile(
    r"\b(purpose|point of|for what|why)\b|\bwhat is the (report|paper)\b", re.I
)


# What staff ask for, in the words council reports use for it: "who do I get in touch with" is
# answered under "Officer(s) to contact", "what is the board asked to do" under "Recommendations".
# Lower-case only: "Open Door Plus" is a service, not a request for a contact.
_CONTACT = re.compile(
    r"\b(contact|get in touch|get hold of|speak to|talk to|e-?mail|phone|ring|call)\b(?!-)"
    r"|^(Contact|Email|E-mail|Phone)\b"
)


def asks_for_contact(question: str) -> bool:
    """Whether the question asks whom to contact, or for an officer's phone or email."""
    return bool(_CONTACT.search(question))


# "What's the link to the strategy?", "where can I read it?": where a paper is found, which a
# web address answers (elsewhere a line of addresses is only a report's reference list).
_LINK_ASKED = re.compile(
    r"\b(link|url|website|web ?(page|site|address)|online)\b|\bwhere (can|do|could) (i|we|you)\b",
    re.I,
)


_INTENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_CONTACT, "officer to contact telephone email"),
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


_OLDER = re.compile(
    r"\b(old|older|oldest|previous|prior|original|first|earlier|former|superseded|last)\b",
    re.IGNORECASE,
)
# "the previous strategy", "the first ABC plan": an age word, then within two words a document noun
# or a document's acronym (any word in capitals).
_NAMES_OLDER = re.compile(
    r"\b(first|old|older|previous|prior|original|earlier|former|superseded)\s+(\w+\s+){0,2}?"
    r"(strategy|strategies|plan|version|one|(?-i:[A-Z][A-Z&]+s?))\b",
    re.IGNORECASE,
)


def edition(question: str) -> Edition:
    """How the question points at an older edition: by an age word, by naming it, by years."""
    naming = tuple(m.group(1) for m in _NAMES_OLDER.finditer(question))
    return Edition(
        older=bool(_OLDER.search(question)),
        names_older=bool(naming),
        naming=naming,
        years=tuple(sorted({int(y) for y in YEAR_RE.findall(question)})),
    )


# Words that set two times against each other. "Still" is left out: "how many smokers did the
# 2013 strategy reckon we still had?" asks about 2013 alone.
_COMPARES = re.compile(
    r"\b(chang\w*|since|now|nowadays|today|compared?|comparison|vs|versus|moved|differ\w*|"
    r"between|carr(y|ied) through)\b",
    re.IGNORECASE,
)
# "Where have we got to with it?", "what's the latest rate?": how far something has got. A
# report titled "progress update" is named, not asked about, so "progress" alone is not enough.
_PROGRESS = re.compile(
    r"\b(where (have|are|has|is) (we|it|they|things)( got)? to|got to with|what'?s happening|"
    r"what is happening|latest|so far|how('s| is| are) .{1,40} going|delivered yet|"
    r"progress (on|with|against|made))\b",
    re.IGNORECASE,
)
# "What was the old plan's goal, and what is it now?", "the original goal and the
# new one": an earlier edition against its successor, named by age rather than by year. "First",
# "last" and "earlier" are left out: they also name meetings and years.
_OLD_EDITION = re.compile(r"\b(old|older|previous|prior|original|former|superseded)\b", re.I)
_NEW_EDITION = re.compile(r"\b(new|newer|current|latest|now|today)\b", re.I)
# "Over the strategies", "across these plans": every edition at once, the old against the new.
_EVERY_EDITION = re.compile(
    r"\b(over|across|between|through)\s+(the\s+(life\s+of\s+)?)?(the\s+|these\s+|our\s+)?"
    r"(\w+\s+)?(strategies|plans|editions|versions)\b",
    re.I,
)


def _sets_editions(question: str) -> bool:
    """An older edition against the newer: by age words ("the old target and the new one"),
    by an ordinal that names a document ("the first strategy ... the current one"), or over
    every edition ("how has it shifted over the strategies?")."""
    if _EVERY_EDITION.search(question):
        return True
    older = _OLD_EDITION.search(question) or _NAMES_OLDER.search(question)
    return bool(older and _NEW_EDITION.search(question))


def comparing(question: str) -> Comparing:
    """What the question sets side by side. Whom to contact is never a comparison: "who do I
    contact about the progress update?" is one report's contact block."""
    if asks_for_contact(question):
        return Comparing()
    return Comparing(
        times=bool(_COMPARES.search(question)),
        progress=bool(_PROGRESS.search(question)),
        editions=_sets_editions(question),
        years=tuple(sorted({int(m.group(1)) for m in YEARS_RE.finditer(question)})),
    )


# "What do we mean by X?", "what does X mean / stand for?", "what is meant by X?", "define X",
# "what is X exactly?": the words whose meaning is asked.
_DEFINED = (
    # "When the plan says rewilding, what does it mean?": the pronoun stands for the term
    # the opening clause quotes.
    re.compile(
        r"^\s*(?:when|where|if)\b.*?\b(?:says?|mentions?|talks? about|refers? to|uses?|calls?)"
        r"\s+(?:the (?:term|word|phrase)\s+)?['\"‘“]?(.+?)['\"’”]?\s*,?\s+what (?:does|do|did) "
        r"(?:it|that|this|they) (?:mean|stand for|refer to)\b",
        re.I,
    ),
    re.compile(r"\b(?:mean|meant) by\s+(.+?)\s*\??$", re.I),
    re.compile(r"\bwhat (?:does|do|did) (.+?) (?:mean|stand for|refer to)\b", re.I),
    re.compile(r"\b(?:define|definition of|explain)\s+(.+?)\s*\??$", re.I),
    # "What counts as a quiet street under the plan?": the document named after the term says
    # where it is used, not what it is.
    re.compile(
        r"\bwhat counts? as (?:an? |the )?(.+?)(?:\s+(?:under|in|according to)\s.+)?\s*\??$", re.I
    ),
    re.compile(r"\bwhat (?:actually|exactly|precisely) is (?:an? |the )?(.+?)\s*\??$", re.I),
    re.compile(r"\bwhat(?: is|'s| are) (?:an? |the )?(.+?)(?: exactly| all about)?\s*\??$", re.I),
)


def defined_term(question: str) -> str | None:
    """The words whose meaning a definition question asks, if it names them."""
    for pattern in _DEFINED:
        found = pattern.search(question.strip())
        if found:
            return found.group(1)
    return None


_SECTION_STEMS = {tokenize(keyword)[0]: keyword for keyword in SECTION_KEYWORDS}


def _series(question: str) -> str | None:
    """The section-numbering word a question asks about in the plural ("priorities")."""
    for word in re.findall(r"[A-Za-z]+s\b", question):
        keyword = _SECTION_STEMS.get(next(iter(tokenize(word)), ""))
        if keyword is not None:
            return keyword
    return None


# Measures a paper always names where it gives their figure: "the quorum is five", "uptake was
# 88%", "a prevalence of 12%", "a budget of £2m". A figure in a passage that never names the
# measure is some other figure. Each word asking for one, with the start that every word naming
# it in a paper shares.
_MEASURES = {
    "quorum": "quor",
    "quorate": "quor",
    "uptake": "uptak",
    "prevalence": "prevalen",
    "budget": "budget",
}
_MEASURE_ASKED = re.compile(rf"\b({'|'.join(_MEASURES)})\b", re.I)


def _measure(question: str) -> str | None:
    found = _MEASURE_ASKED.search(question)
    return _MEASURES[found.group(1).lower()] if found else None


def wants(question: str) -> Wants:
    """The detail the question's words ask for."""
    expansion = _EXPANSION_ASKED.search(question)
    counted = _HOW_MANY.search(question)
    return Wants(
        phone=bool(_PHONE_ASKED.search(question)),
        email=bool(_EMAIL_ASKED.search(question)),
        percent=bool(_PERCENT_ASKED.search(question)),
        # "How many beds do the funds pay for?" counts beds, whatever the money words.
        money=bool(_MONEY_ASKED.search(question)) and counted is None,
        how_much=bool(_HOW_MUCH.search(question)),
        benchmark=bool(_BENCHMARK_ASKED.search(question)),
        organisation=bool(_ORGANISATION_ASKED.search(question)),
        change=bool(_CHANGE_ASKED.search(question)),
        time=bool(_TIME_ASKED.search(question)),
        named_person=_asks_named_person(question),
        day=bool(_DAY_ASKED.search(question) and MONTH_RE.search(question)),
        acronym=(expansion.group(1) or expansion.group(2)) if expansion else None,
        counted=frozenset(t[:COUNT_KEY] for t in tokenize(counted.group(1)))
        if counted
        else frozenset(),
        measure=_measure(question),
        progress=bool(_PROGRESS_ASKED.search(question)),
        outcome=bool(_OUTCOME_ASKED.search(question)),
        purpose=bool(_PURPOSE_ASKED.search(question)),
        contact=asks_for_contact(question),
        link=bool(_LINK_ASKED.search(question)),
        series=_series(question),
        term=defined_term(question),
        items=items_asked(question),
        initial=initial_asked(question),
    )


# "The 2013 strategy leaned on the housing partnership - who chairs it now?": a statement set
# before the question by a dash says what it is about, not when the answer must be from.
_PREAMBLE = re.compile(
    r"^(?P<said>.+?)\s+[-–—]+\s+(?P<asked>(?:and\s+)?(?:who|whom|whose|what|what's|which|when|"
    rf"where|why|how|{_AUXILIARIES})\b.*)$",
    re.I,
)


def asked_part(question: str) -> str:
    """The question without a statement set before it by a dash."""
    found = _PREAMBLE.match(question.strip())
    return found.group("asked") if found else question


def named_dates(question: str) -> list[str]:
    """The years (four digits; a span by its first year) and month names (lower case) the
    question names."""
    years = [m.group(1) for m in YEARS_RE.finditer(question)]
    months = [m.group(1).lower() for m in MONTH_RE.finditer(question)]
    return list(dict.fromkeys(years + months))


# A capitalised word inside a question ("Jo Bloggs", "Northtown", "Active Steps") names a
# particular person, place or programme; the first word is capitalised anyway.
_CAPITALISED = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][a-z]+(?:'s)?\b")
# Month abbreviations are dates too, never names ("the 26 Sept meeting").
_MONTH_WORDS = frozenset(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
RARE_IDF = 4.0
"""Names at least this rare (Lucene idf over the passages) are specific enough to require."""


def named_words(question: str, idf: Callable[[str], float]) -> list[str]:
    """Rare capitalised words of the question, as tokens: the specific things it is about."""
    words = [m.group(0).removesuffix("'s") for m in _CAPITALISED.finditer(question.strip())]
    tokens = [t for w in words if w.lower() not in _MONTH_WORDS for t in tokenize(w)]
    return list(dict.fromkeys(t for t in tokens if idf(t) >= RARE_IDF))


# "What's the rate in Northtown?": the place or group a figure is asked of, one capitalised
# word (a title-case phrase after "in" names a document or programme instead).
_OF_PLACE = re.compile(r"\b(?:in|for|across|within)\s+([A-Z][a-z][\w'’-]*)\b(?!\s+[A-Z])")


def places_asked(question: str) -> list[str]:
    """The single capitalised names the question asks a figure of, as tokens."""
    names = (m.group(1) for m in _OF_PLACE.finditer(question))
    tokens = (t for name in names if name.lower() not in _MONTH_WORDS for t in tokenize(name))
    return list(dict.fromkeys(tokens))


# A title-case phrase inside the question ("the new Prevention Board", "Local Area
# Coordinators") names one body or programme; its words common on their own, together they are
# specific. Acronyms are left out: they are matched through their long forms elsewhere.
_PHRASE = re.compile(r"(?<=\w[\s'‘’\"])[A-Z][a-z][\w-]*(?:\s+(?:of|for|&)?\s*[A-Z][a-z][\w-]*)+")


def named_phrases(question: str) -> list[tuple[str, ...]]:
    """The question's title-case phrases of two words or more, as token sequences."""
    phrases = (tuple(tokenize(m.group(0))) for m in _PHRASE.finditer(question))
    return list(dict.fromkeys(p for p in phrases if len(p) > 1))


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
) -> Question:
    """The question as one typed value. `kind`: the kind of answer wanted when the words alone
    do not say, as for a follow-up that asks the previous question about something else;
    `asking`: the words that say what detail it wants, when not its own (that follow-up's
    earlier question with it). `publishers`: the publishers it names (retrieval.publishers),
    read with the corpus."""
    asked = wants(asking or text)
    second = second_ask(text)
    if second is not None and asked.named_person:
        # "Which group runs it, and who chairs it?": the chair is the second ask's, read with
        # it; the first asks for a body.
        first = text[: text.rfind(second[0])]
        asked = replace(asked, named_person=wants(first).named_person)
    kind = kind or answer_type(text)
    compares = comparing(text)
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
        phrases=tuple(named_phrases(text)),
        defines=defining_pattern(_stated_term(asked.term, kind), idf) if asked.term else None,
        search_terms=tuple(search_terms(text)),
        edition=edition(text),
        compares=compares,
    )
