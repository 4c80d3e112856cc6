"""Meeting packs: one file holding minutes, an action log, slide decks and reports.

Each component becomes its own Document (own title, date, author body, contacts) with the
pack as parent. Components are found by how council packs open them: minutes by "Minutes of
a meeting of ...", an action log by its title over the column headings, a report by its
"<BOARD>: <date>" / "REPORT OF ..." header, a slide deck by a near-empty title page that
carries a date. The minutes and report openings are the corpus profile's (`packs`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from ingest.action_log import is_action_log_start, parse_action_log
from ingest.chunk import Draft
from ingest.clean import clean_text, join_lines
from ingest.contacts import NAME_RE
from ingest.conventions import PackConventions
from ingest.dates import find_date, is_date_line
from ingest.line_rules import split_page_marker
from ingest.loaders import SourceLine
from ingest.minutes import parse_minutes
from ingest.model import DocType, Document, unique_id
from ingest.profile import CorpusProfile, default_profile
from ingest.slides import parse_slides

Parser = Callable[[Sequence[SourceLine]], list[Draft]]


@dataclass(slots=True)
class Component:
    document: Document
    lines: list[SourceLine]
    parser: Parser | None = None
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Start:
    index: int
    kind: str  # minutes | action_log | report | slides


def split_pack(
    source: Sequence[SourceLine], pack: Document, profile: CorpusProfile | None = None
) -> list[Component]:
    """The components of a meeting pack, in order; [] when no component is recognised. The
    corpus `profile` says how the pack opens its papers and sets out its minutes (default: the
    profile defaults)."""
    rules = profile or default_profile()
    texts = [split_page_marker(s.text.rstrip())[1].strip() for s in source]
    page_starts = [split_page_marker(s.text.rstrip())[0] for s in source]
    starts = _find_starts(texts, page_starts, rules.packs)
    if not starts:
        return []
    if starts[0].index > 0 and any(t for t in texts[: starts[0].index]):
        starts.insert(0, _Start(0, "front"))
    components: list[Component] = []
    taken: set[str] = set()
    for n, start in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(source)
        lines = list(source[start.index : end])
        components.append(
            _component(start.kind, lines, texts[start.index : end], pack, taken, rules)
        )
    return components


def _find_starts(
    texts: Sequence[str], page_starts: Sequence[bool], packs: PackConventions
) -> list[_Start]:
    starts: list[_Start] = []
    for i, text in enumerate(texts):
        if not text:
            continue
        if packs.opens_minutes(text):
            starts.append(_Start(i, "minutes"))
        elif is_action_log_start(texts, i):
            if not starts or starts[-1].kind != "action_log":  # page 2 repeats the title
                starts.append(_Start(i, "action_log"))
        elif packs.report_header(text) and _report_of_follows(texts, i, packs):
            starts.append(_Start(i, "report"))
        elif _opens_page(texts, page_starts, i) and _is_title_page(texts, page_starts, i):
            starts.append(_Start(i, "slides"))
    return starts


def _opens_page(texts: Sequence[str], page_starts: Sequence[bool], i: int) -> bool:
    """A page start, or the first line after an orphan page number (a lost page marker)."""
    if page_starts[i]:
        return True
    j = i - 1
    while j >= 0 and not texts[j]:
        j -= 1
    return j >= 0 and re.fullmatch(r"\d{1,3}", texts[j]) is not None and j < i - 1


def _report_of_follows(texts: Sequence[str], i: int, packs: PackConventions) -> bool:
    following = [t for t in texts[i + 1 : i + 8] if t][:3]
    return any(packs.report_author(t) for t in following)


def _page_text(texts: Sequence[str], page_starts: Sequence[bool], i: int) -> list[str]:
    out = [texts[i]]
    j = i + 1
    while j < len(texts) and not page_starts[j]:
        if texts[j]:
            out.append(texts[j])
        j += 1
    return out


def _is_title_page(texts: Sequence[str], page_starts: Sequence[bool], i: int) -> bool:
    """A slide deck's title page: a few short lines ending in a date line."""
    page = _page_text(texts, page_starts, i)
    words = sum(len(t.split()) for t in page)
    if not 3 <= words <= 30 or len(page) > 9:
        return False
    if not any(is_date_line(t) for t in page[1:]):
        return False
    return not any(t.startswith(("\u2022", "-", "\u25a0")) or t.endswith(":") for t in page)


