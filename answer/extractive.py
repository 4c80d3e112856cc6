"""Extractive answers: the best verbatim sentences of the retrieved passages, each cited.

No language model: every sentence of an answer is either a verbatim span of a cited passage or
built only from a cited passage's structured fields (an action's responsible officer, a
report's contacts), so nothing in an answer can be invented.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from answer.announced import announced_list
from answer.boilerplate import Conventions
from answer.chosen import chosen_spans
from answer.constraints import on_target
from answer.contact import ContactLookup, contact_answer
from answer.counted import counted_list
from answer.enumerated import enumerated_list, opened_list
from answer.features import refusal_features
from answer.fields import field_fact
from answer.itemised import itemised
from answer.lists import (
    introduced_list,
    item_run,
    items_span,
    lead_in_span,
)
from answer.model import (
    REFUSAL,
    REFUSAL_NOTHING_CLOSE,
    Answer,
    Citation,
    Stretch,
    quoted,
    quoted_stretches,
)
from answer.parallel import parallel_answer
from answer.ranker import AnswerModels, load_models
from answer.resolutions import rest_of_resolution
from answer.scoring import (
    AnswerConfig,
    Candidate,
    best_candidate,
    candidates,
    span,
)
from answer.series import SectionLookup, framework_answer, series_answer
from answer.table_filter import filtered_rows
from answer.terms import query_terms, question_aliases, question_terms
from index.tokenize import tokenize
from ingest.model import Document, Passage
from question.model import REQUIRED, AnswerType, Question
from retrieval.search import Hit


@dataclass(frozen=True, slots=True)
class Considered:
    """What one composition weighed: the passages, every candidate span with its features, the
    best span and the refusal model's inputs for it (None when there was no candidate)."""

    hits: list[Hit]
    ranked: list[Candidate]
    best: Candidate | None
    refusal_inputs: tuple[float, ...] | None


Observer = Callable[[Considered], None]


def compose(
    question: Question,
    expanded: str,
    hits: list[Hit],
    *,
    idf: Callable[[str], float],
    config: AnswerConfig | None = None,
    contacts: ContactLookup | None = None,
    sections: SectionLookup | None = None,
    abbreviations: dict[str, str] | None = None,
    models: AnswerModels | None = None,
    observe: Observer | None = None,
    similarity: Mapping[tuple[str, int, int], float] | None = None,
    conventions: Conventions | None = None,
) -> Answer:
    """`question` as read once (question.read); `expanded`: its search text with acronyms
    expanded. `models`: the fitted span and refusal models (default: answer/weights.json).
    `observe` is shown what was weighed (evals/fit_answer.py fits the models on it).
    `similarity`: each sentence's similarity to the question by (passage id, start, end), from
    sentence vectors. `sections` gives a document's passages, for a list of its numbered
    sections. `conventions`: the corpus's, as its index generation records them (default: the
    profile defaults')."""
    cfg = config or AnswerConfig()
    fitted = models or load_models()
    weights = {t: idf(t) for t in query_terms(question.text, expanded)}
    aliases = question_aliases(weights, abbreviations or {})
    by_span = fitted.span.probability
    ranked = candidates(question, hits, weights, cfg, by_span, aliases, similarity, conventions)
    best, satisfied = best_candidate(question, hits, ranked, cfg, conventions)
    # Found whole in a document's headings, the framework is the answer however its sentences
    # scored (no one sentence names all its items); the span model never weighed it, so its
    # confidence is the least an answer is given with.
    framework = _framework(question, hits[: cfg.passages], sections, fitted.answer_above)
    if framework is not None:
        return framework
    if best is None:
        if observe is not None:
            observe(Considered(hits, ranked, None, None))
        return _refusal(hits, ranked, 0.0)
    inputs = refusal_features(best.score, best.features, hits[: cfg.passages], satisfied=satisfied)
    if observe is not None:
        observe(Considered(hits, ranked, best, inputs))
    score = round(fitted.refusal.probability(inputs), 3)
    if score < fitted.answer_above:
        return _refusal(hits, ranked, score)
    if question.kind is AnswerType.LIST:
        # "Which officers attend but aren't members?" names the value the rows asked for lack.
        if sections is not None and not question.wants.negated:
            # Only the question's own words pick the value: an acronym's long form ("Board" in
            # the "Parks Partnership Board" an acronym stands for) names what the table is
            # about, not a cell.
            rows = filtered_rows(hits, tokenize(question.text), sections, score)
            if rows is not None:
                return rows
        found_list = introduced_list(hits[: cfg.passages], list(weights))
        if found_list is not None:
            return _list_reply(hits, *found_list, score, sections)
        if sections is not None:
            counted = counted_list(hits[: cfg.passages], list(weights), sections, score)
            if counted is not None:
                return counted
            numbered = enumerated_list(
                question.wants.items,
                hits[: cfg.passages],
                question_terms(weights, aliases),
                sections,
                score,
            )
            if numbered is not None:
                return numbered
        if question.wants.items is not None:
            # Only from a passage about what the question names: the old strategy's four
            # priorities are no answer about the new one's.
            passages = [hit for hit in hits[: cfg.passages] if on_target(question, hit)]
            announced = announced_list(passages, question.wants.items, list(weights), score)
            if announced is not None:
                return announced
        if sections is not None and question.wants.series:
            # Only from the best-ranked passage's document: a question about an older
            # strategy's priorities may rank first a newer one that numbers its own. A question
            # naming a document by its name asks for that document's series instead. Either
            # way, from that document's best-ranked passage in the series ("About this
            # strategy" may rank above "Priority 1").
            series = question.wants.series
            named = [h for h in hits[: cfg.passages] if h.document.id in question.documents]
            top = [h for h in hits[: cfg.passages] if h.document.id == hits[0].document.id]
            listed = next(
                (
                    listing
                    for hit in (named or top)
                    if (listing := series_answer(series, hit, sections, score)) is not None
                ),
                None,
            )
            if listed is not None:
                return listed
        if sections is not None and question.wants.items is not None:
            # "What are the five priorities?" of a strategy whose priority sections share one
            # shape of subsections, whatever their headings say.
            parallel = parallel_answer(
                question.wants.items, hits[: cfg.passages], question.documents, sections, score
            )
            if parallel is not None:
                return parallel
    if contacts is not None and question.wants.contact:
        found = contact_answer(question, weights, hits[: cfg.passages], contacts)
        if found is not None:
            return _contact_reply(*found, score)

    lines = None
    if question.wants.named_items and question.kind not in REQUIRED:
        lines = itemised(question.wants.named_items, hits, ranked)
    if lines is not None:
        # The best sentence first when it is no item's line: it says what the items are of.
        chosen = lines if best in lines else [best, *lines]
    else:
        chosen = chosen_spans(question, hits, ranked, best, satisfied=satisfied, cfg=cfg)
    if question.kind is AnswerType.DECISION and sections is not None:
        hits, chosen = _with_rest_of_resolution(hits, chosen, sections)
    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []

    def cite(hit_index: int, quote: str) -> int:
        if hit_index not in numbers:
            hit = hits[hit_index]
            numbers[hit_index] = len(citations) + 1
            citations.append(Citation(numbers[hit_index], hit.passage, hit.document, quote))
        return numbers[hit_index]

    lead = _lead(question, hits[best.hit_index].passage)
    if lead is not None:
        n = cite(best.hit_index, span(hits, best))
        parts.append(f"{lead} [{n}]")
    for cand in chosen:
        n = cite(cand.hit_index, span(hits, cand))
        parts.append(f"{span(hits, cand)} [{n}]")

    return Answer(" ".join(parts), citations, score, refused=False)


