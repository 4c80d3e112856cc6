"""The detail a question's words ask for (question.model.Wants): a phone number, a sum of money,
a named person, a count of items, a term's meaning, where a paper is online."""

from __future__ import annotations

import re

from index.tokenize import tokenize
from ingest.dates import MONTH_RE, TIME_UNITS
from ingest.line_shapes import SECTION_KEYWORDS
from question.counts import COUNT_KEY, how_many, initial_asked, items_asked
from question.kinds import ASKS_IF_SIGNED, ORGANISATIONS, SLASHED_ITEMS, without_opening
from question.model import Wants
from question.parts import asks

# "Which charity runs it?", "who's the supplier for it?": a body asked for by its kind, named.
_ORGANISATION_ASKED = re.compile(
    rf"\b(?:which|what) (?:{ORGANISATIONS})\b"
    rf"|\bwho(?:'s|’s| is| was| were| are)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{ORGANISATIONS})\b",
    re.I,
)
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


# "Who chairs it?", "who's the chair of the forum?", "who was in the chair?".
_CHAIR_ASKED = re.compile(
    r"\bwho\b.*\b(?:(?:co-|vice[- ]?)?chair(?:s|ed|ing|man|woman|person)?)\b", re.I
)


def _asks_named_person(question: str) -> bool:
    found = [m.group(0).lower() for m in _NAMED_ASKED.finditer(question)]
    if found and all(word in ("sign", "signed") for word in found):
        return not ASKS_IF_SIGNED.search(question)
    return bool(found)


# "When's the next workshop?", "the upcoming review": later than the paper that mentions it.
_UPCOMING = re.compile(r"\b(next|upcoming|forthcoming)\b", re.I)
# "When's the refresh due?", "when will the hub launch?": a date still to come, asked in the
# present, which a later paper may have moved.
_PLANNED = re.compile(
    r"^\s*when(?:'s|’s| is| are| will| does| do)\b.*\b(due|planned|scheduled|expected|"
    r"going to|launch\w*|will|start\w*|open\w*|finish\w*|complet\w*)\b",
    re.I,
)
# "It was due in April - is that still the date?", "is the launch still planned for June?":
# whether a date set earlier still stands, which a later paper may have moved.
_STILL_DUE = re.compile(
    r"\b(due|planned|scheduled|expected|meant|supposed)\b.*\bstill\b"
    r"|\bstill\b.*\b(due|planned|scheduled|expected|going ahead)\b",
    re.I,
)
# "What's the pooled budget now?", "the latest figure", "as it stands": a later paper's word.
_CURRENT_ASKED = re.compile(
    r"\b(now|currently|at (the )?(moment|present)|presently|latest|as it stands|revised)\b", re.I
)
# "What date is the June 2021 meeting?" knows the month and asks for the day.
_DAY_ASKED = re.compile(r"\bwhat (date|day)\b|\bwhich (date|day)\b|\bon what day\b", re.I)
# An acronym is a word of two to eight letters with at least two capitals: "ABC", and the mixed
# case ones some programmes use ("ReViVE").
_ACRONYM = r"([A-Z](?=[a-z&]*[A-Z])[A-Za-z&]{1,7}?)s?"
_EXPANSION_ASKED = re.compile(rf"\b{_ACRONYM}\b.*\bstands? for\b|\bstands? for\b.*\b{_ACRONYM}\b")
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
CONTACT = re.compile(
    r"\b(contact|get in touch|get hold of|speak to|talk to|e-?mail|phone|ring|call)\b(?!-)"
    r"|^(Contact|Email|E-mail|Phone)\b"
)


def asks_for_contact(question: str) -> bool:
    """Whether the question asks whom to contact, or for an officer's phone or email."""
    return bool(CONTACT.search(question))


