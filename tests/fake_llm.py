"""A real HTTP server speaking the chat-completions protocol, answering from a script.

It listens on a free 127.0.0.1 port in a background thread, records every request (headers and
JSON body), streams its reply word by word when asked to (`"stream": true`, with a pause
between words when `word_delay` is set), and can wait before answering (for timeouts) or fail
with a status.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = Callable[[dict[str, Any]], str]


@dataclass
class Recorded:
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def system(self) -> str:
        return str(self.body["messages"][0]["content"])

    @property
    def user(self) -> str:
        return str(self.body["messages"][-1]["content"])


@dataclass
class FakeChatServer:
    reply: Reply
    delay: float = 0.0
    status: int = 200
    word_delay: float = 0.0
    requests: list[Recorded] = field(default_factory=list)
    url: str = ""
    _stop: threading.Event = field(default_factory=threading.Event)


def _handler(fake: FakeChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            fake.requests.append(Recorded(dict(self.headers.items()), body))
            if self.path != "/v1/chat/completions":
                self._send(404, "application/json", b'{"error": "not found"}')
                return
            if fake.delay and fake._stop.wait(fake.delay):
                return
            if fake.status != 200:
                self._send(fake.status, "application/json", b'{"error": "scripted failure"}')
                return
            text = fake.reply(body)
            if body.get("stream"):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                self._event({"choices": [{"delta": {"role": "assistant"}}]})
                for piece in re.findall(r"\S+\s*|\s+", text):
                    if fake.word_delay and fake._stop.wait(fake.word_delay):
                        return
                    self._event({"choices": [{"delta": {"content": piece}}]})
                self._event({"choices": [{"delta": {}, "finish_reason": "stop"}]})
                self.wfile.write(b"data: [DONE]\n\n")
                return
            reply = {"choices": [{"message": {"role": "assistant", "content": text}}]}
            self._send(200, "application/json", json.dumps(reply).encode())

        def _event(self, data: dict[str, Any]) -> None:
            self.wfile.write(f"data: {json.dumps(data)}\n\n".encode())
            self.wfile.flush()

        def _send(self, status: int, content_type: str, payload: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler


@contextmanager
def chat_server(
    reply: Reply | str, *, delay: float = 0.0, status: int = 200, word_delay: float = 0.0
) -> Iterator[FakeChatServer]:
    """Serve until the block ends; `url` is the base URL (…/v1) as SA_LLM_URL would give it."""
    fake = FakeChatServer(
        reply if callable(reply) else (lambda _body: reply), delay, status, word_delay
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake._stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