def _slug(text: str, limit: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    stop = {"the", "of", "and", "a", "an", "for", "on", "in", "to", "update", "report"}
    kept = [w for w in words if w not in stop][:limit] or words[:limit] or ["component"]
    return "-".join(kept)


def _component(
    kind: str,
    lines: list[SourceLine],
    texts: list[str],
    pack: Document,
    taken: set[str],
    profile: CorpusProfile,
) -> Component:
    title = pack.title
    author = pack.publisher
    date = pack.date
    parser: Parser | None = None
    body_from = 0
    doc_type = "report"
    if kind == "minutes":
        match = profile.packs.opens_minutes(texts[0])
        head = " ".join(t for t in texts[:3] if t)
        date = find_date(head) or date
        body = match.group("body").strip() if match else "the board"
        title = f"Minutes of the {body} meeting of {_long_date(head) or date}"
        slug, doc_type = "minutes", "minutes"
        parser = partial(parse_minutes, conventions=profile.minutes)
    elif kind == "action_log":
        title = f"{texts[0]} ({_long_date_of(pack) or pack.date})"
        slug, doc_type, parser = "action-log", "action_log", parse_action_log
    elif kind == "report":
        header = profile.packs.report_header(texts[0])
        assert header is not None
        date = find_date(header.group("date")) or date
        author, title, body_from = _report_header(texts, profile.packs)
        slug = _slug(title)
    elif kind == "slides":
        title, presenter, body_from = _deck_title(texts)
        date = find_date(" ".join(texts[:body_from])) or date
        author = presenter or author
        slug, doc_type, parser = _slug(title), "slides", parse_slides
    else:
        title, slug, doc_type = f"{pack.title}: front matter", "front-matter", "document"
    document = Document(
        id=unique_id(f"{pack.id}--{slug}", taken),
        title=title,
        doc_type=DocType(doc_type),
        source=pack.source,
        sha256=pack.sha256,
        date=date,
        period=pack.period,
        publisher=pack.publisher,
        parent_id=pack.id,
        superseded_by=None,
        author=author,
        groups=pack.groups,
    )
    return Component(document, lines[body_from:], parser)


def _long_date(text: str) -> str | None:
    from ingest.dates import DATE_RE

    match = DATE_RE.search(text)
    if not match:
        return None
    day, month, year = match.groups()
    return f"{int(day)} {month.capitalize()} {year}"


def _long_date_of(pack: Document) -> str | None:
    return _long_date(pack.title)


def _report_header(texts: Sequence[str], packs: PackConventions) -> tuple[str | None, str, int]:
    """(author body, title, index of the first body line) of a report's opening lines."""
    i = 1
    author_parts: list[str] = []
    title_parts: list[str] = []
    while i < len(texts) and not texts[i]:
        i += 1
    match = packs.report_author(texts[i]) if i < len(texts) else None
    if match:
        author_parts.append(match.group("author"))
        i += 1
        # The author runs on over the lines directly below; a blank line opens the title.
        while i < len(texts) and texts[i] and _is_caps(texts[i]):
            author_parts.append(texts[i])
            i += 1
    while i < len(texts):
        text = texts[i]
        if not text:
            i += 1
            continue
        if _is_caps(text) and len(title_parts) < 4:
            title_parts.append(text)
            i += 1
            continue
        break
    author = _title_case(" ".join(author_parts)) if author_parts else None
    title = _title_case(" ".join(title_parts)) if title_parts else "Report"
    return author, title, i


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


_SMALL = {"of", "and", "the", "for", "on", "in", "to", "a", "at", "by", "with"}


def _title_case(text: str) -> str:
    """'ADVERSE CHILDHOOD EXPERIENCES' -> 'Adverse Childhood Experiences'; acronyms stay."""
    text = clean_text(re.sub(r"\s+", " ", text))
    words = []
    for n, word in enumerate(text.split()):
        bare = re.sub(r"\W", "", word)
        if len(bare) <= 4 and bare.isupper() and bare.lower() not in _SMALL | {"work", "plan"}:
            words.append(word)  # ABC, XYZ, NHS, GP
        elif n and word.lower() in _SMALL:
            words.append(word.lower())
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)


def _deck_title(texts: Sequence[str]) -> tuple[str, str | None, int]:
    """(title, presenter, index after the title page) of a slide deck."""
    parts: list[str] = []
    presenter: str | None = None
    stop = False
    end = len(texts)
    for i, text in enumerate(texts):
        if not text:
            continue
        if is_date_line(text):
            end = i + 1
            break
        if re.search(r"(?i)health and wellbeing|\bHWB\b|^board$", text):
            stop = True
        elif NAME_RE.match(text) and parts:
            presenter = text
            stop = True
        elif not stop:
            parts.append(text)
    return clean_text(join_lines(parts)) or "Slides", presenter, end
