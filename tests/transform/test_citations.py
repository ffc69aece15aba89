"""Spec for in-text citations: footnote markers, author–year, numeric, linking.

Every sentence here is invented; each mirrors a shape met in real scrapes.
The seed acceptance test at the end runs only where ../shared exists.
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transform.citations import (
    CitationResult,
    MarkerCandidate,
    choose_marker_sequence,
    extract_citations,
    find_in_text_citations,
    find_marker_candidates,
    parse_cited_names,
    remove_footnote_markers,
)
from transform.model import HEADING, Block


def markers_and_texts(texts: list[str]) -> tuple[list[int], list[str]]:
    blocks, notes = remove_footnote_markers([Block(t) for t in texts])
    return [c.marker for c in notes], [b.text for b in blocks]


# ======================================================== footnote markers
FOOTNOTE_CASES = [
    # (id, blocks, markers expected, cleaned blocks expected)
    (
        "glued after a full stop",
        ["The fort kept a rusty granary.1 The walls fell in the storm.2"],
        [1, 2],
        ["The fort kept a rusty granary. The walls fell in the storm."],
    ),
    (
        "a year then a marker",
        ["Rice came first.1 Settlers arrived around approximately 1720.2 This changed the valley.3"],
        [1, 2, 3],
        ["Rice came first. Settlers arrived around approximately 1720. This changed the valley."],
    ),
    (
        "a full date then a marker at the paragraph end",
        ["The post was empty.1", "He took charge on May 4, 1931.2"],
        [1, 2],
        ["The post was empty.", "He took charge on May 4, 1931."],
    ),
    (
        "a marker then a year",
        ["Two loans came.1 They were $40 million and $90 million respectively.2 In 1968 the talks stalled."],
        [1, 2],
        ["Two loans came. They were $40 million and $90 million respectively. In 1968 the talks stalled."],
    ),
    (
        "after closing quotes, inside and outside the full stop",
        ["It was called ‘a road of silver’.1 Later it was ‘the best road on the coast.’2"],
        [1, 2],
        ["It was called ‘a road of silver’. Later it was ‘the best road on the coast.’"],
    ),
    (
        "after a comma and a closing bracket",
        ["The guild,1 which met weekly (in the old hall),2 kept records.3"],
        [1, 2, 3],
        ["The guild, which met weekly (in the old hall), kept records."],
    ),
    (
        "glued straight to a word",
        ["Its reach grew with trade routes3 and with the river ports4 of the delta."],
        [3, 4],
        ["Its reach grew with trade routes and with the river ports of the delta."],
    ),
    (
        "unicode superscripts",
        ["The canal silted up.¹ Boats moved to the coast.²"],
        [1, 2],
        ["The canal silted up. Boats moved to the coast."],
    ),
    (
        "two-digit markers keep counting",
        ["Quiet years.9 Then a loan of Rs.450 million arrived.10 The mill opened.11"],
        [9, 10, 11],
        ["Quiet years. Then a loan of Rs.450 million arrived. The mill opened."],
    ),
    (
        "a lost marker leaves a small gap",
        ["First claim.1 Second claim.2 Fourth claim.4 Fifth claim.5"],
        [1, 2, 4, 5],
        ["First claim. Second claim. Fourth claim. Fifth claim."],
    ),
    (
        "list numbers and inline enumerations are not markers",
        [
            "The mill closed.1 Three reasons were given.2",
            "1. The river moved.",
            "2. The price of cotton fell. (1) Wages rose. (2) Roads decayed.",
        ],
        [1, 2],
        [
            "The mill closed. Three reasons were given.",
            "1. The river moved.",
            "2. The price of cotton fell. (1) Wages rose. (2) Roads decayed.",
        ],
    ),
    (
        "amounts and model numbers are not markers",
        [
            "A credit of Rs.450 million and US$75 million came.1 It bought Yak-40 jets, "
            "a Tu 154-M and a seat in Delta-7 talks, page No.3 of the deal.2"
        ],
        [1, 2],
        [
            "A credit of Rs.450 million and US$75 million came. It bought Yak-40 jets, "
            "a Tu 154-M and a seat in Delta-7 talks, page No.3 of the deal."
        ],
    ),
    (
        "decimals, dates and sizes are not markers",
        ["File size75.83 Kb. Converted 29.04.2016 at 11.30 am; growth was 2.5 percent."],
        [],
        ["File size75.83 Kb. Converted 29.04.2016 at 11.30 am; growth was 2.5 percent."],
    ),
    (
        "no sequence, no markers",
        ["The lone claim.7 Nothing else follows."],
        [],
        ["The lone claim.7 Nothing else follows."],
    ),
    (
        "a lone note 1",
        ["The canal opened in 1869.1 Trade doubled by the 1880s."],
        [1],
        ["The canal opened in 1869. Trade doubled by the 1880s."],
    ),
    (
        "a lone digit glued to a word is not a note",
        ["Type1 diabetes rose in the valley."],
        [],
        ["Type1 diabetes rose in the valley."],
    ),
    (
        "a number that breaks the sequence stays",
        ["One.1 Two.2 A sack of rice.45 Three.3"],
        [1, 2, 3],
        ["One. Two. A sack of rice.45 Three."],
    ),
    (
        "web addresses keep their digits",
        ["See www.example.org/page2 for the map.1 And the list.2"],
        [1, 2],
        ["See www.example.org/page2 for the map. And the list."],
    ),
]


@pytest.mark.parametrize("texts, markers, cleaned", [c[1:] for c in FOOTNOTE_CASES], ids=[c[0] for c in FOOTNOTE_CASES])
def test_footnote_markers(texts, markers, cleaned):
    assert markers_and_texts(texts) == (markers, cleaned)


def test_footnote_citation_sits_where_the_digits_were():
    blocks, notes = remove_footnote_markers([Block("Intro.11"), Block("Its granary was old.12 Then in 1720.13 Done.")])
    assert [(c.para_no, c.kind, c.raw, c.marker, c.start, c.end) for c in notes] == [
        (0, "footnote", "11", 11, 6, 6),
        (1, "footnote", "12", 12, 20, 20),
        (1, "footnote", "13", 13, 34, 34),
    ]
    assert blocks[1].text[:20] == "Its granary was old."
    assert blocks[1].text[20:34] == " Then in 1720."


def test_candidates_show_the_shapes_considered():
    text = "Its granary was old.1 In approximately 1720.2 This cost Rs.450 million."
    assert [(c.number, c.shape) for c in find_marker_candidates(text)] == [(1, "after_punctuation"), (2, "after_number")]


@pytest.mark.parametrize(
    "numbers, chosen",
    [
        ([1, 450, 2, 3, 1968, 4], [1, 2, 3, 4]),
        ([29, 83], []),
        ([5], []),
        ([1], [1]),
        ([2, 1, 2, 3], [1, 2, 3]),
        ([1, 2, 2, 3], [1, 2, 3]),
    ],
)
def test_marker_sequence(numbers, chosen):
    cands = [MarkerCandidate(0, i, i + 1, n, "after_punctuation") for i, n in enumerate(numbers)]
    assert [c.number for c in choose_marker_sequence(cands)] == chosen


@pytest.mark.parametrize(
    "numbers, chosen",
    [
        ([1, 2, 3, 4, 1, 2, 3], [1, 2, 3, 4, 1, 2, 3]),
        ([1, 2, 3, 1, 2, 3, 4, 5, 1, 2, 3], [1, 2, 3, 1, 2, 3, 4, 5, 1, 2, 3]),
        ([1, 2, 3, 4, 1], [1, 2, 3, 4]),
        ([1, 2, 3, 4, 9, 10, 11], [1, 2, 3, 4]),
        ([1, 2, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5]),
    ],
)
def test_notes_numbered_per_chapter(numbers, chosen):
    cands = [MarkerCandidate(0, i, i + 1, n, "after_punctuation") for i, n in enumerate(numbers)]
    assert [c.number for c in choose_marker_sequence(cands)] == chosen


def test_notes_list_confirms_a_single_marker_and_rejects_others():
    cands = find_marker_candidates("A claim.1 Another.9")
    assert [c.number for c in choose_marker_sequence(cands, frozenset({1, 2}))] == [1]


def test_markers_past_a_partial_notes_list_still_count():
    cands = find_marker_candidates("One.1 Two.2 Three.3 Four.4")
    assert [c.number for c in choose_marker_sequence(cands, frozenset({1, 2}))] == [1, 2, 3, 4]


# ======================================================== author–year
AUTHOR_YEAR_CASES = [
    # (sentence, [(raw, surnames, year, suffix, pages)])
    ("Rice prices doubled (Rahim, 2011).", [("(Rahim, 2011)", ("Rahim",), 2011, None, None)]),
    ("The pact held (Qureshi and Lodhi, 2009).", [("(Qureshi and Lodhi, 2009)", ("Qureshi", "Lodhi"), 2009, None, None)]),
    ("The pact held (Qureshi & Lodhi 2009).", [("(Qureshi & Lodhi 2009)", ("Qureshi", "Lodhi"), 2009, None, None)]),
    ("Blocs formed (Hale, Brandt, Okafor, 2004).", [("(Hale, Brandt, Okafor, 2004)", ("Hale", "Brandt", "Okafor"), 2004, None, None)]),
    ("Wells dried (Ibarra et al., 2021).", [("(Ibarra et al., 2021)", ("Ibarra",), 2021, None, None)]),
    ("Dams failed (see Tolland, 1998, p. 73).", [("(see Tolland, 1998, p. 73)", ("Tolland",), 1998, None, "73")]),
    ("Ports grew (Tolland 1998: 12–14).", [("(Tolland 1998: 12–14)", ("Tolland",), 1998, None, "12–14")]),
    (
        "Ports grew (Durrani 2014; Welsby 2018).",
        [("Durrani 2014", ("Durrani",), 2014, None, None), ("Welsby 2018", ("Welsby",), 2018, None, None)],
    ),
    (
        "Ports grew (e.g., Durrani, 2014a, 2016; Welsby, 2018).",
        [
            ("Durrani, 2014a, 2016", ("Durrani",), 2014, "a", None),
            ("Durrani, 2014a, 2016", ("Durrani",), 2016, None, None),
            ("Welsby, 2018", ("Welsby",), 2018, None, None),
        ],
    ),
    ("Trade rose (R. Jamil Osman, 2012).", [("(R. Jamil Osman, 2012)", ("Osman",), 2012, None, None)]),
    ("Trade rose (R. Jamil Osman Baig, 2012).", [("(R. Jamil Osman Baig, 2012)", ("Baig",), 2012, None, None)]),
    ("Trade rose (Kowalczyk, 2015a).", [("(Kowalczyk, 2015a)", ("Kowalczyk",), 2015, "a", None)]),
    ("Trade rose (van der Berg, 2003).", [("(van der Berg, 2003)", ("van der Berg",), 2003, None, None)]),
    ("Trade rose (O’Malley, 2007).", [("(O’Malley, 2007)", ("O’Malley",), 2007, None, None)]),
    ("Trade rose (Smith, J., 2001).", [("(Smith, J., 2001)", ("Smith",), 2001, None, None)]),
    ("Trade rose [Lindqvist, 2010].", [("[Lindqvist, 2010]", ("Lindqvist",), 2010, None, None)]),
    # a citation that a line or page break split arrives re-flowed with one space
    ("It stalled. (Qureshi and Lodhi, 2009) Then", [("(Qureshi and Lodhi, 2009)", ("Qureshi", "Lodhi"), 2009, None, None)]),
    ("a claim (R. Jamil Osman, 2012) holds", [("(R. Jamil Osman, 2012)", ("Osman",), 2012, None, None)]),
    # narrative
    ("Farooq (2017) argues that the mills closed.", [("Farooq (2017)", ("Farooq",), 2017, None, None)]),
    ("As Qureshi and Lodhi (2009) note, the pact held.", [("Qureshi and Lodhi (2009)", ("Qureshi", "Lodhi"), 2009, None, None)]),
    ("Ibarra et al. (2021) measured the wells.", [("Ibarra et al. (2021)", ("Ibarra",), 2021, None, None)]),
    ("According to Farooq (2017, p. 9), mills closed.", [("Farooq (2017, p. 9)", ("Farooq",), 2017, None, "9")]),
    ("Farooq’s (2017) survey of mills.", [("Farooq’s (2017)", ("Farooq",), 2017, None, None)]),
    ("Farooq (2017) has also shown this.", [("Farooq (2017)", ("Farooq",), 2017, None, None)]),
    ("As shown in Farooq (2017), mills closed.", [("Farooq (2017)", ("Farooq",), 2017, None, None)]),
    (
        "Farooq (2017) and Rahim (2011) both argue this.",
        [("Farooq (2017)", ("Farooq",), 2017, None, None), ("Rahim (2011)", ("Rahim",), 2011, None, None)],
    ),
    ("He was born in Lahore (1931) and died later.", []),
    (
        "Ellis (2001), Farooq (2017) and Rahim (2011) all argue this.",
        [
            ("Ellis (2001)", ("Ellis",), 2001, None, None),
            ("Farooq (2017)", ("Farooq",), 2017, None, None),
            ("Rahim (2011)", ("Rahim",), 2011, None, None),
        ],
    ),
    # not citations
    ("The first years (1921-1927) were hard.", []),
    ("Ties have warmed (since 2009) slowly.", []),
    ("The talks (after 1932 flood) failed.", []),
    ("The fair opened (March 2001) in spring.", []),
    ("The fair opened (May 4, 2001) in spring.", []),
    ("The bloc (RCTA) was formed.", []),
    ("(Seen 1,204 times, 3 today)", []),
    ("Haroon, Mirza and Baig stated the views of the envoy.", []),
    ("Mr Tariq Ali Baig in his article stated that trade would rise.", []),
    ("Some threats e.g. the war in the hills remain.", []),
    ("The Tashkent accord (1966) ended the war.", []),
    ("Independence of Freeland (1947) changed the map.", []),
    ("The fair (The Daily Ledger, 2001) was covered.", []),
]


@pytest.mark.parametrize("sentence, expected", AUTHOR_YEAR_CASES, ids=[c[0][:40] for c in AUTHOR_YEAR_CASES])
def test_author_year(sentence, expected):
    found = [c for c in find_in_text_citations(sentence) if c.kind == "author_year"]
    assert [(c.raw, c.authors, c.year, c.year_suffix, c.pages) for c in found] == expected
    for c in found:
        assert sentence[c.start:c.end] == c.raw


@pytest.mark.parametrize(
    "sentence, keys",
    [
        ("(Rahim, 2011)", ["rahim2011"]),
        ("(Kowalczyk, 2015a)", ["kowalczyk2015a"]),
        ("(Çelik and Öz, 2019)", ["celik2019"]),
        ("(van der Berg, 2003)", ["vanderberg2003"]),
        ("(O’Malley, 2007)", ["omalley2007"]),
    ],
)
def test_cite_keys(sentence, keys):
    assert [c.cite_key for c in find_in_text_citations(sentence)] == keys


def test_one_bracket_is_one_group():
    found = find_in_text_citations("Ports grew (Durrani 2014; Welsby 2018) and (Rahim, 2011).")
    assert [c.group for c in found] == [0, 0, 1]


@pytest.mark.parametrize(
    "names, surnames",
    [
        ("Qureshi and Lodhi", ("Qureshi", "Lodhi")),
        ("R. Jamil Osman", ("Osman",)),
        ("Ibarra et al.", ("Ibarra",)),
        ("Smith, J.", ("Smith",)),
        ("World Bank", ("World Bank",)),
        ("March", None),
        ("after the", None),
        ("The Daily Ledger", None),
    ],
)
def test_parse_cited_names(names, surnames):
    assert parse_cited_names(names) == surnames


# ======================================================== numeric
NUMERIC_CASES = [
    ("Salt rose [12].", [("[12]", 12)]),
    ("Salt rose [3, 7].", [("3", 3), ("7", 7)]),
    ("Salt rose [3–5].", [("3–5", 3), ("3–5", 4), ("3–5", 5)]),
    ("Salt rose [1, 4-5; 9].", [("1", 1), ("4-5", 4), ("4-5", 5), ("9", 9)]),
    ("Salt rose [2e4].", [("2e4", 2), ("2e4", 3), ("2e4", 4)]),  # a font that prints the en dash as "e"
    ("The deed [2001] was lost.", []),
    ("He wrote [sic] twice.", []),
    ("He wrote [...] twice.", []),
]


@pytest.mark.parametrize("sentence, expected", NUMERIC_CASES, ids=[c[0] for c in NUMERIC_CASES])
def test_numeric(sentence, expected):
    found = [c for c in find_in_text_citations(sentence) if c.kind == "numeric"]
    assert [(c.raw, c.marker) for c in found] == expected
    assert len({c.group for c in found}) <= 1


# ======================================================== the whole document
def test_extract_citations_links_notes_and_references():
    blocks = [
        Block("Grain Roads", HEADING),
        Block("The granary stood empty.1 Traders moved north around 1720.2 A visitor called it ‘a silver road’.3"),
        Block("The route closed (Lind, 2011; Baig 1999). Lind (2011) argues it was political [2]."),
        Block("Notes", HEADING),
        Block("1. Sara Lind, The Empty Granary (Lahore: Indus Press, 2011), 14."),
        Block("2. Ibid., 20."),
        Block("3. Omar Baig, “Letters from the River,” Journal of Trade History 7 (1999): 44–61."),
    ]
    result = extract_citations(blocks)
    assert isinstance(result, CitationResult)
    assert [b.text for b in result.blocks] == [
        "Grain Roads",
        "The granary stood empty. Traders moved north around 1720. A visitor called it ‘a silver road’.",
        "The route closed (Lind, 2011; Baig 1999). Lind (2011) argues it was political [2].",
    ]
    rows = [(c.para_no, c.kind, c.raw, c.marker, c.cite_key, c.ref_no) for c in result.citations]
    assert rows == [
        (1, "footnote", "1", 1, "lind2011", 1),
        (1, "footnote", "2", 2, "lind2011", 2),  # note 2 is "Ibid."
        (1, "footnote", "3", 3, "baig1999", 3),
        (2, "author_year", "Lind, 2011", None, "lind2011", 1),
        (2, "author_year", "Baig 1999", None, "baig1999", 3),
        (2, "author_year", "Lind (2011)", None, "lind2011", 1),
        (2, "numeric", "[2]", 2, "lind2011", 2),
    ]
    assert [(e.ref_no, e.authors, e.year) for e in result.bibliography] == [
        (1, ("Lind",), 2011),
        (2, ("Lind",), 2011),
        (3, ("Baig",), 1999),
    ]
    assert [(a.kind, a.rule) for a in result.removed] == [("notes_list", "notes_heading")] * 4


def test_extract_citations_with_a_reference_list():
    blocks = [
        Block("Salt rose (see Marsh, 1999, p. 41) and wells failed (Ortiz et al., 2020)."),
        Block("References", HEADING),
        Block("Marsh, P. (1999). Coastal salt. London: Tide Books."),
        Block("Ortiz, J., Bell, K., & Hume, D. (2020). Salt in coastal wells. Water Research, 12, 101-109."),
    ]
    result = extract_citations(blocks)
    assert [b.text for b in result.blocks] == [blocks[0].text]
    assert [(c.cite_key, c.ref_no, c.group) for c in result.citations] == [("marsh1999", 1, 0), ("ortiz2020", 2, 1)]
    assert [e.cite_key for e in result.bibliography] == ["marsh1999", "ortiz2020"]
    assert {a.kind for a in result.removed} == {"reference_list"}


def test_plain_numbered_notes_are_a_notes_list_when_the_markers_point_to_them():
    blocks = [
        Block("The granary stood empty.1 Traders moved north.2 The river changed course.3"),
        Block("1. Interview with a grain trader, Quetta."),
        Block("2. Letter from the harbour master."),
        Block("3. Conversation with the author."),
    ]
    result = extract_citations(blocks)
    assert [b.text for b in result.blocks] == ["The granary stood empty. Traders moved north. The river changed course."]
    assert [(c.marker, c.ref_no) for c in result.citations] == [(1, 1), (2, 2), (3, 3)]
    assert {(a.kind, a.rule) for a in result.removed} == {("notes_list", "trailing_numbered_entries")}


def test_a_closing_list_without_markers_stays_in_the_body():
    blocks = [Block("Three steps remain:"), Block("1. Dig the canal."), Block("2. Plant the trees.")]
    assert extract_citations(blocks).blocks == tuple(blocks)


def test_a_closing_list_is_not_the_notes_when_markers_run_past_it():
    blocks = [
        Block("The granary stood empty.1 Traders moved north.2 The river moved.3 Prices fell.4 Mills shut.5"),
        Block("1. Dig the canal."),
        Block("2. Plant the trees."),
    ]
    result = extract_citations(blocks)
    assert [b.text for b in result.blocks[1:]] == ["1. Dig the canal.", "2. Plant the trees."]
    assert [c.marker for c in result.citations] == [1, 2, 3, 4, 5]


def test_document_without_apparatus_is_unchanged():
    blocks = [Block("Plain", HEADING), Block("Nothing cited in 1999 or in 2001, at 3.5 percent.")]
    result = extract_citations(blocks)
    assert result == CitationResult(tuple(blocks), (), (), ())


# ======================================================== never raises
TEXT_PIECES = st.sampled_from(
    [
        "granary.1 ", "1720.2 ", "river’.15 ", "(Rahim, 2011)", "(", ")", "[", "]", "[3–5]", "[2, 4]",
        "Farooq (2017) argues ", "et al.", " and ", "; ", "1. ", "Notes", "References", "Ibid.", "Rs.450 ",
        "¹", "²", "’", "“", " ", ".", ",", "2015a", "(see ", "p. 41", "Smith, J. (1999). Title.",
    ]
)
TEXT = st.one_of(st.text(max_size=80), st.lists(TEXT_PIECES, max_size=25).map("".join))
BLOCKS = st.lists(
    st.builds(Block, text=TEXT, kind=st.sampled_from(["heading", "paragraph", "list_item", "quote"])),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(BLOCKS)
def test_extract_citations_never_raises_and_keeps_offsets(blocks):
    result = extract_citations(blocks)
    assert len(result.blocks) + len(result.removed) == len(blocks)  # every dropped block is audited
    for c in result.citations:
        text = result.blocks[c.para_no].text
        if c.kind == "footnote":
            assert c.start == c.end and 0 <= c.start <= len(text) and c.raw.isdigit()
        else:
            assert text[c.start:c.end] == c.raw


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, max_size=6))
@example([")¹1"])  # two markers at one offset
def test_marker_removal_only_removes_marker_digits(texts):
    blocks, notes = remove_footnote_markers([Block(t) for t in texts])
    for para_no, (before, after) in enumerate(zip(texts, blocks)):
        rebuilt = after.text
        ours = [c for c in notes if c.para_no == para_no]  # in text order
        for _, c in sorted(enumerate(ours), key=lambda ic: (-ic[1].start, -ic[0])):  # last first, ties too
            rebuilt = rebuilt[: c.start] + c.raw + rebuilt[c.start:]
        assert rebuilt == before


# ======================================================== seeds (only where ../shared exists)
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "seeds-gold").is_dir(), reason="shared seed folder absent")


def seed_blocks(text: str) -> list[Block]:
    """Blocks on blank lines; inner line breaks joined with one space."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        joined = " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        if joined:
            blocks.append(Block(joined))
    return blocks


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_gold", SHARED / "tools" / "score_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_cases():
    if not (SHARED / "seeds-gold").is_dir():
        return []
    return sorted(p.name.replace(".gold.json", "") for p in (SHARED / "seeds-gold").glob("*.gold.json"))


