"""The safety-net regexes: each catches what it names and leaves legit text alone."""
from __future__ import annotations

import re

import pytest

from expectations import patterns


@pytest.mark.parametrize("pattern", patterns.CRUFT_PATTERNS, ids=lambda p: p.name)
def test_cruft_pattern_matches_its_example(pattern):
    assert pattern.compiled.search(pattern.example)


def test_cruft_names_are_unique():
    names = [p.name for p in patterns.CRUFT_PATTERNS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "text",
    [
        "Download 75.83 Kb.",
        "Download PDF (1.2 MB)",
        "Size75.83 Kb.",
        "(Visited 2,910 times, 1 visits today)",
        "Click to access the login or register cheese",
        "Copyright 2019 Hawaii News Now. All rights reserved.",
        "Date conversion29.04.2016",
        "We use cookies to give you the best experience.",
        "Skip to content",
        "Russia’s stance vis-ˆ-vis America",
        "itâ€™s",
    ],
)
def test_cruft_is_found(text):
    assert patterns.find_cruft(text)


@pytest.mark.parametrize(
    "text",
    [
        "He downloaded the 1.2 MB report.",  # no "download <size>" banner shape
        "The treaty reserved all rights to fish in the strait.",
        "Cookies were served at the reception.",
        "The size of the army grew to 500,000 men.",
        "Café owners in São Paulo and SÃO PAULO.",
        "He visited 12 times in 1990.",
    ],
)
def test_cruft_patterns_leave_prose_alone(text):
    assert patterns.find_cruft(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan kept an antiquated nuclear arsenal.1 This was",
        "seen as a legacy of the past’.15 Moscow",
        "throughout the world.’19",
        "at $100 million respectively.11",
        "it was, in their words, the “Chinese dream”3 of",
        "influence;12 the rest",
        "la réalité.4 Puis",
        "as Khan et al.3 said",
    ],
)
def test_glued_footnote_digits_are_found(text):
    assert patterns.find_glued_footnote_digits(text)


@pytest.mark.parametrize(
    "text",
    [
        "the Shanghai-5 summit", "Su-27 fighters", "founded in 1950. Then", "grew by 3.5 per cent",
        "see p.41 for", "see pp.41 for", "Fig.3 shows", "in vol.2 of", "No.5 squadron", "Art.5 says",
        "Chapter IV.3 covers", "Section A.1 lists", "after COVID-19. Next", "GDP.3 rose",
        "Windows 3.1 ran", "at 10:30 pm", "John 3:16 says", "the 1990s. Then", "H2O. Water",
        "the G20 summit", "Top 10. Next", "€3.5 million", "on 2014-11-21. Then", "example.org:8080 is",
        "localhost:80 answers", "www.site.com/page.2 is", "May.2020 saw", "the ’90s were",
        "a ratio of 3:1", "e.g.1 is", "Mi-35 helicopters", "approximately 1600.2 This",
        "the T-90 tank", "Mirage-2000 jets",
    ],
)
def test_glued_footnote_rule_leaves_legit_text_alone(text):
    assert patterns.find_glued_footnote_digits(text) is None


def test_fast_glued_search_agrees_with_plain_search():
    text = ("A p.41 and Fig.3 then 3.5 and Su-27; the arsenal.1 It and “quoted”2 and past’.15 "
            "then a long one Internationalisation.7 and the end.99")
    plain = [m.group() for m in patterns.GLUED_FOOTNOTE_DIGITS.compiled.finditer(text)]
    fast = []
    while match := patterns.find_glued_footnote_digits(text):
        fast.append(match.group())
        text = text[match.end():]
    assert fast == plain == ["arsenal.1", "quoted”2", "past’.15", "Internationalisation.7", "end.99"]


@pytest.mark.parametrize(
    "value",
    [
        "2014", "2014-11", "2014-11-21", "199X", "19XX", "19", "199", "1992/1995",
        "1994-07-03/1994-07-05", "2014-21", "2014-24", "2014-33", "2014-36", "1985/..", "../1985",
        "1985/", "/1985", "1984?", "2004-06~", "2004-06-11%", "?2004-06-~11", "2014-XX",
        "199X/200X", "2001-21/2001-23", "1990~/2000?",
    ],
)
def test_edtf_accepts(value):
    assert re.match(patterns.EDTF.regex, value)


@pytest.mark.parametrize(
    "value",
    [
        "", "/", "..", "../..", "2014-13", "2014-11-32", "2014-00", "20145", "2014-21-05",
        "2014/11/21", "Spring 2014", "T10:00", "2014-11-21T10:00", "2014 ", "abc", "1",
    ],
)
def test_edtf_rejects(value):
    assert not re.match(patterns.EDTF.regex, value)


@pytest.mark.parametrize("title", ["Abstract", "INTRODUCTION", " Introduction: ", "Table of Contents",
                                   "Microsoft Word - paper_v3.docx", "Untitled Document"])
def test_non_titles(title):
    assert re.search(patterns.NON_TITLE.regex, title)


@pytest.mark.parametrize("title", ["Pakistan-Russia Relations", "An Introduction to Central Asia",
                                   "Abstract Art in Lahore"])
def test_real_titles(title):
    assert not re.search(patterns.NON_TITLE.regex, title)
