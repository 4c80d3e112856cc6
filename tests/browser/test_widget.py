"""The widget on intranet pages: one script line adds it; only listed origins may frame it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from tests.browser.conftest import WIDGET_TITLE, Site

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_widget_on_an_allowed_intranet_page_answers_questions(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.allowed_host + "/")
    launcher = page.get_by_role("button", name=WIDGET_TITLE)
    expect(launcher).to_be_visible()
    expect(launcher).to_have_css("background-color", "rgb(11, 110, 79)")
    box = launcher.bounding_box()
    assert box is not None
    assert box["x"] < 100, "data-position=bottom-left puts the launcher on the left"
    assert box["y"] > page.viewport_size["height"] / 2  # type: ignore[index]
    page.screenshot(path=screenshots / "widget-closed.png")

    launcher.click()
    expect(page.get_by_role("dialog", name=WIDGET_TITLE)).to_be_visible()
    frame = page.frame_locator(f"iframe[title='{WIDGET_TITLE}']")
    expect(frame.locator("body[data-ready=true]")).to_have_count(1)
    question = frame.get_by_label("Your question")
    question.fill("What did the board resolve on the Better Care Fund plan?")
    question.press("Enter")
    answer = frame.locator(".turn-answer.answered")
    expect(answer).to_contain_text("Better Care Fund Plan for 2019/20")
    expect(answer.locator(".citation").first).to_contain_text("Minutes of the Health")
    page.screenshot(path=screenshots / "widget-open.png")

    page.get_by_role("button", name=f"Close {WIDGET_TITLE}").click()
    expect(page.get_by_role("dialog", name=WIDGET_TITLE)).to_be_hidden()
    expect(launcher).to_be_focused()


def test_escape_inside_the_widget_closes_it(page: Page, site: Site) -> None:
    page.goto(site.allowed_host + "/")
    page.get_by_role("button", name=WIDGET_TITLE).click()
    frame = page.frame_locator(f"iframe[title='{WIDGET_TITLE}']")
    expect(frame.locator("body[data-ready=true]")).to_have_count(1)  # app.js has run
    frame.get_by_label("Your question").press("Escape")
    expect(page.get_by_role("dialog", name=WIDGET_TITLE)).to_be_hidden()


def test_an_origin_not_on_the_list_cannot_frame_the_assistant(page: Page, site: Site) -> None:
    refusals: list[str] = []

    def watch(message: ConsoleMessage) -> None:
        if "frame-ancestors" in message.text:
            refusals.append(message.text)

    page.on("console", watch)
    page.goto(site.other_host + "/")
    with page.expect_console_message(lambda m: "frame-ancestors" in m.text):
        page.get_by_role("button", name=WIDGET_TITLE).click()
    frame = page.frame_locator(f"iframe[title='{WIDGET_TITLE}']")
    expect(frame.get_by_label("Your question")).to_have_count(0)
    # Chromium names the framed page and the policy that refused it.
    assert any(
        site.assistant in text and f"frame-ancestors 'self' {site.allowed_host}" in text
        for text in refusals
    ), refusals


def test_the_chat_page_itself_cannot_be_framed_even_by_an_allowed_origin(
    page: Page, site: Site
) -> None:
    page.goto(site.allowed_host + "/")
    with page.expect_console_message(lambda m: "frame-ancestors 'none'" in m.text):
        page.evaluate(
            """(src) => { const f = document.createElement('iframe');
                          f.src = src; f.title = 'direct'; document.body.append(f); }""",
            site.assistant + "/",
        )
    expect(
        page.frame_locator("iframe[title='direct']").get_by_label("Your question")
    ).to_have_count(0)
