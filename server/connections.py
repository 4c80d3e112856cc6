"""Connections that stop sending their request's headers are closed.

uvicorn's h11 protocol waits for a request's headers without a deadline: a client that sends
half a request line and then nothing (a slowloris) holds the connection for ever, and a
thousand of them hold the server. This protocol closes a connection whose headers have not
all arrived within `HeaderDeadlineH11.seconds` of it opening, or of the previous response.
(A body that stops arriving is server.timeouts.BodyTimeout's, answered 408.)
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

IMPORT_STRING = "server.connections:HeaderDeadlineH11"
"""How uvicorn is told to use this protocol (a string, so worker processes import it)."""


class HeaderDeadlineH11(H11Protocol):
    seconds: float = 10.0
    """Set once at start-up from Settings.body_timeout_seconds (server.cli, server.asgi)."""

    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        # h11 leaves IDLE once a request's headers are complete.
        if self.conn.their_state is not h11.IDLE:
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
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
        self._deadline = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()
