"""Publishing new index generations while clients query a real server fails no request."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx

from index.build import build_index
from server.app import create_app
from server.settings import Settings
from tests.fakes import FakeEmbedder
from tests.server.live import serve
from tests.server.restricted import restricted_assistant, write_corpus

CLIENTS = 4
GENERATIONS = 5


def test_reloading_generations_under_concurrent_queries_fails_no_request(tmp_path: Path) -> None:
    assistant = restricted_assistant(tmp_path, reload_check_seconds=0.05)
    first = assistant.generation
    settings = Settings(data_dir=tmp_path / "data", audit_log="off", rate_limit_per_minute=0)
    failures: list[str] = []
    seen: set[str] = set()
    counts = [0] * CLIENTS
    stop = threading.Event()

    def query(base: str, n: int) -> None:
        requests = [
            ("POST", "/v1/search", {"query": "depot plan staff", "k": 5}),
            ("POST", "/v1/ask", {"question": "Who will recruit staff for the depot teams?"}),
            ("GET", "/v1/documents", None),
            ("GET", "/readyz", None),
        ]
        with httpx.Client(base_url=base, timeout=30) as http:
            while not stop.is_set():
                method, path, body = requests[counts[n] % len(requests)]
                try:
                    response = http.request(method, path, json=body)
                except httpx.HTTPError as exc:
                    failures.append(f"{path}: {exc!r}")
                    continue
                counts[n] += 1
                if response.status_code != 200:
                    failures.append(f"{path}: {response.status_code} {response.text[:200]}")
                elif path == "/readyz":
                    seen.add(response.json()["generation"])

    with serve(create_app(settings, assistant=assistant)) as base:
        threads = [threading.Thread(target=query, args=(base, n)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        try:
            for n in range(GENERATIONS):
                text = f"Open plan\n\n1 Depots\n\nWe will keep depot number {n} open.\n\n"
                text += "2 Staffing\n\nWe will recruit staff for the depot teams.\n"
                write_corpus(tmp_path / "corpus", open_text=text)
                build_index(tmp_path / "corpus", tmp_path / "index", FakeEmbedder())
                stop.wait(0.3)
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=30)

    assert failures == []
    assert sum(counts) > 50, counts
    assert assistant.generation != first
    assert len(seen) >= 3, f"the server should have served several generations, saw {seen}"
