"""The widget on intranet pages: one script line adds it; only listed origins may frame it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from server.audit import read_audit
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
    # Typing goes straight into the question box: no Tab presses needed after opening.
    expect(question).to_be_focused()
    page.keyboard.type("What did the board resolve on the Better Care Fund plan?")
    page.keyboard.press("Enter")
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


def test_on_an_origin_not_on_the_list_the_launcher_stays_hidden_and_the_console_says_why(
    page: Page, site: Site, screenshots: Path
) -> None:
    warnings: list[str] = []

    def watch(message: ConsoleMessage) -> None:
        if message.type == "warning" and "Strategy Assistant" in message.text:
            warnings.append(message.text)

    page.on("console", watch)
    with page.expect_console_message(
        lambda m: m.type == "warning" and "Strategy Assistant" in m.text, timeout=20_000
    ):
        page.goto(site.other_host + "/")
    expect(page.get_by_role("button", name=WIDGET_TITLE)).to_have_count(0)
    expect(page.locator("[data-strategy-assistant]")).to_have_count(1)
    (warning,) = warnings
    assert site.other_host in warning and "SA_EMBED_ORIGINS" in warning
    frame = page.frame_locator(f"iframe[title='{WIDGET_TITLE}']")
    expect(frame.get_by_label("Your question")).to_have_count(0)
    page.screenshot(path=screenshots / "widget-refused-origin.png")


def test_a_widget_key_in_data_key_goes_with_every_question(
    page: Page, site: Site, screenshots: Path
) -> None:
    page.goto(site.keyed_host + "/")
    page.get_by_role("button", name=WIDGET_TITLE).click()
    frame = page.frame_locator(f"iframe[title='{WIDGET_TITLE}']")
    question = frame.get_by_label("Your question")
    expect(question).to_be_focused()
    page.keyboard.type("What did the board resolve on the Better Care Fund plan?")
    page.keyboard.press("Enter")
    expect(frame.locator(".turn-answer.answered")).to_contain_text("Better Care Fund Plan")
    page.screenshot(path=screenshots / "widget-with-key.png")
    asked = [r for r in read_audit(site.audit_log) if r["route"] == "/v1/ask/stream"]
    assert asked and str(asked[-1]["client"]).startswith("key:widget@"), asked[-1:]


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
