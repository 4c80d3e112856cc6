"""Abbreviations learned from the corpus itself: "Full Name (ABBR)" and initials that spell ABBR.

Council documents define their acronyms in glossaries (often flattened tables, where the name and
its abbreviation are far apart) and inline as "Better Care Fund (BCF)". Both end up as a run of
capitalised words somewhere in the text whose initials spell the acronym, which is what this
looks for. The map is built once per index generation and used by query normalisation.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

_ACRONYM = re.compile(r"\b([A-Z][A-Z&]{1,6})(s?)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CONNECTORS = frozenset({"and", "of", "for", "the", "in", "&", "to", "on"})
_NOT_ACRONYMS = frozenset({"THE", "AND", "FOR", "OF", "NHS", "UK", "CC", "JP", "II", "III", "IV"})


def _initials_match(words: list[str], acronym: str) -> bool:
    initials = "".join(w[0].upper() for w in words if w.lower() not in _CONNECTORS)
    return initials == acronym.replace("&", "")


def spelled_out(text: str, acronym: str) -> list[str]:
    """Runs of capitalised words (connectors allowed inside) whose initials spell `acronym`."""
    letters = len(acronym.replace("&", ""))
    tokens = [m.group(0) for m in _WORD.finditer(text)] + [""]
    found = []
    for start, first in enumerate(tokens):
        if not first or not first[0].isupper() or first.isupper():
            continue
        run: list[str] = []
        content = 0
        for token in tokens[start:]:
            if not token:
                break
            is_connector = token.lower() in _CONNECTORS
            if not is_connector:
                if not token[0].isupper() or token.isupper():
                    break
                content += 1
            run.append(token)
            if content == letters:
                if _initials_match(run, acronym):
                    found.append(re.sub(r"['’]s?$", "", " ".join(run)))
                break
    return found


def learn_abbreviations(texts: list[str], *, window: int = 300) -> dict[str, str]:
    """Map each acronym used in `texts` to the spelled-out form found beside it most often.

    An explicit "Full Name (ABBR)" counts three times; a matching run of words within `window`
    characters of the acronym (a glossary table, a nearby sentence) counts once. A form needs a
    weight of two, so one chance capitalised phrase near an acronym does not define it.
    """
    weights: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1)
            if acronym in _NOT_ACRONYMS:
                continue
            before = text[max(0, match.start() - window) : match.start()]
            after = text[match.end() : match.end() + window]
            explicit = text[match.start() - 1 : match.start()] == "("
            for phrase in spelled_out(before, acronym):
                weights[acronym][phrase] += 1
            if explicit:
                tail = spelled_out(before.rstrip(" (")[-window:], acronym)
                if tail and before.rstrip(" (").endswith(tail[-1]):
                    weights[acronym][tail[-1]] += 2
            for phrase in spelled_out(after, acronym):
                weights[acronym][phrase] += 1
    learned = {}
    for acronym, phrases in weights.items():
        phrase, weight = phrases.most_common(1)[0]
        if weight >= 2:
            learned[acronym] = phrase
    return dict(sorted(learned.items()))


def with_domain(
    learned: dict[str, str], texts: list[str], domain: dict[str, str]
) -> dict[str, str]:
    """The learned map plus each acronym of the corpus profile (`domain`) it lacks whose long
    form the corpus uses: staff ask about "the PH strategy" although no document writes "PH",
    and such an entry can only point a search at words that exist."""
    corpus = " ".join(" ".join(texts).lower().split())
    added = {
        acronym: long_form
        for acronym, long_form in domain.items()
        if acronym not in learned and long_form.lower() in corpus
    }
    return dict(sorted({**learned, **added}.items()))


def abbreviation_sources(
    abbreviations: dict[str, str], texts_by_document: dict[str, str], learned: Iterable[str]
) -> dict[str, dict[str, list[str]]]:
    """For each acronym, the documents that print it and those that print its long form.

    An expansion may be used for a caller only where the caller may see where it came from: a
    learned acronym needs a visible document printing it and one printing its long form; an
    acronym of the corpus profile (public knowledge) needs only the long form (`learned` names
    the acronyms learned from the documents).
    """
    taught = set(learned)
    lowered = {doc: " ".join(text.lower().split()) for doc, text in texts_by_document.items()}
    sources: dict[str, dict[str, list[str]]] = {}
    for acronym, long_form in abbreviations.items():
        word = re.compile(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])")
        phrase = " ".join(long_form.lower().split())
        sources[acronym] = {
            "acronym_in": (
                sorted(d for d, text in texts_by_document.items() if word.search(text))
                if acronym in taught
                else []
            ),
            "long_form_in": sorted(d for d, text in lowered.items() if phrase in text),
        }
    return sources


def visible_abbreviations(
    abbreviations: dict[str, str],
    sources: dict[str, dict[str, list[str]]],
    visible: Callable[[str], bool],
) -> dict[str, str]:
    """The expansions a caller who may see the documents `visible` accepts may use."""
    found = {}
    for acronym, long_form in abbreviations.items():
        where = sources.get(acronym, {"acronym_in": [], "long_form_in": []})
        printed = any(visible(d) for d in where["long_form_in"])
        taught = not where["acronym_in"] or any(visible(d) for d in where["acronym_in"])
        if printed and taught:
            found[acronym] = long_form
    return found
