"""axe-core (from the npm registry, pinned in tests/browser/axe/package-lock.json) run inside a
page or frame: the serious and critical violations it finds."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from playwright.sync_api import Frame, Page

AXE_SOURCE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")
# Off by default in axe-core (experimental), and the one that catches a button whose accessible
# name leaves out its visible words, which voice control users say to press it.
EXTRA_RULES = ("label-content-name-mismatch",)
# Moderate in axe-core, but findings of the review all the same: kept at zero on the app's pages.
STRUCTURE_RULES = ("heading-order", "region", "landmark-one-main", "page-has-heading-one")


@cache
def _source() -> str:
    if not AXE_SOURCE.is_file():
        raise FileNotFoundError(
            f"{AXE_SOURCE} is missing: run scripts/install-browser.sh (make test does)"
        )
    return AXE_SOURCE.read_text(encoding="utf-8")


def violations(target: Page | Frame) -> list[dict[str, Any]]:
    """Every violation as {id, impact, help, nodes: [html…]}, the extra rules switched on."""
    # Evaluated through the DevTools protocol, which the page's CSP does not govern, so the
    # pages are checked with their real headers.
    target.evaluate(_source())
    found: list[dict[str, Any]] = target.evaluate(
        """async (extra) => {
             const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
             const result = await axe.run(document, { resultTypes: ["violations"], rules });
             return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                                     nodes: v.nodes.map((n) => n.html) }));
           }""",
        list(EXTRA_RULES),
    )
    return found


def serious_violations(target: Page | Frame) -> list[dict[str, Any]]:
    """The serious and critical violations."""
    return [v for v in violations(target) if v["impact"] in SERIOUS]


def structure_violations(target: Page | Frame) -> list[dict[str, Any]]:
    """Violations of heading order, landmarks and the page's one h1."""
    return [v for v in violations(target) if v["id"] in STRUCTURE_RULES]
