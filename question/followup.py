"""A question read in its conversation: one turn, made self-standing before retrieval.

"and who runs it?" means nothing to a search engine; the previous question's topic words do.
A question that leans on earlier turns (a pronoun, "and ...", "what about ...", or too few words
of its own) gets the topic of the last self-standing question, its own words replacing the
earlier words in the same role. `read_turn` gives the one typed value the pipeline takes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.tokenize import words
from ingest.dates import MONTHS
from ingest.signatures import HONORIFIC
from question.kinds import answer_type
from question.leaning import is_follow_up, topic_words
from question.model import AnswerType
from question.occasion import KEEPS_TOPIC, Occasion, points_back_to


@dataclass(frozen=True, slots=True)
class Turn:
    """One question in its conversation."""

    text: str
    """The question as asked."""
    searched: str
    """The question made self-standing: for a follow-up, its subject resolved from the earlier
    questions; otherwise the question itself."""
    kind: AnswerType
    """The kind of answer it wants; a follow-up that only swaps the subject ("what about the
    2013 one?") wants what the earlier question wanted."""
    follows: bool
    """Whether it leans on the earlier questions."""
    asks: str
    """The words that say what it asks for: the question, or for a follow-up that only swaps
    the subject, the earlier question with it ("how much did X get? what about Y?")."""
    points_back: Occasion | None = None
    """The meeting or paper of the last answer it is about ("at that same meeting, ..."), when
    there was a last answer."""


Replaces = Callable[[str, Sequence[str]], frozenset[str]]
"""A new subject's words, and an earlier question's words -> those the new subject stands for
("kids" for "adults"; pipeline.substitutes)."""


def read_turn(
    text: str,
    previous: list[str],
    frame: frozenset[str] = frozenset(),
    replaces: Replaces | None = None,
) -> Turn:
    """`text` read against the conversation's earlier questions (oldest first); `frame`: the
    words that name the documents (`frame_words`); `replaces`: which earlier words a swapped
    subject stands for, beyond those after "for", "about" or "on"."""
    searched = rewrite(text, previous, frame, replaces)
    asks = asked(text, previous)
    follows = searched != text
    occasion = points_back_to(text) if previous else None
    if occasion in KEEPS_TOPIC and not follows:
        # "Who still chairs the board?", "what did the old plan say on falls?" name what they
        # ask about, not the last answer's paper.
        occasion = None
    return Turn(
        text=text,
        searched=searched,
        kind=answer_type(asks),
        follows=follows,
        asks=asks,
        points_back=occasion,
    )


# "Is that still happening?", "and who leads it now?": about the present, so the earlier
# question's years and months are not carried over.
_PRESENT = re.compile(r"\b(still|now|currently|nowadays|today|latest|any ?more)\b", re.I)
# Words that pick an edition or a meeting by its age: "the old one", "the latest".
_AGE = re.compile(
    r"(old|older|oldest|previous|prior|original|first|earlier|former|superseded|last|new|newer|"
    r"current|latest|one|ones)$"
)
_DATED = re.compile(r"(?:19|20)\d{2}(?:/\d{2,4})?|" + "|".join(MONTHS) + r"|sept?")


def title_words(titles: Iterable[str]) -> frozenset[str]:
    """The topic words of the documents' titles."""
    return frozenset(w for title in titles for w in topic_words(title))


@lru_cache(maxsize=8)
def frame_words(
    titles: frozenset[str], abbreviations: tuple[tuple[str, str], ...] = ()
) -> frozenset[str]:
    """`titles` (the words of the documents' titles, `title_words`) and the acronyms that stand
    for title words: in a question they say which document is meant, not what is asked of it."""
    short = (a for a, long in abbreviations if set(topic_words(long)) <= titles and topic_words(a))
    return titles | {w for a in short for w in topic_words(a)}


def rewrite(
    question: str,
    previous: list[str],
    frame: frozenset[str] = frozenset(),
    replaces: Replaces | None = None,
) -> str:
    """The question made self-standing with the topic of the previous turns (newest last).

    The follow-up's own words replace the earlier words in the same role rather than join them:
    its dates replace the earlier dates ("and at the June 2023 one?"), and a follow-up that
    swaps the subject ("and the housing one?") drops the earlier question's subject,
    the words after its last "for", "about" or "on", except its dates and `frame`, the words
    that name the documents (their titles)."""
    if not previous or not is_follow_up(question):
        return question
    own = topic_words(question)
    dated = bool(_PRESENT.search(question)) or any(_DATED.fullmatch(w) for w in own)
    # "what about the old 2013 strategy?" swaps the edition, not the subject.
    subject = [w for w in own if not _DATED.fullmatch(w) and w not in frame and not _AGE.match(w)]
    swapped = bool(subject) and _swaps_subject(question)
    carried: list[str] = []
    # "What about Southvale?" after "how much did Northtown get?": a place or body named for
    # another stands in its place.
    named = swapped and bool(_names(question))
    for earlier in reversed(previous[-2:]):
        old_subject = set(_subject_words(earlier)) if swapped else set()
        if named:
            old_subject |= _names(earlier)
        if swapped and replaces is not None:
            old_subject |= replaces(" ".join(subject), topic_words(earlier))
        for w in topic_words(earlier):
            is_date = bool(_DATED.fullmatch(w))
            if w in own or w in carried or (dated and is_date):
                continue
            if w in old_subject and not is_date and w not in frame:
                continue
            carried.append(w)
    return f"{question} ({' '.join(carried)})" if carried else question


# What a question is about follows its last "for", "about" or "on": "which board was on the hook
# for healthy weight and smoking?", "what did the strategy promise on falls?".
_SUBJECT = re.compile(r".*\b(?:for|about|on|regarding)\b(.+)$", re.I)


# A word set in capitals or with a capital initial; "&" joins two into one name.
_CAPITAL = re.compile(r"^[A-Z][\w'’&-]*[?.,!]*$")


def _names(question: str) -> set[str]:
    """The topic words of the names a question gives in one word ("Northtown", "NWDC"), not
    those in a title-case phrase ("the Green Streets Fund" names what is asked about): a place
    or body named for another stands in its place ("what about Southvale?")."""
    words = question.split()[1:]
    names: set[str] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if _CAPITAL.match(word) or (run and word == "&"):
            run.append(word)
            continue
        if len([w for w in run if w != "&"]) == 1 or "&" in run:
            names |= {t for w in run for t in topic_words(w)}
        run = []
    return names


def _subject_words(question: str) -> list[str]:
    found = _SUBJECT.match(question)
    return topic_words(found.group(1)) if found else []


# "What about the 2013 one?", "and for alcohol?", "and at the March meeting?": the same question
# again, about something else.
_SUBSTITUTES = re.compile(
    r"^\s*(and )?(what about|how about|same for|and for|for)\b"
    r"|^\s*and (the|a|an|at|in|on|from|by|under|with|during)\b"
    # "and reablement after discharge?": a bare new subject.
    r"|^\s*and\s+(?=\w)",
    re.IGNORECASE,
)
_OWN_ASK = re.compile(
    r"\b(who|whom|whose|when|where|why|which|how (many|much|often|long)|did|does|do|is|are|"
    r"was|were|has|have|can|will)\b",
    re.IGNORECASE,
)


def _swaps_subject(question: str) -> bool:
    """A follow-up that names a new subject and asks nothing of its own."""
    if not _SUBSTITUTES.search(question):
        return False
    return not _OWN_ASK.search(_SUBSTITUTES.sub("", question, count=1))


def asked(question: str, previous: list[str]) -> str:
    """What a follow-up asks, for telling the kind of answer it wants: a follow-up that swaps the
    subject and asks nothing of its own ("what about the 2013 one?") asks the previous question
    again; any other question asks itself."""
    if not previous or not _swaps_subject(question):
        return question
    return f"{previous[-1]} {question}"


# A body or programme named in title case ("the Falls Prevention Group"), as an answer names it.
_NAMED_IN_ANSWER = re.compile(r"\b[A-Z][a-z][\w-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][a-z][\w-]*)+")
# A person as an answer names them: a title, then their name ("Ms Rowe", "Cllr Jo Bloggs").
_PERSON_IN_ANSWER = re.compile(rf"\b{HONORIFIC}\s+(?:[A-Z][a-z'’-]+\s+){{0,2}}[A-Z][a-z'’-]+")
_PRONOUN = re.compile(r"\b(it|its|they|them|their|he|him|his|she|her|hers)\b", re.I)
_PERSONAL = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)
_ASKS_WHICH = re.compile(r"^\s*(?:and\s+)?(?:which|who|whose)\b", re.I)


