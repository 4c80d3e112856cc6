"""Whether a sentence gives the figure a question asks for: a sum, a share, a multiple or a
count of the thing asked about, for the year or the comparator asked, as it stands or as a plan
aims for it. The question is read once (question.model.Wants); these rules read only the
sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from index.tokenize import tokenize
from ingest.dates import MONTH_RE, SLASH_DATE, TIME_UNITS
from question.counts import COUNT_KEY
from question.model import Wants

_PERCENT = re.compile(r"%|\bper ?cent\b", re.I)
_MULTIPLE = re.compile(r"\b\d[\d.½]*\s*(x|times)\b|\b(twice|double|treble|triple|halved)\b", re.I)
_MONEY = re.compile(
    r"£\s?\d|\b\d[\d,.]*\s?(million|m|k|bn|billion|thousand)\b"
    r"|\b(\d[\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million)\s+(pounds?|pence)\b",
    re.I,
)
# Figures that are not amounts: dates, years and financial years, and labels such as
# "Covid-19", "0-19", "Priority 3" or "item 189". What is left after masking them is a count.
_NOT_AMOUNT = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE.pattern}"
    r"|\b(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?\b"
    r"|\b[A-Za-z]+-\d+\b|\b\d{1,2}-\d{1,2}\b|\b[A-Za-z]+(?:/\d+)+\b"
    # A code whose letters come before its digits names a thing, it does not count one:
    # "P2", "Phase2b", "Move4Life".
    r"|\b[A-Za-z]+\d[A-Za-z\d]*\b"
    rf"|\b{SLASH_DATE}\b"
    r"|\b(?:priority|priorities|outcome|item|appendix|section|page|paragraph|action|minute|"
    r"phase|tier|level|stage|year|key stage)\s+\d+(?:\.\d+)*(?:\s*(?:-|and|to)\s*\d+)?\b"
    # An item's number in a list run into one line: "... the action plan 3. Support the ...",
    # and a numbered clause: "7.3 If a quorum is not present ...".
    r"|(?:(?<=^)|(?<=[\s;]))\d{1,2}[.)]\s+(?=[A-Z])"
    r"|(?:(?<=^)|(?<=[\s;]))\d{1,2}(?:\.\d{1,2})+\.?\s+(?=(?-i:[A-Z]))"
    # A sum of money is not a count of people or things.
    r"|£\s?\d[\d,.]*(?:\s?(?:million|m|k|bn|billion))?",
    re.I,
)
# A share is no count either: "three quarters of suicides", "two in five adults", "1 in 4"; it
# does answer "what is the quorum?" ("one third of its members").
_SHARE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?:quarters?|thirds?|fifths?|tenths?)\b|in\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten)\b)",
    re.I,
)
_DIGIT = re.compile(r"\d")
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    "hundred|thousand|million"
)
# "Two thousand street trees": a count in words ("one" is left out: "no one", "one of the").
_COUNT_WORD = re.compile(rf"\b({_NUMBER_WORDS})\b", re.I)
_DURATION = re.compile(rf"\b(\d+|one|{_NUMBER_WORDS})[\s-]+{TIME_UNITS}\b", re.I)

# "How many schools ...?" counts schools: the answer writes the count before what it counts
# ("41 workplaces", "about 3,150 adults", "two thousand street trees"). A figure that counts
# nothing the question names (a rate "per 100,000", a target date, an action number) is a
# neighbouring figure, not the count asked for.
_COUNTED = re.compile(rf"(?:\b\d[\d,.]*\b|\b(?:{_NUMBER_WORDS})\b)((?:\s+[\w'-]+){{1,4}})", re.I)
_RATE = re.compile(r"\b\d[\d,.]*\s+per\s+[\d,]+(?:\s+[\w-]+)?", re.I)
# Six or more bare figures in a row, split by semicolons ("0%; 10%; 20%; ... 19. 9%; .8%;").
_CHART_RUN = re.compile(r"(?:(?<![\w.])[\d.]*\d[\d.]*(?:\s?\d+)?\s?%?\s*;\s*){6,}")
_NUMBER_OF = re.compile(r"\bnumbers?\s+of((?:\s+[\w'-]+){1,4})", re.I)


# A figure stated as one a plan aims for: "a target of 12%", "to 12% by 2025", "reduce ... to 9%".
_TARGET_STATED = re.compile(
    r"\b(target\w*|aim\w*|ambition\w*|goal\w*|pledge\w*|reduc\w*|increas\w*|rais\w*|cut|"
    r"halv\w*|doubl\w*|improv\w*)\b|\bby\s+(?:(?:the\s+end\s+of\s+)?\w+\s+)?(?:19|20)\d\d\b",
    re.I,
)
# A figure a plan aims for: "aims to have 500 champions", "a target of 2,000", "to reach 40".
_AIMED_AT = re.compile(
    r"\b(aim\w*|target\w*|ambition\w*|goal\w*|reach|pledge\w*|to have)\W+(?:[\w'-]+\W+){0,3}$",
    re.I,
)


def _is_counted(stem: str, counted: frozenset[str]) -> bool:
    """Whether a word of the sentence is a thing counted: the same stem, or one a short counted
    word begins ("orgs" for organisations, "reps" for representatives)."""
    key = stem[:COUNT_KEY]
    return key in counted or any(len(c) < COUNT_KEY and key.startswith(c) for c in counted)


def _counts_asked_thing(counted: frozenset[str], sentence: str, *, actual: bool = False) -> bool:
    """Whether a figure in the sentence is followed, within four words, by a thing counted;
    when the count as it stands is asked (`actual`), not a figure a plan aims for."""
    text = _RATE.sub(" ", sentence)
    for match in _COUNTED.finditer(text):
        if actual and _AIMED_AT.search(text, max(0, match.start() - 60), match.start()):
            continue
        if any(_is_counted(t, counted) for t in tokenize(match.group(1))):
            return True
    # "The number of children in care rose from 471 to 654": the thing named, its figures after.
    for match in _NUMBER_OF.finditer(text):
        named = any(_is_counted(t, counted) for t in tokenize(match.group(1)))
        if named and _DIGIT.search(text, match.end()):
            return True
    return False


# A comparator's figure stated as its own: "the national average (22.6%)", "nationally, 63.2%",
# "13.1% nationally"; "the rate is above the national average." states none.
_BENCHMARK_STATED = re.compile(
    r"\b(?:average|nationally|national|regional|regionally)\b\W+(?:[a-z]+\W+){0,6}?\(?\d"
    r"|\d[\d.,]*%?\s*(?:\([^)]*\)\s*)?(?:nationally|regionally)\b",
    re.I,
)

# A comparator's figure itself, to mask where it is not what is asked.
_BENCHMARK_FIGURE = re.compile(
    r"\b(?:nationally|regionally|(?:national|regional|england)\s+average)\b[^.;\d]{0,40}?"
    r"\(?\d[\d.,]*\s?%?"
    r"|\d[\d.,]*\s?%?\s*(?:\([^)]*\)\s*)?(?:nationally|regionally)\b",
    re.I,
)


def sized(sentence: str) -> bool:
    """Whether the sentence gives a sum of money, a share or a multiple: what "how much" asks."""
    return bool(_MONEY.search(sentence) or _PERCENT.search(sentence) or _MULTIPLE.search(sentence))


@lru_cache(maxsize=32768)
def _amounts_only(sentence: str) -> str:
    """The sentence with its dates, years, numbered labels and sums masked; remembered, as a
    question about a figure masks each sentence up to three times."""
    return _NOT_AMOUNT.sub(" ", sentence)


def _has_amount(sentence: str) -> bool:
    """Whether a figure is left once dates, years and numbered labels are masked."""
    return bool(_DIGIT.search(_amounts_only(sentence)))


def flattened_chart(sentence: str) -> bool:
    """Whether the sentence is a chart flattened by extraction: its axis and labels, cut loose
    from what they measure, are no figure for anything."""
    return bool(_CHART_RUN.search(sentence))


def holds_figure(wants: Wants, sentence: str) -> bool:
    """Whether the sentence gives the figure `wants` describes (question.model.Wants)."""
    if wants.benchmark and not _BENCHMARK_STATED.search(sentence):
        return False
    if not wants.benchmark:
        # "Nationally, 63.2% were active" gives a comparator's figure, not the one asked.
        sentence = _BENCHMARK_FIGURE.sub(" ", sentence)
    # "What target did the plan set?" is not answered by a figure as it stands ("4,100
    # residents cycle to work"); a table row may hold its target under a column heading.
    if wants.target and not (_TARGET_STATED.search(sentence) or sentence.startswith("|")):
        return False
    if wants.percent:
        return bool(_PERCENT.search(sentence))
    if wants.money:
        return bool(_MONEY.search(sentence))
    # "How much did it get?" is a sum, a share or a multiple, or else a quantity; "how much
    # has it cut falls / raised the risk?" asks for the size of a change: a share or multiple.
    if wants.how_much and not wants.time:
        if sized(sentence):
            return True
        if wants.change:
            return False
    # "Over the past six months" does not answer "how many people"; it does "how many months".
    if not wants.time:
        sentence = _DURATION.sub(" ", sentence)
    counted = wants.counted
    if counted:
        sentence = _SHARE.sub(" ", sentence)
    amounts = _amounts_only(sentence)
    if (
        not wants.time
        and counted
        and not _counts_asked_thing(counted, amounts, actual=wants.actual)
    ):
        return False
    return (
        _has_amount(sentence) or bool(_COUNT_WORD.search(amounts)) or bool(_SHARE.search(sentence))
    )
