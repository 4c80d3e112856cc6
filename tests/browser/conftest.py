"""Browser fixtures: Debian's Chromium driven by Playwright, and live servers on loopback ports.

The assistant runs on one port over the real index; intranet pages that embed the widget run on
two more ports (two more origins), one of them allowed to frame it and one not.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright

from answer.generate import Generator
from answer.llm import ChatClient
from index.embedder import Embedder
from pipeline.assistant import Assistant
from pipeline.conversations import ConversationStore
from server.app import create_app
from server.auth import key_hash
from server.feedback import FEEDBACK_FILE
from server.settings import ApiKey, Settings
from tests.browser.live import bound_socket, origin_of, serve
from tests.fake_llm import chat_server

CHROMIUM = Path(os.environ.get("BROWSER_TESTS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "reports" / "screenshots"
WIDGET_TITLE = "Ask about our strategies"
WIDGET_KEY = "widget-key-for-the-browser-tests"
ADMIN_KEY = "admin-key-for-the-browser-tests"
# The slow model's reply, one word every SLOW_WORD_SECONDS. Each sentence cites a passage, so
# it is kept, and shown once its citation has arrived (answer/generate.py checks each).
SLOW_REPLY = (
    "The board approved the Better Care Fund Plan [1]. The plan was approved for submission to"
    " NHS England [1]. The Better Care Fund Plan for 2019/20 was approved in full [1]."
)
SLOW_WORD_SECONDS = 0.3
WIDGET_COLOUR = "#0b6e4f"
# Generous waits: on a busy 2-core machine a first answer can take seconds; a pass is still fast.
TIMEOUT_MS = 30_000
expect.set_options(timeout=TIMEOUT_MS)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives headless Chromium against a live server")


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-browser.sh (make test does)")
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context per test, failing the test on any uncaught page error."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@dataclass(frozen=True)
class Site:
    """The assistant and the two intranet pages around it."""

    assistant: str
    allowed_host: str
    other_host: str
    data_dir: Path
    keyed_host: str = ""

    @property
    def feedback_db(self) -> Path:
        return self.data_dir / FEEDBACK_FILE

    @property
    def audit_log(self) -> Path:
        return self.data_dir / "audit.jsonl"


def intranet_page(assistant_origin: str, *, title: str, colour: str, position: str) -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council intranet</title></head>
<body style="font-family: sans-serif; margin: 2rem;">
<h1>Council intranet</h1>
<p>News, policies and the staff directory.</p>
<script src="{assistant_origin}/static/embed.js" data-title="{title}"
        data-colour="{colour}" data-position="{position}" defer></script>
</body></html>"""


def intranet_app(assistant_origin: str, *, key: str | None = None) -> FastAPI:
    app = FastAPI()
    html = intranet_page(
        assistant_origin, title=WIDGET_TITLE, colour=WIDGET_COLOUR, position="bottom-left"
    )
    if key is not None:
        html = html.replace("defer></script>", f'data-key="{key}" defer></script>')

    @app.get("/", response_class=HTMLResponse)
    def home() -> str:
        return html

    return app


@pytest.fixture(scope="session")
def slow_site(
    real_index_dir: Path, embedder: Embedder, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The real index with a language model that words its answer slowly, word by word: long
    enough to watch an answer stream, stop it, and ask another question meanwhile."""
    root = tmp_path_factory.mktemp("slow")
    with chat_server(SLOW_REPLY, word_delay=SLOW_WORD_SECONDS) as model:
        conversations = ConversationStore(root / "c.sqlite", ttl_seconds=3600, max_turns=20)
        llm = Generator(model=ChatClient(url=model.url, timeout_seconds=60))
        assistant = Assistant(
            index_dir=real_index_dir, embedder=embedder, conversations=conversations, llm=llm
        )
        app = create_app(Settings(data_dir=root / "data", audit_log="off"), assistant=assistant)
        with serve(app, bound_socket()) as origin:
            yield origin
        conversations.close()


@pytest.fixture(scope="session")
def site(real_assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The real assistant over the real index, framed only by the first intranet origin."""
    sockets: list[socket.socket] = [bound_socket() for _ in range(4)]
    assistant_sock, allowed_sock, other_sock, keyed_sock = sockets
    data_dir = tmp_path_factory.mktemp("web-data")
    settings = Settings(
        data_dir=data_dir,
        embed_origins=[origin_of(allowed_sock), origin_of(keyed_sock)],
        api_keys=[
            ApiKey(name="widget", sha256=key_hash(WIDGET_KEY), scope="widget"),
            ApiKey(name="admin", sha256=key_hash(ADMIN_KEY), scope="admin"),
        ],
        audit_log=str(data_dir / "audit.jsonl"),
        insights_questions=True,
    )
    app = create_app(settings, assistant=real_assistant)
    with serve(app, assistant_sock) as assistant_origin:
        intranet = intranet_app(assistant_origin)
        keyed = intranet_app(assistant_origin, key=WIDGET_KEY)
        with (
            serve(intranet, allowed_sock) as allowed,
            serve(intranet, other_sock) as other,
            serve(keyed, keyed_sock) as keyed_origin,
        ):
            yield Site(assistant_origin, allowed, other, data_dir, keyed_origin)