@needs_shared
@pytest.mark.parametrize("stem", seed_cases())
def test_seed_acceptance(stem):
    scorer = load_scorer()
    gold = json.loads((SHARED / "seeds-gold" / f"{stem}.gold.json").read_text(encoding="utf-8"))
    raw = (SHARED / "seeds" / gold["source"]).read_text(encoding="utf-8")
    result = extract_citations(seed_blocks(raw))
    rows = [
        {"kind": c.kind, "marker": c.marker, "raw": c.raw, "authors": list(c.authors), "year": c.year}
        for c in result.citations
    ]
    cfg = scorer.CONFIG["citations"]
    fn_tp, fn_pred, fn_gold = scorer.score_footnotes(gold, rows, cfg)
    assert fn_tp == fn_pred == fn_gold, "footnote precision and recall must be 1.00"
    (ci_tp, ci_pred, ci_gold), details = scorer.score_citations(gold, rows, cfg)
    assert ci_tp == ci_pred == ci_gold, details
    body = "\n\n".join(b.text for b in result.blocks)
    text_scores, _ = scorer.score_text(gold, body)
    ok, total = text_scores["fn_body"]
    assert ok == total, "a footnote digit is left in body_text"
    for repair in gold.get("repairs", []):  # the footnote repairs: digits removed, text kept
        if repair.get("required") and re.sub(r"\d", "", repair["raw"]) == re.sub(r"\d", "", repair["expected"]):
            assert scorer.fold(repair["expected"]) in scorer.fold(body)
    for c in result.citations:
        if c.kind != "footnote":
            assert result.blocks[c.para_no].text[c.start:c.end] == c.raw


