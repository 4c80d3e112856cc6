"""axe-core over every page the app serves, on load and after answers: no serious or critical
violation (voice control, screen readers, keyboard use depend on what these rules check)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import serious_violations, structure_violations
from tests.browser.conftest import WIDGET_TITLE, Site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ANSWERED = "What did the board resolve on the Better Care Fund plan?"
REFUSED = "What is the price of bananas on Mars?"


def _ask(page: Page, question: str) -> None:
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


@pytest.mark.parametrize("path", ["/", "/embed", "/docs", "/insights"])
def test_every_page_on_load(page: Page, site: Site, path: str) -> None:
    page.goto(site.assistant + path)
    page.wait_for_load_state("networkidle")
    if path == "/docs":  # rendered from the app's own assets: this browser has no internet
        expect(page.get_by_text("/v1/ask/stream").first).to_be_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize("path", ["/", "/embed"])
def test_the_chat_pages_after_an_answer_and_a_refusal(
    page: Page, site: Site, screenshots: Path, path: str
) -> None:
    page.goto(site.assistant + path)
    _ask(page, ANSWERED)
    expect(page.locator(".turn-answer.answered")).to_have_count(1)
    _ask(page, REFUSED)
    expect(page.locator(".turn-answer.refused")).to_have_count(1)
    page.get_by_role("button", name="Show whole passage").first.click()
    assert serious_violations(page) == []
    assert structure_violations(page) == []
    page.get_by_role("button", name="Open in document").first.click()
    expect(page.locator(".document-passage.current")).to_have_count(1)
    assert serious_violations(page) == []
    name = "page" if path == "/" else "embed"
    page.screenshot(path=screenshots / f"axe-{name}-after-answers.png")


def test_the_chat_page_in_dark_mode_with_what_to_ask_open(page: Page, site: Site) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(site.assistant + "/")
    page.get_by_text("What can I ask?").click()
    expect(page.locator("#covered-rows tr").first).to_be_visible()
    _ask(page, ANSWERED)
    expect(page.locator(".turn-answer.answered")).to_have_count(1)
    assert serious_violations(page) == []


def test_the_widget_inside_an_intranet_page(page: Page, site: Site) -> None:
    page.goto(site.allowed_host + "/")
    page.get_by_role("button", name=WIDGET_TITLE).click()
    frame = page.frame(url=lambda url: url.endswith("/embed"))
    assert frame is not None
    expect(frame.locator("body[data-ready=true]")).to_have_count(1)
    frame.get_by_label("Your question").fill(ANSWERED)
    frame.get_by_label("Your question").press("Enter")
    expect(frame.locator(".turn-answer.answered")).to_have_count(1)
    assert serious_violations(frame) == []
    assert serious_violations(page) == []
