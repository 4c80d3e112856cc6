"""Synthetic councils: copies of the shipped text rewritten so they differ the way another
council's documents differ from the shipped ones (bench/synthetic.py, `kind="councils"`).

A scale-out service holds many councils' *different* documents. Copies that repeat every
shipped sentence verbatim make each query's best passages a thousand near-ties, which is a
worst case for any top-k search and not what such a service meets. So each copy is a council:

- every name (a word the shipped text only ever capitalises: places, people, organisations)
  becomes the council's own, drawn from a Zipfian pool of made-up names, so a few names recur
  across councils (as "North" or "Smith" do) and most are local;
- a share of the content vocabulary becomes the council's own words, drawn from a Zipfian
  pool of made-up words. Rare words are swapped far more often than common ones: measured
  against the second council of evals/ (its text files), 64% of the shipped content-word
  types never occur there, but they are only 25% of the content-word occurrences;
- a few more content words are swapped occurrence by occurrence for other shipped words, so
  no two councils share a sentence verbatim;
- sentence order is shuffled and mixed across documents and headings (as before).

The shipped documents stay unchanged as copy 0, so the gold questions and their evidence
still apply; a question naming a shipped place or person now singles out the shipped council,
as it would in a shared service.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from index.tokenize import STOPWORDS

_WORD = re.compile(r"[A-Za-z]+")
_MID_SENTENCE = re.compile(r"(?<=[a-z,] )[A-Z][A-Za-z]*")
_ONSETS = [*"bcdfghjklmnprstvw", "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr"]
_ONSETS += ["pl", "pr", "sh", "sk", "st", "tr"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou"]
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "ck", "st"]
_CALENDAR = frozenset(
    w.lower() for w in [*calendar.month_name, *calendar.day_name, *calendar.month_abbr] if w
)
MIN_CONTENT = 4
"""Shorter words (and stopwords) are function words that every council shares."""


@dataclass(frozen=True, slots=True)
class CouncilStyle:
    """How far each synthetic council's words are from the shipped ones (see module doc)."""

    type_share: float = 0.64
    """Share of content-word types a council replaces with its own."""
    occurrence_share: float = 0.25
    """The share of content-word occurrences those types make up."""
    edit_share: float = 0.05
    """Content-word occurrences swapped one by one for another shipped word."""
    word_pool: int = 100_000
    name_pool: int = 20_000
    zipf: float = 1.0
    """Exponent of both pools' Zipfian draw."""

    def __post_init__(self) -> None:
        for name in ("type_share", "occurrence_share", "edit_share"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"CouncilStyle.{name} must be from 0 to 1")
        if self.word_pool < 1 or self.name_pool < 1:
            raise ValueError("CouncilStyle pools need at least one word")
        if self.zipf <= 0:
            raise ValueError(f"CouncilStyle.zipf must be over 0, got {self.zipf}")


def made_up_words(count: int, rng: np.random.Generator, avoid: set[str]) -> list[str]:
    """`count` distinct pronounceable lowercase words, none of them in `avoid`."""
    found: dict[str, None] = {}
    while len(found) < count:
        syllables = int(rng.integers(2, 4))
        word = (
            "".join(
                _ONSETS[int(rng.integers(len(_ONSETS)))] + _VOWELS[int(rng.integers(len(_VOWELS)))]
                for _ in range(syllables)
            )
            + _CODAS[int(rng.integers(len(_CODAS)))]
        )
        if word not in avoid:
            found[word] = None
    return list(found)


def _zipf_cdf(size: int, exponent: float) -> npt.NDArray[np.float64]:
    weights = 1.0 / np.arange(1, size + 1, dtype=np.float64) ** exponent
    cdf: npt.NDArray[np.float64] = np.cumsum(weights) / weights.sum()
    return cdf


def swap_probabilities(
    frequencies: npt.NDArray[np.float64], type_share: float, occurrence_share: float
) -> npt.NDArray[np.float64]:
    """Per type, its chance to be swapped, min(1, a * f^-b), with a and b chosen so the
    expected shares of types and of occurrences swapped are the ones given."""
    best: tuple[float, npt.NDArray[np.float64]] | None = None
    for b in np.linspace(0.0, 2.0, 201):
        shaped = frequencies**-b
        low, high = 0.0, 1.0 / float(shaped.min())
        for _ in range(50):
            a = (low + high) / 2
            if np.minimum(1.0, a * shaped).mean() < type_share:
                low = a
            else:
                high = a
        p = np.minimum(1.0, low * shaped)
        miss = abs(float((p * frequencies).sum() / frequencies.sum()) - occurrence_share)
        if best is None or miss < best[0]:
            best = (miss, p)
    assert best is not None
    return best[1]


