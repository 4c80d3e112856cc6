"""A corpus profile: the publishing conventions of a council, as data.

Portal chrome, page furniture and the acronyms staff use are not the same everywhere, and none
of them belongs in code. `profile_defaults.yaml` holds what fits English councils in general; a
corpus may add a `profile.yaml` beside its manifest with more `drop_lines`, `strip`,
`section_labels`, `stock_lines` and `paper_links` patterns, `minutes` and `packs` patterns
(ingest/conventions.py) and `abbreviations` (added to the defaults), or set
`replace_defaults: true` to start from nothing. Ingest applies `drop_lines` and `strip`, makes
`section_labels` headings, reads minutes by `minutes` and splits meeting packs by `packs`;
`stock_lines` and `paper_links` are sealed into each index generation (`answer_conventions`)
for the answer layer.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ingest.conventions import GROUPS, MinutesConventions, PackConventions, Patterns
from ingest.loaders import SourceLine

PROFILE_FILE = "profile.yaml"
# A heading or bullet marker a loader puts before a line ("## ", "- ") is not part of its words.
_MARKUP = re.compile(r"^(?:#{1,6}|[-*•])\s+")
DEFAULTS_FILE = Path(__file__).with_name("profile_defaults.yaml")
_LISTS = ("drop_lines", "strip", "section_labels", "stock_lines", "paper_links")
# A label is made a heading below any the page marks itself, so the item it heads holds it.
_LABEL_HEADING = "###### "
_FIELDS = frozenset([*_LISTS, *GROUPS, "abbreviations", "replace_defaults"])


class ProfileError(ValueError):
    """A profile file is malformed; the message names the file, the field and what is allowed."""


@dataclass(frozen=True, slots=True)
class CorpusProfile:
    drop_lines: tuple[re.Pattern[str], ...]
    """A line any of these matches whole (trimmed, any case) is chrome and is dropped."""
    strip: tuple[re.Pattern[str], ...]
    """Fragments removed from inside a line; a line left empty is dropped."""
    section_labels: tuple[re.Pattern[str], ...]
    """A line any of these matches whole (trimmed, any case) names a part of an item."""
    abbreviations: dict[str, str]
    """Acronym -> long form, used where the long form occurs in the corpus."""
    stock_lines: tuple[str, ...]
    """Patterns of a report's stock sentences (matched from a sentence's start, any case)."""
    paper_links: tuple[str, ...]
    """Patterns of a portal's links to papers (found anywhere in a sentence, any case)."""
    minutes: MinutesConventions
    """How minutes number their items, open their decisions and end."""
    packs: PackConventions
    """How a meeting pack opens its minutes and its reports."""
    digest: str
    """Changes whenever the profile does, so an index built with another one is rebuilt."""

    def clean(self, lines: list[SourceLine]) -> list[SourceLine]:
        """`lines` without chrome: dropped lines go, stripped fragments are cut out, and a
        section label becomes a heading (without its colon). The blank lines between dropped
        lines go with them: a run of blanks where a menu was is no typed gap (a long one reads
        as a column of lost bullets)."""
        kept: list[SourceLine] = []
        dropped = False
        for line in lines:
            text = line.text
            for pattern in self.strip:
                text = pattern.sub("", text)
            stripped = text.strip()
            bare = _MARKUP.sub("", stripped)
            if (bare and any(p.fullmatch(bare) for p in self.drop_lines)) or (
                line.text.strip() and not stripped
            ):
                dropped = True
                continue
            if not stripped and dropped and kept and not kept[-1].text.strip():
                continue
            dropped = dropped and not stripped
            if bare and any(p.fullmatch(bare) for p in self.section_labels):
                text = _LABEL_HEADING + bare.rstrip(":").strip()
            kept.append(line if text == line.text else SourceLine(text, line.lineno, line.page))
        return kept

    def answer_conventions(self) -> dict[str, list[str]]:
        """The conventions the answer layer reads, as sealed into an index generation."""
        return {"stock_lines": list(self.stock_lines), "paper_links": list(self.paper_links)}


