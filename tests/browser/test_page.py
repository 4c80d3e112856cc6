"""The chat page in a real browser over the real index: ask, read the sources, follow up, rate."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Request, expect

from tests.browser.conftest import Site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BCF = "What did the board resolve on the Better Care Fund plan?"
OFF_TOPIC = "What is the price of bananas on Mars?"


def ask(page: Page, question: str) -> None:
    """Type the question and press Enter, as a keyboard user would."""
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


def asks_sent(page: Page) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    def record(request: Request) -> None:
        if request.url.endswith("/v1/ask/stream") and request.method == "POST":
            sent.append(json.loads(request.post_data or "{}"))

    page.on("request", record)
    return sent


def test_first_visit_explains_the_assistant(page: Page, site: Site, screenshots: Path) -> None:
    page.goto(site.assistant + "/")
    expect(page.get_by_role("heading", name="Strategy Assistant", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Ask a question about the documents")).to_be_visible()
    expect(page.get_by_role("button", name="Ask")).to_be_enabled()
    expect(page.get_by_label("Your question")).to_be_editable()
    page.screenshot(path=screenshots / "page-first-visit.png")
    page.locator("summary", has_text="Filters").click()
    expect(page.get_by_label(re.compile(r"^Minutes \(\d+\)$"))).to_be_visible()
    page.screenshot(path=screenshots / "page-filters.png")


def test_answer_shows_its_citations_with_the_quote_highlighted(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.assistant + "/")
    ask(page, BCF)
    answer = page.locator(".turn-answer.answered").first
    expect(answer.locator(".answer-text")).to_contain_text("Better Care Fund Plan for 2019/20")
    card = answer.locator(".citation").first
    expect(card.locator(".citation-title")).to_contain_text("Minutes of the Health and Wellbeing")
    expect(card.locator(".citation-meta")).to_contain_text("2019-09-26")
    expect(card.locator(".citation-meta")).to_contain_text("Better Care Fund Plan 2019/20")
    expect(card.locator(".citation-meta")).to_contain_text(re.compile(r"(lines? \d+|page \d+)"))
    expect(card.locator("mark")).to_contain_text("RESOLVED: That the Better Care Fund Plan")
    expect(page.locator("#announcer")).to_contain_text("Better Care Fund")
    page.screenshot(path=screenshots / "page-answer.png")


def test_marker_leads_to_its_card_and_the_card_opens_the_document(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.assistant + "/")
    ask(page, BCF)
    marker = page.get_by_role("link", name="source 1").first
    marker.click()
    card = page.locator("#t1-c1")
    expect(card).to_be_focused()

    card.get_by_role("button", name="Open in document (source 1:").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading", level=2)).to_contain_text("Minutes of the Health")
    cited = dialog.locator(".document-passage.current")
    expect(cited).to_have_count(1)
    expect(cited).to_contain_text("RESOLVED: That the Better Care Fund Plan")
    expect(cited).to_be_focused()
    expect(dialog.locator(".document-passage")).not_to_have_count(1)
    page.screenshot(path=screenshots / "page-document.png")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(card.get_by_role("button", name="Open in document (source 1:")).to_be_focused()


def test_copy_puts_the_answer_and_its_sources_on_the_clipboard(page: Page, site: Site) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.assistant)
    page.goto(site.assistant + "/")
    ask(page, BCF)
    answer = page.locator(".turn-answer.answered")
    answer.get_by_role("button", name="Copy answer with sources").click()
    expect(answer.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith(f"Q: {BCF}\n\nRESOLVED: That the Better Care Fund Plan")
    assert "Sources:\n[1] Minutes of the Health and Wellbeing Board meeting" in copied
    assert re.search(r"Sources:\n\[1\] .* — 2019-09-26 · .*(lines? \d+|page \d+)", copied)
    assert "“RESOLVED: That the Better Care Fund Plan for 2019/20" in copied


def test_follow_up_continues_the_same_conversation(page: Page, site: Site) -> None:
    sent = asks_sent(page)
    page.goto(site.assistant + "/")
    ask(page, BCF)
    expect(page.locator("#t1 .turn-answer:not(.pending)")).to_be_visible()
    ask(page, "Who presented it?")
    expect(page.locator("#t2 .turn-answer:not(.pending)")).to_be_visible()
    expect(page.locator(".turn")).to_have_count(2)
    assert sent[0]["conversation_id"] is None
    assert sent[1]["conversation_id"], "the follow-up was sent without the conversation id"

    page.get_by_role("button", name="New conversation").click()
    ask(page, BCF)
    expect(page.locator(".turn")).to_have_count(1)
    assert sent[2]["conversation_id"] is None


def test_feedback_is_stored_with_the_answer_and_index_generation(page: Page, site: Site) -> None:
    page.goto(site.assistant + "/")
    ask(page, BCF)
    answer = page.locator(".turn-answer.answered")
    answer.get_by_role("button", name="Helpful", exact=True).click()
    expect(answer.get_by_role("status").filter(has_text="feedback")).to_have_text(
        "Thanks, your feedback was recorded."
    )
    expect(answer.get_by_role("button", name="Helpful", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    with sqlite3.connect(site.feedback_db) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM feedback WHERE question = ?", (BCF,)).fetchall()
    assert rows, "no feedback row was stored"
    row = rows[-1]
    assert row["rating"] == "up"
    assert "Better Care Fund Plan for 2019/20" in row["answer"]
    assert row["generation"]
    citations = json.loads(row["citations"])
    assert citations[0]["n"] == 1
    assert citations[0]["document_id"] == "hwb-pack-2019-11--minutes"


def test_question_the_documents_do_not_cover_says_so(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.assistant + "/")
    ask(page, OFF_TOPIC)
    refused = page.locator(".turn-answer.refused")
    expect(refused.get_by_role("heading", name="Not in the documents")).to_be_visible()
    expect(refused.get_by_role("heading", name="See also: closest passages")).to_be_visible()
    expect(refused.locator(".marker")).to_have_count(0)
    expect(page.locator("#announcer")).to_contain_text("Not in the documents")
    page.screenshot(path=screenshots / "page-not-in-documents.png")


def test_filters_go_with_the_question(page: Page, site: Site) -> None:
    sent = asks_sent(page)
    page.goto(site.assistant + "/")
    page.locator("summary", has_text="Filters").click()
    page.get_by_label(re.compile(r"^Minutes \(\d+\)$")).check()
    page.get_by_label("From", exact=True).fill("2019")
    ask(page, BCF)
    expect(page.locator(".turn-answer.answered .citation").first).to_contain_text("Minutes")
    assert sent[0]["filters"] == {"doc_types": ["minutes"], "date_from": "2019", "date_to": None}

    page.get_by_label("To", exact=True).fill("last year")
    ask(page, BCF)
    expect(page.get_by_role("alert")).to_contain_text("To date: use a year")
    assert len(sent) == 1


def test_server_error_is_shown_and_can_be_retried(page: Page, site: Site) -> None:
    failures = {"left": 1}

    def fail_once(route: Any) -> None:
        if failures["left"]:
            failures["left"] -= 1
            route.fulfill(
                status=503,
                content_type="application/json",
                body=json.dumps({"error": {"code": "unavailable", "message": "index loading"}}),
            )
        else:
            route.continue_()

    page.route("**/v1/ask/stream", fail_once)
    page.goto(site.assistant + "/")
    ask(page, BCF)
    error = page.locator(".turn-answer.error")
    expect(error).to_contain_text("Something went wrong")
    expect(error).to_contain_text("index loading")
    error.get_by_role("button", name="Try again").click()
    expect(page.locator(".turn-answer.answered")).to_be_visible()
    expect(page.locator(".turn")).to_have_count(1)


def test_every_control_has_a_label_and_the_page_fits_a_phone(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site.assistant + "/")
    unlabelled = page.evaluate(
        """() => Array.from(document.querySelectorAll('input, textarea, select, button'))
             .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                             && !el.textContent.trim())
             .map((el) => el.outerHTML)"""
    )
    assert unlabelled == []
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the question box")).to_be_focused()
    ask(page, BCF)
    expect(page.locator(".turn-answer.answered")).to_be_visible()
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px on a 360px screen"
    page.locator(".turn-answer.answered").scroll_into_view_if_needed()
    page.screenshot(path=screenshots / "page-phone.png")