class Councils:
    """The shipped vocabulary, and per council a rewriting of shipped sentences."""

    def __init__(self, texts: Sequence[str], style: CouncilStyle, seed: int) -> None:
        counts: Counter[str] = Counter()
        capitalised: Counter[str] = Counter()
        mid_sentence: Counter[str] = Counter()
        upper: Counter[str] = Counter()
        for text in texts:
            for word in _WORD.findall(text):
                lower = word.lower()
                counts[lower] += 1
                capitalised[lower] += word[0].isupper()
                upper[lower] += word.isupper()
            mid_sentence.update(w.lower() for w in _MID_SENTENCE.findall(text))
        # Acronyms (NHS, GP) are the sector's, shared by every council, and kept.
        content = sorted(
            w
            for w in counts
            if len(w) >= MIN_CONTENT and w not in STOPWORDS and upper[w] < counts[w]
        )
        # A name is always capitalised, and capitalised mid-sentence too (not only because a
        # sentence or bullet starts with it).
        self._names = [
            w
            for w in content
            if capitalised[w] == counts[w] and mid_sentence[w] and w not in _CALENDAR
        ]
        named = set(self._names)
        self._words = [w for w in content if w not in named]
        frequencies = np.array([counts[w] for w in self._words], dtype=np.float64)
        self._swap = swap_probabilities(frequencies, style.type_share, style.occurrence_share)
        self._edit_words = self._words
        self._edit_cdf = np.cumsum(frequencies) / frequencies.sum()
        rng = np.random.default_rng(seed)
        made_up = made_up_words(style.word_pool + style.name_pool, rng, set(counts))
        self._word_pool = made_up[: style.word_pool]
        self._name_pool = [w.capitalize() for w in made_up[style.word_pool :]]
        self._word_cdf = _zipf_cdf(style.word_pool, style.zipf)
        self._name_cdf = _zipf_cdf(style.name_pool, style.zipf)
        self._style = style

    def council(self, rng: np.random.Generator) -> Council:
        """One council's words: its names, and its own words for a share of the vocabulary."""
        mapping: dict[str, str] = {}
        names = np.searchsorted(self._name_cdf, rng.random(len(self._names)))
        for word, at in zip(self._names, names.tolist(), strict=True):
            mapping[word] = self._name_pool[min(at, len(self._name_pool) - 1)]
        swapped = rng.random(len(self._words)) < self._swap
        picks = np.searchsorted(self._word_cdf, rng.random(int(swapped.sum())))
        chosen = [w for w, s in zip(self._words, swapped.tolist(), strict=True) if s]
        for word, at in zip(chosen, picks.tolist(), strict=True):
            mapping[word] = self._word_pool[min(at, len(self._word_pool) - 1)]
        return Council(mapping, self, rng)

    def edit_word(self, rng: np.random.Generator) -> str:
        at = int(np.searchsorted(self._edit_cdf, rng.random()))
        return self._edit_words[min(at, len(self._edit_words) - 1)]

    @property
    def edit_share(self) -> float:
        return self._style.edit_share


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[0].isupper():
        return word[0].upper() + word[1:]
    return word


class Council:
    """Rewrites shipped text into one council's words (see the module doc)."""

    def __init__(self, mapping: dict[str, str], councils: Councils, rng: np.random.Generator):
        self._mapping = mapping
        self._councils = councils
        self._rng = rng

    def rewrite(self, text: str) -> str:
        return _WORD.sub(self._word, text)

    def _word(self, match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        own = self._mapping.get(lower)
        if own is not None:
            return _cased(own, word)
        if (
            len(lower) >= MIN_CONTENT
            and lower not in STOPWORDS
            and not word.isupper()
            and self._rng.random() < self._councils.edit_share
        ):
            return _cased(self._councils.edit_word(self._rng), word)
        return word
