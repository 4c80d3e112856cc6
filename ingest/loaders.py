"""Loaders: turn a file of any supported format into numbered source lines."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

if TYPE_CHECKING:
    from pypdf import PageObject

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


class LoadError(Exception):
    """A file that cannot be read as a document; the message says why, for the ingest report."""


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line of a document as extracted.

    `lineno` is 1-based in the source text file (None where the format has no lines worth
    citing, as in PDF); `page` is the 1-based page where the format has pages.
    """

    text: str
    lineno: int | None = None
    page: int | None = None


def load_lines(path: Path) -> list[SourceLine]:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise LoadError("file is empty")
    if suffix == ".pdf" or data.startswith(b"%PDF"):
        lines = _pdf_lines(path)
    elif suffix == ".docx":
        lines = _docx_lines(data)
    elif suffix in HTML_SUFFIXES:
        lines = _html_lines(_decode(data))
    else:
        lines = _text_lines(_decode(data))
    if not any(line.text.strip() for line in lines):
        raise LoadError("no text could be extracted (scanned images or an empty document?)")
    return lines


def _decode(data: bytes) -> str:
    """Text files are UTF-8, UTF-16 with or without a byte-order mark (Windows "Unicode"
    exports) or cp1252 (old Office exports); binary junk is refused."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise LoadError(f"marked as UTF-16 but not valid UTF-16 ({exc.reason})") from exc
    if b"\x00" in data[:4096]:
        unmarked = _unmarked_utf16(data)
        if unmarked is None or _control_ratio(unmarked) > 0.05:
            raise LoadError("binary data, not a text document")
        return unmarked
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) > 0.05:
            raise LoadError("binary data, not a text document")
        return text
    raise LoadError("binary data, not a text document")


def utf16_byte_order(sample: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `sample` looks like UTF-16 written without a byte-order
    mark, else None. Text in Latin script has a zero high byte in most of its characters, so
    one byte position in two is mostly NUL and the other almost never is; binary data has NULs
    in both."""
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _unmarked_utf16(data: bytes) -> str | None:
    order = utf16_byte_order(data[:4096])
    if order is None:
        return None
    try:
        return data.decode(order)
    except UnicodeDecodeError:
        return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def _text_lines(text: str) -> list[SourceLine]:
    # A form feed is a real page break; keep it visible to the page-break rule as a marker.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [SourceLine(line, lineno=n) for n, line in enumerate(text.split("\n"), start=1)]


def _pdf_lines(path: Path) -> list[SourceLine]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                # Many council PDFs are "encrypted" with an empty user password only.
                if not reader.decrypt(""):
                    raise LoadError("encrypted PDF (a password is needed)")
            except (NotImplementedError, DependencyError) as exc:
                raise LoadError(f"encrypted PDF that cannot be opened: {exc}") from exc
        lines: list[SourceLine] = []
        for page_no, page in enumerate(reader.pages, start=1):
            page_lines = _page_lines(page)
            for n, line in enumerate(with_paragraph_breaks(page_lines)):
                # The first line of every page carries the page-break marker text files use.
                lines.append(SourceLine((" " if n == 0 else "") + line, page=page_no))
        return lines
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"corrupt or truncated PDF: {exc}") from exc
    except Exception as exc:  # pypdf raises a wide range of errors on damaged files
        raise LoadError(f"unreadable PDF: {type(exc).__name__}: {exc}") from exc


def _page_lines(page: PageObject) -> list[str]:
    """A page's lines read by layout, its tables folded into rows (ingest/pdf_tables.py). A
    page layout mode cannot read (pypdf raises on some fonts and rotated text) is read plainly,
    as the words in their stream order, rather than losing its document."""
    # Imported here: table reading knows line shapes, which know this module's SourceLine.
    from ingest.pdf_tables import fold_tables

    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # pypdf's layout mode raises a wide range of errors
        return (page.extract_text() or "").split("\n")
    return _glued_edges(_one_blank(fold_tables(text.split("\n"))))


