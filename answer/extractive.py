"""Extractive answers: the best verbatim sentences of the retrieved passages, each cited.

No language model: every sentence of an answer is either a verbatim span of a cited passage or
built only from a cited passage's structured fields (an action's responsible officer, a
report's contacts), so nothing in an answer can be invented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from answer.constraints import evidence_dates, named_words, unmet_dates, unmet_names
from answer.contact import ContactLookup, contact_answer
from answer.fields import contact_part, field_fact
from answer.model import REFUSAL, Answer, Citation
from answer.qtype import AnswerType, answer_type, fit, satisfies
from answer.sentences import sentence_spans
from index.tokenize import tokenize
from ingest.model import Document, Passage
from retrieval.query import asks_for_contact
from retrieval.search import Hit

Similarity = Callable[[list[str]], npt.NDArray[np.float32]]
"""Cosine similarity of each text to the question."""

# Words of the question that say what kind of answer is wanted, not what it is about.
_QUESTION_STEMS = frozenset(
    tokenize(
        "who whom whose what which when where why how many much does did do is are was were "
        "tell me please find show give list name responsible"
    )
)


# Confidence discounts, set on the dev split: a best sentence without what the question asks for
# (a figure, a date, a name) rarely answers it; evidence about another year, month or named
# person than the question's is an answer to a different question, so that discount alone takes
# even a perfect match below the refusal threshold.
UNSATISFIED_FACTOR = 0.45
OFF_TARGET_FACTOR = 0.35


@dataclass(frozen=True, slots=True)
class AnswerConfig:
    """Tunables, measured on the eval set's dev split."""

    passages: int = 6
    max_sentences: int = 2
    second_sentence_ratio: float = 0.6
    other_passage_ratio: float = 0.95
    refuse_below: float = 0.32
    lexical_weight: float = 0.3
    passage_weight: float = 0.3
    rank_weight: float = 0.2
    type_weight: float = 0.1
    meaning_weight: float = 0.6
    satisfied_ratio: float = 0.6


@dataclass(frozen=True, slots=True)
class _Candidate:
    hit_index: int
    start: int
    end: int
    score: float
    coverage: float
    in_passage: float
    stems: frozenset[str]


def _query_terms(question: str, expanded: str) -> dict[str, None]:
    return dict.fromkeys(
        t for t in tokenize(expanded) if t not in _QUESTION_STEMS
    ) or dict.fromkeys(tokenize(question))


def _candidates(
    question: str,
    hits: list[Hit],
    terms: list[str],
    idf: Callable[[str], float],
    kind: AnswerType,
    cfg: AnswerConfig,
    similarity: Similarity | None,
) -> list[_Candidate]:
    weights = {t: idf(t) for t in terms}
    total = sum(weights.values()) or 1.0
    shown = hits[: cfg.passages]
    spans = [
        (i, start, end)
        for i, hit in enumerate(shown)
        for start, end in sentence_spans(hit.passage.text)
    ]
    texts = [hits[i].passage.text[a:b] for i, a, b in spans]
    meaning = similarity(texts) if similarity and texts else None
    top = max((hit.score for hit in shown), default=0.0) or 1.0
    # A sentence inherits some of its passage's match: the topic words are often stated once,
    # in the heading or the sentence before, and not repeated where the fact is.
    around = [
        frozenset(tokenize(f"{hit.passage.section or ''} {hit.passage.text}")) for hit in shown
    ]
    named = named_words(question, idf)
    off_target = [not _on_target(question, named, hit) for hit in shown]
    found = []
    for row, (i, start, end) in enumerate(spans):
        stems = frozenset(tokenize(texts[row]))
        coverage = sum(w for t, w in weights.items() if t in stems) / total
        in_passage = sum(w for t, w in weights.items() if t in around[i]) / total
        score = (
            cfg.lexical_weight * coverage
            + cfg.passage_weight * in_passage
            + cfg.rank_weight * max(0.0, shown[i].score) / top
            + cfg.type_weight * fit(question, kind, texts[row])
            + (cfg.meaning_weight * float(meaning[row]) if meaning is not None else 0.0)
        )
        if off_target[i]:
            score *= OFF_TARGET_FACTOR
        found.append(_Candidate(i, start, end, score, coverage, in_passage, stems))
    return sorted(found, key=lambda c: -c.score)


def _redundant(a: _Candidate, b: _Candidate) -> bool:
    if a.hit_index == b.hit_index and (a.start < b.end and b.start < a.end):
        return True
    union = a.stems | b.stems
    return bool(union) and len(a.stems & b.stems) / len(union) > 0.5


def _on_target(question: str, named: list[str], hit: Hit) -> bool:
    """Whether the passage is about the years, months and rare names the question names."""
    held = evidence_dates(hit.passage, hit.document)
    return not unmet_dates(question, held) and not unmet_names(named, hit.passage, hit.document)


