"""Impact blocks kept in the process stay within their byte budget, least recently used out."""

from __future__ import annotations

from index.pg.lexical import BlockCache


def test_the_least_recently_used_block_leaves_first_when_the_budget_is_full() -> None:
    cache = BlockCache(max_bytes=30)
    cache.put(1, 0, b"a" * 5, b"b" * 5)
    cache.put(2, 0, b"c" * 5, b"d" * 5)
    assert cache.get(1, 0) == (b"a" * 5, b"b" * 5)
    cache.put(3, 0, b"e" * 5, b"f" * 5)
    cache.put(4, 0, b"g" * 5, b"h" * 5)
    assert cache.get(2, 0) is None
    assert cache.get(1, 0) is not None and cache.get(4, 0) is not None


def test_a_block_larger_than_the_budget_is_not_kept() -> None:
    cache = BlockCache(max_bytes=8)
    cache.put(1, 0, b"x" * 5, b"y" * 5)
    assert cache.get(1, 0) is None
