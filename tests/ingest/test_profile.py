"""Corpus profiles: portal chrome is dropped by data, a corpus extends or replaces the defaults,
and a bad profile fails naming the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders import SourceLine
from ingest.minutes import parse_minutes
from ingest.model import DocType, Document
from ingest.pack import split_pack
from ingest.profile import PROFILE_FILE, ProfileError, load_profile

PORTAL_COPY = [
    "Skip to main content",
    "We use some essential cookies to make this website work.",
    "Accept analytics cookies Reject analytics cookies View cookies",
    "Committees",
    "Northtown County Council Democracy",
    "You are here: Home > Committees > Board > Meeting 20/03/2025 > Agenda item",
    "Meeting: 20/03/2025 - Health and Wellbeing Board (Item 4)",
    "4. Year One Progress Report",
    "The Board noted the progress made in the first year.",
    "Supporting documents:",
    "Progress Report, item 4. pdf icon PDF 538 KB",
    "© Some County Council 2025. All rights reserved.",
]


def _texts(lines: list[SourceLine]) -> list[str]:
    return [line.text for line in lines]


def test_the_defaults_drop_portal_chrome_and_keep_the_content() -> None:
    kept = _texts(load_profile().clean([SourceLine(t) for t in PORTAL_COPY]))
    assert kept == [
        "4. Year One Progress Report",
        "The Board noted the progress made in the first year.",
        "###### Supporting documents",
        "Progress Report, item 4.",
    ]


def test_a_portal_item_label_becomes_a_heading_without_its_colon() -> None:
    lines = [SourceLine(t) for t in ("Decision:", "## Minutes:", "Decision: noted", "Minutes")]
    assert _texts(load_profile().clean(lines)) == [
        "###### Decision",
        "###### Minutes",
        "Decision: noted",
        "Minutes",
    ]


def test_a_file_size_without_its_icon_text_is_chrome_too() -> None:
    lines = [
        SourceLine("- Plan report, item 6.  PDF 366 KB"),
        SourceLine("It costs 5 KB to store."),
    ]
    assert _texts(load_profile().clean(lines)) == [
        "- Plan report, item 6.",
        "It costs 5 KB to store.",
    ]


def test_blank_lines_and_line_numbers_survive_cleaning() -> None:
    lines = [SourceLine("", 1), SourceLine("Report, item 4. pdf icon PDF 5 KB", 2, 3)]
    assert load_profile().clean(lines) == [SourceLine("", 1), SourceLine("Report, item 4.", 2, 3)]


def test_a_corpus_profile_adds_to_the_defaults(tmp_path: Path) -> None:
    (tmp_path / PROFILE_FILE).write_text(
        "drop_lines: ['Agenda Item \\d+']\nabbreviations: {XYZ: Example Yard Zone}\n"
    )
    profile = load_profile(tmp_path)
    kept = _texts(profile.clean([SourceLine("Agenda Item 7"), SourceLine("Skip to content")]))
    assert kept == []
    assert profile.abbreviations["XYZ"] == "Example Yard Zone"
    assert "BCF" in profile.abbreviations
    assert profile.digest != load_profile().digest


def test_a_corpus_profile_adds_the_stock_lines_and_paper_links_the_answer_layer_reads(
    tmp_path: Path,
) -> None:
    (tmp_path / PROFILE_FILE).write_text(
        "stock_lines: ['This paper sets out\\b']\npaper_links: ['\\(paper \\d+\\)$']\n"
    )
    defaults, own = load_profile().answer_conventions(), load_profile(tmp_path).answer_conventions()
    assert own["stock_lines"] == [*defaults["stock_lines"], r"This paper sets out\b"]
    assert own["paper_links"] == [*defaults["paper_links"], r"\(paper \d+\)$"]
    assert load_profile(tmp_path).digest != load_profile().digest


COUNCIL_MINUTES = [
    "PRESENT: Cllr Jo Bloggs (Chair), Dr Sam Green",
    "HWB25 Minutes of the previous meeting",
    "RESOLVED: That the minutes be approved.",
    "HWB26 Better Care Fund plan",
    "The Board considered the plan for the year.",
    "RESOLVED: That the plan be approved.",
]


def test_a_corpus_profile_reads_its_councils_minute_numbering(tmp_path: Path) -> None:
    (tmp_path / PROFILE_FILE).write_text(
        "minutes:\n  items: ['^HWB(?P<number>\\d+)\\s+(?P<title>\\S.*)$']\n"
    )
    source = [SourceLine(text, n) for n, text in enumerate(COUNCIL_MINUTES, 1)]
    drafts = parse_minutes(source, load_profile(tmp_path).minutes)
    resolutions = [(d.section, d.text) for d in drafts if d.kind == "resolution"]
    assert resolutions == [
        ("25. Minutes of the previous meeting", "RESOLVED: That the minutes be approved."),
        ("26. Better Care Fund plan", "RESOLVED: That the plan be approved."),
    ]
    # The defaults know only "25. Title": these minutes are then read as plain text.
    assert all(d.kind != "resolution" for d in parse_minutes(source))


PACK = [
    "Minutes of a meeting of the Health Board held on 5 March 2024",
    "12. Minutes of the previous meeting",
    "RESOLVED: That the minutes be approved.",
    "",
    "Health Board | 5 March 2024",
    "Report author: Director of Public Health",
    "",
    "CHILD HEALTH UPDATE",
    "",
    "The report sets out progress on child health.",
]


def test_a_corpus_profile_reads_its_councils_report_headers_in_a_pack(tmp_path: Path) -> None:
    (tmp_path / PROFILE_FILE).write_text(
        "packs:\n"
        "  report_headers: ['^Health Board \\| (?P<date>\\d{1,2} \\w+ \\d{4})$']\n"
        "  report_authors: ['^Report author: (?P<author>.+)$']\n"
    )
    source = [SourceLine(text, n) for n, text in enumerate(PACK, 1)]
    pack = Document("pack", "Health Board pack", DocType.MEETING_PACK, "pack.txt", "0")
    components = split_pack(source, pack, load_profile(tmp_path))
    assert [c.document.doc_type for c in components] == [DocType.MINUTES, DocType.REPORT]
    report = components[1].document
    assert (report.title, report.author, report.date) == (
        "Child Health Update",
        "Director of Public Health",
        "2024-03-05",
    )
    # The defaults know only "BOARD: date" over "REPORT OF ...": the report stays in the minutes.
    assert [c.document.doc_type for c in split_pack(source, pack)] == [DocType.MINUTES]


def test_a_corpus_profile_may_replace_the_defaults(tmp_path: Path) -> None:
    (tmp_path / PROFILE_FILE).write_text("replace_defaults: true\n")
    profile = load_profile(tmp_path)
    assert profile.abbreviations == {}
    assert _texts(profile.clean([SourceLine("Skip to main content")])) == ["Skip to main content"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("colour: red\n", r"unknown field\(s\) \['colour'\]; allowed:"),
        ("drop_lines: '(unclosed'\n", "'drop_lines' must be a list"),
        ("drop_lines: ['(unclosed']\n", r"drop_lines pattern '\(unclosed' is invalid"),
        ("stock_lines: ['(unclosed']\n", r"stock_lines pattern '\(unclosed' is invalid"),
        ("paper_links: 5\n", "'paper_links' must be a list"),
        ("abbreviations: [BCF]\n", "'abbreviations' must map acronyms"),
        ("replace_defaults: maybe\n", "'replace_defaults' must be true or false"),
        ("minutes: {headings: ['x']}\n", "'minutes' must map some of items, resolutions"),
        ("minutes: {items: '^x'}\n", "'minutes.items' must be a list"),
        (
            "minutes: {items: ['^(\\d+) (.*)$']}\n",
            r"needs the group\(s\) \(\?P<number>\.\.\.\) and \(\?P<title>",
        ),
        ("minutes: {sign_off: ['(unclosed']}\n", r"minutes.sign_off pattern '\(unclosed'"),
        ("packs: {report_headers: ['^(.*)$']}\n", r"needs the group\(s\) \(\?P<date>"),
        ("packs: {openers: []}\n", "'packs' must map some of minutes_starts"),
        ("- a\n- b\n", "expected a mapping"),
    ],
)
def test_a_bad_profile_fails_naming_the_file_and_field(
    tmp_path: Path, body: str, message: str
) -> None:
    (tmp_path / PROFILE_FILE).write_text(body)
    with pytest.raises(ProfileError, match=message):
        load_profile(tmp_path)


def test_a_lettered_resolution_is_not_mistaken_for_a_copyright_line() -> None:
    line = "(c) That the final strategy be presented to a future meeting of the Board."
    assert _texts(load_profile().clean([SourceLine(line)])) == [line]


def test_chrome_is_dropped_under_a_heading_or_bullet_marker() -> None:
    lines = [SourceLine("## Cookies on Some Council - Democracy"), SourceLine("- Committees")]
    assert _texts(load_profile().clean(lines)) == []


def test_the_blank_lines_between_dropped_menu_lines_go_with_them() -> None:
    copied = ["Northtown Council Democracy", "", "Home", "", "Councillors", "", "Committees", ""]
    copied += ["", "Agenda item", "", "", "The Board noted the report."]
    kept = _texts(load_profile().clean([SourceLine(t) for t in copied]))
    # One blank where the menu was; the page's own double blank stays.
    assert kept == ["", "Agenda item", "", "", "The Board noted the report."]
