"""Optional generated answers: a language model words the answer, the extractive one guards it.

The extractive answer comes first and decides: when it refuses, the model is never asked. The
model is fed the same candidates: the passages the extractive answer quotes come first, each
with the sentences it chose marked, then the other top passages, all fenced as data
(prompts/system.j2, prompts/answer.j2, with a fresh random fence each time so a document cannot
close its own fence), and its reply keeps only the
citations the passages back (answer/llm.py). A reply with none left, an error or a timeout gives
the extractive answer instead. Each citation's quote is the cited passage's sentence that best
matches the claim citing it: a verbatim substring, as in extractive answers.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from answer.llm import CitationFilter, LLMError, LLMTimeout, Message, claims
from answer.model import Answer, Citation
from index.tokenize import tokenize
from ingest.sentences import sentence_spans
from retrieval.search import Hit

log = logging.getLogger(__name__)

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
PASSAGES = 6
"""Passages shown to the model: the ones the extractive answer reads (AnswerConfig.passages)."""
QUESTION_WEIGHT = 0.5
_FENCE_CHARS = re.compile(r"<<<|>>>")
_NOTE = re.compile(r"(?<=\s)Note: [^\[\]]*$")


class ChatModel(Protocol):
    def complete(self, messages: Sequence[Message]) -> str: ...

    def stream(self, messages: Sequence[Message]) -> Iterator[str]: ...


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of answer text, ready to show; `generated` when the model worded it."""

    text: str
    generated: bool = False


@dataclass(frozen=True, slots=True)
class Reset:
    """Forget the text shown so far: the model failed mid-answer; the extractive one follows."""


@dataclass(frozen=True, slots=True)
class Final:
    """The answer, complete; `generated` says whether the model's wording was kept."""

    answer: Answer
    generated: bool


Event = Token | Reset | Final


@cache
def _templates() -> Environment:
    return Environment(
        loader=FileSystemLoader(PROMPTS_DIR),
        undefined=StrictUndefined,
        autoescape=False,  # plain text for a model, not HTML
        keep_trailing_newline=True,
    )


def _defanged(text: str) -> str:
    """Text that cannot draw a fence: runs of <<< or >>> become guillemets."""
    return _FENCE_CHARS.sub(lambda m: "‹‹‹" if m.group(0) == "<<<" else "›››", text)


def new_fence() -> str:
    return secrets.token_hex(8)


def shown_first(hits: Sequence[Hit], extractive: Answer, n: int) -> list[Hit]:
    """The `n` passages the model is shown: those the extractive answer quotes first, in its
    order, then the best-ranked others. The model then reads first what the answer layer's
    ranked candidates found, not whatever retrieval happened to rank first; a quoted passage
    the search did not return (a commitment's later mention, from the registers) is shown too."""
    by_id = {h.passage.id: h for h in hits}
    first: dict[str, Hit] = {}
    for citation in extractive.citations:
        pid = citation.passage.id
        if pid not in first:
            first[pid] = by_id.get(pid) or Hit(citation.passage, citation.document, 0.0)
    rest = [h for h in hits if h.passage.id not in first]
    return [*first.values(), *rest][:n]


def key_sentences(extractive: Answer) -> dict[str, list[str]]:
    """Each quoted passage's sentences that the extractive answer chose, by passage id."""
    found: dict[str, list[str]] = {}
    for citation in extractive.citations:
        kept = found.setdefault(citation.passage.id, [])
        if citation.quote not in kept:
            kept.append(citation.quote)
    return found


def render_messages(
    question: str,
    hits: Sequence[Hit],
    *,
    fence: str,
    key: Mapping[str, Sequence[str]] | None = None,
) -> list[Message]:
    """The system and user messages for `question` over `hits`, numbered from 1; `key` gives,
    by passage id, the sentences the extractive answer chose (shown inside the passage's
    fence, since they are the document's words)."""
    if not re.fullmatch(r"[0-9a-f]{8,64}", fence):
        raise ValueError(f"fence {fence!r} must be 8 to 64 lowercase hex characters")
    chosen = key or {}
    passages = [
        {
            "n": n,
            "title": _defanged(hit.document.title),
            "date": hit.document.date,
            "section": _defanged(hit.passage.section or ""),
            "key": [_defanged(quote) for quote in chosen.get(hit.passage.id, ())],
            "text": _defanged(hit.passage.text),
        }
        for n, hit in enumerate(hits, start=1)
    ]
    env = _templates()
    return [
        {"role": "system", "content": env.get_template("system.j2").render(fence=fence)},
        {
            "role": "user",
            "content": env.get_template("answer.j2").render(
                passages=passages, question=_defanged(question), fence=fence
            ),
        },
    ]


