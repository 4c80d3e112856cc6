"""A response of known length goes out in one send: its head waits for its body.

uvicorn writes a response's status line and headers as soon as the app starts the response, and
the body in a second write: two system calls, and on loopback two wake-ups of the client, for
every answer. `one_send` puts a stand-in between a request's cycle and the connection's
transport that holds such a head until the first bytes of the body and writes them together. A
response without a length (a stream of events) is written as it comes, head first.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import Message
from uvicorn.protocols.http.httptools_impl import RequestResponseCycle


class HeadWithBody:
    """Stands in for a cycle's transport; writes what it is given, except a head it is told to
    hold, which goes out with the next write (or on `flush`, `close`)."""

    def __init__(self, transport: asyncio.Transport) -> None:
        self._transport = transport
        self._head: bytes | None = None
        self.holding = False

    def write(self, data: bytes) -> None:
        if self.holding:
            self.holding = False
            self._head = data
            return
        if self._head is not None:
            data = self._head + data
            self._head = None
        self._transport.write(data)

    def flush(self) -> None:
        if self._head is not None:
            head, self._head = self._head, None
            self._transport.write(head)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


def sized(message: Message, method: str) -> bool:
    """Whether `message` starts a response whose body follows with a declared length."""
    return (
        message["type"] == "http.response.start"
        and method != "HEAD"
        and any(name.lower() == b"content-length" for name, _ in message.get("headers", ()))
    )


def one_send(cycle: RequestResponseCycle) -> None:
    """Make `cycle` (not yet started) write each response of known length in one send."""
    stand_in = HeadWithBody(cycle.transport)
    send = cycle.send
    method = cycle.scope["method"]

    async def sending(message: Message) -> None:
        held = sized(message, method)
        stand_in.holding = held
        try:
            await send(message)  # type: ignore[arg-type]
        finally:
            stand_in.holding = False
            if not held:
                stand_in.flush()

    cycle.transport = stand_in  # type: ignore[assignment]
    cycle.send = sending  # type: ignore[method-assign,assignment]
