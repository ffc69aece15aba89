"""transform.callouts: numeric callouts of a numbered reference list outside square brackets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.callouts import find_callouts, remove_callouts
from transform.citations import extract_citations
from transform.model import HEADING, Block

REFS = [Block("References", HEADING)] + [
    Block(f"{n}. Holm K, Sato J. Tolls on lock {n}. Canal Rev. 20{10 + n};{n}:1-9.") for n in range(1, 9)
]


def cited(text: str) -> list[tuple[int, ...]]:
    return [c.numbers for c in find_callouts([Block(text)], range(1, 9))]


@pytest.mark.parametrize(
    "text, numbers",
    [
        # raised digits, as the PDF reader writes superscripts
        ("Tolls rose.¹ Barges grew larger.²,³ Locks were widened⁴⁻⁶ and again.¹", [(1,), (2, 3), (4, 5, 6), (1,)]),
        # superscripts of units and symbols are not callouts
        ("Tolls rose.¹ The basin held 40 m³ and 3 cm² of silt.² Ice came.³", [(1,), (2,), (3,)]),
        # glued digits, a PDF's superscripts read as plain digits
        ("Trade on the canal was less explored2. Ports grew3,4. Tolls fell1 after the war.5",
         [(2,), (3, 4), (1,), (5,)]),
        # glued to words that carry numbers of their own ("CO2", "type2") they are not callouts
        ("Tolls rose.1 The barges burnt coal and gave off CO2 and type2 soot.2 Ice came.3", [(1,), (2,), (3,)]),
        # after a year's full stop: a new sentence or the paragraph's end follows
        ("Tolls rose.1 Barges grew.2 Ice came.3 The survey was made in 1887.4 Their gauges were lost in 1890.5",
         [(1,), (2,), (3,), (4,), (5,)]),
        # a table's decimals look the same but follow no sentence
        ("Tolls rose.1 Barges grew.2 Ice came.3 Lock 7 1.4 Kx44 2.5 Sgm", [(1,), (2,), (3,)]),
        # numbers in round brackets
        ("Pain is an alert (1). It may last (1, 2). The causes vary (3-5).", [(1,), (1, 2), (3, 4, 5)]),
        # numbers that jump about are not a citing order: no callouts at all
        ("Lock keepers (7) earned (1) little (8) money (2) then.", []),
    ],
)
def test_find_callouts(text, numbers):
    assert cited(text) == numbers


def test_round_brackets_are_not_callouts_where_the_list_is_cited_in_square_ones():
    text = "Tolls rose [1], see Eq. (1). Barges grew [2] as Eq. (2) says. Ice came [3], see Eq. (3)."
    assert cited(text) == []


def test_round_brackets_that_enumerate_are_not_callouts():
    text = "A steamer needed (1) a wharf, (2) a coal depot and (3) a railway. Tolls rose (4). Ice came (5)."
    assert cited(text) == []


def test_raised_and_glued_callouts_leave_the_text_bracketed_ones_stay():
    blocks = [Block("Tolls rose.¹ Barges grew.²,³ Ice came.⁴")]
    out, placed = remove_callouts(blocks, find_callouts(blocks, range(1, 9)))
    assert out[0].text == "Tolls rose. Barges grew. Ice came."
    blocks = [Block("Tolls rose (1). Barges grew (2, 3). Ice came (4).")]
    out, placed = remove_callouts(blocks, find_callouts(blocks, range(1, 9)))
    assert out[0].text == blocks[0].text


def test_callouts_are_linked_to_the_numbered_entries():
    body = Block("Tolls on the canal rose.¹ Barges grew larger.²⁻⁴ The locks were widened.¹")
    result = extract_citations([Block("Canal tolls", HEADING), body] + REFS)
    assert result.blocks[1].text == "Tolls on the canal rose. Barges grew larger. The locks were widened."
    assert [(c.kind, c.marker, c.ref_no) for c in result.citations] == [
        ("footnote", 1, 1), ("footnote", 2, 2), ("footnote", 3, 3), ("footnote", 4, 4), ("footnote", 1, 1)]
    assert all(c.start == c.end for c in result.citations)


def test_round_bracket_callouts_are_numeric_citations_over_their_items():
    body = Block("Tolls rose (1). Barges grew (2, 4-5). Locks were widened (3).")
    result = extract_citations([Block("Canal tolls", HEADING), body] + REFS)
    text = result.blocks[1].text
    assert [(c.kind, c.marker, text[c.start:c.end]) for c in result.citations] == [
        ("numeric", 1, "(1)"), ("numeric", 2, "2"), ("numeric", 4, "4-5"), ("numeric", 5, "4-5"), ("numeric", 3, "(3)")]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab .,()¹²³⁻12345-", max_size=40), max_size=5))
def test_never_raises_and_removal_only_takes_callouts(texts):
    blocks = [Block(t) for t in texts]
    callouts = find_callouts(blocks, range(1, 6))
    out, _ = remove_callouts(blocks, callouts)
    assert len(out) == len(blocks)
    assert all(len(a.text) <= len(b.text) for a, b in zip(out, blocks))
