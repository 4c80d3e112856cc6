"""Synthetic corpora N times the shipped one, made from its own sentences, and their vectors.

A scale corpus holds the shipped documents unchanged (so the gold questions still apply and
their evidence is still where the eval looks for it) plus N-1 synthetic copies of the shipped
corpus: every shipped sentence once per copy, shuffled across five documents per copy, in
paragraphs of 2-6 sentences under real section headings. Two kinds:

- `identical`: the shipped sentences verbatim. Every sentence recurs N times, so a query's best
  passages are near-ties by the hundred: the worst case for a top-k search, kept so figures
  measured on it stay comparable.
- `councils`: each copy is another council's (bench/councils.py): its own names, its own
  words for a measured share of the vocabulary, a few words edited, titles and headings
  rewritten to match. This is what a shared service over many councils would hold.

Embedding ~87k passages with the real model would take hours on two cores, so the scale indexes
are built with `ProxyEmbedder`: a shipped passage gets its real vector (from the embedding cache
of a real build); a synthetic passage gets the normalised mean of the real vectors of the
passages its sentences came from, plus seeded noise (and for `councils`, a move along the
model's own directions as far as a rewritten passage's real vector moves: PROXY_SPREAD). An
exact scan costs the same whatever the vectors, but HNSW's recall at a given ef_search does not:
copies bunched at cosine 0.98 around 917 real vectors are harder to tell apart than real text.
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

import numpy as np
import yaml

from bench.councils import Council, Councils, CouncilStyle
from bench.provenance import SentenceSources
from index.embedder import Vectors
from ingest.model import Passage

CorpusKind = Literal["identical", "councils"]
KINDS: tuple[CorpusKind, ...] = get_args(CorpusKind)
PROXY_SPREAD: dict[CorpusKind, float] = {"identical": 0.0, "councils": 1.4}
"""How far a proxy vector moves from its sources' mean (ProxyEmbedder). Measured with the real
int8 MiniLM on 200 passages of a 3x councils corpus: the cosine of a rewritten passage's real
vector to its sources' mean has median 0.575 (0.709 for an identical-copies passage); spread 1.4
gives the proxies 0.574. The identical kind keeps its old proxies (cosine 0.98) so its figures
stay comparable."""

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-Z0-9\"“‘(•-])")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_MIN_KEY = 12
SPREAD_SOURCES = 4
DOCS_PER_COPY = 5
WIDTH = 100


def sentences(text: str) -> list[str]:
    """Sentence-ish pieces of a passage, whitespace collapsed (good enough to shuffle)."""
    flat = " ".join(text.split())
    return [s for s in _SENTENCE_END.split(flat) if s]


def key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


@dataclass(frozen=True, slots=True)
class ScaleCorpus:
    directory: Path
    factor: int
    shipped_files: int
    synthetic_files: int
    bytes: int
    kind: CorpusKind = "identical"
    sources: SentenceSources = field(default_factory=SentenceSources)
    """Rewritten sentences' source passages (empty for `identical`: the text finds them)."""


