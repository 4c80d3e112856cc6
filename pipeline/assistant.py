"""The assistant as one object: the loaded index, the query embedder, and the conversations.

The HTTP app and the CLI both call this; it wires the stages together and holds no retrieval or
answering logic of its own. A newly published index generation is picked up without a restart:
requests already running keep the searcher they started with.

Every read takes an `Access` (pipeline/visibility.py): documents restricted to groups the caller
is not in are taken out of the search filters before ranking, so they are never scored,
returned, cited or named. The default, `EVERYTHING`, is for the CLI on the index's own machine.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from answer.extractive import Observer
from answer.generate import Event, Generator, extractive_events
from answer.joined import labelled
from answer.model import Answer
from answer.ranker import AnswerModels
from answer.warm import warm
from index.embedder import Embedder
from index.generation import LoadedIndex
from index.registers.changes import EditionChanges, load_match_config
from index.registers.model import Commitment, Decision
from index.source import DirectorySource, GenerationSource
from ingest.model import Document, Passage
from pipeline.answering import Answering, visible_search
from pipeline.changes import edition_changes
from pipeline.commitment_answers import commitment_answer
from pipeline.contact_details import contact_details_answer
from pipeline.contact_papers import contact_papers_answer
from pipeline.conversations import LOCAL_CALLER, Conversations
from pipeline.decided import day_decided
from pipeline.latest import latest_word
from pipeline.meeting_chair import meeting_chair_answer
from pipeline.registers import RegisterPage, RegisterQuery, register_page
from pipeline.role_holders import role_holder_answer
from pipeline.scoping import cited_documents
from pipeline.substitutes import Substitutes
from pipeline.turns import resolve
from pipeline.visibility import (
    EVERYTHING,
    Access,
    as_seen,
    visible_documents,
)
from pipeline.vocabulary import Vocabulary
from question.followup import read_turn
from question.occasion import Occasion
from question.typed import as_typed
from retrieval.clock import Clock
from retrieval.comparison import comparison_sides
from retrieval.config import SearchConfig
from retrieval.filters import Filters, document_date
from retrieval.search import Hit, Mode, Searcher

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AskResult:
    answer: Answer
    conversation_id: str
    rewritten: str
    hits: list[Hit]
    generation: str = ""


class Assistant:
    def __init__(
        self,
        *,
        index_dir: Path | None = None,
        source: GenerationSource | None = None,
        embedder: Embedder,
        conversations: Conversations,
        reload_check_seconds: float = 2.0,
        llm: Generator | None = None,
        search_config: SearchConfig | None = None,
        warm_sentences: int = 0,
    ) -> None:
        if source is None:
            if index_dir is None:
                raise ValueError("the assistant needs an index_dir or a generation source")
            source = DirectorySource(index_dir)
        elif index_dir is not None:
            raise ValueError("give the assistant an index_dir or a generation source, not both")
        self._source = source
        self._llm = llm
        self._embedder = embedder
        self._conversations = conversations
        self._reload_every = reload_check_seconds
        self._search_config = search_config
        self._warm_sentences = warm_sentences
        self._searcher = self._searching(self._source.load(model_fingerprint=embedder.fingerprint))
        self._checked = time.monotonic()
        self._tried = self._source.current()
        self._reload_lock = threading.Lock()
        self._vocabulary = Vocabulary()
        config = search_config or SearchConfig()
        self._substitutes = Substitutes(embedder, threshold=config.swap_similarity)

    @property
    def generation(self) -> str:
        return self._searcher.index.name

    @property
    def source(self) -> GenerationSource:
        return self._source

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def close(self) -> None:
        self._conversations.close()
        self._source.close()

    @property
    def searcher(self) -> Searcher:
        self._maybe_reload()
        return self._searcher

    def _maybe_reload(self) -> None:
        """Swap in a newly published generation; a bad one is logged and the old one kept."""
        now = time.monotonic()
        if now - self._checked < self._reload_every or not self._reload_lock.acquire(False):
            return
        try:
            self._checked = now
            self._reload()
        except Exception:
            log.exception("the index could not be reloaded; still serving %s", self.generation)
        finally:
            self._reload_lock.release()

    def _reload(self) -> None:
        name = self._source.current()
        # A CURRENT already tried (served, or refused for a fallback) is not loaded again.
        if name is None or name in (self._searcher.index.name, self._tried):
            return
        self._tried = name
        index = self._source.load(model_fingerprint=self._embedder.fingerprint)
        self._searcher = self._searching(index)
        log.info("now serving index generation %s", index.name)

    def _searching(self, index: LoadedIndex) -> Searcher:
        """A searcher over `index`, with the answer layer's memories of its sentences filled
        first (answer.warm) when warming is asked for."""
        if self._warm_sentences:
            started = time.monotonic()
            store = index.store
            warmed = warm(store.passages, store.documents, sentences=self._warm_sentences)
            log.info("warmed %d sentences in %.2f s", warmed, time.monotonic() - started)
        return Searcher(index, self._embedder, config=self._search_config)

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        filters: Filters | None = None,
        mode: Mode = "hybrid",
        access: Access = EVERYTHING,
    ) -> list[Hit]:
        """The passages for `query`, read as a question: those of the kind that states what it
        asks for are preferred, as when it is asked."""
        searcher = self.searcher
        # The caller's acronyms, worked out once per (generation, access), as for an ask.
        abbreviations, _ = self._vocabulary.of(searcher.index, access)
        return visible_search(
            searcher,
            searcher.read(as_typed(query)),
            k=k,
            filters=filters,
            mode=mode,
            access=access,
            abbreviations=abbreviations,
        )

    def ask(
        self,
        question: str,
        *,
        conversation_id: str | None = None,
        filters: Filters | None = None,
        mode: Mode = "hybrid",
        access: Access = EVERYTHING,
        caller: str = LOCAL_CALLER,
        generate: bool = True,
        models: AnswerModels | None = None,
        observe: Observer | None = None,
        clock: Clock | None = None,
    ) -> AskResult:
        """`models` and `observe` are for fitting: other answer models than answer/weights.json,
        and a look at what each composition weighed (answer.extractive.Considered). `clock`
        records each stage's time for the benchmarks. A `conversation_id` must be one of
        `caller`'s live conversations (else `UnknownConversation`); without one a new
        conversation begins, owned by `caller`."""
        question = as_typed(question)
        searcher = self.searcher
        conversation = conversation_id or self._conversations.new_id()
        previous = (
            self._conversations.previous_questions(conversation, caller) if conversation_id else []
        )
        abbreviations, frame = self._vocabulary.of(searcher.index, access)
        # The last turn's answer and citations are one row, read at most once, and only when
        # the turn needs either.
        last_turn = functools.cache(lambda: self._conversations.last_turn(conversation, caller))
        # The documents the caller may see, worked out at most once, and only for the turns that
        # read them beyond the search (for a restricted caller, one pass over every document).
        seen = functools.cache(lambda: visible_documents(searcher.index.store.documents, access))
        resolved = resolve(
            read_turn(question, previous, frame, self._substitutes),
            previous,
            filters,
            last_answer=lambda: last_turn()[0],
            last_cited=lambda: last_turn()[1],
            documents=searcher.index.store.documents,
        )
        turn, scope = resolved.turn, resolved.scope
        if turn.points_back is Occasion.DECIDED:
            # "When was that agreed?": the day the paper just quoted records, when it does.
            last_answer, cited = last_turn()
            decided = day_decided(
                previous[-1], last_answer, cited, seen(), searcher.index.store.passages_of
            )
            if decided is not None:
                return self._recorded(conversation, caller, question, turn.searched, decided, [])
        answering = Answering(
            searcher,
            mode=mode,
            access=access,
            abbreviations=abbreviations,
            kind=turn.kind,
            models=models,
            observe=observe,
            clock=clock,
            asking={} if turn.asks == question else {question: turn.asks, turn.searched: turn.asks},
        )
        single = answering.answer(question, turn.searched, scope)
        if turn.follows and turn.points_back is None and scope.empty and last_turn()[1]:
            # "How much of that is for trees?" asks about what the last answer quoted: the
            # papers it cited answer it, unless another paper answers it more surely.
            within = answering.answer(question, turn.searched, Filters(document_ids=last_turn()[1]))
            if surer_within(within[0], single[0]):
                single = within
        if resolved.narrowed and single[0].refused:
            # Nothing said since, or in the older edition: asked without that limit.
            scope = resolved.asked_scope
            single = answering.answer(question, turn.searched, scope)
        asked = answering.read(question)
        if scope.empty:
            single = latest_word(
                asked,
                single,
                lambda later: answering.answer(question, turn.searched, later),
                searcher.index.store.documents,
            )
        sides = comparison_sides(asked, scope, *self._editions(access))
        # A question that stands on its own in a conversation stands on its own in its parts
        # too: a side or a later ask leans on it, never on the unrelated turns before it.
        earlier = previous if turn.follows else []
        if sides is not None:
            answer, hits = answering.by_side(sides, single, earlier, frame)
        else:
            answer, hits = answering.by_ask(question, single, scope, earlier, frame)
        if turn.points_back is Occasion.NEWER and not answer.refused and answer.citations:
            # "So what replaced it?": the answer is a paper, so it says which.
            answer = labelled(answer)
        traced = commitment_answer(asked, answer, hits, searcher.index, access)
        answer = traced or answer
        for lookup in (role_holder_answer, contact_details_answer):
            answer = lookup(asked, answer, answering.search, self._dated) or answer
        if asked.wants.papers or asked.wants.chair:
            # The lookups that read the papers' structure rather than the search's passages.
            store = searcher.index.store
            answer = (
                contact_papers_answer(asked, store.passages, seen())
                or meeting_chair_answer(asked, answer, seen(), store.passages_of, self._dated)
                or answer
            )
        if generate and self._llm is not None:
            answer = self._llm.answer(question, hits, answer)
        return self._recorded(conversation, caller, question, turn.searched, answer, hits)

    def _recorded(
        self,
        conversation: str,
        caller: str,
        question: str,
        searched: str,
        answer: Answer,
        hits: list[Hit],
    ) -> AskResult:
        """The turn kept in its conversation, and the result of asking it."""
        self._conversations.add(
            conversation, caller, question, searched, answer.text, cited_documents(answer)
        )
        return AskResult(answer, conversation, searched, hits, self.searcher.index.name)

    def _dated(self, document: Document) -> str | None:
        return document_date(document, self.searcher.index.store.documents)

    def _editions(self, access: Access) -> tuple[dict[str, str], dict[str, str]]:
        """Each superseded document the caller may see, with the successor it may see; and the
        dates of the documents it may see."""
        seen = visible_documents(self.searcher.index.store.documents, access)
        successors = {i: d.superseded_by for i, d in seen.items() if d.superseded_by in seen}
        return successors, {i: d.date for i, d in seen.items() if d.date}

    @property
    def generates(self) -> bool:
        """Whether answers are worded by a language model (else extractive only)."""
        return self._llm is not None

    def ask_stream(self, question: str, **options: Any) -> tuple[AskResult, Iterator[Event]]:
        """`ask` with the answer as events: retrieval and the extractive answer now (their errors
        come before anything streams), the model's wording as it arrives. The turn is recorded
        with the extractive answer; follow-ups are rewritten from the questions alone."""
        result = self.ask(question, generate=False, **options)
        if self._llm is None:
            return result, extractive_events(result.answer)
        return result, self._llm.stream(question, result.hits, result.answer)

    def documents(self, *, access: Access = EVERYTHING) -> list[Document]:
        return list(visible_documents(self.searcher.index.store.documents, access).values())

    def document(self, document_id: str, *, access: Access = EVERYTHING) -> Document | None:
        documents = self.searcher.index.store.documents
        found = documents.get(document_id)
        if found is None or not access.may_see(found, documents):
            return None
        return as_seen(found, documents, access)

    def passage(
        self, passage_id: str, *, access: Access = EVERYTHING
    ) -> tuple[Passage, Document] | None:
        store = self.searcher.index.store
        passage = store.passage(passage_id)
        if passage is None:
            return None
        document = store.document_of(passage)
        if not access.may_see(document, store.documents):
            return None
        return passage, as_seen(document, store.documents, access)

    def commitments(
        self, query: RegisterQuery, *, access: Access = EVERYTHING
    ) -> RegisterPage[Commitment]:
        index = self.searcher.index
        return register_page(index.registers.commitments, index.store.documents, query, access)

    def decisions(
        self, query: RegisterQuery, *, access: Access = EVERYTHING
    ) -> RegisterPage[Decision]:
        index = self.searcher.index
        return register_page(index.registers.decisions, index.store.documents, query, access)

    def edition_changes(
        self, old_id: str, new_id: str, *, access: Access = EVERYTHING
    ) -> EditionChanges:
        """The commitments of `old_id` carried over into `new_id`, dropped, and new; an
        `UnknownEdition` names the id the caller may not compare."""
        config = load_match_config()
        return edition_changes(self.searcher.index, old_id, new_id, access, config)


def surer_within(within: Answer, anywhere: Answer) -> bool:
    """Whether a follow-up's answer from the papers the last answer cited stands: it is surer
    than the answer from anywhere, or as sure with the same first quote, so that the rest of it
    comes from those papers too (no other paper's figure of the same kind beside it)."""
    if within.refused:
        return False
    if within.confidence != anywhere.confidence:
        return within.confidence > anywhere.confidence
    first = [a.citations[0].quote if a.citations else None for a in (within, anywhere)]
    return first[0] is not None and first[0] == first[1]
