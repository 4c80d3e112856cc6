"""Hybrid search: BM25 and dense candidates, fused, with a prior against superseded documents."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal, get_args

import numpy as np
import numpy.typing as npt

from index.backend import Allowed, SignalQuery, nothing_ranked
from index.embedder import Embedder, Vectors
from index.generation import LoadedIndex
from ingest.model import Document, Passage
from question.model import PASSAGE_KINDS, AnswerType, Question
from question.read import read_question
from retrieval.clock import Clock, stage
from retrieval.config import SearchConfig
from retrieval.continuations import continuations, lift_continuations
from retrieval.corpus_names import corpus_names, names_in
from retrieval.filters import Filters, allowed_documents
from retrieval.fusion import reciprocal_rank_fusion, weighted_fusion
from retrieval.names import named_by_age, named_by_name, named_documents, titles_of
from retrieval.priors import defines_prior, kind_prior, named_prior
from retrieval.publishers import named_publishers, publisher_words
from retrieval.query import NormalisedQuery, asks_for_older, names_older_version, normalise

Mode = Literal["hybrid", "rrf", "bm25", "dense"]
MODES: tuple[Mode, ...] = get_args(Mode)


@dataclass(frozen=True, slots=True)
class SignalScores:
    """What each signal gave a hit before its final rank: its BM25 score, its dense cosine, the
    two fused, and the prior the fused score was multiplied by (1 leaves it as it was)."""

    bm25: float = 0.0
    dense: float = 0.0
    fused: float = 0.0
    prior: float = 1.0

    def as_dict(self) -> dict[str, float]:
        """The scores by signal name, as the search API and CLI show them."""
        return {"bm25": self.bm25, "dense": self.dense, "fused": self.fused, "prior": self.prior}


@dataclass(frozen=True, slots=True)
class Hit:
    passage: Passage
    document: Document
    score: float
    scores: SignalScores = field(default_factory=SignalScores)


class Searcher:
    """Holds a loaded index and the query embedder; `search` is the whole query path."""

    def __init__(
        self, index: LoadedIndex, embedder: Embedder, *, config: SearchConfig | None = None
    ) -> None:
        self.index = index
        self._embedder = embedder
        self._config = config or SearchConfig()
        self._query_vectors: OrderedDict[str, Vectors] = OrderedDict()
        documents = index.store.documents
        self._superseded = np.array(
            [documents[d].superseded_by is not None for d in index.store.document_order],
            dtype=bool,
        )[index.store.row_document]
        self._continuation = continuations(index.store.passages)
        # Each row's passage kind, so the kind prior is one array lookup per search.
        self._kinds = np.array([str(p.kind) for p in index.store.passages], dtype=str)
        self._titles = titles_of(
            documents, index.abbreviations, (p.text for p in index.store.passages)
        )
        self._names = corpus_names(p.text for p in index.store.passages)
        self._publisher_words = publisher_words(
            documents,
            ((p.text, index.store.document_of(p).publisher) for p in index.store.passages),
        )

    def clear_query_cache(self) -> None:
        """Forget cached query vectors (benchmarks time the embedding of every query)."""
        self._query_vectors.clear()

    def embed_query(self, text: str) -> Vectors:
        size = self._config.query_cache
        cached = self._query_vectors.get(text)
        if cached is None:
            cached = self._embedder.embed([text])[0]
            if size:
                self._query_vectors[text] = cached
                if len(self._query_vectors) > size:
                    self._query_vectors.popitem(last=False)
        else:
            self._query_vectors.move_to_end(text)
        return cached

    def read(
        self, text: str, *, kind: AnswerType | None = None, asking: str | None = None
    ) -> Question:
        """`text` read as a question (question.read), its rare names judged by this index;
        `kind` and `asking` say what it wants when its own words do not."""
        named = named_publishers(text, self._publisher_words)
        question = read_question(
            text,
            idf=self.index.bm25.idf,
            kind=kind,
            publishers=named,
            asking=asking,
            documents=named_by_name(text, self._titles.names),
            known_names=names_in(text, self._names),
        )
        # "The old strategy" names the one superseded strategy as its title would; its name is
        # the age word alone, the only word that picks it ("strategy" names its successor too).
        edition = question.edition
        older = {
            doc_id: age
            for doc_id, age in named_by_age(
                tuple(zip(edition.naming, edition.named, strict=True)), self._titles
            ).items()
            if doc_id not in question.documents
        }
        if not older:
            return question
        return replace(
            question,
            documents=(*question.documents, *older),
            document_names=(*question.document_names, *older.values()),
        )

    def search(
        self,
        query: Question,
        *,
        k: int = 10,
        filters: Filters | None = None,
        mode: Mode = "hybrid",
        clock: Clock | None = None,
        abbreviations: dict[str, str] | None = None,
        normalised: NormalisedQuery | None = None,
    ) -> list[Hit]:
        """The `k` best passages for `query`, read once (`read`); `clock` records how long each
        stage took; `abbreviations` are the acronym expansions to use (default: all the index
        learned); `normalised` is `query` already normalised with them, when the caller needs
        that too. Passages of the kind that states the asked-for answer are preferred."""
        if mode not in MODES:
            raise ValueError(f"unknown search mode {mode!r}; choose one of {', '.join(MODES)}")
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        store = self.index.store
        known = self.index.abbreviations if abbreviations is None else abbreviations
        if normalised is None:
            with stage(clock, "normalise"):
                normalised = normalise(query, known)
        allowed = allowed_documents(store.documents, filters)
        if allowed is not None and not allowed:
            return []
        pool = max(self._config.candidates, 5 * k)

        with stage(clock, "embed"):
            query_vector = self.embed_query(normalised.expanded) if mode != "bm25" else None
        dense: SignalQuery | None = None
        if query_vector is not None:
            # A backend that ranks elsewhere (a database) starts now and works beside BM25.
            dense = self.index.dense.query(query_vector, allowed)
            dense.prefetch(pool)

        with stage(clock, "bm25"):
            lexical = self.index.bm25.query(normalised.expanded, allowed)
            bm25_top = lexical.top(pool) if mode != "dense" else nothing_ranked()

        dense_top = nothing_ranked()
        with stage(clock, "dense"):
            if dense is not None:
                dense_top = dense.top(pool)

        # Candidates are passage ids from each backend signal; rows of the loaded store order
        # them and carry the priors.
        ids = bm25_top.ids + dense_top.ids
        if not ids:
            return []
        rows = np.unique(np.array([store.rows_by_id[i] for i in ids], dtype=np.int64))
        with stage(clock, "fusion"):
            return self._ranked(
                lexical, dense, query, normalised.text, rows, allowed, mode, k, known
            )

    def _ranked(
        self,
        lexical: SignalQuery,
        dense_query: SignalQuery | None,
        question: Question,
        text: str,
        rows: npt.NDArray[np.int64],
        allowed: Allowed,
        mode: Mode,
        k: int,
        abbreviations: dict[str, str],
    ) -> list[Hit]:
        """The candidates fused, weighed by the priors, and the best `k` of them as hits."""
        store = self.index.store
        rows = self._with_continuations(rows, allowed)
        ids = [store.passages[int(row)].id for row in rows]
        bm25 = np.maximum(lexical.of(ids), 0).astype(np.float32)
        dense = (
            dense_query.of(ids)
            if dense_query is not None
            else np.zeros(len(rows), dtype=np.float32)
        )
        fused = self._fuse(mode, bm25, dense)
        prior = (
            self._prior(question, rows)
            * self._named_prior(question, text, rows, abbreviations)
            * self._kind_prior(PASSAGE_KINDS.get(question.kind, ()), rows)
        )
        prior *= self._defines_prior(question, rows, fused * prior)
        final = lift_continuations(
            fused * prior, self._continuation[rows], rows, self._config.lead_in_share
        )
        hits: list[Hit] = []
        seen: set[str] = set()
        kept_words: list[frozenset[str]] = []
        for i in np.argsort(-final, kind="stable"):
            if len(hits) == k:
                break
            passage = store.passages[int(rows[i])]
            # Councils publish the same words twice (minutes copied into a portal page, a page
            # saved as web page and as text), the copies cut and framed a little differently:
            # one copy, the best ranked, holds the place.
            words = word_set(passage.text)
            if passage.text in seen or any(self._near_copy(words, w) for w in kept_words):
                continue
            seen.add(passage.text)
            kept_words.append(words)
            scores = SignalScores(
                bm25=float(bm25[i]),
                dense=float(dense[i]),
                fused=float(fused[i]),
                prior=float(prior[i]),
            )
            hits.append(Hit(passage, store.document_of(passage), float(final[i]), scores))
        return hits

    def _near_copy(self, a: frozenset[str], b: frozenset[str]) -> bool:
        shared = len(a & b)  # the union's size without building the union
        return shared >= self._config.near_copy * (len(a) + len(b) - shared)

    def _with_continuations(
        self, rows: npt.NDArray[np.int64], allowed: Allowed
    ) -> npt.NDArray[np.int64]:
        """The candidates plus the passage continuing each candidate lead-in."""
        following = self._continuation[rows]
        following = following[following >= 0]
        if allowed is not None:
            passages = self.index.store.passages
            following = following[
                np.array([passages[int(f)].document_id in allowed for f in following], dtype=bool)
            ]
        return np.unique(np.concatenate([rows, following]))

    def _fuse(self, mode: Mode, bm25: Vectors, dense: Vectors) -> Vectors:
        if mode == "bm25":
            return bm25
        if mode == "dense":
            return dense
        if mode == "rrf":
            return reciprocal_rank_fusion([bm25, dense])
        w = self._config.dense_weight
        return weighted_fusion([bm25, dense], [1 - w, w])

    def _named_prior(
        self,
        question: Question,
        query: str,
        rows: npt.NDArray[np.int64],
        abbreviations: dict[str, str],
    ) -> Vectors:
        """Lift the passages of a document the question names, by an acronym of its title or
        by a name of its own (or of a pack it names)."""
        store = self.index.store
        named = named_documents(query, self._titles, abbreviations) | set(question.documents)
        if not named:
            return np.ones(len(rows), dtype=np.float32)
        documents = [store.document_of(store.passages[int(row)]) for row in rows]
        return named_prior(documents, named, self._config.named_document_boost)

    def _defines_prior(
        self, question: Question, rows: npt.NDArray[np.int64], scores: Vectors
    ) -> Vectors:
        """Lift the best candidates that define the question's rarest word, for a question
        asking what something means: a glossary line or a bullet ("Reablement - short-term
        support ...", "X means ...", "X is defined as")."""
        boost = self._config.defines_boost
        defined = question.defines
        if question.kind is not AnswerType.DEFINITION or boost == 1.0 or defined is None:
            return np.ones(len(rows), dtype=np.float32)
        passages = self.index.store.passages
        texts = [passages[int(row)].text for row in rows]
        return defines_prior(texts, scores, defined, self._config.defines_checked, boost)

    def _kind_prior(self, kinds: tuple[str, ...], rows: npt.NDArray[np.int64]) -> Vectors:
        return kind_prior(self._kinds[rows], kinds, self._config.asked_kind_boost)

    def _prior(self, question: Question, rows: npt.NDArray[np.int64]) -> Vectors:
        """Down-weight superseded documents unless the question asks for the older one; lift
        them when it names the older one outright."""
        prior = np.ones(len(rows), dtype=np.float32)
        by_document: dict[str, float] = {}
        for i in np.flatnonzero(self._superseded[rows]):
            document = self.index.store.document_of(self.index.store.passages[int(rows[i])])
            if document.id not in by_document:
                by_document[document.id] = self._superseded_prior(question, document)
            prior[i] = by_document[document.id]
        return prior

    def _superseded_prior(self, question: Question, document: Document) -> float:
        if names_older_version(question, document) or document.id in question.documents:
            return self._config.named_version_boost
        if asks_for_older(question, document):
            return 1.0
        return self._config.superseded_penalty


@lru_cache(maxsize=16384)
def word_set(text: str) -> frozenset[str]:
    """The lower-cased words of a passage, remembered: near copies are looked for among the
    same passages for every question that retrieves them."""
    return frozenset(text.lower().split())
