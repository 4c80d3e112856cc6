"""Loaders and the ingest report on bad files: PDF pages, formats, problems never fatal."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

from ingest.loaders import load_lines, with_paragraph_breaks
from ingest.manifest import load_manifest
from ingest.pipeline import ingest_corpus
from ingest.report import format_document

PAGE_TEXT = {
    1: "1. Falls prevention\nThe board will reduce falls among older people by funding "
    "strength and balance classes in every district of the county.",
    2: "2. Housing support\nWe will help people stay in their own homes for longer through "
    "adaptations, warm homes grants and advice from the housing partnership.",
    3: "3. Smoking cessation\nThe stop smoking service offers free support to pregnant women "
    "and to people working in routine and manual jobs across the area.",
}


def _pdf_bytes(encrypt: bool = False) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in sorted(PAGE_TEXT):
        pdf.add_page()
        pdf.multi_cell(0, 6, PAGE_TEXT[page])
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def _manifest(tmp_path: Path, *entries: tuple[str, str, str]) -> None:
    lines = ["documents:"]
    for doc_id, file, doc_type in entries:
        lines += [
            f"  - id: {doc_id}",
            f"    file: {file}",
            f"    title: Title of {doc_id}",
            f"    type: {doc_type}",
        ]
    (tmp_path / "manifest.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_pdf_passages_carry_the_page_they_came_from(tmp_path: Path) -> None:
    (tmp_path / "plan.pdf").write_bytes(_pdf_bytes())
    _manifest(tmp_path, ("plan", "plan.pdf", "strategy"))
    corpus = ingest_corpus(tmp_path)
    assert corpus.problems == []
    pages = {p.page for p in corpus.passages}
    assert pages == {1, 2, 3}
    for p in corpus.passages:
        assert p.page is not None
        if "falls" in p.text:
            assert p.page == 1
        if "warm homes" in p.text:
            assert p.page == 2
            assert p.kind == "commitment"
        if "stop smoking" in p.text:
            assert p.page == 3
    sections = {p.section for p in corpus.passages}
    assert "2 Housing support" in sections


def test_truncated_pdf_and_binary_junk_are_reported_not_fatal(tmp_path: Path) -> None:
    good = _pdf_bytes()
    (tmp_path / "plan.pdf").write_bytes(good)
    (tmp_path / "broken.pdf").write_bytes(good[: len(good) // 3])
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 20)
    _manifest(
        tmp_path,
        ("plan", "plan.pdf", "strategy"),
        ("broken", "broken.pdf", "report"),
        ("junk", "junk.txt", "report"),
    )
    corpus = ingest_corpus(tmp_path)
    reported = {p.source: p.reason for p in corpus.problems}
    assert set(reported) == {"broken.pdf", "junk.txt"}
    assert "binary" in reported["junk.txt"]
    assert {p.document_id for p in corpus.passages} == {"plan"}


def test_empty_file_encrypted_pdf_and_missing_file_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "locked.pdf").write_bytes(_pdf_bytes(encrypt=True))
    (tmp_path / "ok.txt").write_text("Purpose of report\n\nThe board is asked to note it.\n")
    _manifest(
        tmp_path,
        ("empty", "empty.txt", "report"),
        ("locked", "locked.pdf", "report"),
        ("gone", "gone.txt", "report"),
        ("ok", "ok.txt", "report"),
    )
    corpus = ingest_corpus(tmp_path)
    reported = {p.source: p.reason for p in corpus.problems}
    assert "empty" in reported["empty.txt"]
    assert "encrypted" in reported["locked.pdf"]
    assert "missing" in reported["gone.txt"]
    assert [d.id for d in corpus.documents] == ["ok"]


def test_a_file_not_in_the_manifest_is_ingested_and_noted(tmp_path: Path) -> None:
    _manifest(tmp_path)
    (tmp_path / "housing-strategy-2024.txt").write_text(
        "Housing strategy\n\nWe will build two hundred homes for older people.\n"
    )
    corpus = ingest_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["housing-strategy-2024"]
    assert corpus.documents[0].date == "2024"
    assert "not in the manifest" in corpus.problems[0].reason
    assert corpus.passages[0].kind == "commitment"


def test_html_and_docx_are_loaded(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><style>p{}</style></head><body><h1>Our plan</h1><h2>Falls</h2>"
        "<p>We will cut falls by a fifth.</p><ul><li>classes</li><li>home checks</li></ul>"
        "</body></html>"
    )
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (
        f'<w:document xmlns:w="{w}"><w:body>'
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Carers</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>The carers strategy is led by the carers partnership board.</w:t></w:r>"
        "</w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml)
    (tmp_path / "carers.docx").write_bytes(buffer.getvalue())
    _manifest(tmp_path, ("page", "page.html", "document"), ("carers", "carers.docx", "document"))
    corpus = ingest_corpus(tmp_path)
    assert corpus.problems == []
    by_doc = {p.document_id: p for p in corpus.passages if "classes" not in p.text}
    assert by_doc["page"].text.startswith("We will cut falls by a fifth.")
    assert by_doc["page"].section is not None and by_doc["page"].section.endswith("Falls")
    assert by_doc["carers"].section == "Carers"
    assert "carers partnership board" in by_doc["carers"].text


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  - id: Bad Id\n    file: a.txt\n    title: T\n    type: report\n", "'id'"),
        ("  - id: a\n    file: a.txt\n    title: T\n    type: memo\n", "'type'"),
        ("  - id: a\n    file: a.txt\n    type: report\n", "'title'"),
        (
            "  - id: a\n    file: a.txt\n    title: T\n    type: report\n    date: 28/11/2019\n",
            "'date'",
        ),
        ("  - id: a\n    file: a.txt\n    title: T\n    type: report\n    colour: red\n", "colour"),
    ],
)
def test_a_bad_manifest_entry_raises_naming_the_field(
    tmp_path: Path, entry: str, message: str
) -> None:
    (tmp_path / "manifest.yaml").write_text("documents:\n" + entry, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_manifest(tmp_path / "manifest.yaml")


def test_format_document_shows_components_and_fields() -> None:
    corpus = ingest_corpus(Path(__file__).resolve().parents[2] / "corpus")
    text = format_document(corpus, "hwb-pack-2019-11--action-log")
    assert "responsible_officer: Mike Sandys" in text
    assert "[action]" in text
    pack = format_document(corpus, "hwb-pack-2019-11")
    assert "hwb-pack-2019-11--minutes" in pack
    with pytest.raises(KeyError):
        format_document(corpus, "nope")


def test_a_skipped_menu_leaves_not_even_its_list_markers(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><nav><ul><li>Home</li><li>Committees</li></ul></nav>"
        "<main><h1>Item 6</h1><p>The Board approved the plan.</p></main></body></html>",
        encoding="utf-8",
    )
    texts = [line.text for line in load_lines(page) if line.text]
    assert texts == ["# Item 6", "The Board approved the plan."]


def test_pdf_lines_get_blank_lines_where_paragraphs_and_headings_end() -> None:
    page = [
        "Foreword",
        "This strategy sets out what partners will do over ten years to improve the health of all",
        "residents of the county and to narrow the gap between the healthiest and least healthy.",
        "It was approved in March 2024.",
        "Priorities",
        "The strategy has five priorities, each with two headline commitments and targets that the",
        "board will report against in public every year, so that residents can hold it to account",
        "for what it promised them and partners can see where effort is needed most urgently now.",
        "The first priority is the best start in life for every child born in the county, wherever",
    ]
    # "It was approved ..." ends its paragraph (a short line ending a sentence), "Priorities" is
    # then a heading; a full line ending a sentence may go on, so no break is guessed after it.
    assert with_paragraph_breaks(page) == [
        "Foreword",
        "",
        *page[1:4],
        "",
        "Priorities",
        "",
        *page[5:],
    ]


def test_a_page_layout_mode_cannot_read_is_read_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PageObject

    plain = PageObject.extract_text

    def layout_fails(page: PageObject, *args: object, **kwargs: object) -> str:
        if kwargs.get("extraction_mode") == "layout":
            raise KeyError("/Widths")
        return plain(page)

    monkeypatch.setattr(PageObject, "extract_text", layout_fails)
    (tmp_path / "plan.pdf").write_bytes(_pdf_bytes())
    text = " ".join(line.text for line in load_lines(tmp_path / "plan.pdf"))
    assert "strength and balance classes" in text
    assert "Smoking cessation" in text
