"""Security headers on every HTTP response, as a plain ASGI middleware.

Only the page at `framable_path` may be framed (its own CSP names who may frame it); every other
response refuses framing. Written against ASGI rather than with `@app.middleware("http")`:
Starlette runs such a middleware's app in a task of its own and streams the body through a
memory channel, which cost more than half a millisecond of every answer (bench/, issue 15).
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, framable_path: str) -> None:
        self.app = app
        self.framable_path = framable_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        framable = scope["path"] == self.framable_path

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "same-origin"
                if not framable:
                    headers.setdefault("Content-Security-Policy", "frame-ancestors 'none'")
                    headers["X-Frame-Options"] = "DENY"
            await send(message)

        await self.app(scope, receive, with_headers)
