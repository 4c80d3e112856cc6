"""Stage timings of one query, recorded by the real query path for the benchmarks.

`Clock.stage("bm25")` times a block and adds its milliseconds to that stage; a query asked
without a clock pays nothing but a no-op context manager.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager


class Clock:
    def __init__(self) -> None:
        self.ms: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.ms[name] = self.ms.get(name, 0.0) + (time.perf_counter() - started) * 1000


@contextmanager
def _untimed() -> Iterator[None]:
    yield


def stage(clock: Clock | None, name: str) -> AbstractContextManager[None]:
    """`clock.stage(name)`, or nothing when there is no clock."""
    return clock.stage(name) if clock is not None else _untimed()
