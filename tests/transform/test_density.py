import pytest

from transform.density import page_chrome

PROSE = [
    "The canal company raised its tolls twice before the war, and the barge owners protested each time.",
    "In the hard winter of 1895 the summit pound froze, and ice boats were rocked through it by a dozen men.",
    "The last commercial cargo, a load of timber for a boatyard, passed the flight on a wet spring morning.",
]
MENU = ["Home", "World", "Sport", "Business", "Culture", "Travel"]
FOOTER = ["About us", "Careers", "Privacy notice", "Contact", "Archives"]


def run(lines):
    drop, arts = page_chrome(list(enumerate(lines)))
    return [t for i, t in enumerate(lines) if i not in drop], arts


def test_menu_above_and_links_below_go_title_and_byline_stay():
    kept, arts = run(MENU + ["Canal Days", "By Jane Doe", "4 March 2019"] + PROSE + FOOTER)
    assert kept == ["Canal Days", "By Jane Doe", "4 March 2019"] + PROSE
    assert [a.rule for a in arts] == ["menu_above_text", "below_text"]


def test_a_link_list_inside_the_text_goes():
    related = ["Ice boats on the summit", "The last cargo", "Toll tickets explained", "Lock keepers remembered",
               "A winter on the flight", "Wardens not keepers"]
    kept, arts = run(PROSE[:2] + related + PROSE + PROSE)
    assert kept == PROSE[:2] + PROSE + PROSE and [a.rule for a in arts] == ["link_list_in_text"]


def test_after_the_text_a_tail_of_site_furniture_goes_whole():
    tail = ["Share this:", "Twitter", "Facebook", "Most popular",
            "Canal trust wins heritage award after a decade of restoration work on the flight",
            "HealthReach Trust is a registered charity and welcomes donations from readers."]
    kept, arts = run(PROSE + tail)
    assert kept == PROSE and [a.rule for a in arts] == ["below_text"]


def test_comments_section_is_cut_from_its_heading():
    comments = ["2 thoughts on “Canal Days”", "Dale K.", "Great write-up, we did the same walk last spring and loved it.",
                "Reply", "Jane Doe", "Thanks Dale, it is a lovely walk in any season of the year.", "Reply"]
    kept, arts = run(PROSE + PROSE + comments)
    assert kept == PROSE + PROSE and arts[0].rule == "comments_section"


@pytest.mark.parametrize(
    "heading, cut",
    [
        ("Leave a Reply", True),
        ("Comments (4)", True),
        ("Discussion (12)", True),
        ("Discussion", False),  # a paper's own section: what follows is its text and references
        ("4. Discussion", False),
    ],
)
def test_comments_heading(heading, cut):
    tail = [heading] + PROSE
    kept, arts = run(PROSE + PROSE + tail)
    assert (kept == PROSE + PROSE) is cut
    assert ("comments_section" in [a.rule for a in arts]) is cut


def test_an_article_without_chrome_is_untouched():
    lines = ["Canal Days", "Jane Doe"] + PROSE + ["Conclusion"] + PROSE + ["• tolls", "• ice", "• timber"]
    assert run(lines) == (lines, [])


def test_short_list_items_with_markers_or_numbers_stay():
    items = ["1. Tolls", "2. Ice", "3. Timber", "4. Wardens", "5. Boats", "6. Locks"]
    kept, _ = run(PROSE[:2] + items + PROSE[2:])
    assert kept == PROSE[:2] + items + PROSE[2:]


def test_two_truncated_teasers_are_excerpts_of_other_pages():
    teasers = ["The keepers at the bottom lock kept a ledger of every boat that passed, and the …",
               "In hard winters the company sent ice boats up the summit pound, rocked by [...]"]
    kept, arts = run(PROSE + teasers)
    assert kept == PROSE and {a.rule for a in arts} == {"truncated_teaser"}


def test_one_ellipsis_is_just_style():
    line = "And then the water came back, as it always did, slowly and without a sound …"
    assert run(PROSE + [line])[0] == PROSE + [line]


def test_a_dot_leader_table_of_contents_goes():
    toc = ["Contents", "Summary ............................ 2", "Where the barges went ........... 5",
           "Annex . . . . . . . . 11"]
    kept, arts = run(PROSE[:1] + toc + PROSE[1:])
    assert kept == PROSE and [a.rule for a in arts] == ["table_of_contents"]


@pytest.mark.parametrize("opening", [
    "Aldmouth Ferry Strike, a stoppage of the river ferries that lasted from spring to autumn "
    "and changed how the town crossed its estuary.",
    "The Aldmouth Ferry Strike was a stoppage of the river ferries that lasted from spring to autumn "
    "and changed how the town crossed its estuary.",  # after an article
])
def test_the_headline_the_text_opens_with_survives_a_menu_around_it(opening):
    lines = MENU + ["Aldmouth Ferry Strike", "Print", "Cite", "Share", "Related Topics:", "strikes", "ferries",
                    "estuaries", "See all related content", opening] + PROSE
    kept, _ = run(lines)
    assert kept == ["Aldmouth Ferry Strike", opening] + PROSE


def test_a_title_wrapped_in_a_narrow_column_is_not_a_menu():
    lines = ["Review of Canal History 7 (2019)", "Canal Review", "", "Tolls, towpaths and the",
             "price of haulage on the", "western navigations", "K. Lund a, P. Ojo b", ""] + PROSE
    kept, _ = run(lines)
    assert "Tolls, towpaths and the" in kept and "western navigations" in kept


def test_a_cite_this_page_box_goes_up_to_the_blank_line():
    box = ["Cite this article", "MLA", "Lund, Kari. \"Towpaths\". Canal Review, 3 May 2020, https://canal.example/towpaths.",
           "APA", "Lund, K. (2020, May 3). Towpaths. Canal Review. https://canal.example/towpaths"]
    kept, arts = run(PROSE + box + ["", "The towpath is still walked by thousands every summer, and the old stables are now a cafe."])
    assert kept == PROSE + ["", "The towpath is still walked by thousands every summer, and the old stables are now a cafe."]
    assert [a.rule for a in arts] == ["cite_this_page"]


def test_table_of_contents_goes():
    toc = ["Contents", "1 History", "1.1 Foundation", "2 Excavations", "3 Present day"]
    kept, arts = run(PROSE[:1] + toc + PROSE[1:])
    assert kept == PROSE and [a.rule for a in arts] == ["table_of_contents"]
