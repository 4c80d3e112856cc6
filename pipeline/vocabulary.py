"""What a caller's questions are read against: the acronyms it may use, and the words that
name documents (question.followup.frame_words).

Both depend only on the index generation and the caller's access, so each pair's are worked
out once instead of on every ask: for a caller who may not see everything, the acronyms are
filtered by the documents that define them, about a tenth of a millisecond each time.
"""

from __future__ import annotations

from index.generation import LoadedIndex
from pipeline.visibility import Access, abbreviations_for
from question.followup import frame_words, title_words

Words = tuple[dict[str, str], frozenset[str]]
"""The acronyms a caller may use with their long forms, and the words that name documents."""


class Vocabulary:
    """Each (generation, access) pair's words, remembered; `keep` bounds how many pairs."""

    def __init__(self, *, keep: int = 64) -> None:
        self._keep = keep
        self._seen: dict[tuple[str, Access], Words] = {}
        self._titles: tuple[str, frozenset[str]] = ("", frozenset())

    def of(self, index: LoadedIndex, access: Access) -> Words:
        """The words for a caller with `access` asking of `index`; callers must not change
        them."""
        key = (index.name, access)
        found = self._seen.get(key)
        if found is None:
            abbreviations = abbreviations_for(index, access)
            frame = frame_words(self._title_words(index), tuple(sorted(abbreviations.items())))
            if len(self._seen) >= self._keep:
                # A new generation, or more group sets than kept: begin again.
                self._seen.clear()
            found = self._seen[key] = (abbreviations, frame)
        return found

    def _title_words(self, index: LoadedIndex) -> frozenset[str]:
        """The words of the generation's document titles, read once per generation (a large
        generation holds thousands of documents)."""
        name, words = self._titles
        if name != index.name:
            words = title_words(d.title for d in index.store.documents.values())
            self._titles = (index.name, words)
        return words
