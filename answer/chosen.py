"""Which sentences an extractive answer quotes: the best span, the close runners-up that add to
it, each carried through the enumeration it leads into or back to the antecedent its pronoun
needs, without a span another already quotes."""

from __future__ import annotations

import re
from dataclasses import replace

from answer.fit import fit
from answer.lists import list_after, table_run, within_items
from answer.scoring import AnswerConfig, Candidate, span
from ingest.sentences import sentence_spans
from question.model import REQUIRED, AnswerType, Question
from retrieval.continuations import introduces_list
from retrieval.search import Hit

# "This is known as the inverse care law." says nothing without the sentence before it; "It was
# noted that ..." (the minutes' impersonal "it") points nowhere, nor does a resolution's "That
# the plan be approved" or "That it be noted ...".
_ANAPHORA = re.compile(
    r"(This|These|That(?! (the|a|an|its|their|it be)\b)|Those|They|Such|Both|Each of these)\b"
    r"|It\b(?! (is|was|has been|had been|will be) \w+ (that|to)\b)"
)


def _with_antecedent(hits: list[Hit], cand: Candidate) -> Candidate:
    """The candidate, reaching back over the sentence before when it opens with a pronoun."""
    text = hits[cand.hit_index].passage.text
    if not _ANAPHORA.match(text, cand.start):
        return cand
    before = [start for start, end in sentence_spans(text) if end <= cand.start]
    return replace(cand, start=before[-1]) if before else cand


# A sentence that ends on the next item's marker ("...; II.") is continued by the sentence after
# it: "once: I. the new Accountable Officer is in post; II. ...; III. ...". Items that merely end
# in ";" are separate bullet points, each its own answer.
_CONTINUED = re.compile(r"(?:^|\s)(?:[IVX]{1,4}|[ivx]{1,4}|[a-z])[.)]$")
ENUMERATION_ITEMS = 3
"""How many following items of an enumeration the best sentence carries with it."""


def _through_enumeration(hits: list[Hit], cand: Candidate) -> Candidate:
    """The best sentence, carried on through the items of the enumeration it leads into: the
    marked items it runs into, or the items after a lead-in ("... be approved:-") that its own
    passage holds."""
    text = hits[cand.hit_index].passage.text
    following = [end for start, end in sentence_spans(text) if start >= cand.end]
    end = cand.end
    if introduces_list(text[cand.start : end]):
        # A lead-in says what the list is, the items are the answer.
        return replace(cand, end=within_items(text, cand.start, end, following))
    for item_end in following[:ENUMERATION_ITEMS]:
        if not _CONTINUED.search(text[cand.start : end].rstrip()):
            break
        end = item_end
    return replace(cand, end=end)


# "We will extend the scheme ... This will contribute to planting 2,000 street trees by 2030.":
# the sentence after a commitment that says what it is for, often the only figure it is held to.
_SERVES = re.compile(
    r"(?:This|These|It|They|Together,? these)\s+"
    r"(?:will|would|should|is|are|aims?|supports?|contributes?)\b"
)


def _with_what_it_serves(hits: list[Hit], cand: Candidate) -> Candidate:
    """A quoted commitment, carried on through the sentence after it when that one says what
    the commitment will do or serve ("This will contribute to ...")."""
    text = hits[cand.hit_index].passage.text
    following = [(start, end) for start, end in sentence_spans(text) if start >= cand.end]
    if following and _SERVES.match(text, following[0][0]):
        return replace(cand, end=following[0][1])
    return cand


def _whole_table(hits: list[Hit], cand: Candidate) -> Candidate:
    """A quoted table row, widened to every row of its table in the passage: a list question
    asked of a table is answered by its rows, as one of a list is by its items."""
    run = table_run(hits[cand.hit_index].passage.text, cand.start)
    return cand if run is None else replace(cand, start=run[0], end=run[1])


def _drop_contained(chosen: list[Candidate]) -> list[Candidate]:
    """Without the spans another chosen span already quotes (a sentence that became the next
    one's antecedent), keeping the order of the rest; a span that takes in an earlier one
    takes its place."""
    kept: list[Candidate] = []
    for cand in chosen:
        if any(_within(cand, other) for other in kept):
            continue
        inside = [n for n, other in enumerate(kept) if _within(other, cand)]
        if inside:
            kept[inside[0]] = cand
            kept = [other for n, other in enumerate(kept) if n not in inside[1:]]
        else:
            kept.append(cand)
    return kept


def _within(inner: Candidate, outer: Candidate) -> bool:
    return (
        inner.hit_index == outer.hit_index and outer.start <= inner.start and inner.end <= outer.end
    )


def _redundant(a: Candidate, b: Candidate, cfg: AnswerConfig) -> bool:
    """Whether two spans overlap, share most of their words, or one says little the other
    does not (the same resolution quoted from the minutes and from the portal's copy)."""
    if a.hit_index == b.hit_index and (a.start < b.end and b.start < a.end):
        return True
    union = a.stems | b.stems
    if not union:
        return False
    shared = len(a.stems & b.stems)
    smaller = min(len(a.stems), len(b.stems)) or 1
    return shared / len(union) > 0.5 or shared / smaller > cfg.contained_share


def chosen_spans(
    question: Question,
    hits: list[Hit],
    ranked: list[Candidate],
    best: Candidate,
    *,
    satisfied: bool,
    cfg: AnswerConfig,
) -> list[Candidate]:
    """The sentences to quote: the best, and up to max_sentences - 1 close runners-up that add
    to it (same_passage_extra more from the best one's own passage); the best carried through
    the enumeration it leads into, pronoun-led ones with their antecedent."""
    chosen = [best]
    for cand in ranked:
        if cand is best:
            continue
        if cand.score < cfg.second_sentence_min:
            break
        # Another passage must earn its place: its citation may not hold the answer.
        same_passage = cand.hit_index == best.hit_index
        if len(chosen) >= cfg.max_sentences + (cfg.same_passage_extra if same_passage else 0):
            continue
        if not same_passage and cand.score < cfg.other_passage_min:
            continue
        # A neighbour of the best sentence rides on its passage's score; it must also share a
        # word with the question, or hold what the question asks for, to be worth quoting.
        fits = fit(question, span(hits, cand))
        if cand.coverage == 0 and fits < 1:
            continue
        # A figure, a date or a name was asked for and the best span holds it: a sentence without
        # one adds words, not answer, and a rougher figure or date beside the answer ("up to
        # age 25" beside "£880,000" for "how much") would read as a rival answer.
        if question.kind in REQUIRED and satisfied and fits < 1:
            continue
        if not any(_redundant(cand, c, cfg) for c in chosen):
            chosen.append(cand)

    if question.kind is AnswerType.LIST:
        chosen = [_whole_table(hits, cand) for cand in chosen]
    if question.kind is AnswerType.COMMITMENT:
        chosen = [_with_what_it_serves(hits, chosen[0]), *chosen[1:]]
    chosen = [_through_enumeration(hits, chosen[0]), *list_after(hits, chosen[0]), *chosen[1:]]
    return _drop_contained([_with_antecedent(hits, cand) for cand in chosen])
