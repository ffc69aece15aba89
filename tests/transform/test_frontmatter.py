import pytest

from transform.frontmatter import is_name_line, is_title_like, read_frontmatter

PROSE = "The canal company raised its tolls twice before the war, and the barge owners protested each time."


def fm(*lines):
    return read_frontmatter(list(enumerate(lines)))


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
     ("The canal opened in 1869.", False), ("• a bullet", False)],
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
