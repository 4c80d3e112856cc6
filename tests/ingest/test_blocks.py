"""Blocks: which lines of a flattened document are headings, and which are list items."""

from __future__ import annotations

from ingest.blocks import Block, build_blocks, section_paths
from ingest.lines import clean_lines
from ingest.loaders import SourceLine
from ingest.structure import drafts_from_lines


def _lines(pages: list[str]) -> list[SourceLine]:
    """Pages as a PDF loader gives them: the first line of each marks the page break."""
    return [
        SourceLine((" " if n == 0 else "") + line, lineno=n + 1, page=page)
        for page, text in enumerate(pages, start=1)
        for n, line in enumerate(text.split("\n"))
    ]


def _blocks(pages: list[str]) -> list[Block]:
    return build_blocks(clean_lines(_lines(pages)))


def _headings(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.kind == "heading"]


COVER = """Annual Plan

Our three aims

    1.  Fewer people smoking
    2.  More people active
    3.  Safer homes
This plan sets out what the council will do over the next five years and how it will report."""

CONTENTS = """Contents

Foreword ................................................................ 3
Priority 1: Fewer people smoking ....................................... 4
Priority 2: More people active ......................................... 6
Priority 3: Safer homes ................................................ 8"""

BODY = """Priority 1: Fewer people smoking

Smoking remains the largest cause of preventable illness in the county, and rates are highest
in the most deprived neighbourhoods.

Where are we now?

Adult smoking prevalence was 11% last year, down from 14% five years before."""


def test_a_numbered_list_of_aims_on_a_cover_is_items_not_headings() -> None:
    blocks = _blocks([COVER, BODY])
    assert "1 Fewer people smoking" not in _headings(blocks)
    assert [b.kind for b in blocks if "Safer homes" in b.text] == ["item"]


def test_a_contents_page_names_headings_but_holds_none() -> None:
    blocks = _blocks([CONTENTS, BODY])
    contents = [b for b in blocks if "...." in b.text]
    assert contents and all(b.kind == "contents" for b in contents)
    assert "Priority 1: Fewer people smoking" in _headings(blocks)
    drafts = drafts_from_lines(clean_lines(_lines([CONTENTS, BODY])))
    assert drafts and not any("...." in d.text for d in drafts)


def test_a_priority_heading_opening_a_page_heads_its_section() -> None:
    blocks = _blocks([COVER, CONTENTS, BODY])
    assert "Priority 1: Fewer people smoking" in _headings(blocks)
    paths = dict(zip((b.text for b in blocks), section_paths(blocks), strict=True))
    prevalence = next(t for t in paths if t.startswith("Adult smoking prevalence"))
    assert paths[prevalence] == "Priority 1: Fewer people smoking > Where are we now?"


def test_a_numbered_heading_after_a_page_breaks_blank_lines_is_a_heading() -> None:
    # A plain-text document whose page numbers and running headers were removed leaves a run
    # of blank lines, which elsewhere marks a column of lost bullet glyphs.
    text = (
        "2. Our county\n\nThe county has grown by a tenth in ten years and will keep growing.\n"
        "\n\n\n\n\n3. Our aims\n\nOur aim is a county where everyone lives a long life.\n"
        "\n\n\n\n\n4. Priority 1: Safer Streets\n\nWe will make every street safer to walk."
    )
    source = [SourceLine(line, lineno=n + 1, page=None) for n, line in enumerate(text.split("\n"))]
    headings = [b.text for b in build_blocks(clean_lines(source)) if b.kind == "heading"]
    assert headings == ["2 Our county", "3 Our aims", "4 Priority 1: Safer Streets"]


def test_a_row_of_figures_is_not_a_heading() -> None:
    rows = ["Aged 65 and over 21.3%", "Life expectancy, males 79.6 years"]
    table = "\n\n".join(["Measure Value", *rows, BODY])
    assert not set(rows) & set(_headings(_blocks([table])))


def test_a_signers_name_and_role_on_lines_of_their_own_are_a_signature_not_headings() -> None:
    page = (
        "Foreword\n\nThe board approved this plan in March and every partner has committed to"
        " play its part in delivering it.\n\nCllr Jane Example\n\nChair, Health and Wellbeing"
        " Board\n\nIntroduction\n\nThis plan sets out what the partners will do over ten years."
    )
    blocks = _blocks([page])
    assert "Cllr Jane Example" not in _headings(blocks)
    signed = [b for b in blocks if b.kind == "signature"]
    assert [b.text for b in signed] == ["Cllr Jane Example Chair, Health and Wellbeing Board"]
    assert "Introduction" in _headings(blocks)


def test_two_signers_whose_lines_are_grouped_unevenly_are_one_signature() -> None:
    page = (
        "Foreword\n\nEvery partner on the board has committed to play its part in delivering"
        " this plan. We commend it to you.\n\nCllr Jane Example\n\nChair, Health and Wellbeing"
        " Board\n\nCabinet Member for Health and Adult Social Care, Example County Council\n"
        "Dr Sam Sample\nVice-Chair, Health and Wellbeing Board\nChief Medical Officer, Example"
        " Integrated Care Board\n\nIntroduction\n\nThis plan sets out what the partners will do."
    )
    signed = [b.text for b in _blocks([page]) if b.kind == "signature"]
    assert signed == [
        "Cllr Jane Example Chair, Health and Wellbeing Board Cabinet Member for Health and Adult"
        " Social Care, Example County Council Dr Sam Sample Vice-Chair, Health and Wellbeing Board"
        " Chief Medical Officer, Example Integrated Care Board"
    ]


def test_list_items_that_look_like_a_name_and_a_post_stay_items() -> None:
    page = (
        "The board's members include:\n\n- County Council\n- Elected Members\n- Lead Officer"
        " for Housing\n- Healthwatch\n\nThe board meets four times a year in public."
    )
    blocks = _blocks([page])
    assert not [b for b in blocks if b.kind == "signature"]
    assert "Lead Officer for Housing" in [b.text for b in blocks if b.kind == "item"]
