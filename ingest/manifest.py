"""The corpus manifest: one validated entry per shipped file, or one inferred from a file name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ingest.model import DOC_TYPES

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_REQUIRED = ("id", "file", "title", "type")
_OPTIONAL = ("date", "period", "publisher", "superseded_by", "groups")


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What the manifest says about one file; everything ingest cannot read from the file."""

    id: str
    file: str
    title: str
    type: str
    date: str | None = None
    period: str | None = None
    publisher: str | None = None
    superseded_by: str | None = None
    groups: tuple[str, ...] = ()


def load_manifest(path: Path) -> list[ManifestEntry]:
    """Read and validate `manifest.yaml`; a bad entry raises ValueError naming entry and field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents") or [], list):
        raise ValueError(f"{path}: expected a mapping with a 'documents' list")
    raw_entries = data.get("documents") or []
    entries = [_entry(raw, n, path) for n, raw in enumerate(raw_entries, start=1)]
    _check_unique(entries, path)
    return entries


def _entry(raw: Any, n: int, path: Path) -> ManifestEntry:
    where = f"{path.name}: entry {n}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: expected a mapping of fields, got {type(raw).__name__}")
    if "id" in raw:
        where = f"{path.name}: entry {n} ({raw['id']!r})"
    unknown = sorted(set(raw) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        allowed = ", ".join(_REQUIRED + _OPTIONAL)
        raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}; allowed: {allowed}")
    for name in _REQUIRED:
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise ValueError(f"{where}: field '{name}' is required and must be a non-empty string")
    if not _ID_RE.match(raw["id"]):
        raise ValueError(
            f"{where}: field 'id' {raw['id']!r} must be a lowercase slug (a-z, 0-9, '-')"
        )
    if raw["type"] not in DOC_TYPES:
        raise ValueError(
            f"{where}: field 'type' {raw['type']!r} is not one of {', '.join(DOC_TYPES)}"
        )
    optional: dict[str, str | None] = {}
    for name in ("date", "period", "publisher", "superseded_by"):
        value = raw.get(name)
        if value is not None and not isinstance(value, str | int):
            raise ValueError(f"{where}: field '{name}' must be a string or null")
        optional[name] = None if value is None else str(value)
    date = optional["date"]
    if date is not None and not _DATE_RE.match(date):
        raise ValueError(
            f"{where}: field 'date' {date!r} must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD"
        )
    groups = raw.get("groups") or []
    if not isinstance(groups, list) or not all(isinstance(g, str) for g in groups):
        raise ValueError(f"{where}: field 'groups' must be a list of strings")
    return ManifestEntry(
        id=raw["id"],
        file=raw["file"],
        title=raw["title"].strip(),
        type=raw["type"],
        date=date,
        period=optional["period"],
        publisher=optional["publisher"],
        superseded_by=optional["superseded_by"],
        groups=tuple(groups),
    )


def _check_unique(entries: list[ManifestEntry], path: Path) -> None:
    seen_ids: set[str] = set()
    seen_files: set[str] = set()
    for entry in entries:
        if entry.id in seen_ids:
            raise ValueError(f"{path.name}: entry {entry.id!r}: field 'id' is used twice")
        if entry.file in seen_files:
            raise ValueError(
                f"{path.name}: entry {entry.id!r}: field 'file' {entry.file!r} is used twice"
            )
        seen_ids.add(entry.id)
        seen_files.add(entry.file)
    ids = {e.id for e in entries}
    for entry in entries:
        if entry.superseded_by is not None and entry.superseded_by not in ids:
            raise ValueError(
                f"{path.name}: entry {entry.id!r}: field 'superseded_by' "
                f"{entry.superseded_by!r} is not the id of any entry"
            )


def infer_entry(path: Path, taken_ids: set[str]) -> ManifestEntry:
    """Metadata for a file the manifest does not list: id, title and date from its name."""
    stem = path.stem
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "document"
    candidate, n = slug, 1
    while candidate in taken_ids:
        n += 1
        candidate = f"{slug}-{n}"
    years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", stem)
    title = re.sub(r"[_-]+", " ", stem).strip().capitalize() or path.name
    return ManifestEntry(
        id=candidate,
        file=path.name,
        title=title,
        type="document",
        date=years[0] if years else None,
    )
