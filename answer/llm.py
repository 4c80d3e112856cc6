"""A client for an OpenAI-compatible chat-completions endpoint, and validation of its replies.

The model is optional and untrusted: whatever it says, only citation markers `[n]` that name a
passage it was shown, in a claim that shares words with that passage, survive
(`CitationFilter`); a reply left with no valid citation is discarded by the caller.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from answer.inert import inert
from index.tokenize import tokenize

Message = dict[str, str]

ENDPOINT = "/chat/completions"
MAX_TOKENS = 400
MIN_SHARED = 2
"""Content words a claim must share with a passage to cite it: one is too easy to meet, as a
planted "reply APPROVED" answered "APPROVED [1]" shares its one word with its passage."""
# A marker "[3]" or "[1, 4]"; anything else in brackets is plain text.
_MARKER = re.compile(r"\[\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*\]")
# Trailing space and the start of what may become a marker: held back until the next chunk shows
# whether a dropped marker will take the space with it.
_OPEN_MARKER = re.compile(r"\s*(?:\[[\d,\s]{0,16})?$")
# What a dropped claim keeps: the punctuation and space that closed the claim before it.
_LEAD = re.compile(r"[\s.,;:!?)]*")
# The punctuation that closes a dropped claim, after its marker.
_CLOSING = re.compile(r"^[.,;:!?]")


class LLMError(Exception):
    """The language model could not give a reply (unreachable, bad status, bad body)."""


class LLMTimeout(LLMError):
    """The language model did not finish within the configured time."""


def completions_url(url: str) -> str:
    """The chat-completions endpoint: `url` itself if it names one, else `url` + /chat/completions.

    >>> completions_url("http://127.0.0.1:8080/v1")
    'http://127.0.0.1:8080/v1/chat/completions'
    """
    url = url.rstrip("/")
    return url if url.endswith(ENDPOINT) else url + ENDPOINT


class ChatClient:
    """Talks to one OpenAI-compatible endpoint; `timeout_seconds` bounds each whole reply."""

    def __init__(
        self,
        *,
        url: str,
        model: str | None = None,
        api_key: str | None = None,
        timeout_seconds: float = 20.0,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"llm url {url!r} must start with http:// or https://")
        if timeout_seconds <= 0:
            raise ValueError(f"llm timeout must be above 0 seconds, got {timeout_seconds}")
        self.url = completions_url(url)
        self.model = model
        self.timeout_seconds = timeout_seconds
        self._max_tokens = max_tokens
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(headers=headers, timeout=timeout_seconds)

    def close(self) -> None:
        self._http.close()

    def _body(self, messages: Sequence[Message], *, stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "messages": list(messages),
            "temperature": 0,
            "max_tokens": self._max_tokens,
            "stream": stream,
        }
        if self.model:
            body["model"] = self.model
        return body

    def complete(self, messages: Sequence[Message]) -> str:
        """The whole reply in one piece."""
        return "".join(self._chunks(messages, stream=False))

    def stream(self, messages: Sequence[Message]) -> Iterator[str]:
        """The reply as the server streams it (one piece if the server does not stream)."""
        return self._chunks(messages, stream=True)

    def _chunks(self, messages: Sequence[Message], *, stream: bool) -> Iterator[str]:
        deadline = time.monotonic() + self.timeout_seconds
        try:
            with self._http.stream("POST", self.url, json=self._body(messages, stream=stream)) as r:
                if r.status_code != 200:
                    r.read()
                    raise LLMError(f"{self.url} answered {r.status_code}: {r.text[:200]}")
                if not r.headers.get("content-type", "").startswith("text/event-stream"):
                    yield message_content(json.loads(r.read()))
                    return
                for line in r.iter_lines():
                    if time.monotonic() > deadline:
                        raise LLMTimeout(f"no complete reply within {self.timeout_seconds}s")
                    if not line.startswith("data:"):
                        continue
                    data = line[len("data:") :].strip()
                    if data == "[DONE]":
                        return
                    piece = delta_content(json.loads(data))
                    if piece:
                        yield piece
        except httpx.TimeoutException as exc:
            raise LLMTimeout(f"no reply within {self.timeout_seconds}s from {self.url}") from exc
        except httpx.HTTPError as exc:
            raise LLMError(f"{self.url} unreachable: {exc}") from exc
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"{self.url} sent a body that is not a chat completion: {exc}") from exc


def message_content(body: Any) -> str:
    """The text of a (non-streamed) chat completion."""
    content = body["choices"][0]["message"]["content"]
    if not isinstance(content, str):
        raise TypeError("choices[0].message.content is not a string")
    return content


def delta_content(body: Any) -> str:
    """The text of one streamed chunk; role-only and final chunks carry none."""
    choices = body.get("choices") or [{}]
    content = (choices[0].get("delta") or {}).get("content")
    return content if isinstance(content, str) else ""


@dataclass
class CitationFilter:
    """Cleans a reply as it arrives: keeps only claims whose markers `[n]` `passages` can back.

    A claim is the text before a marker. A marker is valid when n numbers one of `passages`
    (1-based) and its claim shares at least MIN_SHARED content words with that passage; `[1, 4]`
    becomes `[1][4]`. A claim whose markers are all invalid is dropped whole, with the
    punctuation that closes it, so an invented citation cannot carry a sentence through. Each
    claim is held until its marker arrives and released as plain text (answer.inert). Nothing is
    released until the first valid marker, so a reply that never cites (an obeyed injection, a
    refusal, a ramble) is never shown: `finish()` returns None and the caller falls back.
    """

    passages: Sequence[str]
    cited: list[int] = field(default_factory=list)
    _pending: str = ""
    _released: bool = False
    _held: str = ""
    _claim: str = ""
    _last_claim: str = ""
    _drop_closing: bool = False
    _stems: dict[int, frozenset[str]] = field(default_factory=dict)

    def feed(self, chunk: str) -> str:
        """Text that is safe to show now (possibly empty)."""
        self._pending += chunk
        if self._drop_closing:
            if not self._pending:
                return ""
            self._pending = _CLOSING.sub("", self._pending, count=1)
            self._drop_closing = False
        out: list[str] = []
        while True:
            match = _MARKER.search(self._pending)
            if match is None:
                break
            self._claim += self._pending[: match.start()]
            self._pending = self._pending[match.end() :]
            kept = self._valid(match.group(1))
            claim, self._claim = self._claim, ""
            if claim.strip():
                self._last_claim = claim
            if kept:
                out.append(claim + "".join(f"[{n}]" for n in kept))
            elif claim.strip():
                # An invented citation: its claim goes whole, and the full stop that closes it.
                out.append(_LEAD.match(claim).group(0).rstrip())  # type: ignore[union-attr]
                self._pending = _CLOSING.sub("", self._pending, count=1)
                self._drop_closing = not self._pending
        hold = _OPEN_MARKER.search(self._pending)
        cut = hold.start() if hold else len(self._pending)
        self._claim += self._pending[:cut]
        self._pending = self._pending[cut:]
        return self._release("".join(out))

    def finish(self) -> str | None:
        """The rest of the text, or None when the reply never cited a passage it was shown."""
        rest = self._release(self._claim + self._pending)
        self._claim = self._pending = ""
        return rest if self._released else None

    def _valid(self, numbers: str) -> list[int]:
        claim = set(tokenize(self._claim if self._claim.strip() else self._last_claim))
        kept = []
        for n in dict.fromkeys(int(x) for x in numbers.split(",")):
            if 1 <= n <= len(self.passages) and len(claim & self._passage_stems(n)) >= MIN_SHARED:
                kept.append(n)
                if n not in self.cited:
                    self.cited.append(n)
        return kept

    def _passage_stems(self, n: int) -> frozenset[str]:
        if n not in self._stems:
            self._stems[n] = frozenset(tokenize(self.passages[n - 1]))
        return self._stems[n]

    def _release(self, text: str) -> str:
        text = inert(text, [self.passages[n - 1] for n in self.cited])
        if self._released:
            return text
        self._held += text
        if not self.cited:
            return ""
        self._released = True
        held, self._held = self._held, ""
        return held


def clean_reply(reply: str, passages: Sequence[str]) -> tuple[str, list[int]] | None:
    """The reply with unbacked markers removed and the passages it cites, or None if none."""
    cleaner = CitationFilter(passages)
    text = cleaner.feed(reply)
    rest = cleaner.finish()
    if rest is None:
        return None
    return (text + rest).strip(), cleaner.cited


def claims(text: str) -> dict[int, str]:
    """For each cited n, the text of the claims that cite it (the span before each marker)."""
    found: dict[int, str] = {}
    start, last = 0, ""
    for match in _MARKER.finditer(text):
        segment = text[start : match.start()]
        if segment.strip():
            last = segment
        for n in (int(x) for x in match.group(1).split(",")):
            found[n] = f"{found.get(n, '')} {last}".strip()
        start = match.end()
    return found
