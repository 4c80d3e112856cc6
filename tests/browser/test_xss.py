"""Markup in documents shows as text: a <script> or <img onerror> in a passage or title is inert."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Dialog, Page, expect

from server.app import create_app
from server.settings import Settings
from tests.browser.live import bound_socket, serve
from tests.browser.tiny_corpus import (
    IMG,
    IMG_QUESTION,
    SCRIPT,
    SCRIPT_QUESTION,
    TITLE,
    markup_assistant,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def markup_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("markup")
    app = create_app(Settings(data_dir=root / "data"), assistant=markup_assistant(root))
    with serve(app, bound_socket()) as origin:
        yield origin


def assert_nothing_ran(page: Page) -> None:
    assert page.evaluate("() => window.__xss === undefined"), "markup from a document ran"
    assert page.locator("main img, dialog img").count() == 0
    assert page.locator("main script, dialog script").count() == 0


def test_script_and_img_in_documents_render_as_text(
    page: Page, markup_site: str, screenshots: Path
) -> None:
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    page.goto(markup_site + "/")

    page.get_by_label("Your question").fill(SCRIPT_QUESTION)
    page.get_by_label("Your question").press("Enter")
    answer = page.locator("#t1 .turn-answer.answered")
    expect(answer.locator(".answer-text")).to_contain_text(SCRIPT)
    expect(answer.locator(".citation-title").first).to_have_text(TITLE)

    page.get_by_label("Your question").fill(IMG_QUESTION)
    page.get_by_label("Your question").press("Enter")
    expect(page.locator("#t2 .answer-text")).to_contain_text(IMG)
    expect(page.locator("#t2 mark").first).to_contain_text(IMG)

    page.locator("#t2 .citation").first.get_by_role(
        "button", name="Open in document (source 1:"
    ).click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading", level=2)).to_have_text(TITLE)
    expect(dialog.locator(".document-passage").first).to_contain_text(SCRIPT)
    page.screenshot(path=screenshots / "page-markup-inert.png")

    assert_nothing_ran(page)
    assert dialogs == []
