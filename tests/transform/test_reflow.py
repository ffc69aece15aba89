"""transform.reflow: plain text → paragraph Blocks.

The tables read as the spec: raw text on the left, the blocks it must become
on the right as (kind, text).  All text here is invented; it only copies the
shapes of real PDF extractions and web-page dumps.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.model import HEADING, LIST_ITEM, PARAGRAPH, Block
from transform.reflow import classify_block, keeps_hyphen, text_to_blocks

P, H, L = PARAGRAPH, HEADING, LIST_ITEM

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

try:
    import wordfreq  # noqa: F401

    HAS_WORDFREQ = True
except ImportError:
    HAS_WORDFREQ = False
needs_wordfreq = pytest.mark.skipif(not HAS_WORDFREQ, reason="wordfreq (the English word list) is not installed")


def kinds_and_texts(text: str, first_page: int | None = None) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in text_to_blocks(text, first_page)]


# --- re-flowing hard-wrapped text ---------------------------------------------------------

REFLOW = [
    pytest.param(
        "The canal opened to barges in the spring of that year and\n"
        "trade along its banks grew quickly in the decade after.\n",
        [(P, "The canal opened to barges in the spring of that year and trade along its banks "
             "grew quickly in the decade after.")],
        id="wrapped-lines-join-with-one-space",
    ),
    pytest.param(
        "Barges carried coal and grain from the northern pits to the\n"
        "city markets every week of the year (Doe and\n"
        "Roe, 2013) and again in the dry season (J.\n"
        "Kahn, 2018).\n",
        [(P, "Barges carried coal and grain from the northern pits to the city markets every week "
             "of the year (Doe and Roe, 2013) and again in the dry season (J. Kahn, 2018).")],
        id="citation-broken-across-lines",
    ),
    pytest.param(
        " Abstract\n\n"
        "The canal opened to barges in the spring of that year and\n"
        " trade along its banks grew quickly in the decade after it\n"
        "opened to the public.\n",
        [(H, "Abstract"),
         (P, "The canal opened to barges in the spring of that year and trade along its banks "
             "grew quickly in the decade after it opened to the public.")],
        id="stray-leading-spaces-dropped",
    ),
    pytest.param(
        "The canal opened to barges in the spring of that year and the\n"
        "trade along its banks grew quickly in the decade after that.\n"
        "Tolls paid for the upkeep.\n"
        "A second paragraph starts here and it runs all the way to the\n"
        "right margin before it ends on a much shorter line.\n",
        [(P, "The canal opened to barges in the spring of that year and the trade along its banks "
             "grew quickly in the decade after that. Tolls paid for the upkeep."),
         (P, "A second paragraph starts here and it runs all the way to the right margin before "
             "it ends on a much shorter line.")],
        id="short-line-ending-a-sentence-ends-the-paragraph",
    ),
    pytest.param(
        "2. Methods\n"
        "We counted the barges passing the lock at each hour of the day\n"
        "and noted their cargo in a ledger kept by the lock keeper.\n",
        [(H, "2. Methods"),
         (P, "We counted the barges passing the lock at each hour of the day and noted their "
             "cargo in a ledger kept by the lock keeper.")],
        id="heading-directly-followed-by-paragraph",
    ),
    pytest.param(
        "Key Words: canals, trade, ports, barges, locks, tolls, rivers\n"
        "Introduction\n\n"
        "Canals changed how goods moved across the region in the last\n"
        "century and made inland towns rich for a time.\n",
        [(P, "Key Words: canals, trade, ports, barges, locks, tolls, rivers"),
         (H, "Introduction"),
         (P, "Canals changed how goods moved across the region in the last century and made "
             "inland towns rich for a time.")],
        id="key-words-line-then-heading",
    ),
    pytest.param(
        "The lock keepers named three problems in the survey of the\n"
        "northern branch of the canal, which ran for forty miles:\n"
        "• barges were slower than the railway on every single route\n"
        "and lost their cargo to it\n"
        "• the locks were too narrow\n"
        "1. tolls were high\n"
        "2. boats were old\n",
        [(P, "The lock keepers named three problems in the survey of the northern branch of the "
             "canal, which ran for forty miles:"),
         (L, "• barges were slower than the railway on every single route and lost their cargo to it"),
         (L, "• the locks were too narrow"),
         (L, "1. tolls were high"),
         (L, "2. boats were old")],
        id="list-items-keep-their-bullets",
    ),
    pytest.param(
        "The two wars of 1965–\n"
        "1971 changed the trade routes of the whole region for ever\n"
        "and the ports never recovered their old business after that.\n",
        [(P, "The two wars of 1965–1971 changed the trade routes of the whole region for ever "
             "and the ports never recovered their old business after that.")],
        id="dash-in-a-number-range-joins-without-space",
    ),
]


@pytest.mark.parametrize("raw, expected", REFLOW)
def test_reflow(raw, expected):
    assert kinds_and_texts(raw) == expected


# --- blank lines and page breaks in mid-sentence ----------------------------------------

WRAPPED_WITH_BREAKS = (
    "Introduction\n\n"
    "The canal company kept careful records of every barge that\n"
    "passed the upper lock, and of the cargo it carried on board.\n\n"
    "The records show that the company sent a mission upriver to\n\n"
    "set up a trading post near the old ford before the winter\n"
    "came and the water froze.\n\n"
    "Coal and grain went north while cloth and iron went south in\n"
    "the same boats, and the tolls grew with every passing\f"
    "season until the railway reached the valley.\n\n"
    "2. Results\n\n"
    "Trade fell by half within ten years of the railway opening and\n"
    "the company sold its boats to the town.\n"
)


def test_blank_line_or_page_break_in_mid_sentence_does_not_split():
    blocks = text_to_blocks(WRAPPED_WITH_BREAKS, first_page=4)
    assert [(b.kind, b.page) for b in blocks] == [(H, 4), (P, 4), (P, 4), (P, 4), (H, 5), (P, 5)]
    assert blocks[2].text == (
        "The records show that the company sent a mission upriver to set up a trading post near "
        "the old ford before the winter came and the water froze."
    )
    assert blocks[3].text.endswith("the tolls grew with every passing season until the railway reached the valley.")


LAID_OUT = (
    "References\n\n"
    "1. Holm K, Sato J. Ice on the summit pound in a hard winter of the last century.\n"
    "Canal Rev. 2011;4:1-9.\n\n"
    "2. Abel, K. (2013). The tolls of the upper locks and what the company did with them.\n"
    "doi: 10.5555/cr.2013.4\n\n"
    "Bayo, T. (2014). Barges on the lower river and the crews who worked them in winter.\n"
    "Retrieved May 1, 2020, from https://example.org/barges/\n\n"
    "Cole, R. (2015). Ice on the summit pound.\n"
)


def test_laid_out_blank_lines_are_paragraph_starts():
    # the printed page says where entries start: a short line ending a sentence goes on,
    # a blank line after a line without a full stop ends the entry
    assert [b.text for b in text_to_blocks(LAID_OUT, laid_out=True)] == [
        "References",
        "1. Holm K, Sato J. Ice on the summit pound in a hard winter of the last century. Canal Rev. 2011;4:1-9.",
        "2. Abel, K. (2013). The tolls of the upper locks and what the company did with them. doi: 10.5555/cr.2013.4",
        "Bayo, T. (2014). Barges on the lower river and the crews who worked them in winter. "
        "Retrieved May 1, 2020, from https://example.org/barges/",
        "Cole, R. (2015). Ice on the summit pound.",
    ]
    # a short title-like line inside an entry is no heading when the page set it with the entry
    blocks = text_to_blocks("Holm, T. (2020). Ice on the summit. In GitHub repository.\nGitHub. https://example.org/ice\n"
                            "\nSato, J. (2021). Barges.\n", laid_out=True)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Holm, T. (2020). Ice on the summit. In GitHub repository. GitHub. https://example.org/ice"),
        ("paragraph", "Sato, J. (2021). Barges.")]
    # without that, line lengths and line ends decide, and these short lines mislead them
    assert text_to_blocks(LAID_OUT) != text_to_blocks(LAID_OUT, laid_out=True)


def test_pages_are_none_without_first_page():
    assert {b.page for b in text_to_blocks(WRAPPED_WITH_BREAKS)} == {None}


# --- dehyphenation ----------------------------------------------------------------------

HYPHENS = [
    pytest.param("negoti-", "ations", "negotiations", id="hyphenated-word-joined"),
    pytest.param("Pak-", "Russia", "Pak-Russia", id="capital-after-hyphen-keeps-it"),
    pytest.param("Indo-", "Pacific", "Indo-Pacific", id="capital-after-hyphen-keeps-it-2"),
    pytest.param("infor-", "mation", "information", id="common-word-joined"),
    pytest.param("COVID-", "19", "COVID-19", id="digits-after-hyphen-keep-it"),
    pytest.param("self-", "reliance", "self-reliance", marks=needs_wordfreq, id="compound-by-word-list"),
    pytest.param("long-", "term", "long-term", marks=needs_wordfreq, id="compound-by-word-list-2"),
    pytest.param("decision-", "making", "decision-making", marks=needs_wordfreq, id="compound-by-word-list-3"),
    pytest.param("with-", "out", "without", marks=needs_wordfreq, id="two-words-that-make-a-common-word"),
]


@pytest.mark.parametrize("left, right, joined", HYPHENS)
def test_line_end_hyphen(left, right, joined):
    text = (
        f"The port authority wrote in its yearly report that the {left}\n"
        f"{right} plans for the harbour had been agreed by all sides.\n"
    )
    (block,) = text_to_blocks(text)
    assert f" {joined} plans " in block.text


def test_document_vocabulary_decides_between_spellings():
    hyphenated_elsewhere = (
        "The co-operation of the two towns was the subject of many letters between\n"
        "their councils, and in the end the co-\n"
        "operation saved the canal from closure in the hard years.\n"
    )
    solid_elsewhere = hyphenated_elsewhere.replace("The co-operation", "The cooperation")
    assert "the co-operation saved" in text_to_blocks(hyphenated_elsewhere)[0].text
    assert "the cooperation saved" in text_to_blocks(solid_elsewhere)[0].text


def test_soft_hyphen_is_always_dropped():
    text = "The negoti\u00ad\nations lasted for most of the year before the port opened\nand trade resumed.\n"
    assert text_to_blocks(text)[0].text.startswith("The negotiations lasted")


@pytest.mark.parametrize(
    "first, second, keep",
    [("negoti", "ations", False), ("Pak", "Russia", True), ("US", "India", True), ("in", "formation", False),
     ("Whit", "church", False), ("Self", "reliance", True), ("Long", "term", True)],
)
def test_keeps_hyphen(first, second, keep):
    assert keeps_hyphen(first, second) is keep


# --- unwrapped dumps: one paragraph per line ---------------------------------------------

UNWRAPPED = [
    pytest.param(
        "Canal Days\n"
        "The canal opened in 1869 after many years of work by thousands of labourers who came "
        "from all over the country to dig it by hand.\n"
        "Trade doubled within a decade, and the town grew around the wharves and warehouses "
        "that lined both banks of the new waterway.\n"
        "By 1900 the railway had taken most of the traffic, and the wharves fell quiet.\n",
        [(H, "Canal Days"),
         (P, "The canal opened in 1869 after many years of work by thousands of labourers who came "
             "from all over the country to dig it by hand."),
         (P, "Trade doubled within a decade, and the town grew around the wharves and warehouses "
             "that lined both banks of the new waterway."),
         (P, "By 1900 the railway had taken most of the traffic, and the wharves fell quiet.")],
        id="each-line-its-own-block-without-blank-lines",
    ),
    pytest.param(
        "\u00a0\u00a0The canal opened in 1869 after many years of work by thousands of labourers.\n\n"
        "Trade doubled within a decade, and the town grew around the wharves.\n",
        [(P, "The canal opened in 1869 after many years of work by thousands of labourers."),
         (P, "Trade doubled within a decade, and the town grew around the wharves.")],
        id="indent-of-no-break-spaces-dropped",
    ),
]


@pytest.mark.parametrize("raw, expected", UNWRAPPED)
def test_unwrapped(raw, expected):
    assert kinds_and_texts(raw) == expected


# --- block kinds ---------------------------------------------------------------------

KINDS = [
    ("Introduction", H),
    ("2. Methods", H),
    ("2.1 Data collection", H),
    ("IV. RESULTS", H),
    ("Conclusion and Recommendations", H),
    ("A Peaceful Route Through the Hills", H),
    ("Data and methods", H),
    ("Key Words: canals, trade, ports", P),
    ("The canal opened in 1869.", P),
    ("(Doe and Roe, 2013)", P),
    ("Trade along the river between the", P),
    ("• Trade routes reopened.", L),
    ("- fewer tolls", L),
    ("* more boats", L),
    ("1. tolls were high", L),
    ("a) fewer tariffs", L),
    ("(iv) the fourth point", L),
    ("", P),
]


@pytest.mark.parametrize("text, kind", KINDS)
def test_classify_block(text, kind):
    assert classify_block(text) == kind


# --- properties --------------------------------------------------------------------

# Text made of the pieces that drive the decisions: line ends, hyphens, bullets, page breaks.
PIECES = list("abcde XYZ.,;:-–()•1234\u00ad\u00a0\t\n\fﬁ") + ["\n\n", "Ab", "ation", "the ", "Introduction"]
LINEISH = st.lists(st.sampled_from(PIECES), max_size=150).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(LINEISH, st.text(max_size=300)), st.one_of(st.none(), st.integers(1, 50)))
def test_never_raises_and_blocks_are_clean(text, first_page):
    for block in text_to_blocks(text, first_page):
        assert isinstance(block, Block)
        assert block.text and block.text == block.text.strip()
        assert "\n" not in block.text and "\f" not in block.text
        assert block.kind in (H, P, L)
        assert (block.page is None) == (first_page is None)


@settings(max_examples=300, deadline=None)
@given(st.one_of(LINEISH, st.text(max_size=300)))
def test_reflowing_reflowed_text_changes_nothing(text):
    once = text_to_blocks(text)
    twice = text_to_blocks("\n\n".join(b.text for b in once))
    assert [(b.kind, b.text) for b in twice] == [(b.kind, b.text) for b in once]


def test_reflowing_reflowed_text_changes_nothing_on_a_wrapped_document():
    once = text_to_blocks(WRAPPED_WITH_BREAKS)
    twice = text_to_blocks("\n\n".join(b.text for b in once))
    assert twice == once


# --- the PDF-extraction seed (skipped without ../shared) ------------------------------------


def _seed(number: str):
    texts = sorted((SHARED / "seeds").glob(f"{number}_*.txt"))
    golds = sorted((SHARED / "seeds-gold").glob(f"{number}_*.gold.json"))
    if not texts or not golds:
        pytest.skip("shared seeds are not available on this machine")
    return texts[0].read_text(encoding="utf-8"), json.loads(golds[0].read_text(encoding="utf-8"))


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def test_seed_003_pdf_extraction():
    raw, gold = _seed("003")
    blocks = text_to_blocks(raw)
    body = "\n\n".join(b.text for b in blocks)

    low, high = gold.get("paragraph_count_range", [gold["paragraph_count_hint"]] * 2)
    assert low <= len(blocks) <= high
    expected_kinds = gold["paragraph_breakdown"]
    assert sum(b.kind == H for b in blocks) == expected_kinds["heading"]

    lost = [k for k in gold["keep"] if _ws(k) not in body]
    assert not lost
    for title in gold["title_reject"]:  # these lines stay their own blocks
        assert title in [b.text for b in blocks]

    for repair in gold["repairs"]:
        if "\n" in repair["raw"]:  # the layout repairs: hyphen, broken citations, page-break blank line
            assert repair["expected"] in body, repair
            assert repair["raw"] not in body


def test_a_numbered_sentence_case_heading_is_a_heading():
    from transform.reflow import classify_block

    assert classify_block("3. Three ways to pay for the barges") == "heading"
    assert classify_block("3. landing fees, which rose every year;") == "list_item"


# A scanned book's pages as a text dump: page breaks where running heads stood,
# notes at the foot of each page, a sentence that runs on to the next page.
BOOK_PAGES = (
    "The drains of the fen were cut by many hands, and the oldest of them were\n"
    "dug before any record we have.1 The commissioners of sewers met at Lynn\n"
    "in most years, and the men of the marsh villages came before them for\n"
    "neglect of the banks.2\n\n"
    "When the great drain was finished the water left the lower fields, and the\n"
    "farmers of the\n\n"
    "1 Wells, History of the Bedford Level (1830), p. 12.\n"
    "2 Sewers Rolls, Lynn, passim.\f"
    "higher ground found their own ditches running the wrong way for a\n"
    "generation afterwards.\n"
)


def test_notes_at_the_foot_of_a_page_are_set_aside_and_the_sentence_runs_on():
    blocks = text_to_blocks(BOOK_PAGES)
    assert [b.text for b in blocks] == [
        "The drains of the fen were cut by many hands, and the oldest of them were dug before any record "
        "we have.1 The commissioners of sewers met at Lynn in most years, and the men of the marsh villages "
        "came before them for neglect of the banks.2",
        "When the great drain was finished the water left the lower fields, and the farmers of the higher "
        "ground found their own ditches running the wrong way for a generation afterwards.",
        "1 Wells, History of the Bedford Level (1830), p. 12. 2 Sewers Rolls, Lynn, passim.",
    ]


def test_numbered_lines_that_are_not_the_last_on_their_page_stay_in_place():
    text = ("The barge crews were paid by the trip, and the\nfares were fixed each spring.\n\n"
            "1 January was the day the new fares began.\n\n"
            "The rest of the year followed the rivers and the\nweather, as it always had.\f"
            "The next page starts here with a new paragraph of its own.\n")
    assert [b.text[:14] for b in text_to_blocks(text)] == [
        "The barge crew", "1 January was ", "The rest of th", "The next page "]


@pytest.mark.parametrize(
    "line, ends",
    [("before them for neglect of the banks.2", True), ("the past’.15", True), ("an end.³", True),
     ("as in version 2.1", False), ("opened in 1732.1", False), ("the farmers of the", False)],
)
def test_a_glued_footnote_marker_still_ends_a_sentence(line, ends):
    from transform.reflow import _ends_sentence

    assert _ends_sentence(line) is ends


def test_page_foot_notes_without_blank_lines_are_known_by_their_marker_above():
    text = BOOK_PAGES.replace("farmers of the\n\n1 Wells", "farmers of the\n1 Wells").replace(
        "banks.2\n\nWhen", "banks.2\nWhen")
    blocks = text_to_blocks(text)
    assert blocks[-1].text == "1 Wells, History of the Bedford Level (1830), p. 12. 2 Sewers Rolls, Lynn, passim."
    assert "the farmers of the higher ground found" in blocks[-2].text


def test_a_numbered_line_whose_number_no_marker_above_carries_stays_in_the_text():
    text = ("The barge crews were paid by the trip, and the fares were fixed each\n"
            "spring by the company, which kept a list of the\n"
            "12 Boroughs that paid towards the upkeep of the locks.\fThe next page starts here.\n")
    assert "list of the 12 Boroughs that paid" in text_to_blocks(text)[0].text
