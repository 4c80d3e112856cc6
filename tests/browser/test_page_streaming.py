"""The answer streams into the page from /v1/ask/stream as the model words it; it can be
stopped, and a question asked meanwhile waits its turn instead of being lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

QUESTION = "What did the board resolve on the Better Care Fund plan?"
SECOND = "Who presented the Better Care Fund plan?"
FIRST_WORDS = "The board approved"
LAST_WORDS = "was approved in full"


def _ask(page: Page, question: str) -> None:
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


def test_the_answer_appears_word_by_word_before_it_is_complete(
    page: Page, slow_site: str, screenshots: Path
) -> None:
    page.goto(slow_site + "/")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    with page.expect_request("**/v1/ask/stream"):
        _ask(page, QUESTION)
    live = page.locator(".turn-answer.pending .live-text")
    expect(live).to_contain_text(FIRST_WORDS)
    assert LAST_WORDS not in live.inner_text()
    expect(page.get_by_role("button", name="Stop")).to_be_visible()
    page.screenshot(path=screenshots / "page-streaming.png")
    answer = page.locator(".turn-answer.answered")
    expect(answer.locator(".answer-text")).to_contain_text(LAST_WORDS)
    expect(answer.locator(".citation")).not_to_have_count(0)
    expect(page.get_by_role("button", name="Stop")).to_be_hidden()


def test_stop_keeps_what_was_written_and_offers_to_ask_again(
    page: Page, slow_site: str, screenshots: Path
) -> None:
    page.goto(slow_site + "/")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    _ask(page, QUESTION)
    expect(page.locator(".turn-answer.pending .live-text")).to_contain_text(FIRST_WORDS)
    page.get_by_role("button", name="Stop").click()
    stopped = page.locator(".turn-answer.stopped")
    expect(stopped.get_by_role("heading", name="Stopped")).to_be_visible()
    expect(stopped).to_contain_text(FIRST_WORDS)
    expect(stopped).not_to_contain_text(LAST_WORDS)
    expect(page.get_by_label("Your question")).to_be_focused()
    page.screenshot(path=screenshots / "page-stopped.png")
    stopped.get_by_role("button", name="Ask again").click()
    expect(page.locator(".turn-answer.answered .answer-text")).to_contain_text(LAST_WORDS)


def test_a_question_typed_while_an_answer_streams_waits_and_is_then_asked(
    page: Page, slow_site: str, screenshots: Path
) -> None:
    page.goto(slow_site + "/")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    _ask(page, QUESTION)
    expect(page.locator(".turn-answer.pending .live-text")).to_contain_text(FIRST_WORDS)
    _ask(page, SECOND)
    box = page.get_by_label("Your question")
    expect(box).to_have_value("")
    expect(box).to_be_editable()
    waiting = page.locator(".turn").nth(1)
    expect(waiting.locator(".turn-question")).to_have_text(f"You asked: {SECOND}")
    expect(waiting.locator(".turn-answer.waiting")).to_be_visible()
    expect(page.locator("#queue-status")).to_contain_text("1 question waiting")
    page.screenshot(path=screenshots / "page-queued.png")
    expect(page.locator(".turn-answer.answered")).to_have_count(2, timeout=60_000)
    expect(page.locator(".turn").nth(1).locator(".turn-answer.answered")).to_be_visible()
    expect(page.locator("#queue-status")).to_have_text("")