def load_profile(corpus_dir: Path | None = None) -> CorpusProfile:
    """The defaults, with the corpus's own `profile.yaml` (if any) applied over them."""
    defaults = _read(DEFAULTS_FILE)
    own = (
        _read(corpus_dir / PROFILE_FILE)
        if corpus_dir and (corpus_dir / PROFILE_FILE).is_file()
        else {}
    )
    merged: dict[str, Any] = {} if own.get("replace_defaults") else dict(defaults)
    for field in _LISTS:
        merged[field] = [*merged.get(field, []), *own.get(field, [])]
    merged["abbreviations"] = {**merged.get("abbreviations", {}), **own.get("abbreviations", {})}
    for section, keys in GROUPS.items():
        base, extra = merged.get(section, {}), own.get(section, {})
        merged[section] = {k: [*base.get(k, []), *extra.get(k, [])] for k in keys}
    digest = hashlib.sha256(json.dumps(merged, sort_keys=True).encode()).hexdigest()[:12]

    def compiled(section: str) -> list[Patterns]:
        return [tuple(re.compile(p) for p in merged[section][k]) for k in GROUPS[section]]

    return CorpusProfile(
        drop_lines=tuple(re.compile(p, re.IGNORECASE) for p in merged["drop_lines"]),
        strip=tuple(re.compile(p, re.IGNORECASE) for p in merged["strip"]),
        section_labels=tuple(re.compile(p, re.IGNORECASE) for p in merged["section_labels"]),
        abbreviations=dict(sorted(merged["abbreviations"].items())),
        stock_lines=tuple(merged["stock_lines"]),
        paper_links=tuple(merged["paper_links"]),
        minutes=MinutesConventions(*compiled("minutes")),
        packs=PackConventions(*compiled("packs")),
        digest=digest,
    )


@lru_cache(maxsize=1)
def default_profile() -> CorpusProfile:
    """The defaults alone, read once: for minutes and packs read outside a corpus."""
    return load_profile()


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path} is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ProfileError(f"{path}: expected a mapping with {', '.join(sorted(_FIELDS))}")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise ProfileError(
            f"{path}: unknown field(s) {sorted(unknown)}; allowed: {', '.join(sorted(_FIELDS))}"
        )
    for field in _LISTS:
        _checked_patterns(path, field, raw.get(field, []))
    for section in GROUPS:
        _check_section(path, section, raw.get(section, {}))
    abbreviations = raw.get("abbreviations", {})
    if not isinstance(abbreviations, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        for k, v in abbreviations.items()
    ):
        raise ProfileError(f"{path}: 'abbreviations' must map acronyms to their long forms")
    if not isinstance(raw.get("replace_defaults", False), bool):
        raise ProfileError(f"{path}: 'replace_defaults' must be true or false")
    return raw


def _checked_patterns(path: Path, name: str, patterns: Any) -> list[re.Pattern[str]]:
    """A profile field's list of regular expressions, compiled; else a ProfileError naming the
    file, the field and the pattern."""
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise ProfileError(f"{path}: '{name}' must be a list of regular expressions")
    compiled = []
    for p in patterns:
        try:
            compiled.append(re.compile(p))
        except re.error as exc:
            raise ProfileError(f"{path}: {name} pattern {p!r} is invalid: {exc}") from exc
    return compiled


def _check_section(path: Path, section: str, value: Any) -> None:
    """A `minutes` or `packs` section: known lists of patterns, each with its named groups."""
    allowed = GROUPS[section]
    if not isinstance(value, dict) or set(value) - set(allowed):
        raise ProfileError(f"{path}: '{section}' must map some of {', '.join(allowed)} to patterns")
    for key, patterns in value.items():
        for pattern in _checked_patterns(path, f"{section}.{key}", patterns):
            missing = sorted(allowed[key] - set(pattern.groupindex))
            if missing:
                named = " and ".join(f"(?P<{g}>...)" for g in missing)
                raise ProfileError(
                    f"{path}: {section}.{key} pattern {pattern.pattern!r} needs the group(s) "
                    f"{named}"
                )