# "What's the link to the strategy?", "where can I read it?": where a paper is found, which a
# web address answers (elsewhere a line of addresses is only a report's reference list).
_LINK_ASKED = re.compile(
    r"\b(link|url|website|web ?(page|site|address)|online)\b|\bwhere (can|do|could) (i|we|you)\b",
    re.I,
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
# 88%", "a prevalence of 12%", "a budget of £2m", "a grant of £34m". A figure
# in a passage that never names the measure is some other figure. Each word asking for one,
# with the start that every word naming it in a paper shares.
_MEASURES = {
    "quorum": "quor",
    "quorate": "quor",
    "uptake": "uptak",
    "prevalence": "prevalen",
    "budget": "budget",
    "grant": "grant",
}
_MEASURE_ASKED = re.compile(rf"\b({'|'.join(_MEASURES)})\b", re.I)


def _measure(question: str) -> str | None:
    found = _MEASURE_ASKED.search(question)
    return _MEASURES[found.group(1).lower()] if found else None


# "So far", "now", "at the moment", "in post": the count as it stands, not the one planned.
_ACTUAL_ASKED = re.compile(
    r"\b(so far|to date|now|currently|yet|have been|has been|had been|have we got|are there|"
    r"is there|at (the )?(moment|present)|presently|in post)\b",
    re.I,
)


# "What's the target for X?", "what did the plan aim for?": the figure a plan aims for. Whether
# a target was hit asks how far the plan has got (question.comparing), not this.
_HIT_ASKED = re.compile(r"\b(hit|meet|met|reach|reached|miss|missed|achieve|achieved)\b", re.I)
_TARGET_ASKED = re.compile(
    r"\b(targets?|ambitions?|goals?|aim(?:ed|s)? (?:for|to))\b",
    re.I,
)


_NEGATED = re.compile(r"\b(not|never|except|excluding|other than|apart from)\b|n't\b", re.I)


def _asks_target_only(question: str) -> bool:
    """Whether the question asks for a target and nothing besides: not whether it was hit, how
    it changed, or something more in a second ask ("and what is the latest rate?")."""
    return (
        bool(_TARGET_ASKED.search(question))
        and not _HIT_ASKED.search(question)
        and not _CHANGE_ASKED.search(question)
        and len(asks(question)) == 1
    )


# "What model did the partnership adopt?", "what format was it in?": the noun says what kind of
# thing is asked for.
_WHAT_NOUN = re.compile(
    r"^\s*what\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?([a-z-]{3,})\s+"
    r"(?:did|does|do|is|was|are|were|has|have|will|would|should|can)\b",
    re.I,
)


# "What's the stop smoking service called?", "what was the old strategy called?", "what's the
# name of the new hub?": the name of a thing the question describes.
_CALLED = re.compile(
    r"^\s*what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+(?P<np>.+?)\s+called"
    r"\s*\??\s*$"
    r"|\bname\s+of\s+(?P<of>[^?]+?)\s*\??\s*$",
    re.I,
)


# "Which reports is she the contact for?", "what papers did he write?": papers asked for.
_PAPERS_ASKED = re.compile(r"\b(?:which|what)\s+(?:reports?|papers?|documents?|items?)\b", re.I)
_OF_WHAT_THING = re.compile(r"\s+(?:of|for|in|at|on|from|by)\s+", re.I)


def _called(question: str) -> str | None:
    found = _CALLED.search(question)
    if found is None:
        return None
    # "The name of the chair of the board" is a chair's.
    thing = _OF_WHAT_THING.split(found.group("np") or found.group("of"), maxsplit=1)[0]
    stems = tokenize(thing)
    return stems[-1][:COUNT_KEY] if stems else None


def _head(question: str) -> str | None:
    found = _WHAT_NOUN.search(question)
    if found is None:
        return None
    word = found.group(1).lower()
    # "What else did they say?", "what exactly did they decide?" name no kind of thing.
    if word == "else" or word.endswith("ly"):
        return None
    stems = tokenize(word)
    return stems[0][:COUNT_KEY] if stems else None


def wants(question: str) -> Wants:
    """The detail the question's words ask for."""
    question = without_opening(question)
    expansion = _EXPANSION_ASKED.search(question)
    counted = how_many(question)
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
        chair=bool(_CHAIR_ASKED.search(question)),
        day=bool(_DAY_ASKED.search(question) and MONTH_RE.search(question)),
        upcoming=bool(_UPCOMING.search(question)),
        planned=bool(_PLANNED.search(question) or _STILL_DUE.search(question)),
        current=bool(_CURRENT_ASKED.search(question)),
        acronym=(expansion.group(1) or expansion.group(2)) if expansion else None,
        counted=counted or frozenset(),
        head=_head(question),
        called=_called(question),
        papers=bool(_PAPERS_ASKED.search(question)),
        target=_asks_target_only(question),
        negated=bool(_NEGATED.search(question)),
        actual=counted is not None and bool(_ACTUAL_ASKED.search(question)),
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
        named_items=_named_items(question),
    )


# "And/or", "he/she": a choice of words, no items.
_NO_ITEMS = frozenset({"and", "or", "he", "she", "his", "her", "him", "they", "them"})


def _named_items(question: str) -> tuple[str, ...]:
    found = SLASHED_ITEMS.search(question)
    if found is None:
        return ()
    items = tuple(dict.fromkeys(w.strip().lower() for w in found.group(0).split("/")))
    return items if len(items) >= 2 and not set(items) & _NO_ITEMS else ()