def confidence(
    hits: list[Hit], best: _Candidate | None, *, satisfied: bool, on_target: bool
) -> float:
    """How well the evidence matches: the meaning of the best sentence's passage and how much of
    the question that passage covers, discounted when the sentence lacks what the question asks
    for (a number, a date, a name) and when the passage is not about the dates or names the
    question names."""
    if not hits or best is None:
        return 0.0
    dense = max(0.0, min(1.0, hits[best.hit_index].scores.get("dense", 0.0)))
    score = 0.5 * dense + 0.5 * best.in_passage
    if not satisfied:
        score *= UNSATISFIED_FACTOR
    if not on_target:
        score *= OFF_TARGET_FACTOR
    return round(score, 3)


def _best(
    question: str,
    kind: AnswerType,
    named: list[str],
    hits: list[Hit],
    ranked: list[_Candidate],
    cfg: AnswerConfig,
) -> tuple[_Candidate | None, bool]:
    """The best candidate, preferring one that holds what the question asks for (a figure, a
    date, a name) over a slightly better worded one that does not; and whether it does."""
    if not ranked:
        return None, False
    floor = cfg.satisfied_ratio * ranked[0].score
    for cand in ranked:
        if cand.score < floor:
            break
        # Of a block of contacts, only the named officer's own details answer.
        passage = hits[cand.hit_index].passage
        checked = contact_part(passage, named) or _span(hits, cand)
        if satisfies(question, kind, checked):
            return cand, True
    return ranked[0], False


def compose(
    question: str,
    expanded: str,
    hits: list[Hit],
    *,
    idf: Callable[[str], float],
    documents: dict[str, Document],
    config: AnswerConfig | None = None,
    similarity: Similarity | None = None,
    contacts: ContactLookup | None = None,
) -> Answer:
    cfg = config or AnswerConfig()
    kind = answer_type(question)
    terms = list(_query_terms(question, expanded))
    ranked = _candidates(question, hits, terms, idf, kind, cfg, similarity)
    named = named_words(question, idf)
    best, satisfied = _best(question, kind, named, hits, ranked, cfg)
    on_target = best is not None and _on_target(question, named, hits[best.hit_index])
    score = confidence(hits, best, satisfied=satisfied, on_target=on_target)
    if best is None or score < cfg.refuse_below:
        return _refusal(hits, ranked, score)
    if contacts is not None and asks_for_contact(question):
        weights = {t: idf(t) for t in terms}
        found = contact_answer(question, named, weights, hits[: cfg.passages], contacts)
        if found is not None:
            return _contact_reply(*found, score)

    chosen = [best]
    for cand in ranked:
        if cand is best:
            continue
        if len(chosen) >= cfg.max_sentences or cand.score < cfg.second_sentence_ratio * best.score:
            break
        # Another passage must earn its place: its citation may not hold the answer.
        same_passage = cand.hit_index == best.hit_index
        if not same_passage and cand.score < cfg.other_passage_ratio * best.score:
            continue
        if not any(_redundant(cand, c) for c in chosen):
            chosen.append(cand)

    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []

    def cite(hit_index: int, quote: str) -> int:
        if hit_index not in numbers:
            hit = hits[hit_index]
            numbers[hit_index] = len(citations) + 1
            citations.append(Citation(numbers[hit_index], hit.passage, hit.document, quote))
        return numbers[hit_index]

    lead = field_fact(kind, hits[best.hit_index].passage)
    if lead is not None:
        n = cite(best.hit_index, _span(hits, best))
        parts.append(f"{lead} [{n}]")
    for cand in chosen:
        n = cite(cand.hit_index, _span(hits, cand))
        parts.append(f"{_span(hits, cand)} [{n}]")

    top_doc = hits[best.hit_index].document
    if top_doc.superseded_by:
        successor = documents.get(top_doc.superseded_by)
        name = successor.title if successor else top_doc.superseded_by
        parts.append(f"Note: this comes from {top_doc.title}, which has been superseded by {name}.")
    return Answer(" ".join(parts), citations, score, refused=False)


def _contact_reply(
    lead: str, passage: Passage, document: Document, quote: str, score: float
) -> Answer:
    citation = Citation(1, passage, document, quote)
    return Answer(f"{lead} [1] {quote} [1]", [citation], score, refused=False)


def _span(hits: list[Hit], cand: _Candidate) -> str:
    return hits[cand.hit_index].passage.text[cand.start : cand.end]


def _refusal(hits: list[Hit], ranked: list[_Candidate], score: float) -> Answer:
    citations = []
    for i, hit in enumerate(hits[:3]):
        own = [c for c in ranked if c.hit_index == i]
        quote = hit.passage.text[own[0].start : own[0].end] if own else hit.passage.text
        citations.append(Citation(i + 1, hit.passage, hit.document, quote))
    return Answer(REFUSAL, citations, score, refused=True)
