"""Tokenisation for BM25 over English policy text: lowercase words, stopwords out, Snowball stems.

Both sides of BM25 (passages at build time, queries at search time) must use the same function,
so it lives here and retrieval imports it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
# Words that the generic English list drops but that carry meaning in council questions.
_KEEP = frozenset({"who", "when", "not", "no", "all", "before", "after"})
STOPWORDS: frozenset[str] = frozenset(STOPWORDS_EN) - _KEEP


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
