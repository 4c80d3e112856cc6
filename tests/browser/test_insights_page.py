"""The insights page in a real browser: an administrator key opens it, it shows what was asked
(grouped), refused and rated week by week, exports CSV, and passes axe."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import serious_violations, structure_violations
from tests.browser.conftest import ADMIN_KEY, Site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ASKED = "What did the board resolve on the Better Care Fund plan?"
REFUSED = "What is the price of bananas on Mars?"


def _ask(page: Page, question: str) -> None:
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


def test_an_administrator_sees_what_staff_ask_and_can_export_it(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.assistant + "/")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    _ask(page, ASKED)
    expect(page.locator(".turn-answer:not(.pending)")).to_have_count(1)
    _ask(page, REFUSED)
    expect(page.locator(".turn-answer.refused")).to_have_count(1)

    page.goto(site.assistant + "/insights")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Administrator key").fill(ADMIN_KEY)
    page.get_by_role("button", name="Show the insights").click()
    expect(page.locator("#weekly-rows tr")).to_have_count(12)
    expect(page.locator("#most-asked")).to_contain_text(ASKED)
    expect(page.locator("#refused")).to_contain_text(REFUSED)
    expect(page.locator("#privacy")).to_contain_text("kept for 30 days")
    asked_this_week = int(page.locator("#weekly-rows tr").last.locator("td").first.inner_text())
    assert asked_this_week >= 2
    page.screenshot(path=screenshots / "insights.png", full_page=True)
    assert serious_violations(page) == []
    assert structure_violations(page) == []

    with page.expect_download() as download:
        page.get_by_role("button", name="Download weekly counts (CSV)").click()
    csv = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert csv[0] == "week,asked,refused,helpful,not_helpful" and len(csv) == 13


def test_without_an_administrator_key_nothing_is_shown(page: Page, site: Site) -> None:
    page.goto(site.assistant + "/insights")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    expect(page.locator("#key-reason")).to_contain_text("admin")
    expect(page.locator("#weekly-rows tr")).to_have_count(0)