def test_notes_at_the_foot_of_each_page_confirm_markers_that_restart_at_1():
    blocks = [Block("The tolls were farmed to the king's officers.1 The trade was old."),
              Block("1 Domesday Book, i. f. 268."),
              Block("The carriers paid at the toll-booth.1 Others went round.2 The lanes were narrow."),
              Block("1 Chester Plea Rolls, 18 Edw. I. m. 7d. 2 Quarter Sessions Files, passim.")]
    result = extract_citations(blocks)
    assert [(c.marker, c.para_no) for c in result.citations] == [(1, 0), (1, 2), (2, 2)]
    assert "booth.1" not in result.blocks[2].text


def test_bracketed_markers_are_footnotes_when_the_notes_carry_the_same_labels():
    blocks = [Block("The 1991 Act (“the Act”).[1] Tenants may pass the lease on.[2] See the review [3] for more."),
              Block("[1] Agricultural Holdings Act 1991, c. 55."), Block("[2] Land Act 2003, s. 70.")]
    result = extract_citations(blocks)
    assert [(c.kind, c.raw, c.marker) for c in result.citations] == [
        ("footnote", "[1]", 1), ("footnote", "[2]", 2), ("numeric", "[3]", 3)]
    assert result.blocks[0].text.startswith("The 1991 Act (“the Act”). Tenants may pass the lease on. See")


