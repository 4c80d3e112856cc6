"""Every HTTP response counted, timed and audited, as a plain ASGI middleware.

Starlette's `@app.middleware("http")` runs the app in a task of its own and streams its body
through a queue: on a fast request that costs more than the request's own work. This wraps
`send` instead: when the response starts, the request is recorded (the endpoint has finished
by then, so its state is set); when recording fails, the caller gets that failure's response
in place of the answer, which is never sent unaudited.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Recorder = Callable[[Request, int, float], Response | None]
"""Records one response (its request, status and seconds to its start); returns the response to
send instead when the record could not be kept, else None."""


class Observed:
    def __init__(self, app: ASGIApp, *, record: Recorder) -> None:
        self.app = app
        self.record = record

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        replaced = False

        async def sending(message: Message) -> None:
            nonlocal replaced
            if replaced:
                return
            if message["type"] == "http.response.start":
                elapsed = time.perf_counter() - started
                instead = self.record(Request(scope), message["status"], elapsed)
                if instead is not None:
                    replaced = True
                    await instead(scope, receive, send)
                    return
            await send(message)

        await self.app(scope, receive, sending)
