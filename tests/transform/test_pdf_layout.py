"""transform.pdf_layout: running headers, footers and page numbers of PDF pages."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.model import Artefact
from transform.pdf_layout import strip_page_furniture

BODY = [
    "Barges carried coal and grain from the northern pits.",
    "The lock keepers kept a ledger of every boat that passed.",
    "Tolls rose each spring when the water was high.",
    "The railway reached the valley and trade fell by half.",
    "The company sold its boats to the town council.",
    "Only pleasure boats use the canal today.",
    "Horses towed the boats along a path beside the water.",
    "Winters were hard and the ice closed the upper locks.",
    "Merchants built warehouses on both banks.",
    "A flood in the autumn broke the embankment.",
    "Engineers rebuilt the aqueduct in stone.",
    "Children walked the towpath to school.",
    "Steam tugs replaced the horses after the war.",
    "The wharves were turned into flats.",
    "Anglers sit where the coal once landed.",
    "A museum keeps the last working barge.",
    "Volunteers cleared the silt every summer.",
    "The old toll house is now a tea room.",
    "Cyclists share the path with walkers.",
    "Herons nest in the reeds below the weir.",
    "The basin hosts a festival each June.",
    "Maps from the survey hang in the library.",
    "Some locks still have their iron gates.",
    "The canal trust publishes a yearly report.",
]


CHAPTERS = ["Trade", "Decline", "Revival", "Heritage"]


def pages_with(top=None, bottom=None, n=6):
    """n pages of two body lines each, with furniture lines from top(page)/bottom(page) (1-based)."""
    pages = []
    for p in range(1, n + 1):
        lines = BODY[2 * (p - 1) : 2 * p]
        if top:
            lines = [top(p)] + lines
        if bottom:
            lines = lines + [bottom(p)]
        pages.append("\n".join(lines))
    return pages


def body_only(n=6):
    return pages_with(n=n)


CASES = [
    pytest.param(
        pages_with(top=lambda p: f"Journal of Canal Studies, Vol. 3 | {p + 16}"),
        [("running_header", "repeated_edge_line")],
        id="header-with-varying-page-number",
    ),
    pytest.param(
        pages_with(top=lambda p: "Canal Studies" if p % 2 else "J. Doe and R. Roe"),
        [("running_header", "repeated_edge_line")],
        id="alternate-even-and-odd-headers",
    ),
    pytest.param(
        pages_with(bottom=lambda p: f"Page {p} of 6"),
        [("page_number", "page_x_of_y")],
        id="page-x-of-y",
    ),
    pytest.param(
        pages_with(bottom=lambda p: str(p + 100)),
        [("page_number", "bare_page_number")],
        id="bare-page-numbers-counting-up",
    ),
    pytest.param(
        pages_with(top=lambda p: f"- {p} -"),
        [("page_number", "bare_page_number")],
        id="dashed-page-numbers",
    ),
    pytest.param(
        pages_with(
            top=lambda p: f"Chapter {1 + (p - 1) // 3}: {CHAPTERS[(p - 1) // 3]} {p + 2}",
            bottom=lambda p: "© 2020 Canal Society. All rights reserved.",
            n=12,
        ),
        [("running_header", "numbered_edge_line"), ("running_footer", "repeated_edge_line")],
        id="chapter-headers-carrying-the-page-number",
    ),
]


@pytest.mark.parametrize("pages, kinds", CASES)
def test_furniture_removed(pages, kinds):
    cleaned, artefacts = strip_page_furniture(pages)
    assert cleaned == body_only(len(pages))
    assert {(a.kind, a.rule) for a in artefacts} == set(kinds)
    for a in artefacts:  # each artefact is a line of the page it names
        assert a.text in pages[a.page - 1].split("\n")


def test_artefact_fields():
    pages = ["Canal Studies | 1\nBody one.\nPage 1 of 2", "Canal Studies | 2\nBody two.\nPage 2 of 2"]
    cleaned, artefacts = strip_page_furniture(pages)
    assert cleaned == ["Body one.", "Body two."]
    assert artefacts == [
        Artefact("running_header", "repeated_edge_line", "Canal Studies | 1", 1),
        Artefact("page_number", "page_x_of_y", "Page 1 of 2", 1),
        Artefact("running_header", "repeated_edge_line", "Canal Studies | 2", 2),
        Artefact("page_number", "page_x_of_y", "Page 2 of 2", 2),
    ]


KEPT = [
    pytest.param(body_only(), id="nothing-to-remove"),
    pytest.param(["The canal opened in\n1869"], id="single-page-number-like-line-kept"),
    pytest.param(
        ["Results\nTrade fell in 1901 by\n12", "to a low of\n7", "and rose again to\n40"],
        id="numbers-that-do-not-count-up-are-kept",
    ),
    pytest.param(
        ["Introduction\nThe canal opened.", "Methods\nWe counted boats.", "Results\nTrade fell."],
        id="headings-at-page-tops-differ",
    ),
]


@pytest.mark.parametrize("pages", KEPT)
def test_body_text_kept(pages):
    cleaned, artefacts = strip_page_furniture(pages)
    assert cleaned == pages
    assert artefacts == []


def test_empty_and_blank_pages_keep_their_place():
    pages = ["Canal Studies\nBody one.", "", "Canal Studies\nBody three.", "   ", "Canal Studies\nBody five."]
    cleaned, _ = strip_page_furniture(pages)
    assert cleaned == ["Body one.", "", "Body three.", "   ", "Body five."]
    assert strip_page_furniture([]) == ([], [])


PAGE_PIECES = list("ab 12|-\n") + ["Page ", " of ", "Head"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PAGE_PIECES), max_size=30).map("".join), max_size=8))
def test_never_raises_and_only_removes_lines(pages):
    cleaned, artefacts = strip_page_furniture(pages)
    assert len(cleaned) == len(pages)
    for page, after in zip(pages, cleaned):
        lines = page.split("\n")
        it = iter(lines)
        assert all(line in it for line in after.split("\n") if after)  # a subsequence of the page's lines
    for a in artefacts:
        assert a.text.strip() and a.text in pages[a.page - 1]