def best_sentence(text: str, claim: str, question: str = "") -> str:
    """The sentence of `text` sharing most words with `claim` (then `question`); verbatim."""
    spans = sentence_spans(text) or [(0, len(text))]
    claim_terms, question_terms = set(tokenize(claim)), set(tokenize(question))

    def score(span: tuple[int, int]) -> float:
        terms = set(tokenize(text[span[0] : span[1]]))
        return len(terms & claim_terms) + QUESTION_WEIGHT * len(terms & question_terms)

    start, end = max(spans, key=score)  # max keeps the first of equals: reading order
    return text[start:end]


def citations_for(
    text: str, cited: Sequence[int], hits: Sequence[Hit], question: str
) -> list[Citation]:
    """A citation for each passage number in `cited`, quoting its best-matching sentence."""
    said = claims(text)
    out = []
    for n in cited:
        hit = hits[n - 1]
        quote = best_sentence(hit.passage.text, said.get(n, ""), question)
        out.append(Citation(n, hit.passage, hit.document, quote))
    return out


def carried_note(extractive: Answer) -> str | None:
    """The extractive answer's closing "Note: ..." (a superseded source), kept for the model's.

    The extractive answer names the successor only from documents the caller may see, so the
    note is taken from it rather than rebuilt here.
    """
    match = _NOTE.search(extractive.text)
    return match.group(0) if match else None


def extractive_events(answer: Answer, *, generated: bool = False) -> Iterator[Event]:
    """An answer as a few tokens (one per cited sentence), then Final."""
    pieces = [p for p in re.split(r"(?<=\])\s+", answer.text) if p]
    for i, piece in enumerate(pieces):
        yield Token(piece if i == len(pieces) - 1 else piece + " ")
    yield Final(answer, generated)


class Generator:
    """Asks `model` to word the answer; keeps the extractive answer when it cannot."""

    def __init__(self, *, model: ChatModel, passages: int = PASSAGES) -> None:
        if passages < 1:
            raise ValueError(f"passages must be at least 1, got {passages}")
        self._model = model
        self._passages = passages

    def answer(
        self,
        question: str,
        hits: Sequence[Hit],
        extractive: Answer,
    ) -> Answer:
        """The generated answer, or `extractive` when it refused or the model fails."""
        final = extractive
        for event in self._events(question, hits, extractive, streaming=False):
            if isinstance(event, Final):
                final = event.answer
        return final

    def stream(
        self,
        question: str,
        hits: Sequence[Hit],
        extractive: Answer,
    ) -> Iterator[Event]:
        """Tokens of the validated reply as they arrive, then Final (see the module docstring)."""
        return self._events(question, hits, extractive, streaming=True)

    def _events(
        self,
        question: str,
        hits: Sequence[Hit],
        extractive: Answer,
        *,
        streaming: bool,
    ) -> Iterator[Event]:
        shown = shown_first(hits, extractive, self._passages)
        if extractive.refused or not shown:
            yield from extractive_events(extractive)
            return
        messages = render_messages(
            question, shown, fence=new_fence(), key=key_sentences(extractive)
        )
        cleaner = CitationFilter([h.passage.text for h in shown])
        parts: list[str] = []
        try:
            chunks = self._model.stream(messages) if streaming else [self._model.complete(messages)]
            for chunk in chunks:
                text = cleaner.feed(chunk)
                if text:
                    parts.append(text)
                    yield Token(text, generated=True)
            rest = cleaner.finish()
        except LLMError as exc:
            kind = "timed out" if isinstance(exc, LLMTimeout) else "failed"
            log.warning("language model %s (%s); answering extractively", kind, exc)
            if parts:
                yield Reset()
            yield from extractive_events(extractive)
            return
        if rest is None:
            log.info("language model reply cited no passage it was shown; answering extractively")
            yield from extractive_events(extractive)
            return
        if rest:
            parts.append(rest)
            yield Token(rest, generated=True)
        text = "".join(parts).strip()
        citations = citations_for(text, cleaner.cited, shown, question)
        note = carried_note(extractive)
        if note:
            yield Token(" " + note, generated=True)
            text = f"{text} {note}"
        yield Final(Answer(text, citations, extractive.confidence, refused=False), generated=True)
