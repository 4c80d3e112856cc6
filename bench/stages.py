"""The query path timed stage by stage, beside the searcher it mirrors."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from answer.extractive import compose
from bench.stats import timed_ms
from index.embedder import Embedder
from index.generation import LoadedIndex
from pipeline.assistant import ANSWER_PASSAGES
from retrieval.fusion import weighted_fusion
from retrieval.query import asks_for_older
from retrieval.query import normalise as normalise_query
from retrieval.search import Hit, SearchConfig

SEARCH_K = 10
STAGES = ("normalise", "bm25", "embed", "dense", "fusion", "compose")


def _top_rows(scores: npt.NDArray[np.float32], n: int) -> npt.NDArray[np.int64]:
    if len(scores) <= n:
        return np.arange(len(scores), dtype=np.int64)
    return np.argpartition(-scores, n)[:n].astype(np.int64)


@dataclass(slots=True)
class StageTimer:
    """The query path of `Searcher.search` (hybrid, no filters) and `compose`, stage by stage.

    It calls the same components in the same order as the searcher; `unaccounted` in the report
    (search total minus the stages) shows if the two drift apart.
    """

    index: LoadedIndex
    embedder: Embedder
    config: SearchConfig = field(default_factory=SearchConfig)
    superseded: npt.NDArray[np.bool_] = field(init=False)

    def __post_init__(self) -> None:
        store = self.index.store
        flags = [store.documents[d].superseded_by is not None for d in store.document_order]
        self.superseded = np.array(flags, dtype=bool)[store.row_document]

    def run(self, question: str) -> dict[str, float]:
        index, store, cfg = self.index, self.index.store, self.config
        ms: dict[str, float] = {}
        query, ms["normalise"] = timed_ms(lambda: normalise_query(question, index.abbreviations))
        pool = max(cfg.candidates, 5 * SEARCH_K)

        def bm25() -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
            scores = index.bm25.scores(query.expanded)
            rows = _top_rows(scores, pool)
            return scores, rows[scores[rows] > 0]

        (bm25_all, bm25_rows), ms["bm25"] = timed_ms(bm25)
        vector, ms["embed"] = timed_ms(lambda: self.embedder.embed([query.expanded])[0])
        (_, dense_rows), ms["dense"] = timed_ms(lambda: index.dense.search(vector, pool))

        def fuse() -> list[Hit]:
            rows = np.unique(np.concatenate([bm25_rows, dense_rows]))
            bm25_scores = np.maximum(bm25_all[rows], 0).astype(np.float32)
            dense = index.dense.similarity(vector, rows)
            w = cfg.dense_weight
            fused = weighted_fusion([bm25_scores, dense], [1 - w, w])
            prior = np.ones(len(rows), dtype=np.float32)
            for i, row in enumerate(rows):
                if self.superseded[row]:
                    document = store.document_of(store.passages[int(row)])
                    if not asks_for_older(query.text, document):
                        prior[i] = cfg.superseded_penalty
            final = fused * prior
            order = np.argsort(-final, kind="stable")[:SEARCH_K]
            hits = []
            for i in order:
                passage = store.passages[int(rows[i])]
                scores = {"bm25": float(bm25_scores[i]), "dense": float(dense[i])}
                hits.append(Hit(passage, store.document_of(passage), float(final[i]), scores))
            return hits

        hits, ms["fusion"] = timed_ms(fuse)
        _, ms["compose"] = timed_ms(
            lambda: compose(
                question,
                query.expanded,
                hits[:ANSWER_PASSAGES],
                idf=index.bm25.idf,
                documents=store.documents,
                contacts=store.contact_passage,
                abbreviations=index.abbreviations,
            )
        )
        return ms