def noting_superseded(answer: Answer, visible: Callable[[], Mapping[str, Document]]) -> Answer:
    """The answer, noting that its first quote's paper has been superseded, and by which, however
    the answer was put together (a sentence, a list, a table's rows). `visible` gives the
    documents the caller may see; it is asked only when the note is due (for a restricted
    caller it is a pass over every document)."""
    if answer.refused or not answer.citations:
        return answer
    top_doc = answer.citations[0].document
    if top_doc.superseded_by is None:
        return answer
    # Only a successor among the documents the caller may see is named, never a bare id.
    successor = visible().get(top_doc.superseded_by)
    if successor is None:
        return answer
    note = f"Note: this comes from {top_doc.title}, which has been superseded by"
    return replace(answer, text=f"{answer.text} {note} {successor.title}.")


def _framework(
    question: Question, hits: list[Hit], sections: SectionLookup | None, confidence: float
) -> Answer | None:
    """'What are the three Cs?': the items sharing that initial, as a document's headings."""
    wants = question.wants
    if sections is None or wants.initial is None or wants.items is None:
        return None
    return framework_answer(wants.initial, wants.items, hits, sections, confidence)


def _with_rest_of_resolution(
    hits: list[Hit], chosen: list[Candidate], sections: SectionLookup
) -> tuple[list[Hit], list[Candidate]]:
    """The hits and the chosen spans, with the later parts of a resolution that chunking cut
    after the best span's part (a) quoted next to it, from the passage after (cited too)."""
    best = chosen[0]
    rest = rest_of_resolution(hits[best.hit_index], best.start, best.end, sections)
    if rest is None:
        return hits, chosen
    following, start, end = rest
    carried = replace(best, hit_index=len(hits), start=start, end=end)
    return [*hits, following], [best, carried, *chosen[1:]]


def _lead(question: Question, passage: Passage) -> str | None:
    """A direct fact from the best passage's fields, for the question or its second ask."""
    lead = field_fact(question, question.kind, passage)
    asked = question.second
    if lead is None and asked is not None:
        lead = field_fact(question, asked[1], passage)
    return lead


def _contact_reply(
    lead: str, passage: Passage, document: Document, quote: str, score: float
) -> Answer:
    citation = Citation(1, passage, document, quote)
    return Answer(f"{lead} [1] {quote} [1]", [citation], score, refused=False)


def _list_reply(
    hits: list[Hit], lead: int, items: int, score: float, sections: SectionLookup | None
) -> Answer:
    """The lead-in and its list: a numbered list followed whole through the passages chunking
    split it over, else the list passage's opening sentences."""
    lead_hit, item_hit = hits[lead], hits[items]
    start, end = lead_in_span(lead_hit.passage.text)
    numbered = opened_list(item_hit, sections) if sections is not None else []
    if not numbered and sections is not None:
        numbered = item_run(item_hit.passage, sections)
    if numbered:
        stretches = [Stretch(lead_hit.passage, start, end), *numbered]
        return quoted_stretches(stretches, item_hit.document, score)
    parts = ((lead, (start, end)), (items, items_span(item_hit.passage.text)))
    quotes = [
        Citation(n, hits[i].passage, hits[i].document, hits[i].passage.text[a:b])
        for n, (i, (a, b)) in enumerate(parts, 1)
    ]
    return quoted(quotes, score)


def _refusal(hits: list[Hit], ranked: list[Candidate], score: float) -> Answer:
    citations = []
    for i, hit in enumerate(hits[:3]):
        own = [c for c in ranked if c.hit_index == i]
        quote = hit.passage.text[own[0].start : own[0].end] if own else hit.passage.text
        citations.append(Citation(i + 1, hit.passage, hit.document, quote))
    return Answer(REFUSAL if citations else REFUSAL_NOTHING_CLOSE, citations, score, refused=True)