def answered_subject(follow_up: str, earlier: str, quote: str, rest: str = "") -> str | None:
    """What a follow-up's pronoun stands for when the earlier question asked which body or
    who: the one title-case name of two words or more in the earlier answer's quote that the
    earlier question did not name ("which group recommended it?" answered "The Falls Group
    recommended it", then "and who chairs it?"); for "he" or "her", the first person the quote
    names by title and name ("who chairs it?" answered "Ms Rowe, its chair, presented ...",
    then "what's her number?"), or failing that in the rest of the answer, `rest` (a foreword's
    signature quoted after the sentence about the strategy)."""
    if not _PRONOUN.search(follow_up) or not _ASKS_WHICH.search(earlier):
        return None
    asked = {w.lower() for w in words(earlier)}
    if _PERSONAL.search(follow_up):
        people = (m.group(0) for text in (quote, rest) for m in _PERSON_IN_ANSWER.finditer(text))
        return next((p for p in people if not {w.lower() for w in words(p)} <= asked), None)
    names = {
        name
        for found in _NAMED_IN_ANSWER.finditer(quote)
        if len((name := found.group(0).removeprefix("The ")).split()) > 1
        and not {w.lower() for w in words(name)} <= asked
    }
    # An answer naming several bodies leaves the pronoun open.
    return names.pop() if len(names) == 1 else None


_MARKER = re.compile(r"\s*\[\d+\]")


def first_quote(answer: str) -> str:
    """An answer's text up to its first citation marker: its first quote."""
    found = _MARKER.search(answer)
    return answer[: found.start()] if found else answer
