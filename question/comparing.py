"""What a question sets side by side: an older edition against a newer, two times, a plan
against its progress."""

from __future__ import annotations

import re

from ingest.dates import YEAR_RE, YEARS_RE
from question.model import Comparing, Edition
from question.wants import asks_for_contact

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
    found = list(_NAMES_OLDER.finditer(question))
    return Edition(
        older=bool(_OLDER.search(question)),
        names_older=bool(found),
        naming=tuple(m.group(1) for m in found),
        named=tuple(m.group(3) for m in found),
        years=tuple(sorted({int(y) for y in YEAR_RE.findall(question)})),
    )


# Words that set two times against each other. "Still" is left out: "how many smokers did the
# 2013 strategy reckon we still had?" asks about 2013 alone.
_COMPARES = re.compile(
    r"\b(chang\w*|since|now|nowadays|today|compared?|comparison|vs|versus|moved|differ\w*|"
    r"between|carr(y|ied) through)\b",
    re.IGNORECASE,
)
# "Where have we got to with it?", "what's the latest rate?", "what's happened to the park
# visits target?", "how far along is it?", "is it on track?", "did we hit the target?": how far
# something has got. A report titled "progress update" is named, not asked about, so "progress"
# alone is not enough.
_PROGRESS = re.compile(
    r"\b(where (have|are|has|is) (we|it|they|things)( got)? to|got to with|what'?s happening|"
    r"what is happening|what(?:'s| has) happened (?:to|with)|latest|so far|"
    r"how('s| is| are) .{1,40} going|delivered yet|on track|"
    r"how far (?:along|(?:ha(?:s|ve)|is|are) .{1,40}? (?:got|come))|"
    r"targets?\b.{0,60}\b(?:hit|met|reached|missed|achieved)|"
    r"(?:hit|meet|reach|miss|achieve)\b.{0,40}\btargets?|"
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


# The words that set the two sides against each other: once each side is searched within its own
# documents, they match passages about old and new figures rather than the thing compared.
_SETS_AGAINST = re.compile(r"\b(compared (with|to)|as against|versus|vs\.?)(?!\w)", re.I)


def as_asked_of(question: str, *, older: bool, names: tuple[str, ...] = ()) -> str:
    """The question as asked of one side of an old-against-new comparison: without the words
    that set the sides against each other, the other side's age words ("now" for the older
    side, "old" for the newer), and for the newer side the older editions' `names` (lower-case
    words, retrieval.names): "how many took part in Healthier Northshire compared with the new
    one?" asks the newer side how many took part."""
    text = _SETS_AGAINST.sub(" ", question)
    text = (_NEW_EDITION if older else _OLD_EDITION).sub(" ", text)
    if not older:
        for name in names:
            spelled = r"\W+".join(re.escape(w) for w in name.split())
            text = re.sub(rf"[\"'“”‘’]?\b{spelled}\b[\"'“”‘’]?", " ", text, flags=re.I)
    return re.sub(r"\s+(?=[?.!,;:])", "", " ".join(text.split()))


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
