"""Per-request limits: body size, a rate per client (token bucket), and a time budget."""

from __future__ import annotations

import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import ParamSpec, TypeVar

import anyio
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import ApiError, error_response

P = ParamSpec("P")
T = TypeVar("T")


class RateLimiter:
    """Token buckets per client id: `per_minute` sustained, up to `burst` at once.

    Only the most recent `max_clients` buckets are kept; a forgotten client starts full, which
    is what it would have been after the idle time that got it forgotten.
    """

    def __init__(
        self,
        *,
        per_minute: int,
        burst: int,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 0 or burst < 1:
            raise ValueError(f"per_minute must be >= 0 and burst >= 1, got {per_minute}, {burst}")
        self._rate = per_minute / 60.0
        self._burst = float(burst)
        self._max = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self._rate > 0

    def check(self, client: str) -> float:
        """Take one token for `client`: 0.0 if allowed, else the seconds until one is due."""
        if not self.enabled:
            return 0.0
        now = self._clock()
        with self._lock:
            tokens, then = self._buckets.pop(client, (self._burst, now))
            tokens = min(self._burst, tokens + (now - then) * self._rate)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / self._rate
            if wait == 0.0:
                tokens -= 1
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self._max:
                self._buckets.popitem(last=False)
        return wait


def rate_limited(wait: float) -> ApiError:
    seconds = max(1, math.ceil(wait))
    return ApiError(
        429,
        f"too many requests; try again in {seconds} s",
        headers={"Retry-After": str(seconds)},
    )


async def within_budget(seconds: float, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run `fn` in a worker thread; 503 if it has not finished after `seconds`.

    The worker is abandoned, not killed (Python cannot stop a thread): it finishes in the
    background and its result is dropped.
    """
    with anyio.move_on_after(seconds) as scope:
        return await anyio.to_thread.run_sync(partial(fn, *args, **kwargs), abandon_on_cancel=True)
    if scope.cancelled_caught:
        raise ApiError(
            503, f"the request took longer than its {seconds:g} s budget; try again", code="timeout"
        )
    raise AssertionError("unreachable")  # pragma: no cover


class BodyLimit:
    """413 for a request body over `max_bytes`, declared or streamed (chunked)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await error_response(413, self._message())(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise HTTPException(413, self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return f"request body over {self.max_bytes} bytes"


class UniqueJsonKeys:
    """422 for a JSON body naming one key twice: which value counts would otherwise be the
    parser's silent choice (the last), and a filter could be smuggled past a proxy's check."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        content_type = (
            Headers(scope=scope).get("content-type", "") if scope["type"] == "http" else ""
        )
        if scope["type"] != "http" or "json" not in content_type:
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        body = b""
        try:
            while True:
                message = await receive()
                messages.append(message)
                if message["type"] != "http.request":
                    break
                body += message.get("body", b"")
                if not message.get("more_body", False):
                    break
        except HTTPException as exc:  # BodyLimit's 413, raised while the body streams in
            await error_response(exc.status_code, str(exc.detail))(scope, receive, send)
            return
        duplicate = duplicate_key(body)
        if duplicate is not None:
            said = f"the JSON body names key {duplicate!r} more than once; name each key once"
            await error_response(422, said)(scope, receive, send)
            return
        replay = iter(messages)

        async def replayed() -> Message:
            return next(replay, None) or await receive()

        await self.app(scope, replayed, send)


def duplicate_key(body: bytes) -> str | None:
    """The first key a JSON object in `body` names twice, or None (also for invalid JSON, which
    the route's own parsing reports)."""
    found: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in items]
        repeated = [k for k in keys if keys.count(k) > 1]
        if repeated and not found:
            found.append(repeated[0])
        return dict(items)

    try:
        json.loads(body or b"null", object_pairs_hook=pairs)
    except ValueError:
        return None
    return found[0] if found else None


class BodyTimeout:
    """408 for a request whose body stops arriving: each part must come within `seconds`, so
    half-sent requests do not hold connections open."""

    def __init__(self, app: ASGIApp, *, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        done = False

        async def timed() -> Message:
            nonlocal done
            if done:
                return await receive()
            with anyio.fail_after(self.seconds):
                message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                done = True
            return message

        try:
            await self.app(scope, timed, send)
        except TimeoutError:
            message = f"the request body did not arrive within {self.seconds:g} s"
            await error_response(408, message, "request_timeout", {"Connection": "close"})(
                scope, receive, send
            )
