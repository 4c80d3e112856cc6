"""Tokenisation for BM25 over English policy text: lowercase words, stopwords out, Snowball stems.

Both sides of BM25 (passages at build time, queries at search time) must use the same function,
so it lives here and retrieval imports it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import Stemmer

# A reference such as an action or minute number ("abc/24/09") is one term: its letters name the
# series it belongs to, and split out they would match every question naming that body.
_TOKEN = re.compile(r"[a-z]+(?:/[0-9]+)+|[a-z0-9]+(?:[.'][a-z0-9]+)*")
# The common English function words (after the Snowball/NLTK list, apostrophes folded as
# words() folds them) plus the filler of spoken questions ("actually", "got").
# Measured on all 146 answerable gold questions against bm25s' 31-word list: hybrid
# evidence@5 0.795 -> 0.808, evidence@10 0.849 -> 0.890. Stemming kept: without it BM25-only
# evidence@5 rose (0.795 -> 0.801) but hybrid evidence@10 fell (0.890 -> 0.870).
_STOPWORDS = """
a about above after again against all am an and any are arent as at be because been before being
below between both but by can cannot could couldnt did didnt do does doesnt doing dont down during
each few for from further had hadnt has hasnt have havent having he hed hell hes her here heres
hers herself him himself his how hows i id ill im ive if in into is isnt it its itself lets me more
most mustnt my myself no nor not of off on once only or other ought our ours ourselves out over own
same shant she shed shell shes should shouldnt so some such than that thats the their theirs them
themselves then there theres these they theyd theyll theyre theyve this those through to too under
until up very was wasnt we wed well were weve werent what whats when whens where wheres which while
who whos whom why whys with wont would wouldnt you youd youll youre youve your yours yourself
yourselves actually also got get just will s t
"""
# Words that the list drops but that carry meaning in council questions.
_KEEP = frozenset({"who", "when", "not", "no", "all", "before", "after"})
STOPWORDS: frozenset[str] = frozenset(_STOPWORDS.split()) - _KEEP


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def words(text: str) -> list[str]:
    """Lowercased word tokens, with typographic variants folded (’ to ', ligatures to letters)."""
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    return [w.removesuffix("'s").replace("'", "") for w in _TOKEN.findall(folded)]


def tokenize(text: str) -> list[str]:
    """BM25 terms: words minus stopwords, stemmed."""
    kept = [w for w in words(text) if w not in STOPWORDS]
    return list(_stemmer().stemWords(kept))


def cased_terms(text: str) -> list[tuple[str, bool]]:
    """The BM25 terms of `text` (as `tokenize`), each with whether its word was written with a
    capital initial: what tells a name ("Cosy Homes") from the same words in lower case."""
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    lowered = folded.lower()
    if len(lowered) != len(folded):
        # A letter whose lower case is longer ("İ") would shift every later position.
        folded = lowered
    found = [
        (word, folded[m.start()].isupper())
        for m in _TOKEN.finditer(lowered)
        if (word := m.group(0).removesuffix("'s").replace("'", "")) not in STOPWORDS
    ]
    stems = _stemmer().stemWords([word for word, _ in found])
    return [(stem, capital) for stem, (_, capital) in zip(stems, found, strict=True)]


def runs_within(run: Sequence[str], terms: Sequence[str]) -> bool:
    """Whether `run`'s terms stand in `terms` next to each other, in order."""
    n = len(run)
    return any(tuple(terms[i : i + n]) == tuple(run) for i in range(len(terms) - n + 1))
