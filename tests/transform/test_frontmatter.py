import pytest

from transform.frontmatter import author_running_headers, is_name_line, is_title_like, labelled_bylines, read_frontmatter

PROSE = "The canal company raised its tolls twice before the war, and the barge owners protested each time."


def fm(*lines):
    return read_frontmatter(list(enumerate(lines)))


def test_a_headline_the_text_opens_with_is_not_joined_to_the_descriptor_under_it():
    result = fm("Great Fire of Aldmouth", "disaster, Aldmouth, England [1871]",
                "Great Fire of Aldmouth, a fire that burned the harbour quarter of the town for three days in 1871.")
    assert result.title == "Great Fire of Aldmouth"


def test_the_headline_the_lead_restates_beats_a_subtitle_over_the_byline():
    lines = ["Ministry of Waterways", "",
             "Canal restoration scheme reopens 140 kilometres of towpath in nine districts", "",
             "Districts asked to finish the survey of locks by 30 November", "",
             "The canal restoration scheme, launched in March, has reopened 140 kilometres of towpath "
             "and rebuilt locks in nine districts, the ministry said today."]
    result = read_frontmatter(list(enumerate(lines)), byline_at=[5])  # a "Posted On … by …" line stood there
    assert result.title == "Canal restoration scheme reopens 140 kilometres of towpath in nine districts"


def test_with_a_byline_known_two_word_lines_above_the_headline_are_chrome_not_authors():
    lines = ["Slow Barges", "Home", "Road Trips", "Three Days on the Old Canal Road", PROSE]
    result = read_frontmatter(list(enumerate(lines)), known_authors=["Mara Lindqvist"])
    assert result.title == "Three Days on the Old Canal Road"
    assert result.authors == ("Mara Lindqvist",)


def test_a_resolution_is_titled_by_its_numbered_title_not_the_agenda_item():
    lines = ["Sustainable development: inland waterways for present and future generations", "",
             "Resolution adopted by the General Assembly on 9 December 2031", "",
             "86/112.\tRestoration of towpaths and historic canal locks", "", "The General Assembly,", "",
             "Recalling its resolution 80/4 on the heritage of inland navigation, in which it invited States to "
             "protect historic locks and the paths beside them,"]
    assert fm(*lines).title == "Restoration of towpaths and historic canal locks"


def test_title_and_bare_author_line():
    r = fm("Canal Days: A Short History", "", "Jane Doe", "", PROSE)
    assert r.title == "Canal Days: A Short History"
    assert r.authors == ("Jane Doe",)
    assert r.drop == {0, 2}


def test_lowercased_repeat_and_breadcrumb_titles_are_dropped():
    r = fm("canal days", "", "Canal Days: A Short History", "", PROSE)
    assert r.title == "Canal Days: A Short History"
    assert [(a.kind, a.text) for a in r.artefacts if a.kind == "repeated_title"] == [("repeated_title", "canal days")]


def test_author_with_affiliation_marker():
    r = fm("Tolls and Trade", "Amira K. Haddad *", PROSE)
    assert r.authors == ("Amira K. Haddad",)


def test_no_title_when_the_text_starts_with_a_section_heading():
    r = fm(" Abstract", PROSE)
    assert r.title is None


def test_headings_after_the_first_prose_line_are_not_front_matter():
    r = fm("Canal Days", PROSE, "Changing Tides", PROSE)
    assert r.title == "Canal Days"
    assert r.drop == {0}


@pytest.mark.parametrize(
    "line, expected",
    [("Jane Doe", True), ("J. R. Doe and Amira Haddad", True), ("Adnan K. Rahimi *", True),
     ("Changing Tides", False), ("Trade and Investment", False), ("Introduction", False),
     ("The canal opened", False)],
)
def test_is_name_line(line, expected):
    assert is_name_line(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [("River Treaties After Partition", True), ("Abstract", False), ("Key Words: canals, tolls", False),
     ("The canal opened in 1869.", False), ("• a bullet", False), ("A R T I C L E I N F O", False),
     ("A B S T R A C T", False)],
)
def test_is_title_like(line, expected):
    assert is_title_like(line) is expected


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Nadia Okafor-Reyes (Lecturer in Water Law)", ("Nadia Okafor-Reyes",)),
        ("Hélène Marchand – Estuary History Society", ("Hélène Marchand",)),
        ("Leela Rao and Kofi Mensah-Bonsu", ("Leela Rao", "Kofi Mensah-Bonsu")),
    ],
)
def test_author_lines_with_affiliations(line, authors):
    r = fm("Canal Days", line, PROSE)
    assert r.authors == authors


def test_a_title_wrapped_over_two_lines_is_one_title():
    r = fm("Tolls, Barges and Steam: Rethinking the Canals of the", "Lower Valley", "", "Jane Doe", PROSE)
    assert r.title == "Tolls, Barges and Steam: Rethinking the Canals of the Lower Valley"
    assert r.authors == ("Jane Doe",)


def test_known_title_lines_are_dropped_and_no_other_line_is_taken():
    r = read_frontmatter(list(enumerate(["Tolls and Barges:", "A History", "Jane Doe", PROSE])),
                         known_title="Tolls and Barges: A History")
    assert r.title == "Tolls and Barges: A History" and {0, 1, 2} <= r.drop


def test_a_wrapped_first_body_line_is_not_a_title():
    r = fm("Canal tolls rose in every decade of the century while the", "barges grew larger and fewer.", PROSE)
    assert r.title is None


@pytest.mark.parametrize(
    "line",
    ["School of History, Northgate University", "Department of Economic History, Lakeshore University",
     "Centre for Agrarian Policy Studies, Coastal State University", "jane.doe@example.org"],
)
def test_affiliation_lines_are_front_matter(line):
    r = fm("Canal Days: A History", "Jane Doe", line, PROSE)
    assert [a.kind for a in r.artefacts if a.text == line] == ["affiliation"]


def test_author_running_headers_need_the_documents_own_authors():
    lines = list(enumerate(["Doe and Roe: Canal Days", "Lewis and Clark: The Journey West"]))
    drop, arts = author_running_headers(lines, ["Jane Doe", "John Roe"])
    assert drop == {0} and arts[0].kind == "running_header"


@pytest.mark.parametrize(
    "lines, names",
    [
        (["Written by", "Mara Lindqvist", PROSE], ["Mara Lindqvist"]),
        (["Authors:", "", "Ola Berg and Kim Sato", PROSE], ["Ola Berg", "Kim Sato"]),
        (["Fact-checked by", "The Editors", PROSE], []),  # someone else's role
        (["Written by", "the canal trust volunteers", PROSE], []),  # not a name
    ],
)
def test_names_on_the_line_after_a_byline_label(lines, names):
    assert labelled_bylines(lines)[0] == names
