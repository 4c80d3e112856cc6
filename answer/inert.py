"""A language model's words made inert: plain text, with no markup, link or image a client
could render or fetch, unless the link is printed in a passage the answer cites.

Markdown images become their alt text; markdown links their text, followed by the address only
when that address appears verbatim in one of `passages`; raw HTML tags are removed; script and
data addresses go whatever their form; emphasis and heading marks are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# An address may hold one level of brackets itself: "(javascript:alert(1))".
_ADDRESS = r"\(((?:[^()\n]|\([^()\n]*\))*)\)"
_IMAGE = re.compile(r"!\[([^\]\n]*)\]" + _ADDRESS)
_LINK = re.compile(r"\[([^\]\n]*)\]" + _ADDRESS)
_TAG = re.compile(r"</?[A-Za-z][^>\n]*>|<!--.*?-->", re.S)
_UNSAFE_URL = re.compile(r"(?i)\b(?:javascript|vbscript|data|file):\S*")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`+)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"(?m)^\s{0,3}#{1,6}\s+")


def inert(text: str, passages: Sequence[str]) -> str:
    """`text` as plain text; a link's address is kept only when a passage prints it."""

    def link(match: re.Match[str]) -> str:
        label, address = match.group(1), match.group(2).strip()
        if not address or not any(address in passage for passage in passages):
            return label
        return address if label in ("", address) else f"{label} ({address})"

    text = _IMAGE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(link, text)
    text = _TAG.sub("", text)
    text = _UNSAFE_URL.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    return _HEADING.sub("", text)
