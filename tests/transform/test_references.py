"""Spec for reference lists and notes sections (all entries invented)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.model import HEADING, LIST_ITEM, Block
from transform.references import (
    NOTES_LIST,
    REFERENCE_LIST,
    build_bibliography,
    is_name_list,
    make_cite_key,
    parse_author_names,
    parse_entry,
    resolve_short_forms,
    split_entries,
    split_reference_sections,
    surname_of,
)

BODY = Block("Wells along the coast turned salty over two decades, and farmers moved inland.")


# ======================================================== names and keys
@pytest.mark.parametrize(
    "name, surname",
    [
        ("Kazmi", "Kazmi"),
        ("R. Jamil Osman", "Osman"),
        ("R. Jamil Osman Baig", "Baig"),
        ("Kazmi, M.", "Kazmi"),
        ("van der Berg", "van der Berg"),
        ("Pieter van der Berg", "van der Berg"),
        ("Ortiz JA", "Ortiz"),
        ("C. W.", None),
        ("", None),
    ],
)
def test_surname_of(name, surname):
    assert surname_of(name) == surname


@pytest.mark.parametrize(
    "surname, year, suffix, key",
    [
        ("Rahim", 2011, None, "rahim2011"),
        ("Kowalczyk", 2015, "a", "kowalczyk2015a"),
        ("Çelik", 2019, None, "celik2019"),
        ("Łukasiewicz", 1920, None, "lukasiewicz1920"),
        ("Søndergaard", 2004, None, "sondergaard2004"),
        ("O’Malley", 2007, None, "omalley2007"),
        ("van der Berg", 2003, None, "vanderberg2003"),
        ("Rahim", None, None, None),
        (None, 2011, None, None),
    ],
)
def test_make_cite_key(surname, year, suffix, key):
    assert make_cite_key(surname, year, suffix) == key


@pytest.mark.parametrize(
    "text, inverted_first, surnames",
    [
        ("Kegel, C. W., & Wittmann, E. R.", False, ("Kegel", "Wittmann")),
        ("Lind, S. and Baig, O.", False, ("Lind", "Baig")),
        ("Sara Lind and Omar Baig", False, ("Lind", "Baig")),
        ("Lind, Sara, and Omar Baig", True, ("Lind", "Baig")),
        ("Ortiz JA, Bell K, Hume D", False, ("Ortiz", "Bell", "Hume")),
        ("Ortiz, J., et al.", False, ("Ortiz",)),
        ("Marsh, P. (ed.)", False, ("Marsh",)),
        ("Kingsley, M. L., Jr., and Dell, A.", False, ("Kingsley", "Dell")),
    ],
)
def test_parse_author_names(text, inverted_first, surnames):
    assert parse_author_names(text, inverted_first) == surnames


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kegel, C. W., & Wittmann, E. R.", True),
        ("World Bank", True),
        ("Ortiz JA, Bell K", True),
        ('Sara Lind, "Old Friends," Journal 4', False),
        ("the harvest of 1999", False),
    ],
)
def test_is_name_list(text, expected):
    assert is_name_list(text) is expected


# ======================================================== entries
ENTRY_CASES = [
    # (style, entry, surnames, year, title, cite_key)
    (
        "APA",
        "Kegel, C. W., & Wittmann, E. R. (2005). River politics: Trend and change. Belmont: Wadsworth.",
        ("Kegel", "Wittmann"), 2005, "River politics: Trend and change", "kegel2005",
    ),
    (
        "APA with a date and a web address",
        "Glasner, A. (2016, March 3). Trade fairs. The Daily Ledger. Retrieved from http://example.org/fairs",
        ("Glasner",), 2016, "Trade fairs", "glasner2016",
    ),
    (
        "APA, corporate author",
        "World Bank. (2019). Coastal development update. Washington, DC: World Bank.",
        ("World Bank",), 2019, "Coastal development update", "worldbank2019",
    ),
    (
        "APA, year suffix and particle",
        "van der Berg, P. (2015a). Dutch canals. Leiden: Brill.",
        ("van der Berg",), 2015, "Dutch canals", "vanderberg2015a",
    ),
    (
        "Harvard",
        "Rahim, T. 2011. Grain routes of the northern plains. Lahore: Indus Press.",
        ("Rahim",), 2011, "Grain routes of the northern plains", "rahim2011",
    ),
    (
        "Harvard, quoted article title",
        "Qureshi, S. and Lodhi, A. (2009) 'River treaties revisited', Journal of Water Policy, 4(2), pp. 33-51.",
        ("Qureshi", "Lodhi"), 2009, "River treaties revisited", "qureshi2009",
    ),
    (
        "Chicago note, article",
        'Sara Lind, "Old Friends in the Steppe," Journal of Border Studies 4 (1999): 12.',
        ("Lind",), 1999, "Old Friends in the Steppe", "lind1999",
    ),
    (
        "Chicago note, book with two authors",
        "Mary Jane Dell and Ali Raza, The Long Winter (Karachi: Harbour Books, 2008), 45-47.",
        ("Dell", "Raza"), 2008, "The Long Winter", "dell2008",
    ),
    (
        "Chicago note with a lead-in",
        "See Ahmed Tariq, Tea and Empire (Oxford: Clarendon, 2015), 8.",
        ("Tariq",), 2015, "Tea and Empire", "tariq2015",
    ),
    (
        "Chicago bibliography",
        "Lind, Sara. The Quiet Frontier. New York: Norton, 1999.",
        ("Lind",), 1999, "The Quiet Frontier", "lind1999",
    ),
    (
        "MLA, two authors",
        "Lind, Sara, and Omar Baig. The Quiet Frontier. New York: Norton, 1999.",
        ("Lind", "Baig"), 1999, "The Quiet Frontier", "lind1999",
    ),
    (
        "Vancouver",
        "Ortiz JA, Bell K, Hume D. Salt in coastal wells. Water Res. 2020;12:101-9.",
        ("Ortiz", "Bell", "Hume"), 2020, "Salt in coastal wells", "ortiz2020",
    ),
    (
        "IEEE",
        'J. Ortiz, K. Bell, and D. Hume, "Salt in coastal wells," Water Research, vol. 12, pp. 101-109, 2020.',
        ("Ortiz", "Bell", "Hume"), 2020, "Salt in coastal wells", "ortiz2020",
    ),
    ("ibid", "Ibid., p. 12.", (), None, None, None),
    ("op. cit.", "Lind, op. cit., 14.", ("Lind",), None, None, None),
    ("shortened note", "Lind, Empty Granary, 14.", ("Lind",), None, "Empty Granary", None),
    ("an interview", "Interview with a grain trader, Quetta, 12 March 2004.", (), 2004, None, None),
    ("a statute", "Harbour Dues Consolidation Act 1861, s. 14.", (), 1861, "Harbour Dues Consolidation Act", None),
    ("a statute 'of' its year", "Local Boards Act of 1872, s. 3.", (), 1872, "Local Boards Act", None),
    ("a corporate author", "World Bank (2005). Annual report. Washington.", ("World Bank",), 2005, "Annual report",
     "worldbank2005"),
]


@pytest.mark.parametrize(
    "entry, surnames, year, title, cite_key", [c[1:] for c in ENTRY_CASES], ids=[c[0] for c in ENTRY_CASES]
)
def test_parse_entry(entry, surnames, year, title, cite_key):
    parsed = parse_entry(entry, 7)
    assert (parsed.ref_no, parsed.raw) == (7, entry)
    assert (parsed.authors, parsed.year, parsed.title, parsed.cite_key) == (surnames, year, title, cite_key)


@pytest.mark.parametrize(
    "text, entries",
    [
        ("1. Ibid. 2. Dell, J. (2001). Title. 3. Baig, A. (1999). Another, p. 3.",
         ((1, "Ibid."), (2, "Dell, J. (2001). Title."), (3, "Baig, A. (1999). Another, p. 3."))),
        ("[4] P. Marsh, Coastal Salt, 1999. [5] K. Bell, Wells, 2001.",
         ((4, "P. Marsh, Coastal Salt, 1999."), (5, "K. Bell, Wells, 2001."))),
        ("12 See Lind, Old Friends, 4.", ((12, "See Lind, Old Friends, 4."),)),
        ("[ 4 ] P. Marsh, Coastal Salt, 1999. [ 5 ] K. Bell, Wells, 2001.",  # a PDF's letter spacing
         ((4, "P. Marsh, Coastal Salt, 1999."), (5, "K. Bell, Wells, 2001."))),
        ("Rahim, T. (2011). A study. Lahore: Press. Kazmi, M. (2018). B study. Kazmi, M. and Ali, R. (2019). C.",
         ((None, "Rahim, T. (2011). A study. Lahore: Press."), (None, "Kazmi, M. (2018). B study."),
          (None, "Kazmi, M. and Ali, R. (2019). C."))),
        ("Marsh, P. (1999). Coastal salt.", ((None, "Marsh, P. (1999). Coastal salt."),)),
        ("", ()),
    ],
)
def test_split_entries(text, entries):
    assert split_entries(text) == entries


# ======================================================== sections
NOTES = [
    Block("Notes", HEADING),
    Block("1. Sara Lind, The Empty Granary (Lahore: Indus Press, 2011), 14."),
    Block("2. Ibid., 20."),
]
REFERENCES = [
    Block("References", HEADING),
    Block("Marsh, P. (1999). Coastal salt. London: Tide Books."),
    Block("Ortiz, J., Bell, K., & Hume, D. (2020). Salt in coastal wells. Water Research, 12, 101-109."),
]

SECTION_CASES = [
    # (id, blocks, body kept, [(kind, rule, number of entries)])
    ("notes heading", [BODY, *NOTES], [BODY], [(NOTES_LIST, "notes_heading", 2)]),
    ("references heading", [BODY, *REFERENCES], [BODY], [(REFERENCE_LIST, "references_heading", 2)]),
    (
        "notes then references",
        [BODY, *NOTES, *REFERENCES],
        [BODY],
        [(NOTES_LIST, "notes_heading", 2), (REFERENCE_LIST, "references_heading", 2)],
    ),
    (
        "heading as a plain paragraph, numbered as a section",
        [BODY, Block("7. Bibliography"), REFERENCES[1]],
        [BODY],
        [(REFERENCE_LIST, "references_heading", 1)],
    ),
    ("endnotes", [BODY, Block("Endnotes"), NOTES[1]], [BODY], [(NOTES_LIST, "notes_heading", 1)]),
    ("works cited", [BODY, Block("Works Cited:"), REFERENCES[1]], [BODY], [(REFERENCE_LIST, "references_heading", 1)]),
    (
        "list and heading re-flowed into one block",
        [BODY, Block("References Marsh, P. (1999). Coastal salt. London: Tide Books. Hume, D. (2020). Wells. Quetta: Hill Press.")],
        [BODY],
        [(REFERENCE_LIST, "references_heading_inline", 2)],
    ),
    (
        "numbered notes with no heading",
        [BODY, NOTES[1], Block("2. Omar Baig, Letters (Quetta: Hill Press, 1999), 4.")],
        [BODY],
        [(NOTES_LIST, "trailing_numbered_entries", 2)],
    ),
    (
        "bracket-numbered references with no heading",
        [BODY, Block("[1] P. Marsh, Coastal Salt. London: Tide Press, 1999."), Block("[2] K. Bell, Wells. Quetta: Hill Press, 2001.")],
        [BODY],
        [(REFERENCE_LIST, "trailing_numbered_entries", 2)],
    ),
    (
        "a body list of steps stays",
        [BODY, Block("1. Dig the canal by 2030.", LIST_ITEM), Block("2. Plant trees, by 2031.", LIST_ITEM)],
        [BODY, Block("1. Dig the canal by 2030.", LIST_ITEM), Block("2. Plant trees, by 2031.", LIST_ITEM)],
        [],
    ),
    (
        "a heading 'Notes' with prose under it stays",
        [BODY, Block("Notes", HEADING), Block("Farmers were asked about wells, rain and prices in every village we visited.")],
        [BODY, Block("Notes", HEADING), Block("Farmers were asked about wells, rain and prices in every village we visited.")],
        [],
    ),
    (
        "a later section after the list stays",
        [BODY, BODY, BODY, BODY, *REFERENCES, Block("Appendix", HEADING), Block("Tables of well depth by village follow.")],
        [BODY, BODY, BODY, BODY, Block("Appendix", HEADING), Block("Tables of well depth by village follow.")],
        [(REFERENCE_LIST, "references_heading", 2)],
    ),
    (
        "a 'Sources' heading early in the document with prose under it stays",
        [BODY, Block("Sources", HEADING), Block("Most wells were dug in 1960."), Block("Rain fell in 1971 and 1972."),
         Block("Methods", HEADING), BODY, BODY, BODY],
        [BODY, Block("Sources", HEADING), Block("Most wells were dug in 1960."), Block("Rain fell in 1971 and 1972."),
         Block("Methods", HEADING), BODY, BODY, BODY],
        [],
    ),
    (
        "a heading split by the PDF's kerning",
        [BODY, Block("Ref erences", HEADING), REFERENCES[1]],
        [BODY],
        [(REFERENCE_LIST, "references_heading", 1)],
    ),
    (
        "a long list early in the document, figure legends after it",
        [BODY, *REFERENCES, Block("Holm K, Sato J. Ice on the summit. Canal Rev. 2011;4:1-9."),
         Block("Figure 1. Barges at the upper lock.", HEADING), BODY, BODY, BODY, BODY, BODY],
        [BODY, Block("Figure 1. Barges at the upper lock.", HEADING), BODY, BODY, BODY, BODY, BODY],
        [(REFERENCE_LIST, "references_heading", 3)],
    ),
    (
        "a table between two numbered entries stays in the body",
        [BODY, Block("References", HEADING), Block("1. Holm K. Ice on the summit. Canal Rev. 2011;4:1-9."),
         Block("Table 2. Tolls by lock", HEADING), Block("Upper lock"), Block("Lower lock"),
         Block("2. Sato J. Tolls. Canal Rev. 2012;5:3-8.")],
        [BODY, Block("Table 2. Tolls by lock", HEADING), Block("Upper lock"), Block("Lower lock")],
        [(REFERENCE_LIST, "references_heading", 2)],
    ),
    (
        "unnumbered references ending the document with no heading",
        [BODY, BODY, Block("Abel, K., & Holm, T. (2019). Tolls on the locks. Canal Review, 4, 1–9."),
         Block("Holm, T. (2020). Ice on the summit. Tide Press."), Block("Lock data. (n.d.). Retrieved May 1, 2020."),
         Block("Sato, J. (2021). Barges. Tide Press.")],
        [BODY, BODY],
        [(REFERENCE_LIST, "trailing_reference_entries", 4)],
    ),
    ("the first block is never a reference list", [Block("References"), REFERENCES[1]], [Block("References"), REFERENCES[1]], []),
]


@pytest.mark.parametrize("blocks, body, sections", [c[1:] for c in SECTION_CASES], ids=[c[0] for c in SECTION_CASES])
def test_split_reference_sections(blocks, body, sections):
    split = split_reference_sections(blocks)
    assert list(split.body) == body
    assert [(s.kind, s.rule, len(s.entries)) for s in split.sections] == sections
    removed = sum(len(s.blocks) for s in split.sections)
    assert removed + len(split.body) == len(blocks)


def test_artefacts_carry_kind_rule_text_and_page():
    split = split_reference_sections([BODY, Block("Notes", HEADING, page=9), Block("1. Ibid., 20.", page=9)])
    assert [(a.kind, a.rule, a.text, a.page) for a in split.sections[0].artefacts()] == [
        (NOTES_LIST, "notes_heading", "Notes", 9),
        (NOTES_LIST, "notes_heading", "1. Ibid., 20.", 9),
    ]


def test_unnumbered_paragraph_continues_the_note_above():
    split = split_reference_sections([BODY, NOTES[0], NOTES[1], Block("On the granary see also the port records, 1881.")])
    assert split.sections[0].entries == (
        (1, "Sara Lind, The Empty Granary (Lahore: Indus Press, 2011), 14. On the granary see also the port records, 1881."),
    )


# ======================================================== bibliography
def test_bibliography_keeps_note_numbers_and_renumbers_clashes():
    split = split_reference_sections([BODY, *NOTES, *REFERENCES])
    bib = build_bibliography(split.sections)
    assert [(e.ref_no, e.cite_key) for e in bib.entries] == [
        (1, "lind2011"),
        (2, "lind2011"),  # "Ibid." points back to note 1
        (3, "marsh1999"),
        (4, "ortiz2020"),
    ]
    assert bib.for_footnote(2) == 2
    assert bib.for_author_year("Ortiz", 2020) == 4
    assert bib.for_author_year("Bell", 2020) == 4  # a co-author as a fallback
    assert bib.for_author_year("Ortiz", 2019) is None
    assert bib.note_numbers == frozenset({1, 2})


def test_bibliography_numbered_references():
    split = split_reference_sections(
        [BODY, Block("References", HEADING), Block("[3] P. Marsh, Coastal Salt, 1999."), Block("[4] K. Bell, Wells, 2001.")]
    )
    bib = build_bibliography(split.sections)
    assert [(e.ref_no, e.authors) for e in bib.entries] == [(3, ("Marsh",)), (4, ("Bell",))]
    assert bib.for_number(4) == 4
    assert bib.for_number(9) is None


def test_short_forms_point_back_to_the_full_note():
    entries = [
        parse_entry("Sara Lind, The Empty Granary (Lahore: Indus Press, 2011), 14.", 1),
        parse_entry("Omar Baig, Letters (Quetta: Hill Press, 1999), 4.", 2),
        parse_entry("Ibid., 20.", 3),
        parse_entry("Lind, Empty Granary, 31.", 4),
        parse_entry("Hume, Wells, 2.", 5),
    ]
    resolved = resolve_short_forms(entries)
    assert [(e.ref_no, e.authors, e.year, e.title, e.cite_key) for e in resolved[2:]] == [
        (3, ("Baig",), 1999, "Letters", "baig1999"),
        (4, ("Lind",), 2011, "Empty Granary", "lind2011"),
        (5, ("Hume",), None, "Wells", None),  # nothing earlier to point to
    ]
    assert [e.raw for e in resolved] == [e.raw for e in entries]


# ======================================================== never raises
PIECES = st.sampled_from(
    ["1. ", "[2] ", "Smith, J. ", "(1999). ", "Title. ", "Press, ", "Ibid.", "“Quoted,” ", "and ", "et al. ",
     "vol. 3, ", "pp. 4-5. ", "2015a", "See ", "(Lahore: Indus Press, 2011)", "References ", "Notes ", ", ", ". "]
)
TEXT = st.one_of(st.text(max_size=60), st.lists(PIECES, max_size=20).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_entry_parsing_never_raises(text):
    for number, entry in split_entries(text):
        parsed = parse_entry(entry, number or 1)
        assert parsed.raw == entry.strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.builds(Block, text=TEXT, kind=st.sampled_from(["heading", "paragraph", "list_item"])), max_size=8))
def test_sections_never_raise_and_account_for_every_block(blocks):
    split = split_reference_sections(blocks)
    assert len(split.body) + sum(len(s.blocks) for s in split.sections) == len(blocks)
    bib = build_bibliography(split.sections)
    assert len({e.ref_no for e in bib.entries}) == len(bib.entries)
