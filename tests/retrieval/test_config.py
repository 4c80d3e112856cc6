from __future__ import annotations

from collections.abc import Callable

import pytest

from retrieval.config import SearchConfig


@pytest.mark.parametrize(
    ("field", "make"),
    [
        ("candidates", lambda: SearchConfig(candidates=0)),
        ("dense_weight", lambda: SearchConfig(dense_weight=1.5)),
        ("defines_boost", lambda: SearchConfig(defines_boost=0.5)),
        ("near_copy", lambda: SearchConfig(near_copy=1.2)),
        ("swap_similarity", lambda: SearchConfig(swap_similarity=-0.1)),
        ("query_cache", lambda: SearchConfig(query_cache=-1)),
    ],
)
def test_an_out_of_range_search_setting_is_refused_by_name(
    field: str, make: Callable[[], SearchConfig]
) -> None:
    with pytest.raises(ValueError, match=f"SearchConfig.{field} is"):
        make()
