from __future__ import annotations

from ingest.sentences import embedded_sentences, sentence_spans, sentences


def test_titles_and_initials_do_not_end_a_sentence() -> None:
    text = "The report was presented by Mr. L. Breckon and Dr. Lakhani. The Board noted it."
    assert sentences(text) == [
        "The report was presented by Mr. L. Breckon and Dr. Lakhani.",
        "The Board noted it.",
    ]


def test_spans_are_exact_substrings() -> None:
    text = "RESOLVED: (a) That the report be noted;  (b) That it be approved. Next item follows."
    for start, end in sentence_spans(text):
        assert text[start:end] == text[start:end].strip()
        assert text[start:end] in text


def test_a_long_unpunctuated_run_is_cut_at_semicolons() -> None:
    text = "; ".join(f"item number {i} about something quite long here" for i in range(12))
    pieces = sentences(text)
    assert len(pieces) > 1 and all(p in text for p in pieces)


def test_a_paragraph_number_opening_a_sentence_is_not_quoted() -> None:
    text = "4. The ten-year JHWS was approved in February 2022. (b) That the plan be noted."
    assert sentences(text) == [
        "The ten-year JHWS was approved in February 2022.",
        "That the plan be noted.",
    ]


def test_table_rows_and_capitalised_headings_are_not_prose() -> None:
    from ingest.sentences import prose_share

    assert prose_share("35.2 407.0 % per 100,000 2019/20") < 0.5
    assert prose_share("HEALTH AND WELLBEING BOARD: 29 MAY 2025 REPORT OF THE PARTNERSHIP") < 0.5
    assert prose_share("The strategy will be reviewed at the midway point.") > 0.8


def test_a_commitment_code_does_not_end_a_sentence() -> None:
    text = "| P3. We will train 2,000 staff by 2027 | Jo Bloggs | Green | 640 trained so far."
    assert sentences(text) == [text]


# A table as a passage holds it once its lines are joined: rows written "| a | b |" one after
# another (ingest.table_rows).
_TABLE = (
    "| Measure | Baseline | Target | | Park visits a year | 41,000 (2021) | 50,000 by 2028 | "
    "| Street trees planted | 120 |  |"
)


def test_a_table_is_split_between_its_rows_the_header_kept_with_the_first() -> None:
    assert sentences(_TABLE) == [
        "| Measure | Baseline | Target | | Park visits a year | 41,000 (2021) | 50,000 by 2028 |",
        "| Street trees planted | 120 |  |",
    ]


def test_a_rule_under_the_header_stays_with_it_and_an_empty_cell_splits_nothing() -> None:
    text = "| Group | Chair | |---|---| | Parks Forum | Jo Bloggs | | Tree Panel |  |"
    assert sentences(text) == [
        "| Group | Chair | |---|---| | Parks Forum | Jo Bloggs |",
        "| Tree Panel |  |",
    ]


def test_rows_after_prose_are_split_from_each_other() -> None:
    text = "The table shows the two measures: | Measure | Target | | Visits | 50,000 |"
    assert sentences(text) == [
        "The table shows the two measures: | Measure | Target |",
        "| Visits | 50,000 |",
    ]


def test_a_row_below_the_header_is_embedded_with_the_header() -> None:
    header = "| Measure | Baseline | Target |"
    embedded = [text for _, _, text in embedded_sentences(_TABLE)]
    assert embedded[0] == sentences(_TABLE)[0]
    assert embedded[1] == f"{header} | Street trees planted | 120 |  |"
