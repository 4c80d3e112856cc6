from __future__ import annotations

from answer.features import REFUSAL_FEATURES, SPAN_FEATURES, refusal_features
from ingest.model import DocType, Document, Passage, PassageKind
from retrieval.search import Hit, SignalScores


def _hit(dense: float, bm25: float) -> Hit:
    document = Document(id="d", title="D", doc_type=DocType.REPORT, source="d", sha256="0")
    passage = Passage(id="d:1", document_id="d", text="x", kind=PassageKind.PARAGRAPH)
    return Hit(passage, document, 1.0, SignalScores(bm25=bm25, dense=dense))


def test_the_refusal_inputs_say_how_near_the_question_comes_to_anything_retrieved() -> None:
    span = [0.5] * len(SPAN_FEATURES)
    near = dict(
        zip(
            REFUSAL_FEATURES,
            refusal_features(0.7, span, [_hit(0.3, 2.0), _hit(0.6, 9.0)], satisfied=True),
            strict=True,
        )
    )
    far = dict(
        zip(
            REFUSAL_FEATURES,
            refusal_features(0.7, span, [_hit(0.2, 1.0)], satisfied=True),
            strict=True,
        )
    )
    assert near["top_dense"] == 0.6 and far["top_dense"] == 0.2
    assert near["best"] == 0.7 and near["satisfied"] == 1.0


def test_a_refusal_input_named_for_a_span_feature_is_the_best_spans_own() -> None:
    span = [float(n) for n in range(len(SPAN_FEATURES))]
    inputs = dict(
        zip(REFUSAL_FEATURES, refusal_features(0.1, span, [], satisfied=False), strict=True)
    )
    for name in set(REFUSAL_FEATURES) & set(SPAN_FEATURES):
        assert inputs[name] == SPAN_FEATURES.index(name)
    assert inputs["top_dense"] == 0.0
