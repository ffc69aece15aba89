"""transform.paper_front: a paper's title and authors from its first page as printed."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.model import PrintedLine
from transform.paper_front import byline_names, is_article_type, join_lines, read_paper_front


def line(text: str, y: float, size: float = 10.0, marks=()) -> PrintedLine:
    return PrintedLine(text, 1, 60.0, y, size, False, tuple(marks))


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Ana Ruiz¹,², Tom O’Hara³ and Li Wei*", ["Ana Ruiz", "Tom O’Hara", "Li Wei"]),
        ("Karin Holm a, Olu Ade b,*, Mei Tan c", ["Karin Holm", "Olu Ade", "Mei Tan"]),
        ("Piet van der Laan1,2, Rosa M. Quispe3", ["Piet van der Laan", "Rosa M. Quispe"]),
        ("Ilse Brandt,1 Omar Haddad,2 and Jun Sato3", ["Ilse Brandt", "Omar Haddad", "Jun Sato"]),
        ("K.L.Moreau, T. Achebe † & S. Iwu", ["K.L. Moreau", "T. Achebe", "S. Iwu"]),
        ("Grete OlsenID, Paulo Nunes", ["Grete Olsen", "Paulo Nunes"]),  # an ORCID badge
        ("Department of Soil Science, Eastmoor University", None),
        ("Abstract", None),
        ("The canal opened in 1869 and trade grew", None),
        ("OPEN ACCESS", None),
    ],
)
def test_byline_names(raw, expected):
    assert byline_names(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Research Article", True),
        ("ORIGINAL ARTICLE", True),
        ("R E V I E W  Open Access", True),
        ("Case Report", True),
        ("BriefCommunication", True),
        ("Salt and steam on the northern canals", False),
        ("A review of canal tolls", False),
    ],
)
def test_is_article_type(raw, expected):
    assert is_article_type(raw) is expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        (["Salt and Steam on the", "Northern Canals"], "Salt and Steam on the Northern Canals"),
        (["Tolls and Ware-", "houses of the Port"], "Tolls and Warehouses of the Port"),
        (["A Barge-", "Building Guild"], "A Barge-Building Guild"),
    ],
)
def test_join_lines(raw, expected):
    assert join_lines(raw) == expected


JOURNAL_PAGE = [
    line("Journal of Inland Waterways", 760, 14),
    line("Research Article", 735, 16),
    line("Salt and Steam on the", 710, 16),
    line("Northern Canals", 690, 16),
    line("Ana Ruiz¹, Tom O’Hara² and", 668, 11, marks=[(8, 9), (21, 22)]),
    line("Li Wei¹", 654, 11, marks=[(6, 7)]),
    line("¹School of History, Eastmoor University", 640, 8),
    line("Abstract", 610, 10),
    line("Barges carried salt from the works to the port for a century, and the tolls they", 596),
    line("paid kept the waterway open until the railway came. We read the ledgers of", 584),
    line("three locks and count the barges that passed them in each year of the trade.", 572),
]


def test_title_is_the_large_run_over_an_author_line():
    front = read_paper_front(JOURNAL_PAGE)
    assert front.title == "Salt and Steam on the Northern Canals"
    assert front.authors == ("Ana Ruiz", "Tom O’Hara", "Li Wei")
    assert front.title_lines == (2, 3) and front.author_lines == (4, 5)
    assert front.label_lines == (1,) and front.affiliation_lines == (6,)


def test_a_larger_journal_name_loses_to_the_title_over_the_byline():
    page = [line("Annals of Barge Studies", 770, 19)] + JOURNAL_PAGE[2:]
    assert read_paper_front(page).title == "Salt and Steam on the Northern Canals"


def test_metadata_title_counts_only_when_the_page_prints_it():
    body_only = JOURNAL_PAGE[7:]
    assert read_paper_front(body_only, "tmp-draft-7 final").title is None
    printed = [line("Tolls of the Upper Locks", 700, 10)] + body_only
    assert read_paper_front(printed, "Tolls of the Upper Locks").title == "Tolls of the Upper Locks"


def test_metadata_author_not_on_the_page_is_dropped():
    front = read_paper_front(JOURNAL_PAGE[7:], None, ("Lab PC 4", "Tom O’Hara"))
    assert front.authors == ()


def test_no_lines():
    assert read_paper_front([]) == read_paper_front([], None, ())


_line = st.builds(
    PrintedLine, st.text(max_size=40), st.just(1), st.floats(0, 600), st.floats(0, 800), st.floats(1, 40),
    st.booleans(), st.just(()),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, max_size=20), st.one_of(st.none(), st.text(max_size=30)))
def test_never_raises(lines, title):
    front = read_paper_front(lines, title)
    assert front.title is None or isinstance(front.title, str)