def _glued_edges(lines: list[str]) -> list[str]:
    """A page without the gaps after its first line and before its last, as plain extraction
    gives it. Those lines are mostly a running header and footer, which are removed later, and
    the gaps left beside them would join across the page break into a run of blank lines, which
    in a text file marks lost bullets (ingest/grouping.py)."""
    if len(lines) >= 3 and not lines[1].strip():
        lines = [lines[0], *lines[2:]]
    if len(lines) >= 3 and not lines[-2].strip():
        lines = [*lines[:-2], lines[-1]]
    return lines


def _one_blank(lines: list[str]) -> list[str]:
    """Layout text with each run of blank lines (vertical space on the page) made one: in text
    files a long blank run means something else (grouping.py), and a page's gaps are only breaks."""
    out: list[str] = []
    for line in lines:
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


# Layout text shows the blank space a page leaves between paragraphs, but many PDFs leave none
# (a first-line indent, or nothing). A line that ends a sentence well short of the page's
# measure ends its paragraph; a short line without closing punctuation right after such a break
# is a heading. Both are given blank lines, as a text file would have them. (Also calling a
# short line a heading after a full line ending a sentence found fewer of the second council's
# dev evidence passages: evidence MRR 0.479 -> 0.453.)
_SHORT = 0.75
_ENDS_SENTENCE = re.compile(r"[.!?:;\"')\]]$")


def with_paragraph_breaks(lines: list[str]) -> list[str]:
    """One page's extracted lines with blank lines where its paragraphs and headings end."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return lines
    measure = lengths[int(0.8 * (len(lengths) - 1))]
    out: list[str] = []
    for n, line in enumerate(lines):
        text = line.strip()
        out.append(line)
        if not text or n + 1 >= len(lines) or not lines[n + 1].strip():
            continue
        short = len(text) < _SHORT * measure
        ends_paragraph = short and _ENDS_SENTENCE.search(text) is not None
        after_break = len(out) < 2 or not out[-2].strip()
        heading = short and not ends_paragraph and after_break and text[:1].isupper()
        if ends_paragraph or heading:
            out.append("")
    return out


try:
    from pypdf.errors import DependencyError
except ImportError:  # pragma: no cover - older pypdf
    DependencyError = RuntimeError  # type: ignore[misc,assignment]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_lines(data: bytes) -> list[SourceLine]:
    """Paragraphs of word/document.xml, one line each, with a blank line between them."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise LoadError(f"corrupt DOCX: {exc}") from exc
    lines: list[SourceLine] = []
    for para in root.iter(f"{_W}p"):
        parts: list[str] = []
        for node in para.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{_W}tab",):
                parts.append(" ")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
        style = para.find(f"{_W}pPr/{_W}pStyle")
        text = "".join(parts)
        if style is not None and re.match(r"(?i)heading|title", style.get(f"{_W}val", "")):
            text = f"# {text}"  # headings become markdown headings, which the cleaner reads
        elif para.find(f"{_W}pPr/{_W}numPr") is not None:
            text = f"- {text}"
        for piece in text.split("\n"):
            lines.append(SourceLine(piece))
        lines.append(SourceLine(""))
    return lines


class _HTMLText(HTMLParser):
    _BLOCK = frozenset(
        {"p", "div", "li", "tr", "br", "section", "article", "table", "ul", "ol", "blockquote"}
    )
    # A page's own furniture: scripts, menus, footers, search boxes and side panels.
    _SKIP = frozenset(
        {"script", "style", "head", "nav", "footer", "noscript", "template", "form", "aside"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif self._skip:
            return  # nothing of a skipped menu or footer, not even its list markers
        elif re.fullmatch(r"h[1-6]", tag):
            self.out.append(f"\n\n{'#' * int(tag[1])} ")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in ("td", "th"):
            self.out.append(" | ")
        elif tag in self._BLOCK:
            self.out.append("\n\n" if tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif self._skip:
            return
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCK:
            self.out.append("\n\n" if tag in ("p", "ul", "ol", "table") or tag[0] == "h" else "\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(re.sub(r"\s+", " ", data))


def _html_lines(html: str) -> list[SourceLine]:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    # Line numbers of extracted HTML text would not point into the source file: leave them out.
    return [SourceLine(line.strip()) for line in text.split("\n")]