def test_a_wikis_bracketed_references_stay_numeric_citations():
    blocks = [Block("The priory was founded c. 1150.[1] It was dissolved in 1536.[2]"),
              Block("References", "heading"), Block("^ Dunstan, Robert (1998). The Augustinian houses.")]
    result = extract_citations(blocks)
    assert {c.kind for c in result.citations} == {"numeric"}
    assert "1150.[1]" in result.blocks[0].text


def test_a_note_number_after_a_year_and_its_comma():
    blocks = [Block("The convention was adopted on 2 February 1971,1 and amended in 1982.2 In 1990, 12 sites joined.")]
    result = extract_citations(blocks)
    assert [(c.kind, c.marker) for c in result.citations] == [("footnote", 1), ("footnote", 2)]
    assert result.blocks[0].text == "The convention was adopted on 2 February 1971, and amended in 1982. In 1990, 12 sites joined."


@pytest.mark.parametrize(
    "texts, cleaned",
    [
        # a sentence the scrape printed twice, marker and all
        (["Pakistan kept a small nuclear arsenal.1 arsenal.1 The talks went on."],
         ["Pakistan kept a small nuclear arsenal. arsenal. The talks went on."]),
        (["arsenal.1 " * 12 + "and so on."], ["arsenal. " * 12 + "and so on."]),
        (["Its arsenal.1 grew, and so did the granary.1 and the quay.1 of the port."],
         ["Its arsenal. grew, and so did the granary. and the quay. of the port."]),
        # a number the chain already has, alone: no sequence of its own, so it stays (on every pass)
        (["The lock opened.1 Then the second.2 The third.3 was later.3 and the fourth.4 Done."],
         ["The lock opened. Then the second. The third. was later.3 and the fourth. Done."]),
        (["The quay was rebuilt.1", "The quay was rebuilt.1 Twice, in fact."],
         ["The quay was rebuilt.", "The quay was rebuilt. Twice, in fact."]),
    ],
)
def test_repeated_markers_are_all_removed_so_cleaning_again_removes_nothing(texts, cleaned):
    blocks, notes = remove_footnote_markers([Block(t) for t in texts])
    assert [b.text for b in blocks] == cleaned
    for note in notes:  # each marker's spot: right after the word it was glued to
        text = blocks[note.para_no].text
        assert note.start == note.end and text[note.start - 1] == "." and texts[note.para_no].count(note.raw)
    again, more = remove_footnote_markers(blocks)
    assert [b.text for b in again] == cleaned and more == ()
