"""Which words of the publishers' names name one publisher, and which publishers a question
names, however it is written."""

from __future__ import annotations

from ingest.model import DocType, Document
from retrieval.publishers import named_publishers, publisher_words

NORTH = "Northvale Borough Council"
SOUTH = "Southmere City Council"


def _documents(*publishers: str) -> dict[str, Document]:
    return {
        f"d{n}": Document(
            id=f"d{n}",
            title="Minutes",
            doc_type=DocType.MINUTES,
            source=f"d{n}.txt",
            sha256="0" * 64,
            publisher=publisher,
        )
        for n, publisher in enumerate(publishers)
    }


_PASSAGES = [
    ("The Northvale board met in the Borough offices. Cllr Ames chaired.", NORTH),
    ("Northvale's quorum is five members.", NORTH),
    ("The Southmere board noted the City plan. The city centre clinic opens in May.", SOUTH),
    ("Southmere agreed the pharmacy assessment.", SOUTH),
]


def test_a_word_of_one_publishers_name_names_it_in_a_lower_case_question() -> None:
    words = publisher_words(_documents(NORTH, SOUTH), _PASSAGES)
    assert named_publishers("what quorum does northvale's board keep?", words) == (NORTH,)
    assert named_publishers("did southmere agree the assessment?", words) == (SOUTH,)


def test_a_name_in_an_email_or_web_address_is_not_lower_case_use() -> None:
    addresses = [
        ("Contact: jo.bloggs@northvale.gov.uk, www.northvale.gov.uk/minutes", NORTH),
        ("Contact: democratic.services@northvale.gov.uk", NORTH),
    ]
    words = publisher_words(_documents(NORTH, SOUTH), _PASSAGES + addresses)
    assert named_publishers("what quorum does northvale's board keep?", words) == (NORTH,)


def test_a_word_the_names_share_names_no_one() -> None:
    words = publisher_words(_documents(NORTH, SOUTH), _PASSAGES)
    assert named_publishers("what did the council decide?", words) == ()


def test_a_word_the_papers_write_in_lower_case_names_no_one() -> None:
    # "City" is in one name only, but the papers write "the city centre" too.
    words = publisher_words(_documents(NORTH, SOUTH), _PASSAGES)
    assert named_publishers("which clinic opens in the city?", words) == ()


def test_a_word_other_publishers_papers_use_as_much_names_no_one() -> None:
    passages = [*_PASSAGES, *[("The Borough Partnership met.", SOUTH)] * 2]
    words = publisher_words(_documents(NORTH, SOUTH), passages)
    assert "borough" not in words
    assert named_publishers("what did northvale decide?", words) == (NORTH,)


def test_one_publishers_papers_have_no_publisher_words() -> None:
    assert publisher_words(_documents(NORTH, NORTH), _PASSAGES[:2]) == {}
