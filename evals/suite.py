"""The eval suite's corpora (evals/corpora.yaml): where each corpus, its gold and its sealed test
split live, validated on load and failing loudly on the first bad entry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from evals.gold import SEALED, GoldItem, load_gold

REPO = Path(__file__).resolve().parent.parent
SUITE_FILE = Path(__file__).with_name("corpora.yaml")
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_FIELDS = frozenset(["name", "corpus", "gold", "sealed"])
_OPTIONAL = frozenset(["fit_only"])


class SuiteError(ValueError):
    """corpora.yaml or a gold file it names is malformed; the message names the entry."""


@dataclass(frozen=True, slots=True)
class EvalCorpus:
    name: str
    corpus: Path
    gold: Path
    """The train and dev questions."""
    sealed: Path
    """The sealed test questions."""
    fit_only: Path | None = None
    """More train questions, used only to fit the answer models (evals/fit_answer.py): never
    scored by the eval report or the gate."""

    def fit_items(self, *, documents: Iterable[str] | None = None) -> list[GoldItem]:
        """The questions the answer models are fitted on: the gold's train split and the fit-only
        file, all of whose items must be train."""
        gold = [i for i in load_gold(self.gold, documents=documents) if i.split == "train"]
        if self.fit_only is None:
            return gold
        extra = load_gold(self.fit_only, documents=documents)
        _all_in_split(extra, "train", self.fit_only)
        _no_shared_ids(self.name, gold, extra, "are in gold and fit_only")
        return [*gold, *extra]

    def items(self, *, documents: Iterable[str] | None = None) -> list[GoldItem]:
        """Every question of the corpus, sealed ones last; each file holds only its own splits."""
        gold = load_gold(self.gold, documents=documents)
        sealed = load_gold(self.sealed, documents=documents)
        wrong = [i.id for i in gold if i.split == SEALED]
        if wrong:
            raise SuiteError(
                f"{self.gold}: items {wrong[:5]} are in the sealed split {SEALED!r}; "
                f"sealed questions belong in {self.sealed}"
            )
        _all_in_split(sealed, SEALED, self.sealed)
        _no_shared_ids(self.name, gold, sealed, "are in both gold files")
        return [*gold, *sealed]


def _all_in_split(items: list[GoldItem], split: str, path: Path) -> None:
    wrong = [i.id for i in items if i.split != split]
    if wrong:
        raise SuiteError(f"{path}: items {wrong[:5]} must have split {split!r}")


def _no_shared_ids(name: str, a: list[GoldItem], b: list[GoldItem], where: str) -> None:
    clash = {i.id for i in a} & {i.id for i in b}
    if clash:
        raise SuiteError(f"{name}: ids {sorted(clash)[:5]} {where}")


def load_suite(path: Path = SUITE_FILE, *, root: Path = REPO) -> list[EvalCorpus]:
    with path.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    if not isinstance(raw, dict) or not isinstance(raw.get("corpora"), list):
        raise SuiteError(f"{path}: expected 'corpora:' with a list of corpora")
    found = [
        _corpus(entry, f"{path} corpus #{n}", root) for n, entry in enumerate(raw["corpora"], 1)
    ]
    names = [c.name for c in found]
    if len(set(names)) != len(names) or not names:
        raise SuiteError(f"{path}: corpus names must be unique and at least one; got {names}")
    return found


def select(corpora: list[EvalCorpus], names: list[str] | None) -> list[EvalCorpus]:
    """The named corpora in suite order; an unknown name is an error listing the known ones."""
    if not names:
        return corpora
    known = {c.name: c for c in corpora}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SuiteError(f"unknown eval corpus {unknown}; choose from {', '.join(known)}")
    return [c for c in corpora if c.name in names]


def _corpus(entry: Any, where: str, root: Path) -> EvalCorpus:
    if not isinstance(entry, dict) or not _FIELDS <= set(entry) <= _FIELDS | _OPTIONAL:
        raise SuiteError(
            f"{where}: needs the fields {', '.join(sorted(_FIELDS))}, "
            f"and may have {', '.join(sorted(_OPTIONAL))}"
        )
    name = entry["name"]
    if not isinstance(name, str) or not _NAME.match(name):
        raise SuiteError(f"{where}: name {name!r} must be a lowercase slug (a-z, 0-9, _)")
    paths = {}
    for field in ("corpus", "gold", "sealed", *(f for f in _OPTIONAL if f in entry)):
        value = entry[field]
        if not isinstance(value, str) or not value.strip():
            raise SuiteError(f"{where} ({name}): field {field!r} must be a path")
        path = root / value
        if not path.exists():
            raise SuiteError(f"{where} ({name}): {field} {path} does not exist")
        paths[field] = path
    return EvalCorpus(name, paths["corpus"], paths["gold"], paths["sealed"], paths.get("fit_only"))
