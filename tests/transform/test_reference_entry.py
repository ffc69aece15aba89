"""transform.reference_entry: the fields of one scientific reference entry (invented entries)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transform.reference_entry import author_block, find_doi, parse_reference, respaced

CASES = [
    # (style, entry, surnames, year, title, venue)
    ("Vancouver",
     "Abel KT, Moreno J, de Vries H. Salt marsh drainage and tern colonies. J Coast Ecol. 2014;12:101-9.",
     ("Abel", "Moreno", "de Vries"), 2014, "Salt marsh drainage and tern colonies", "J Coast Ecol"),
    ("Vancouver with et al.",
     "Osei F, Lindqvist M, et al. Barge traffic and lock wear. Canal Eng Rev. 2009;4(2):33-40.",
     ("Osei", "Lindqvist"), 2009, "Barge traffic and lock wear", "Canal Eng Rev"),
    ("Vancouver, colon after the names (BMC)",
     "Haddad O, Brandt I: Tolls on the upper locks: a ledger study. Canal Hist 2003, 41:1329-1333.",
     ("Haddad", "Brandt"), 2003, "Tolls on the upper locks: a ledger study", "Canal Hist"),
    ("year in brackets after the names (Springer)",
     "Quispe R, Sato J (2011) Dredging the summit pound. Waterw Res 5:633-634",
     ("Quispe", "Sato"), 2011, "Dredging the summit pound", "Waterw Res"),
    ("Nature style",
     "Moreau, K. L., Achebe, T. & Iwu, S. Ice boats on the northern flight. Winter Stud. 7, 12–19 (2016).",
     ("Moreau", "Achebe", "Iwu"), 2016, "Ice boats on the northern flight", "Winter Stud"),
    ("MDPI, semicolons",
     "Tanaka, H.; Okafor, C.N.; Ruiz, A. Lock keepers and their cottages. Heritage 2019, 2, 41–57.",
     ("Tanaka", "Okafor", "Ruiz"), 2019, "Lock keepers and their cottages", "Heritage"),
    ("MDPI book",
     "Larsen, P.E. Canal Maintenance; River Series; Tideway Press: Hull, UK, 2001; pp. 25–37.",
     ("Larsen",), 2001, "Canal Maintenance", "River Series"),
    ("APA (Frontiers)",
     "Okafor, C. N., and Ruiz, A. (2013). Winter ice on the summit pound. Front. Waterw. 4:112. "
     "doi: 10.5555/fw.2013.00112",
     ("Okafor", "Ruiz"), 2013, "Winter ice on the summit pound", "Front. Waterw"),
    ("APA, no date",
     "Bell, K. (n.d.). The lock keeper’s handbook. Retrieved May 1, 2020, from https://example.org/locks",
     ("Bell",), 2020, "The lock keeper’s handbook", None),
    ("APA, particle after the initials",
     "Laan, P. van der, & Holm, K. (2022). Dutch polders in the long run. Zenodo. https://doi.org/10.5555/z.77",
     ("Laan", "Holm"), 2022, "Dutch polders in the long run", "Zenodo"),
    ("Oxford, year and commas",
     "Holm, K., Sato, J. and Brandt, I. 2010, Salt, steam, and the trade of the northern valleys, "
     "J. Canal Hist., 124, 245–52.",
     ("Holm", "Sato", "Brandt"), 2010, "Salt, steam, and the trade of the northern valleys", "J. Canal Hist"),
    ("a long list cut short before its last name",
     "Abel, K., Holm, K., Sato, J., … Wiese, T. (2021). Tide tables in code. Journal of Open Tides, 6(2), 88.",
     ("Abel", "Holm", "Sato", "Wiese"), 2021, "Tide tables in code", "Journal of Open Tides"),
    ("'& others' and a version after the title",
     "Holm, K., Sato, J., & others. (2019). Lockkeeper (Version 2.1.0). Zenodo. https://doi.org/10.5555/zen.1",
     ("Holm", "Sato"), 2019, "Lockkeeper", "Zenodo"),
    ("a title that opens with a quoted name",
     "Ruiz A, Holm K. “Blue Heron”: a new barge design. Boat Eng. 2004;3:1-5.",
     ("Ruiz", "Holm"), 2004, "“Blue Heron”: a new barge design", "Boat Eng"),
    ("spaces lost around glued initials and the quoted title",
     "K. Holm and T.J.Sato,“Flax boats on the canal,” Canal Review,vol.10,no.1,pp.5–8,1971.",
     ("Holm", "Sato"), 1971, "Flax boats on the canal", "Canal Review"),
    ("a name the forms do not read, then a quoted title",
     "K. Holm, Canal Trust of Hull,“Flax boats on the canal,” Canal Review,vol.10,no.1,pp.5–8,1971.",
     ("Holm",), 1971, "Flax boats on the canal", "Canal Review"),
    ("IEEE, quoted title",
     "R. Solano, K. L. Moreau, and T. Achebe, “Barge crews on the lower river,” Waterway Review, vol. 9, "
     "no. 2, pp. 88–97, 2005.",
     ("Solano", "Moreau", "Achebe"), 2005, "Barge crews on the lower river", "Waterway Review"),
]


@pytest.mark.parametrize("entry, surnames, year, title, venue", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_parse_reference(entry, surnames, year, title, venue):
    parsed = parse_reference(entry)
    assert parsed is not None
    assert (parsed.authors, parsed.year, parsed.title, parsed.venue) == (surnames, year, title, venue)


@pytest.mark.parametrize(
    "entry",
    [
        "Centre for Inland Waterways. Annual report on lock traffic. 2018.",  # a corporate author
        "Sara Lind, The Empty Granary (Lahore: Indus Press, 2011), 14.",  # a note with full names
        "Ibid., p. 12.",
        "Interview with a lock keeper, Hull, 12 March 2004.",
    ],
)
def test_entries_that_do_not_open_with_names_are_left_to_other_readings(entry):
    assert parse_reference(entry) is None


@pytest.mark.parametrize(
    "text, doi",
    [
        ("Front. Waterw. 4:112. doi: 10.5555/fw.2013.00112", "10.5555/fw.2013.00112"),
        ("Zenodo. https://doi.org/10.5555/Z.77.", "10.5555/Z.77"),
        ("Zenodo. https: //doi.org/10.5555/ zen.1970", "10.5555/zen.1970"),  # broken at a line end
        ("Canal Hist 2003, 41:1329-1333.", None),
    ],
)
def test_find_doi(text, doi):
    assert find_doi(text) == doi


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("J.HolmandT.J.Sato,“Flax boats,”", "J.Holm and T.J.Sato,“Flax boats,”"),
        ("K.Abel,T.Bayo,J.Ruizetal.,“Tolls,”", "K.Abel,T.Bayo,J.Ruiz et al.,“Tolls,”"),
        ("HolmK,SatoTJ,AbelR.Icebarges on the canal.", "Holm K, Sato TJ, Abel R. Icebarges on the canal."),
        ("McAdam K, Sato T. Tolls.", "McAdam K, Sato T. Tolls."),  # nothing lost: nothing changes
    ],
)
def test_respaced(raw, expected):
    assert respaced(raw) == expected


def test_author_block_ends_where_the_names_end():
    surnames, end = author_block("Abel KT, Moreno J. Salt marsh drainage.")
    assert surnames == ("Abel", "Moreno") and "Abel KT, Moreno J. Salt"[end:].startswith(". Salt")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises(text):
    parsed = parse_reference(text)
    assert parsed is None or isinstance(parsed.authors, tuple)
