"""The registers page in a real browser: the shipped corpus's commitments and decisions as a
table, filtered, sorted by keyboard, usable at phone width, and passing axe."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import serious_violations, structure_violations
from tests.browser.conftest import Site

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _total(page: Page, site: Site, register: str) -> int:
    """The register's size as the API gives it: the page must show the same."""
    response = page.request.get(f"{site.assistant}/v1/registers/{register}?limit=1")
    assert response.ok
    total: int = response.json()["total"]
    return total


def test_the_commitments_register_is_listed_filtered_and_sorted(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.assistant + "/registers")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    expect(page.locator("#rows tr:not(.trail-row)")).to_have_count(50)
    total = _total(page, site, "commitments")
    assert total > 50
    expect(page.locator("#status")).to_contain_text(f"of {total}.")
    assert serious_violations(page) == []
    assert structure_violations(page) == []

    page.get_by_label("Words").fill("falls")
    page.get_by_label("Words").press("Enter")
    # Six commitments of the shipped corpus mention falls.
    expect(page.locator("#status")).to_have_text("Rows 1 to 6 of 6.")
    for text in page.locator("#rows tr:not(.trail-row) td:first-child q").all_inner_texts():
        assert "falls" in text.lower()

    date_header = page.get_by_role("button", name="Date")
    date_header.focus()
    page.keyboard.press("Enter")
    expect(page.locator("th[aria-sort=ascending]")).to_have_count(1)
    page.screenshot(path=screenshots / "registers.png", full_page=True)


def test_the_decisions_register_shows_officers_at_phone_width(page: Page, site: Site) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(site.assistant + "/registers")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    page.get_by_label("Register", exact=True).select_option("decisions")
    expect(page.locator("#status")).to_contain_text(f"of {_total(page, site, 'decisions')}.")
    expect(page.locator("#rows")).to_contain_text("GREEN")
    assert serious_violations(page) == []


def test_a_row_opens_its_passage_in_the_document_view(page: Page, site: Site) -> None:
    page.goto(site.assistant + "/registers")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    quote = page.locator("#rows tr").first.locator("q").inner_text()
    page.locator("#rows tr").first.get_by_role("link", name="Open in document").click()
    current = page.locator(".document-passage.current")
    expect(current).to_have_count(1)
    expect(current).to_contain_text(quote)


def test_the_superseded_edition_is_compared_with_its_successor(page: Page, site: Site) -> None:
    page.goto(site.assistant + "/registers")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    page.get_by_role("button", name="Compare").click()
    expect(page.locator("#changes-status")).to_contain_text("carried over")
    carried = page.locator("#carried li")
    assert carried.count() >= 1
    expect(carried.first.locator("q")).to_have_count(2)
    assert page.locator("#dropped li").count() + page.locator("#new li").count() > 0
    assert serious_violations(page) == []
    assert structure_violations(page) == []


def test_a_commitments_trail_opens_and_closes_by_keyboard(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.assistant + "/registers")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    toggle = page.locator("#rows .trail-toggle").first
    expect(toggle).to_have_attribute("aria-expanded", "false")
    trail = page.locator("#" + str(toggle.get_attribute("aria-controls")))
    expect(trail).to_be_hidden()
    # The row says only what its trail's quotes say: where the commitment is mentioned later.
    expect(toggle.locator("xpath=..")).to_contain_text("mentioned in")

    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(trail).to_be_visible()
    first = trail.locator("li").first
    expect(first.locator("q")).to_have_count(1)
    quote = first.locator("q").inner_text()
    assert serious_violations(page) == []
    page.screenshot(path=screenshots / "registers-trail.png", full_page=True)

    first.get_by_role("link", name="Open in document").click()
    current = page.locator(".document-passage.current")
    expect(current).to_contain_text(quote)

    page.go_back()
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    again = page.locator("#rows .trail-toggle").first
    again.focus()
    page.keyboard.press("Space")
    expect(again).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Space")
    expect(again).to_have_attribute("aria-expanded", "false")


def test_a_commitment_no_later_document_mentions_says_so(page: Page, site: Site) -> None:
    page.goto(site.assistant + "/registers")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    expect(
        page.locator("#rows td", has_text="no later mention in these documents").first
    ).to_be_visible()


def test_a_trail_opens_at_phone_width(page: Page, site: Site) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(site.assistant + "/registers")
    expect(page.locator("body[data-ready=true]")).to_have_count(1)
    toggle = page.locator("#rows .trail-toggle").first
    toggle.focus()
    page.keyboard.press("Enter")
    trail = page.locator("#" + str(toggle.get_attribute("aria-controls")))
    expect(trail.locator("li").first).to_be_visible()
    assert serious_violations(page) == []
