"""The candidate sentences of retrieved passages, measured and scored as answers.

Each sentence is measured (answer.features) on its own words, its passage's match, the
passage's retrieval scores, how well it fits the asked-for kind of answer and whether its
passage is about the dates and names the question names; the fitted span model scores those
measurements (answer.ranker).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from answer.boilerplate import Conventions, boilerplate, default_conventions, masthead
from answer.constraints import (
    figure_elsewhere,
    names_measure,
    names_other_reference,
    on_target,
    states_measure,
    states_other_period,
    stem_set,
    tokens,
)
from answer.features import SpanSignals, span_features
from answer.fields import contact_part
from answer.fit import fit, satisfies, settled_later
from answer.people import labelled_name
from answer.terms import Aliases, Terms, covered, keys_of, question_terms
from ingest.model import Document, PassageKind
from ingest.sentences import sentence_spans
from ingest.table_rows import header_end
from question.model import AnswerType, Question
from retrieval.search import Hit


@dataclass(frozen=True, slots=True)
class AnswerConfig:
    """Tunables, measured on the eval set's dev split."""

    passages: int = 6
    max_sentences: int = 2
    same_passage_extra: int = 1
    """How many sentences beyond max_sentences may come from the best span's own passage: they
    add no citation, and the passage retrieval and the model chose often says the asked thing
    in the sentence the model ranked third. Hybrid facts, dev: shipped 0.822 -> 0.877, second
    council 0.767 -> 0.791 (train 0.808 -> 0.822 and 0.683 -> 0.707); median answer 59 -> 67
    words. Two gave nothing more on train or dev."""
    second_sentence_min: float = 0.02
    """The span model's probability a runner-up needs to be quoted beside the best span."""
    other_passage_min: float = 0.1
    """... and the higher probability it needs when it comes from another passage."""
    satisfied_ratio: float = 0.3
    """How close to the best score a span holding the asked-for thing must be to be preferred."""
    heading_min_words: int = 12
    """A heading shorter than this names a section and is never quoted as an answer (except
    to a list question); a longer one states something ("Priority 3: Reduce falls by ...").
    Hybrid facts, train: second council 0.707 -> 0.732 at 12 and 15 (10 and 8 gain nothing);
    dev unchanged on both corpora; never quoting a heading lost a dev answer."""
    contained_share: float = 0.8
    """A runner-up whose words are at least this share within a chosen span's adds nothing and
    is not quoted. Hybrid facts, train: second council 0.512 -> 0.537 at 0.7 and 0.8, none at
    0.9; dev unchanged on both corpora."""

    def __post_init__(self) -> None:
        if not 1 <= self.passages <= 50:
            raise ValueError(f"AnswerConfig.passages is {self.passages}; allowed: 1 to 50")
        if not 1 <= self.max_sentences <= 5:
            raise ValueError(f"AnswerConfig.max_sentences is {self.max_sentences}; allowed: 1 to 5")
        if not 1 <= self.heading_min_words <= 100:
            raise ValueError(
                f"AnswerConfig.heading_min_words is {self.heading_min_words}; allowed: 1 to 100"
            )
        if not 0 <= self.same_passage_extra <= 3:
            raise ValueError(
                f"AnswerConfig.same_passage_extra is {self.same_passage_extra}; allowed: 0 to 3"
            )
        for name in (
            "second_sentence_min",
            "other_passage_min",
            "satisfied_ratio",
            "contained_share",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"AnswerConfig.{name} is {value}; allowed: 0 to 1")


@dataclass(frozen=True, slots=True)
class Candidate:
    hit_index: int
    start: int
    end: int
    score: float
    coverage: float
    in_passage: float
    stems: frozenset[str]
    on_target: bool
    """Whether its passage is about the dates and names the question names."""
    features: tuple[float, ...] = ()
    """Its answer.features.SPAN_FEATURES values, as the span model scored them."""
    elsewhere: bool = False
    """A span that holds nothing for what is asked, whatever it looks like: a figure question's
    span whose figure is for another place or year than the question's, or one whose passage
    never names the measure asked (Wants.measure)."""


SpanScorer = Callable[[tuple[float, ...]], float]
"""Scores a span's features (answer.features.SPAN_FEATURES): the fitted span model's probability."""


