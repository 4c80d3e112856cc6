"""Connections that stop sending their request's headers are closed.

uvicorn's HTTP protocols wait for a request's headers without a deadline: a client that sends
half a request line and then nothing (a slowloris) holds the connection for ever, and a
thousand of them hold the server. This protocol closes a connection whose headers have not
all arrived within `HeaderDeadline.seconds` of it opening, or of the previous response.
(A body that stops arriving is server.limits.BodyTimeout's, answered 408.)

It is uvicorn's httptools protocol: llhttp parses a request in C, where h11 spent a few tenths
of a millisecond of every answer in Python (bench/, issue 15). Each response of known length
goes out in one send (server/one_send.py).
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from server.one_send import one_send

IMPORT_STRING = "server.connections:HeaderDeadline"
"""How uvicorn is told to use this protocol (a string, so worker processes import it)."""


class HeaderDeadline(HttpToolsProtocol):
    seconds: float = 10.0
    """Set once at start-up from Settings.body_timeout_seconds (server.cli, server.asgi)."""

    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        before = self.cycle
        super().on_headers_complete()
        if self.cycle is not before:
            one_send(self.cycle)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # A pipelined request whose headers are all in has just been started: it waits for
        # nothing from the client, so its connection is not timed.
        if not self.transport.is_closing() and self.cycle.response_complete:
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.seconds, self._headers_too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _headers_too_slow(self) -> None:
        # Armed only while a request's headers are awaited; disarmed once they are complete.
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()
