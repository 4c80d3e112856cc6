"""One ask's searches and answers: the question searched within what the caller may see, each
search run and composed once however many sides or asks share it, and the sides of a comparison
or the asks of a joined question answered each on its own."""

from __future__ import annotations

from dataclasses import replace

from answer.boilerplate import sealed_conventions
from answer.extractive import Observer, compose, noting_superseded
from answer.joined import joined_parts, joined_sides, partly_answered
from answer.model import Answer
from answer.ranker import AnswerModels
from ingest.model import Passage
from pipeline.visibility import (
    Access,
    abbreviations_for,
    as_seen,
    scoped_filters,
    visible_documents,
)
from question.followup import answered_subject, read_turn
from question.model import AnswerType, Question
from question.parts import asks
from retrieval.clock import Clock, stage
from retrieval.comparison import Side, interleaved
from retrieval.filters import Filters
from retrieval.query import NormalisedQuery, normalise
from retrieval.search import Hit, Mode, Searcher

ANSWER_PASSAGES = 8


class Answering:
    """One ask's searches and answers, each search run once however many sides share it."""

    def __init__(
        self,
        searcher: Searcher,
        *,
        mode: Mode,
        access: Access,
        abbreviations: dict[str, str],
        kind: AnswerType,
        models: AnswerModels | None,
        observe: Observer | None,
        clock: Clock | None = None,
        asking: dict[str, str] | None = None,
    ):
        """`asking`: for a text whose own words do not say what detail it wants, the words
        that do (question.followup.Turn.asks)."""
        self._searcher = searcher
        self._mode = mode
        self._access = access
        self._abbreviations = abbreviations
        self._kind = kind
        self._models = models
        self._observe = observe
        self._clock = clock
        self._asking = asking or {}
        # Read once an ask: every side and ask of a question composes with the same index.
        self._conventions = sealed_conventions(searcher.index.manifest)
        self._done: dict[tuple[str, str, Filters, bool], tuple[Answer, list[Hit]]] = {}
        self._read: dict[str, Question] = {}

    def by_side(
        self,
        sides: list[Side],
        single: tuple[Answer, list[Hit]],
        previous: list[str],
        frame: frozenset[str],
    ) -> tuple[Answer, list[Hit]]:
        """Each side the question compares searched and answered on its own; unless every side
        has an answer of its own, the single search's answer stands, or where that refuses, the
        sides that have one are given and the other named as unanswered."""
        per_side = [
            self.answer(
                side.question,
                read_turn(side.question, previous, frame).searched,
                side.filters,
                named_apart=True,
            )
            for side in sides
        ]
        both = joined_sides([a for a, _ in per_side])
        if both is None:
            both = partly_answered([a for a, _ in per_side], single[0])
        return single if both is None else (both, interleaved([h for _, h in per_side]))

    def by_ask(
        self,
        question: str,
        single: tuple[Answer, list[Hit]],
        scope: Filters,
        previous: list[str],
        frame: frozenset[str],
    ) -> tuple[Answer, list[Hit]]:
        """Each ask a question joins answered from its own search, the later ones read as
        follow-ups of the earlier; unless every ask has an answer of its own that the single
        answer does not already cite, the single answer stands, or where that refuses, the asks
        that have one are given and the others named as unanswered. A contact question is left
        whole: a report's contact block gives who and how at once."""
        parts = asks(question)
        if len(parts) < 2 or self.read(question).wants.contact:
            return single
        per_part: list[tuple[Answer, list[Hit]]] = []
        for n, part in enumerate(parts):
            turn = read_turn(part, [*previous, *parts[:n]], frame)
            searched = turn.searched
            earlier = per_part[-1][0] if per_part else None
            if earlier is not None and not earlier.refused and earlier.citations:
                # "which group recommended it, and who chairs it?": "it" is the group answered.
                named = answered_subject(part, parts[n - 1], earlier.citations[0].quote)
                searched = f"{searched} {named}" if named else searched
            per_part.append(self.asking(turn.kind).answer(part, searched, scope))
        joined = joined_parts([a for a, _ in per_part], single[0])
        if joined is None:
            joined = partly_answered([a for a, _ in per_part], single[0], list(parts))
        return single if joined is None else (joined, interleaved([h for _, h in per_part]))

    def asking(self, kind: AnswerType) -> Answering:
        """The same searches and settings, answering for another kind of answer (one ask of
        several joined in a question)."""
        if kind is self._kind:
            return self
        return Answering(
            self._searcher,
            mode=self._mode,
            access=self._access,
            abbreviations=self._abbreviations,
            kind=kind,
            models=self._models,
            observe=self._observe,
            clock=self._clock,
            asking=self._asking,
        )

    def search(self, text: str) -> list[Hit]:
        """`text` searched over everything the caller may see, for a lookup beside the answer
        (who holds a post the answer names)."""
        return self._visible(self.read(text), None)

    def read(self, text: str) -> Question:
        """`text` read once per ask, as asking for this ask's kind of answer."""
        if text not in self._read:
            self._read[text] = self._searcher.read(
                text, kind=self._kind, asking=self._asking.get(text)
            )
        return self._read[text]

    def answer(
        self, asked: str, searched: str, scope: Filters, *, named_apart: bool = False
    ) -> tuple[Answer, list[Hit]]:
        """The answer to `asked`, from a search for `searched` within `scope`. `named_apart`: a
        side of a comparison, whose passages need not carry the title-case names the question
        gives (Question.phrases): a thing may be renamed between the sides ("the Green Spaces
        Board - what's that now?"), and a name may belong to the other side."""
        key = (asked, searched, scope, named_apart)
        if key not in self._done:
            self._done[key] = self._compose(asked, searched, scope, named_apart)
        return self._done[key]

    def _compose(
        self, asked: str, searched: str, scope: Filters, named_apart: bool = False
    ) -> tuple[Answer, list[Hit]]:
        wanted = self.read(searched)
        # Normalised once: the search and the composition both take it.
        with stage(self._clock, "normalise"):
            normalised = normalise(wanted, self._abbreviations)
        found = self._visible(wanted, scope, normalised)
        with stage(self._clock, "compose"):
            question = self.read(asked)
            if named_apart:
                question = replace(question, phrases=(), corpus_names=())
            return self._composed(question, normalised.expanded, found), found

    def _visible(
        self, wanted: Question, scope: Filters | None, normalised: NormalisedQuery | None = None
    ) -> list[Hit]:
        return visible_search(
            self._searcher,
            wanted,
            k=ANSWER_PASSAGES,
            filters=scope,
            mode=self._mode,
            access=self._access,
            clock=self._clock,
            abbreviations=self._abbreviations,
            normalised=normalised,
        )

    def _composed(self, asked: Question, expanded: str, found: list[Hit]) -> Answer:
        index = self._searcher.index
        answer = compose(
            asked,
            expanded,
            found,
            idf=index.bm25.idf,
            contacts=index.store.contact_passage,
            sections=self._passages_of,
            abbreviations=self._abbreviations,
            models=self._models,
            observe=self._observe,
            similarity=self._similarity(expanded, found),
            conventions=self._conventions,
        )
        return noting_superseded(
            answer, lambda: visible_documents(index.store.documents, self._access)
        )

    def _passages_of(self, document_id: str) -> list[Passage]:
        return self._searcher.index.store.passages_of(document_id)

    def _similarity(self, expanded: str, hits: list[Hit]) -> dict[tuple[str, int, int], float]:
        """Each sentence of `hits` compared with the question by its index-time vector."""
        index = self._searcher.index
        rows = [index.store.rows_by_id[h.passage.id] for h in hits]
        by_row = index.sentences.similarities(self._searcher.embed_query(expanded), rows)
        return {
            (index.store.passages[row].id, start, end): value
            for (row, start, end), value in by_row.items()
        }


def visible_search(
    searcher: Searcher,
    query: Question,
    *,
    k: int,
    filters: Filters | None,
    mode: Mode,
    access: Access,
    clock: Clock | None = None,
    abbreviations: dict[str, str] | None = None,
    normalised: NormalisedQuery | None = None,
) -> list[Hit]:
    """Search only what `access` may see: the filter is narrowed before ranking, and acronyms
    expand only as documents the caller may see define them (`normalised`, when given, was
    normalised with those)."""
    documents = searcher.index.store.documents
    scoped = scoped_filters(filters, documents, access)
    if scoped is None:
        return []
    known = abbreviations_for(searcher.index, access) if abbreviations is None else abbreviations
    hits = searcher.search(
        query,
        k=k,
        filters=scoped,
        mode=mode,
        clock=clock,
        abbreviations=known,
        normalised=normalised,
    )
    # A component of a visible pack can still carry groups of its own: drop it here too.
    return [
        replace(h, document=as_seen(h.document, documents, access))
        for h in hits
        if access.may_see(h.document, documents)
    ]