def candidates(
    question: Question,
    hits: list[Hit],
    weights: dict[str, float],
    cfg: AnswerConfig,
    score: SpanScorer,
    aliases: Aliases = (),
    similarity: Mapping[tuple[str, int, int], float] | None = None,
    rules: Conventions | None = None,
) -> list[Candidate]:
    """Every sentence of the shown passages, best first by `score`. `weights` are the question's
    terms by idf; `aliases` the question's acronyms with their long forms (see
    `question_aliases`); `similarity` each sentence's similarity to the question, keyed by
    (passage id, start, end); `rules` the corpus's conventions (default: the profile's)."""
    conventions = rules or default_conventions()
    named = question.names
    similar = similarity or {}
    shown = hits[: cfg.passages]
    spans = [
        (i, start, end, n)
        for i, hit in enumerate(shown)
        for n, (start, end) in enumerate(sentence_spans(hit.passage.text))
    ]
    top = max((hit.score for hit in shown), default=0.0) or 1.0
    # A sentence inherits some of its passage's match: the topic words are often stated once,
    # in the heading or the sentence before, and not repeated where the fact is.
    around = [
        frozenset(keys_of((*tokens(hit.passage.section or ""), *tokens(hit.passage.text)), named))
        for hit in shown
    ]
    terms = question_terms(weights, aliases)
    in_passages = [covered(keys, terms) for keys in around]
    # A row below its table's header is read with the header's column names.
    headers = [_header_words(hit.passage.text) for hit in shown]
    about = [on_target(question, hit) for hit in shown]
    asked_of = [after_paper(question, hit.document) for hit in shown]
    measured = [names_measure(question, hit) for hit in shown]
    found = []
    for i, start, end, n in spans:
        text = hits[i].passage.text[start:end]
        if masthead(text) or _label(question, hits[i].passage.kind, text, cfg):
            continue
        stems = stem_set(text)
        hit = hits[i]
        header = headers[i]
        held = stems if header is None or start <= header[0] else stems | header[1]
        other_period = states_other_period(question.periods, text, hit.passage, hit.document)
        other_place = figure_elsewhere(question, text, hit)
        here = (
            about[i]
            and not other_period
            and not names_other_reference(question.references, text)
            and not other_place
        )
        signals = SpanSignals(
            span_dense=max(0.0, similar.get((shown[i].passage.id, start, end), 0.0)),
            coverage=covered(keys_of(held, named), terms),
            in_passage=in_passages[i],
            fit=fit(asked_of[i], text),
            on_target=here,
            boilerplate=boilerplate(question, text, conventions),
            first_sentence=n == 0,
        )
        features = span_features(signals, shown[i], i, text, question.kind, top)
        found.append(
            Candidate(
                i,
                start,
                end,
                score(features),
                signals.coverage,
                signals.in_passage,
                stems,
                here,
                features,
                other_place
                or (question.kind is AnswerType.NUMBER and other_period)
                or not measured[i],
            )
        )
    return sorted(found, key=lambda c: -c.score)


def _header_words(text: str) -> tuple[int, frozenset[str]] | None:
    """Where the header of the table a passage opens on ends, and its words as stems."""
    end = header_end(text)
    return None if end is None else (end, stem_set(text[:end]))


def _label(question: Question, kind: PassageKind, text: str, cfg: AnswerConfig) -> bool:
    """A short heading ("Priority 4: Strong Communities", "Revised target: falls admissions")
    names a section and states nothing; a list question may still want it as an item. One
    naming someone under a role label ("Contact: Jo Bloggs") states who."""
    return (
        kind == PassageKind.HEADING
        and question.kind is not AnswerType.LIST
        and len(text.split()) < cfg.heading_min_words
        and not labelled_name(text)
    )


def beyond_title(terms: Terms, hit: Hit) -> Terms:
    """The question's terms that the hit's document title does not hold (all of them when it
    holds every one): the words that pick the document say nothing of which part answers."""
    title = keys_of(tokens(hit.document.title))
    rest = tuple(term for term in terms if not any(way <= title for way in term[1]))
    return rest or terms


def best_candidate(
    question: Question,
    hits: list[Hit],
    ranked: list[Candidate],
    cfg: AnswerConfig,
    rules: Conventions | None = None,
) -> tuple[Candidate | None, bool]:
    """The best candidate, preferring one that holds what the question asks for (a figure, a
    date, a name, a resolution) over a slightly better worded one that does not, and for a
    measure's figure one in the sentence naming the measure; and whether it holds what the
    question needs."""
    if not ranked:
        return None, False
    conventions = rules or default_conventions()

    def checked(cand: Candidate) -> str:
        # Of a block of contacts, only the named officer's own details answer.
        return contact_part(hits[cand.hit_index].passage, question.names) or span(hits, cand)

    def holds(cand: Candidate) -> bool:
        text = checked(cand)
        asked = after_paper(question, hits[cand.hit_index].document)
        stated = not boilerplate(question, text, conventions)
        return fit(asked, text) == 1 and stated and not cand.elsewhere

    # The best-ranked span is always close: scores are probabilities and the ratio at most 1.
    floor = cfg.satisfied_ratio * ranked[0].score
    close = [cand for cand in ranked if cand.score >= floor]
    # A span about what the question names comes before one about something else, however
    # well worded or whatever it holds: a resolution on another report is no answer to what
    # was decided on this one. Among each, one that holds what is asked comes first.
    group = [cand for cand in close if cand.on_target] or close
    measure = question.wants.measure
    # A figure of a measure papers always name beside it ("the quorum is three") is stated in
    # the sentence naming it: another figure of the same passage is some other figure.
    stated = [c for c in group if states_measure(measure, checked(c))] if measure else []
    found = next((cand for cand in [*stated, *group] if holds(cand)), None)
    chosen = found or group[0]
    # A span saying the asked thing is still to be settled ("the date of the next meeting to be
    # confirmed"), the chosen one or a better-ranked one, holds no answer, whatever date it has.
    if any(settled_later(question.kind, checked(c)) for c in group[: group.index(chosen) + 1]):
        return chosen, False
    if found is not None:
        return found, True
    asked = after_paper(question, hits[chosen.hit_index].document)
    return chosen, satisfies(asked, question.kind, checked(chosen)) and not chosen.elsewhere


def after_paper(question: Question, document: Document) -> Question:
    """The question as asked of a paper: "when's the next workshop?" wants a date after the
    paper's own (a minute's "the workshop on 23 May" is the last one, not the next)."""
    if (
        question.kind is not AnswerType.DATE
        or not question.wants.upcoming
        or question.after is not None
        or not document.date
    ):
        return question
    # A paper dated only to the month or the year may come from its start.
    year, month, day = ([int(p) for p in document.date.split("-")[:3]] + [0, 0])[:3]
    return replace(question, after=(year, month, day))


def span(hits: list[Hit], cand: Candidate) -> str:
    return hits[cand.hit_index].passage.text[cand.start : cand.end]
