"""extract.pdf_lines: pieces of text with their place and size → a page's text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.pdf_lines import Piece, page_text, piece_from_visit, superscript

BODY = 10.0
STEP = 12.0  # the usual line spacing of the body text below


def body(text: str, y: float, x: float = 50.0, size: float = BODY) -> Piece:
    return Piece(text + "\n", x, y, size)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("8", "⁸"),
        ("8,9", "⁸,⁹"),
        ("3–5", "³–⁵"),
        ("12, 14", "¹²,¹⁴"),
    ],
)
def test_superscript(raw, expected):
    assert superscript(raw) == expected


def test_piece_from_visit_reads_position_and_size_from_the_matrices():
    # the text matrix scales a 1-point font to 9 points and moves it to (72, 700)
    piece = piece_from_visit("Tide", [1, 0, 0, 1, 0, 0], [9, 0, 0, 9, 72, 700], {"/BaseFont": "/Serif-Bold"}, 1)
    assert (piece.x, piece.y, piece.size, piece.bold) == (72, 700, 9, True)


@pytest.mark.parametrize(
    "pieces, expected",
    [
        # a raised, smaller number after a word is a citation mark: glued, in superscript digits
        ([Piece("Trade grew after the war.", 50, 700, BODY), Piece(" 4,5", 170, 703.5, 6.5),
          Piece(" Ports", 180, 700, BODY)], "Trade grew after the war.⁴,⁵ Ports"),
        # a raised number before a word marks that word (an affiliation) and keeps its space
        ([Piece("Eastmoor; ", 50, 700, BODY), Piece("2", 95, 703.5, 6.5), Piece("Harbour Board", 99, 700, BODY)],
         "Eastmoor; ²Harbour Board"),
        # smaller but not raised (a subscript) stays as it is
        ([Piece("CO", 50, 700, BODY), Piece("2", 62, 698, 6.5), Piece(" levels", 66, 700, BODY)], "CO2 levels"),
        # raised letters are kept as letters
        ([Piece("Ana Ruiz", 50, 700, BODY), Piece("a", 92, 703.5, 6.5)], "Ana Ruiza"),
    ],
)
def test_raised_pieces(pieces, expected):
    assert page_text(pieces).text == expected


def test_marks_are_recorded_on_the_printed_line():
    laid = page_text([Piece("Ana Ruiz", 50, 700, 11), Piece("1,2", 92, 704, 7), Piece(", Li Wei", 99, 700, 11)])
    (line,) = laid.lines
    assert line.text == "Ana Ruiz¹,², Li Wei"
    assert [line.text[a:b] for a, b in line.marks] == ["¹,²"]
    assert (line.size, line.page) == (11, 1)


@pytest.mark.parametrize(
    "pieces, expected",
    [
        # extra space between two lines: a paragraph gap
        ([body("A paragraph of two lines", 700), body("ends here.", 700 - STEP),
          body("A second one begins", 700 - 3 * STEP), body("and ends.", 700 - 4 * STEP)],
         "A paragraph of two lines\nends here.\n\nA second one begins\nand ends."),
        # a first-line indent opens a paragraph; the line after it continues
        ([body("runs to the end of the line and", 700), body("stops.", 700 - STEP),
          body("Then a new paragraph starts", 700 - 2 * STEP, x=62), body("and goes on.", 700 - 3 * STEP)],
         "runs to the end of the line and\nstops.\n\nThen a new paragraph starts\nand goes on."),
        # hanging indents (a reference list): the line back at the margin opens an entry
        ([body("Abel, K. (2001). Salt and steam in the", 700), body("northern valleys. Press.", 700 - STEP, x=60),
          body("Bayo, T. (2003). Tolls on the upper", 700 - 2 * STEP), body("locks. Canal Review, 4, 1–9.", 700 - 3 * STEP, x=60),
          body("Cole, R. (2010). Barges and their cargo on", 700 - 4 * STEP), body("the river. Press.", 700 - 5 * STEP, x=60)],
         "Abel, K. (2001). Salt and steam in the\nnorthern valleys. Press.\n\nBayo, T. (2003). Tolls on the upper\n"
         "locks. Canal Review, 4, 1–9.\n\nCole, R. (2010). Barges and their cargo on\nthe river. Press."),
        # a heading set larger than the text under it stands apart
        ([body("Methods", 700, size=12), body("We counted the barges at", 684), body("every lock.", 684 - STEP)],
         "Methods\n\nWe counted the barges at\nevery lock."),
        # the top of the next column continues the paragraph
        ([body("the paragraph goes on in", 100), body("the next column without a break.", 700, x=300)],
         "the paragraph goes on in\nthe next column without a break."),
    ],
)
def test_paragraph_gaps(pieces, expected):
    assert page_text(pieces).text == expected


_texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_texts, st.floats(0, 600), st.floats(0, 800), st.floats(0.1, 40)), max_size=30))
def test_never_raises_and_keeps_every_letter(raw):
    pieces = [Piece(t, x, y, s) for t, x, y, s in raw]
    laid = page_text(pieces)
    letters = [c for t, *_ in raw for c in t if c.isalpha()]
    assert [c for c in laid.text if c.isalpha()] == letters
