"""Whether a question leans on the turns before it, or stands on its own in a conversation.

"And who runs it?" leans on them; so do "what about the 2013 one?" and "anyone else?". A question
that sets out its own subject ("ABC - what does that stand for?"), names it ("what's ABC?"), or
asks what a named term means does not, whatever pronoun it holds: read as a follow-up, it would
be searched with an unrelated earlier question's words (question.followup).
"""

from __future__ import annotations

import re

from index.tokenize import STOPWORDS, words
from question.parts import asks
from question.wants import defined_term

_OPENS_ON = re.compile(r"^\s*(and|also|what about|how about|same for|and for|so|then)\b", re.I)
_POINTS_BACK = re.compile(
    r"\b(it|its|they|them|their|that|this|those|these|he|she|his|her|the same|one|ones)\b", re.I
)
# More of what was just asked: "is there someone on X as well?"; in a short question, "anyone
# else?" ("can a member send someone else in their place?" asks something of its own).
_MORE = re.compile(r"\b(as well|too|either)\s*[?.!]*\s*$", re.I)
_OTHER = re.compile(r"\b(else|instead)\b", re.I)
# A name the question gives itself: an acronym or capitalised word after its first, or a year.
_NAMED = re.compile(r"(?<!^)\b[A-Z][\w&-]*|\b[A-Z]{2,}[\w&-]*|\b(?:19|20)\d{2}\b")
_QUESTION_WORDS = frozenset(
    [
        "who",
        "whom",
        "whose",
        "what",
        "which",
        "when",
        "where",
        "why",
        "how",
        "many",
        "much",
        "does",
        "did",
        "do",
        "is",
        "are",
        "was",
        "were",
        "about",
        "and",
        "also",
        "tell",
        "me",
        "please",
        "one",
    ]
)
MIN_OWN_WORDS = 4


def topic_words(question: str) -> list[str]:
    return [
        w for w in words(question) if w not in STOPWORDS and w not in _QUESTION_WORDS and len(w) > 1
    ]


def is_follow_up(question: str) -> bool:
    """Whether the question leans on the turns before it: it opens on them ("and who ...?",
    "what about ...?"), asks for a little more of the same, points back with a word that has
    nothing in the question to point to, or says too little to stand alone and names nothing
    itself. "What was the cycling target in the old plan and what is it now?" points within
    itself, as do "ABC - what does that stand for?", "who chairs the ABC and what's their
    number?" and "when did the district board approve its cycling strategy?"; "what's ABC?"
    names its subject. None leans on what was asked before."""
    text = question.strip()
    own = len(topic_words(text))
    if (
        _OPENS_ON.search(text)
        or _MORE.search(text)
        or (_OTHER.search(text) and own < MIN_OWN_WORDS)
    ):
        return True
    if _MEANING.search(text) and not _POINTS_BACK.fullmatch(defined_term(text) or "it"):
        # "What do we mean by respite?": what a term means, the term named, is the same
        # whatever was asked before.
        return False
    joined = asks(text)
    if len(joined) > 1:
        # A later ask's pronoun takes the first ask's subject (question.parts).
        return is_follow_up(joined[0])
    if any(_points_out(text, back, own) for back in _POINTS_BACK.finditer(text)):
        return True
    return own < MIN_OWN_WORDS - 1 and not _NAMED.search(text)


# "ABC - what does that stand for?", "Bus use: is it falling?", "what is ABC? the report cites
# it twice": the subject is set out first, and what follows points back to it.
_SET_OUT = re.compile(r"^(?P<subject>[^?]+?)(?:\s+[-–—]|:|\?)\s+\S")
_POSSESSIVE = frozenset(["its", "their", "his", "her"])
_MEANING = re.compile(r"\b(mean|means|meaning|stand for|stands for|defin\w*)\b", re.I)


def _points_out(text: str, back: re.Match[str], own: int) -> bool:
    """Whether the pointing word `back` points out of the question, to an earlier turn."""
    word = back.group(0).lower()
    before = text[: back.start()]
    set_out = _SET_OUT.match(text)
    if set_out and set_out.end("subject") <= back.start():
        subject = set_out.group("subject")
        if topic_words(subject) and not _POINTS_BACK.search(subject):
            return False
    if word == "one" and _COUNTED.match(text, back.end()):
        return False
    if word == "one":
        # "the healthy weight one" stands for an earlier noun ("priority"); the words that pick
        # which one are not the question's own subject.
        described = _DESCRIBED_ONE.search(before)
        before = before[: described.start()] if described else before
    # A possessive in a question that says enough of its own belongs to what it names first
    # ("when did the board approve its ..."); in a short one ("so who took over its budget?") it
    # belongs to the earlier turn.
    if word in _POSSESSIVE and own >= MIN_OWN_WORDS and topic_words(before):
        return False
    return len(topic_words(before)) < MIN_OWN_WORDS


# "the healthy weight one", "the 2013 one": up to three words describing which one.
_DESCRIBED_ONE = re.compile(r"\bthe\s+(?:[\w'&-]+\s+){0,3}$", re.I)
# "one standard way", "one of the ...": "one" counting something the question names, not
# standing for an earlier one ("the 2013 one?").
_COUNTED = re.compile(
    r"\s+(?!(?:in|on|at|for|from|with|by|about|now|then|too|as|is|was|or|and)\b)[a-z]", re.I
)
