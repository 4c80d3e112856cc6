"""A response of known length is written in one send; the others are written as they come."""

from __future__ import annotations

from typing import Any

from server.one_send import HeadWithBody, sized


class Recorded:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(data)

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed


def _stand_in() -> tuple[HeadWithBody, Recorded]:
    recorded = Recorded()
    transport: Any = recorded
    return HeadWithBody(transport), recorded


def test_a_held_head_goes_out_with_the_body() -> None:
    stand_in, recorded = _stand_in()
    stand_in.holding = True
    stand_in.write(b"HEAD\r\n\r\n")
    assert recorded.writes == []
    stand_in.write(b"body")
    assert recorded.writes == [b"HEAD\r\n\r\nbody"]


def test_a_held_head_is_not_lost_when_no_body_follows() -> None:
    stand_in, recorded = _stand_in()
    stand_in.holding = True
    stand_in.write(b"HEAD")
    stand_in.close()
    assert recorded.writes == [b"HEAD"] and recorded.closed


def test_writes_not_held_go_straight_out() -> None:
    stand_in, recorded = _stand_in()
    stand_in.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    stand_in.flush()
    assert recorded.writes == [b"HTTP/1.1 100 Continue\r\n\r\n"]


def test_only_a_response_with_a_length_is_held() -> None:
    start = {"type": "http.response.start", "status": 200}
    with_length = {**start, "headers": [(b"content-length", b"2")]}
    assert sized(with_length, "POST")
    assert not sized(with_length, "HEAD")  # no body follows
    assert not sized({**start, "headers": [(b"content-type", b"text/event-stream")]}, "GET")
    assert not sized({"type": "http.response.body", "body": b"{}"}, "POST")
