"""Conversations are kept in the browser and come back after a reload; a refusal under filters
says so and clears them in one click; "What can I ask?" lists the documents and examples; the
page follows the system's dark mode."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Request, expect

from tests.browser.conftest import Site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BCF = "What did the board resolve on the Better Care Fund plan?"
FOLLOW_UP = "Who presented it?"


def _ask(page: Page, question: str) -> None:
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


def _sent(page: Page) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    def record(request: Request) -> None:
        if request.url.endswith("/v1/ask/stream"):
            sent.append(json.loads(request.post_data or "{}"))

    page.on("request", record)
    return sent


def test_a_conversation_comes_back_after_a_reload_and_continues(
    page: Page, site: Site, screenshots: Path
) -> None:
    sent = _sent(page)
    page.goto(site.assistant + "/")
    _ask(page, BCF)
    expect(page.locator(".turn-answer.answered")).to_have_count(1)
    page.reload()
    expect(page.locator(".turn-answer.answered .answer-text")).to_contain_text(
        "Better Care Fund Plan for 2019/20"
    )
    expect(page.locator(".turn-question")).to_have_text(f"You asked: {BCF}")
    page.locator("summary", has_text="Your conversations (1)").click()
    expect(page.get_by_role("button", name=BCF)).to_have_attribute("aria-current", "true")
    page.screenshot(path=screenshots / "page-history-restored.png")
    _ask(page, FOLLOW_UP)
    expect(page.locator(".turn-answer:not(.pending)")).to_have_count(2)
    assert sent[-1]["conversation_id"] == sent_conversation(page)
    assert sent[-1]["conversation_id"], "the follow-up after a reload lost its conversation"


def sent_conversation(page: Page) -> str:
    stored = page.evaluate("() => localStorage.getItem('strategy-assistant:conversations')")
    data = json.loads(stored)
    current = next(c for c in data["items"] if c["id"] == data["current"])
    return str(current["serverId"])


def test_a_new_conversation_keeps_the_old_one_in_the_list(page: Page, site: Site) -> None:
    page.goto(site.assistant + "/")
    _ask(page, BCF)
    expect(page.locator(".turn-answer.answered")).to_have_count(1)
    page.get_by_role("button", name="New conversation").click()
    expect(page.locator(".turn")).to_have_count(0)
    page.reload()
    expect(page.locator(".turn")).to_have_count(0)
    page.locator("summary", has_text="Your conversations (1)").click()
    page.get_by_role("button", name=BCF).click()
    expect(page.locator(".turn-answer.answered")).to_have_count(1)


def test_a_refusal_under_filters_says_so_and_clears_them_in_one_click(
    page: Page, site: Site, screenshots: Path
) -> None:
    sent = _sent(page)
    page.goto(site.assistant + "/")
    page.locator("summary", has_text="Filters").click()
    page.get_by_label("From", exact=True).fill("2035")
    _ask(page, BCF)
    refused = page.locator(".turn-answer.refused")
    expect(refused.get_by_role("heading", name="Not in the documents")).to_be_visible()
    expect(refused).not_to_contain_text("null")
    expect(refused).not_to_contain_text("listed below")
    expect(refused.get_by_role("heading", name="See also: closest passages")).to_have_count(0)
    expect(refused).to_contain_text("Filters were on (dated 2035 to …)")
    page.screenshot(path=screenshots / "page-refused-with-filters.png")
    refused.get_by_role("button", name="Clear filters and ask again").click()
    expect(page.locator(".turn-answer.answered .answer-text")).to_contain_text("Better Care Fund")
    expect(page.get_by_label("From", exact=True)).to_have_value("")
    assert sent[-1]["filters"] is None


def test_a_reversed_date_range_is_caught_before_asking(page: Page, site: Site) -> None:
    sent = _sent(page)
    page.goto(site.assistant + "/")
    page.locator("summary", has_text="Filters").click()
    page.get_by_label("From", exact=True).fill("2022")
    page.get_by_label("To", exact=True).fill("2019")
    _ask(page, BCF)
    expect(page.get_by_role("alert")).to_contain_text("From date is after the To date")
    assert sent == []


def test_what_can_i_ask_lists_the_documents_and_asks_an_example(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.assistant + "/")
    page.get_by_text("What can I ask?").click()
    rows = page.locator("#covered-rows tr")
    expect(rows.first).to_be_visible()
    statuses = rows.locator("td:nth-child(4)").all_inner_texts()
    assert "Current" in statuses
    assert any(s.startswith("Superseded by ") for s in statuses), statuses
    assert all(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|undated", d) for d in
               rows.locator("td:nth-child(3)").all_inner_texts())  # fmt: skip
    examples = page.locator("#examples button")
    expect(examples.first).to_be_visible()
    page.screenshot(path=screenshots / "page-what-can-i-ask.png")
    question = examples.first.inner_text()
    examples.first.click()
    expect(page.locator(".turn-question")).to_have_text(f"You asked: {question}")
    expect(page.locator(".turn-answer:not(.pending)")).to_have_count(1)


def test_dark_mode_follows_the_system_setting(page: Page, site: Site, screenshots: Path) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(site.assistant + "/")
    _ask(page, BCF)
    expect(page.locator(".turn-answer.answered")).to_have_count(1)
    background = page.evaluate("() => getComputedStyle(document.documentElement).backgroundColor")
    assert background == "rgb(17, 24, 39)"
    page.screenshot(path=screenshots / "page-dark.png")
    page.emulate_media(color_scheme="light")
    background = page.evaluate("() => getComputedStyle(document.documentElement).backgroundColor")
    assert background == "rgb(255, 255, 255)"
