"""A follow-up's new subject stands for the earlier words nearest it in meaning (real model)."""

from __future__ import annotations

import pytest

from index.embedder import Embedder
from pipeline.substitutes import Substitutes


def test_a_new_subject_replaces_the_words_nearest_it_in_meaning(embedder: Embedder) -> None:
    substitutes = Substitutes(embedder, threshold=0.4)
    assert substitutes("kids", ["adults", "obese", "county"]) == {"adults"}
    assert substitutes("alcohol", ["target", "smoking", "prevalence"]) == {"smoking"}
    # The earlier ask is far from a new subject of another kind: nothing is replaced.
    assert substitutes("hip fractures", ["hitting", "target"]) == frozenset()


def test_an_out_of_range_threshold_is_refused(embedder: Embedder) -> None:
    with pytest.raises(ValueError, match="allowed: 0 to 1"):
        Substitutes(embedder, threshold=1.5)
