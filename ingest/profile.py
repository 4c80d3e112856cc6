"""A corpus profile: the publishing conventions of a council, as data.

Portal chrome, page furniture and the acronyms staff use are not the same everywhere, and none
of them belongs in code. `profile_defaults.yaml` holds what fits English councils in general; a
corpus may add a `profile.yaml` beside its manifest with more `drop_lines`, `strip`,
`stock_lines` and `paper_links` patterns, `minutes` patterns and `abbreviations` (added to the
defaults), or set `replace_defaults: true` to start from nothing. Ingest applies `drop_lines`
and `strip`, and reads minutes by `minutes`; `stock_lines` and `paper_links` are sealed into each
index generation (`answer_conventions`) for the answer layer.
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

from ingest.loaders import SourceLine

PROFILE_FILE = "profile.yaml"
# A heading or bullet marker a loader puts before a line ("## ", "- ") is not part of its words.
_MARKUP = re.compile(r"^(?:#{1,6}|[-*•])\s+")
DEFAULTS_FILE = Path(__file__).with_name("profile_defaults.yaml")
_LISTS = ("drop_lines", "strip", "stock_lines", "paper_links")
_MINUTES = ("items", "resolutions", "sign_off")
_ITEM_GROUPS = frozenset(["number", "title"])
_FIELDS = frozenset([*_LISTS, "minutes", "abbreviations", "replace_defaults"])


class ProfileError(ValueError):
    """A profile file is malformed; the message names the file, the field and what is allowed."""


@dataclass(frozen=True, slots=True)
class MinutesConventions:
    """How a council sets out its minutes; each pattern matches one trimmed line, as written."""

    items: tuple[re.Pattern[str], ...]
    """A minute item's opening line, with its `number` (digits) and `title` groups."""
    resolutions: tuple[re.Pattern[str], ...]
    """The line opening an item's decisions ("RESOLVED:")."""
    sign_off: tuple[re.Pattern[str], ...]
    """The chair's signature block that ends the minutes."""

    def item(self, line: str) -> re.Match[str] | None:
        """The opening of a minute item this line is, if any (its number and title)."""
        return next((m for p in self.items if (m := p.match(line))), None)

    def opens_resolution(self, line: str) -> bool:
        return any(p.match(line) for p in self.resolutions)

    def signs_off(self, line: str) -> bool:
        return any(p.match(line) for p in self.sign_off)


@dataclass(frozen=True, slots=True)
class CorpusProfile:
    drop_lines: tuple[re.Pattern[str], ...]
    """A line any of these matches whole (trimmed, any case) is chrome and is dropped."""
    strip: tuple[re.Pattern[str], ...]
    """Fragments removed from inside a line; a line left empty is dropped."""
    abbreviations: dict[str, str]
    """Acronym -> long form, used where the long form occurs in the corpus."""
    stock_lines: tuple[str, ...]
    """Patterns of a report's stock sentences (matched from a sentence's start, any case)."""
    paper_links: tuple[str, ...]
    """Patterns of a portal's links to papers (found anywhere in a sentence, any case)."""
    minutes: MinutesConventions
    """How minutes number their items, open their decisions and end."""
    digest: str
    """Changes whenever the profile does, so an index built with another one is rebuilt."""

    def clean(self, lines: list[SourceLine]) -> list[SourceLine]:
        """`lines` without chrome: dropped lines go, stripped fragments are cut out."""
        kept = []
        for line in lines:
            text = line.text
            for pattern in self.strip:
                text = pattern.sub("", text)
            stripped = text.strip()
            bare = _MARKUP.sub("", stripped)
            if bare and any(p.fullmatch(bare) for p in self.drop_lines):
                continue
            if line.text.strip() and not stripped:
                continue
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
    base, extra = merged.get("minutes", {}), own.get("minutes", {})
    merged["minutes"] = {k: [*base.get(k, []), *extra.get(k, [])] for k in _MINUTES}
    digest = hashlib.sha256(json.dumps(merged, sort_keys=True).encode()).hexdigest()[:12]
    minutes = merged["minutes"]
    return CorpusProfile(
        drop_lines=tuple(re.compile(p, re.IGNORECASE) for p in merged["drop_lines"]),
        strip=tuple(re.compile(p, re.IGNORECASE) for p in merged["strip"]),
        abbreviations=dict(sorted(merged["abbreviations"].items())),
        stock_lines=tuple(merged["stock_lines"]),
        paper_links=tuple(merged["paper_links"]),
        minutes=MinutesConventions(*(tuple(re.compile(p) for p in minutes[k]) for k in _MINUTES)),
        digest=digest,
    )


@lru_cache(maxsize=1)
def default_minutes() -> MinutesConventions:
    """The defaults' minutes conventions, for minutes read outside a corpus."""
    return load_profile().minutes


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
        patterns = raw.get(field, [])
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise ProfileError(f"{path}: '{field}' must be a list of regular expressions")
        for p in patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ProfileError(f"{path}: {field} pattern {p!r} is invalid: {exc}") from exc
    _check_minutes(path, raw.get("minutes", {}))
    abbreviations = raw.get("abbreviations", {})
    if not isinstance(abbreviations, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        for k, v in abbreviations.items()
    ):
        raise ProfileError(f"{path}: 'abbreviations' must map acronyms to their long forms")
    if not isinstance(raw.get("replace_defaults", False), bool):
        raise ProfileError(f"{path}: 'replace_defaults' must be true or false")
    return raw


def _check_minutes(path: Path, minutes: Any) -> None:
    if not isinstance(minutes, dict) or set(minutes) - set(_MINUTES):
        raise ProfileError(f"{path}: 'minutes' must map some of {', '.join(_MINUTES)} to patterns")
    for key, patterns in minutes.items():
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise ProfileError(f"{path}: 'minutes.{key}' must be a list of regular expressions")
        for p in patterns:
            try:
                groups = set(re.compile(p).groupindex)
            except re.error as exc:
                raise ProfileError(
                    f"{path}: minutes.{key} pattern {p!r} is invalid: {exc}"
                ) from exc
            if key == "items" and not groups >= _ITEM_GROUPS:
                raise ProfileError(
                    f"{path}: minutes.items pattern {p!r} needs the groups (?P<number>...) and "
                    "(?P<title>...)"
                )
