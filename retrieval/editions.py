"""Which superseded editions a question names by their own title: a strategy is often called by
the name on its cover ("what did *Better Lives* aim for?") rather than by "the old strategy" or its
years, and that name is what tells it from its successor.

An edition's own name is a run of two or more title words that its successor's title lacks;
numbers and common words end a run, so a shared place name or the years alone never count (the
years are read as years, question.comparing).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from index.tokenize import STOPWORDS
from ingest.model import Document

_TOKEN = re.compile(r"[A-Za-z&]+|\d+")
MIN_RUN = 2
"""Words a run needs: one word of a title ("Northshire") is as often a place as a name."""


def _words(text: str) -> list[str]:
    return [w.lower() for w in _TOKEN.findall(text)]


def own_names(title: str, successor: str) -> tuple[tuple[str, ...], ...]:
    """The runs of `title`'s words that `successor`'s title lacks, at least MIN_RUN long."""
    shared = set(_words(successor))
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for word in [*_words(title), ""]:
        if word and word not in shared and word not in STOPWORDS and not word.isdigit():
            run.append(word)
            continue
        if len(run) >= MIN_RUN:
            runs.append(tuple(run))
        run = []
    return tuple(runs)


def edition_names(documents: Mapping[str, Document]) -> tuple[tuple[str, ...], ...]:
    """The own names of every superseded document whose successor is in `documents`."""
    names: set[tuple[str, ...]] = set()
    for document in documents.values():
        successor = documents.get(document.superseded_by or "")
        if successor is not None:
            names.update(own_names(document.title, successor.title))
    return tuple(sorted(names))


def names_edition(question: str, names: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The words of the superseded editions' own names the question holds, word for word."""
    words = _words(question)
    said = {
        word
        for name in names
        for i in range(len(words) - len(name) + 1)
        if tuple(words[i : i + len(name)]) == name
        for word in name
    }
    return tuple(sorted(said))
