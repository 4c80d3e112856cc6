"""Ingest: from the corpus folder and its manifest to documents and passages."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.action_log import parse_action_log
from ingest.chunk import Draft
from ingest.conventions import MinutesConventions
from ingest.fields import ContactFields
from ingest.lines import clean_lines
from ingest.loaders import SUPPORTED_SUFFIXES, LoadError, SourceLine, load_lines
from ingest.manifest import ManifestEntry, infer_entry, load_manifest
from ingest.minutes import parse_minutes
from ingest.model import DocType, Document, Passage, PassageKind, passage_id
from ingest.pack import Component, split_pack
from ingest.profile import PROFILE_FILE, CorpusProfile, default_profile, load_profile
from ingest.structure import drafts_from_lines

MANIFEST_NAME = "manifest.yaml"


@dataclass(frozen=True, slots=True)
class IngestProblem:
    source: str  # file name
    reason: str  # what was wrong, human readable
    skipped: bool = True  # False when the file was still ingested (its metadata guessed)


@dataclass(frozen=True, slots=True)
class Corpus:
    documents: list[Document]  # top-level docs AND pack components (parent_id = pack id)
    passages: list[Passage]
    problems: list[IngestProblem]


def ingest_corpus(
    corpus_dir: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    profile: CorpusProfile | None = None,
) -> Corpus:
    """Ingest every manifest entry and every other supported file in `corpus_dir`.

    A bad manifest raises ValueError; a bad file becomes an IngestProblem and the rest of
    the corpus is still ingested. `progress(done, total)` is told of each file as it is read;
    `profile`: the corpus's, when the caller has read it already.
    """
    manifest_path = corpus_dir / MANIFEST_NAME
    entries = load_manifest(manifest_path) if manifest_path.exists() else []
    profile = profile or load_profile(corpus_dir)
    listed = {entry.file for entry in entries} | {MANIFEST_NAME, PROFILE_FILE}
    taken = {entry.id for entry in entries}
    problems: list[IngestProblem] = []
    for path in sorted(corpus_dir.iterdir()):
        if path.name in listed or path.name.startswith("."):
            continue
        if not path.is_file():
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            problems.append(
                IngestProblem(
                    path.name,
                    f"not in the manifest and '{path.suffix}' is not a supported format; skipped",
                )
            )
            continue
        entry = infer_entry(path, taken)
        taken.add(entry.id)
        entries.append(entry)
        problems.append(
            IngestProblem(
                path.name,
                f"not in the manifest: ingested as '{entry.id}' with metadata inferred from "
                f"its name; add it to {MANIFEST_NAME} to set title, type and date",
                skipped=False,
            )
        )
    documents: list[Document] = []
    passages: list[Passage] = []
    for done, entry in enumerate(entries):
        if progress:
            progress(done, len(entries))
        path = corpus_dir / entry.file
        if not path.is_file():
            problems.append(
                IngestProblem(
                    entry.file, f"listed in the manifest as '{entry.id}' but the file is missing"
                )
            )
            continue
        try:
            docs, doc_passages = ingest_file(path, entry, profile)
        except LoadError as exc:
            problems.append(IngestProblem(entry.file, str(exc)))
            continue
        documents.extend(docs)
        passages.extend(doc_passages)
    if progress:
        progress(len(entries), len(entries))
    return Corpus(documents, passages, problems)


def ingest_file(
    path: Path, meta: ManifestEntry, profile: CorpusProfile | None = None
) -> tuple[list[Document], list[Passage]]:
    """One file: its document (or a pack and its components) and their passages, without the
    chrome its corpus profile names (default: the profile defaults).

    Raises LoadError when the file cannot be read as a document.
    """
    rules = profile or default_profile()
    source = rules.clean(load_lines(path))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    top = Document(
        id=meta.id,
        title=meta.title,
        doc_type=DocType(meta.type),
        source=meta.file,
        sha256=sha,
        date=meta.date,
        period=meta.period,
        publisher=meta.publisher,
        superseded_by=meta.superseded_by,
        groups=meta.groups,
    )
    components = split_pack(source, top, rules) if meta.type == "meeting_pack" else []
    if not components:
        return [top], to_passages(top, _drafts_by_type(meta.type, source, rules.minutes))
    documents = [top]
    passages: list[Passage] = []
    for component in components:
        drafts = component_drafts(component)
        contacts = tuple(
            name
            for draft in drafts
            if isinstance(draft.fields, ContactFields)
            for name in draft.fields.people
        )
        document = replace(component.document, contacts=contacts)
        documents.append(document)
        passages.extend(to_passages(document, drafts))
    return documents, passages


def _drafts_by_type(
    doc_type: str, source: list[SourceLine], minutes: MinutesConventions
) -> list[Draft]:
    """A document's passages, read by the parser of its declared type: minutes by their numbered
    items and RESOLVED points, an action log by its rows; any other (or one its parser finds
    nothing in) by the generic structure."""
    if doc_type == "minutes":
        return parse_minutes(source, minutes)
    if doc_type == "action_log":
        rows = parse_action_log(source)
        if rows:
            return rows
    return drafts_from_lines(clean_lines(source), minutes)


def component_drafts(component: Component) -> list[Draft]:
    if component.parser is not None:
        return component.parser(component.lines)
    return drafts_from_lines(clean_lines(component.lines))


def to_passages(document: Document, drafts: list[Draft]) -> list[Passage]:
    taken: set[str] = set()
    passages: list[Passage] = []
    for draft in drafts:
        text = draft.text.strip()
        if not text:
            continue
        numbers = [ln.lineno for ln in draft.lines if ln.lineno is not None]
        pages = [ln.page for ln in draft.lines if ln.page is not None]
        context = f"{document.title} > {draft.section}" if draft.section else document.title
        passages.append(
            Passage(
                id=passage_id(document.id, text, taken),
                document_id=document.id,
                text=text,
                section=draft.section,
                page=pages[0] if pages else None,
                lines=(min(numbers), max(numbers)) if numbers else None,
                kind=PassageKind(draft.kind),
                fields=draft.fields,
                context=context,
            )
        )
    return passages