def write_scale_corpus(
    shipped_dir: Path,
    out_dir: Path,
    factor: int,
    passages: Sequence[Passage],
    *,
    seed: int = 7,
    kind: CorpusKind = "identical",
) -> ScaleCorpus:
    """Write the shipped corpus plus `factor - 1` shuffled copies of it into `out_dir`."""
    if factor < 1:
        raise ValueError(f"factor must be at least 1, got {factor}")
    if kind not in KINDS:
        raise ValueError(f"unknown corpus kind {kind!r}; choose one of {', '.join(KINDS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = yaml.safe_load((shipped_dir / "manifest.yaml").read_text(encoding="utf-8"))
    entries = list(manifest["documents"])
    for entry in entries:
        shutil.copyfile(shipped_dir / entry["file"], out_dir / entry["file"])
    pool = [(s, row) for row, p in enumerate(passages) for s in sentences(p.text)]
    headings = sorted(
        {
            p.section.split(" > ")[-1].strip()
            for p in passages
            if p.section and 3 <= len(p.section.split(" > ")[-1]) <= 60
        }
    )
    titles = [str(e["title"]) for e in manifest["documents"]]
    rng = random.Random(seed)
    councils = (
        Councils([p.text for p in passages] + headings + titles, CouncilStyle(), seed)
        if kind == "councils"
        else None
    )
    words_rng = np.random.default_rng(seed)
    sources = SentenceSources()
    synthetic = 0
    for copy in range(1, factor):
        council = councils.council(words_rng) if councils is not None else None
        order = pool[:]
        rng.shuffle(order)
        texts = [s if council is None else council.rewrite(s) for s, _ in order]
        if council is not None:
            for text, (_, row) in zip(texts, order, strict=True):
                sources.add(key(text), row)
        own_headings = headings if council is None else [council.rewrite(h) for h in headings]
        share = -(-len(texts) // DOCS_PER_COPY)
        for part in range(DOCS_PER_COPY):
            chunk = texts[part * share : (part + 1) * share]
            if not chunk:
                continue
            doc_id = f"synthetic-{copy:03d}-{part + 1}"
            text, headed = _document_text(chunk, own_headings, rng)
            (out_dir / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            if council is not None:
                # Ingest may read a heading and the sentence after it as one sentence.
                for at, heading in headed:
                    row = order[part * share + at][1]
                    sources.add(key(heading) + key(chunk[at]), row)
            entries.append(
                {
                    "id": doc_id,
                    "file": f"{doc_id}.txt",
                    "title": _title(council, titles, part, copy),
                    "type": "document",
                    "date": "2024",
                    "publisher": "bench/synthetic.py",
                }
            )
            synthetic += 1
    sources.seal()
    (out_dir / "manifest.yaml").write_text(
        yaml.safe_dump({"documents": entries}, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    size = sum(p.stat().st_size for p in out_dir.iterdir())
    return ScaleCorpus(out_dir, factor, len(manifest["documents"]), synthetic, size, kind, sources)


def _title(council: Council | None, titles: list[str], part: int, copy: int) -> str:
    if council is None:
        return f"Synthetic document {copy}.{part + 1} (shipped sentences, shuffled)"
    # A council's documents are titled as the shipped ones are, in its own words.
    return council.rewrite(titles[part % len(titles)])


def _document_text(
    chunk: list[str], headings: list[str], rng: random.Random
) -> tuple[str, list[tuple[int, str]]]:
    """The document, and each heading with the place in `chunk` of the sentence after it."""
    lines: list[str] = []
    headed: list[tuple[int, str]] = []
    i = 0
    while i < len(chunk):
        if headings and rng.random() < 0.25:
            heading = rng.choice(headings)
            lines += [heading, ""]
            headed.append((i, heading))
        n = rng.randint(2, 6)
        lines += [*_wrap(" ".join(chunk[i : i + n])), ""]
        i += n
    return "\n".join(lines), headed


def _wrap(paragraph: str, width: int = WIDTH) -> list[str]:
    """Greedy line wrap, as PDF extraction leaves the shipped text (textwrap is slower)."""
    lines: list[str] = []
    current: list[str] = []
    used = 0
    for word in paragraph.split():
        if current and used + 1 + len(word) > width:
            lines.append(" ".join(current))
            current, used = [], 0
        current.append(word)
        used += len(word) + (1 if used else 0)
    if current:
        lines.append(" ".join(current))
    return lines


class ProxyEmbedder:
    """Stands in for the real model when building a scale index (see the module docstring).

    It reports the real model's name, fingerprint and dimension, so the index it builds is
    searched with the real query embedder. `exact`, `derived` and `fallback` count how each
    vector was made.
    """

    def __init__(
        self,
        *,
        name: str,
        fingerprint: str,
        dim: int,
        passages: Sequence[Passage],
        vectors: Vectors,
        noise: float = 0.2,
        spread: float = 0.0,
        sources: SentenceSources | None = None,
    ) -> None:
        self._name, self._fingerprint, self._dim = name, fingerprint, dim
        self._noise = noise
        self._spread = spread
        self._centre = np.asarray(vectors, dtype=np.float32).mean(axis=0)
        self._sources = sources or SentenceSources()
        self._by_text = {p.embed_text: vectors[i] for i, p in enumerate(passages)}
        self._by_sentence: dict[str, int] = {}
        for i, p in enumerate(passages):
            for s in sentences(p.text):
                k = key(s)
                if len(k) >= _MIN_KEY:
                    self._by_sentence.setdefault(k, i)
                    self._by_sentence.setdefault(k[:40], i)
        self._vectors = vectors
        self.exact = self.derived = self.fallback = 0

    @property
    def name(self) -> str:
        return self._name

    @property
    def fingerprint(self) -> str:
        return self._fingerprint

    @property
    def dim(self) -> int:
        return self._dim

    def embed(self, texts: list[str]) -> Vectors:
        out = np.zeros((len(texts), self._dim), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row] = self._one(text)
        return out

    def _one(self, text: str) -> Vectors:
        real = self._by_text.get(text)
        if real is not None:
            self.exact += 1
            return np.asarray(real, dtype=np.float32)
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        rng = np.random.default_rng(int.from_bytes(digest[:8], "little"))
        sources = []
        for s in sentences(text):
            k = key(s)
            row = self._by_sentence.get(k, self._by_sentence.get(k[:40]))
            if row is None and len(k) >= _MIN_KEY:
                row = self._sources.row_of(k)
            if len(k) >= _MIN_KEY and row is not None:
                sources.append(row)
        if sources:
            self.derived += 1
            base = self._vectors[sources].mean(axis=0)
        else:
            self.fallback += 1
            base = self._vectors[int(rng.integers(len(self._vectors)))]
        base = base / max(float(np.linalg.norm(base)), 1e-12)
        vector = base + rng.normal(0.0, self._noise / np.sqrt(self._dim), self._dim)
        if self._spread:
            # Away from the sources along the model's own directions (other real passages'
            # offsets from the centre), as a rewritten passage's real vector moves.
            picked = self._vectors[rng.integers(len(self._vectors), size=SPREAD_SOURCES)]
            offset = (rng.normal(size=(SPREAD_SOURCES, 1)) * (picked - self._centre)).sum(axis=0)
            vector = vector + self._spread * offset / max(float(np.linalg.norm(offset)), 1e-12)
        normalised: Vectors = (vector / np.linalg.norm(vector)).astype(np.float32)
        return normalised
