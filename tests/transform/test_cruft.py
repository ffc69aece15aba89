import pytest
from hypothesis import given, strategies as st

from transform.cruft import Hit, byline_names, is_prose, remove_cruft, sentence_goes_on, split_names, zones
from transform.rules import DEFAULT_RULES, RuleError, build_ruleset, compile_rule, default_rule_specs

PROSE = "The canal company raised its tolls twice before the war, and the barge owners protested each time."


def removed(line, *, context=True):
    """Run one line through the rules, between prose lines so zones are 'body'
    (or alone, in the header, with context=False); return the artefact rule names."""
    lines = [PROSE, line, PROSE] if context else [line, PROSE]
    return [a.rule for a in remove_cruft(lines).artefacts]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Download 1.2 MB.", "download_size_banner"),
        ("Download PDF (845 KB)", "download_size_banner"),
        ("Size 12.4 Kb.", "file_size_line"),
        ("File size: 3 MB", "file_size_line"),
        ("Date conversion 03.11.2019", "site_processing_date"),
        ("Uploaded on 14 March 2019", "site_processing_date"),
        ("Written by Jane Q. Doe 9:15 am News, Canals, Transport", "written_by_byline"),
        ("Posted by admin", "written_by_byline"),
        ("About the Author", "about_the_author"),
        ("About the Author(s)", "about_the_author"),
        ("+ posts", "author_posts_count"),
        ("View all posts by Jane Doe", "author_posts_count"),
        ("author profile image", "image_alt_text"),
        ("Submissions 2024", "promo_banner"),
        ("Advertisement", "promo_banner"),
        ("Want to contribute? Send us your essays and research via the contact page.", "submission_promo"),
        ("Subscribe to our weekly newsletter for updates.", "newsletter_promo"),
        ("The opinions expressed here are those of the writer and do not necessarily reflect the views of the Harbour Review.", "editorial_disclaimer"),
        ("This website uses cookies to improve your experience. Accept all cookies", "cookie_notice"),
        ("(Visited 417 times, 3 visits today)", "view_counter_visited"),
        ("Views: 1,204", "view_counter"),
        ("3.2k views", "view_counter"),
        ("Read 88 times", "view_counter"),
        ("12 Comments", "comment_count"),
        ("Leave a Reply", "comment_count"),
        ("Share on Facebook Twitter Email", "share_links"),
        ("Log in or register to post comments", "login_prompt"),
        ("Login / Register", "login_prompt"),
        ("Posted in History, Transport", "posted_in"),
        ("Posted in", "posted_in"),
        ("Tags: canals, tolls, barges", "posted_in"),
        ("© 2021 Harbour Review. All rights reserved.", "copyright_footer"),
        ("Received: 3 May 2019 Accepted: 9 June 2019", "paper_history_dates"),
        ("Received 2 March 2016; Editorial decision 9 April 2016; Accepted 14 April 2016", "paper_history_dates"),
        ("The archive is protected by copyright © 2019", "copyright_footer"),
        ("send message", "site_nav_phrase"),
        ("Main page", "site_nav_phrase"),
        ("Back to top", "site_nav_phrase"),
        ("Related articles", "site_nav_phrase"),
        ("- 12 -", "page_number_line"),
        ("Page 3 of 17", "page_number_line"),
        ("204", "page_number_line"),
        ("Enjoying The Towpath Letter?", "newsletter_signup"),
        ("This article was most recently revised and updated by Kari Lund.", "article_revision_note"),
        ("Get new essays delivered to your inbox every Friday.", "newsletter_signup"),
        ("No spam. Unsubscribe whenever you like.", "newsletter_signup"),
        ("Email address", "newsletter_signup"),
        ("Subscribe", "newsletter_signup"),
        ("88 K. Lund, P. Ojo / Rev. Canal Hist. 7 (2019) 81–99", "journal_running_head"),
        ("K. Lund, P. Ojo / Rev. Canal Hist. 7 (2019) 81–99 89", "journal_running_head"),
    ],
)
def test_cruft_lines_are_removed_by_a_named_rule(line, rule):
    assert rule in removed(line)


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        "The barges carried 16,500 tons of coal in 1911, a record for the canal.",
        "Share prices of the canal company fell sharply after the flood of 1903 and never recovered.",
        "He could not log in to the ledger system, so the clerks kept paper registers until 1960.",
        "Copyright law of the period said little about engineering drawings, which the company guarded.",
        "Conclusion",
        "Changing Tides",
        "1. The first lock was built of timber.",
        "The views of the engineers differed sharply from those of the shareholders.",
    ],
)
def test_real_content_survives(line):
    assert removed(line) == []


@pytest.mark.parametrize(
    "line, rule",
    [
        ("By Jane Doe | 14 March 2019", "by_author_line"),
        ("Published: March 14, 2019", "dateline"),
        ("Aldmouth | Updated: 17.08.2022 11:40 GMT", "dateline"),
        ("Jane Doe Published October 7, 2018", "name_published_byline"),
        ("Home", "site_nav_word"),
        ("Home > History > Canals", "breadcrumb_trail"),
        ("March 14, 2019 Thursday", "bare_date_line"),
        ("Tuesday 3 May 2022, 14:05 BST", "bare_date_line"),
        ("Byline: Ola Berg, Transport Correspondent", "byline_field"),
    ],
)
def test_top_and_edge_rules_fire_only_near_the_top_or_edges(line, rule):
    assert rule in removed(line, context=False)
    deep = [PROSE] * 6 + [line] + [PROSE]
    assert rule not in [a.rule for a in remove_cruft(deep).artefacts]


def test_a_byline_after_the_standfirst_is_still_a_byline():
    res = remove_cruft([PROSE, "By Jane Doe", PROSE, PROSE])
    assert [a.rule for a in res.artefacts] == ["by_author_line"]


def test_trailing_byline_is_cut_from_a_title_line():
    res = remove_cruft(["Canal Days: A Short History By Prof. Jane Doe", PROSE])
    assert res.lines[0] == (0, "Canal Days: A Short History")
    assert [(a.kind, a.text) for a in res.artefacts] == [("byline", "By Prof. Jane Doe")]
    assert byline_names(res.hits) == ["Jane Doe"]


def test_author_bio_after_author_box_is_removed():
    lines = [PROSE, "About the Author", "", "Dr Jane Doe is a historian of inland waterways at a northern university.", "", PROSE]
    res = remove_cruft(lines)
    assert {a.rule for a in res.artefacts} == {"about_the_author", "author_bio"}
    assert [t for _, t in res.lines if t] == [PROSE, PROSE]


def test_an_about_box_naming_the_author_goes_with_the_bio_under_it():
    lines = ["By Mara Lindqvist", PROSE, "About Mara Lindqvist",
             "Mara Lindqvist taught geography for twenty years and now writes about rivers."]
    result = remove_cruft(lines)
    assert [t for _, t in result.lines if t.strip()] == [PROSE]
    assert {a.rule for a in result.artefacts} >= {"about_author_heading", "author_bio"}


def test_a_first_person_bio_under_a_closing_written_by_line_goes():
    lines = [PROSE] * 4 + ["Written by Mara Lindqvist", "Canal historian. I write about locks, tolls and towpaths."]
    result = remove_cruft(lines)
    assert [t for _, t in result.lines if t.strip()] == [PROSE] * 4


def test_a_first_person_sentence_in_the_text_stays():
    lines = ["Written by Mara Lindqvist", "I write this from the lock keeper's cottage at the top of the flight.", PROSE]
    assert "I write this" in " ".join(t for _, t in remove_cruft(lines).lines)


def test_bio_starting_with_the_byline_name_is_removed_anywhere():
    lines = ["Written by Jane Doe", PROSE, PROSE, "Jane Doe is a historian who writes about canals and ports."]
    res = remove_cruft(lines)
    assert "author_bio" in {a.rule for a in res.artefacts}


def test_repeated_short_lines_are_running_headers():
    header = "Canal Studies Quarterly — Spring Issue"
    lines = [header, PROSE, PROSE, header, PROSE, header, PROSE]
    res = remove_cruft(lines)
    assert [a.rule for a in res.artefacts].count("repeated_line") == 3


@pytest.mark.parametrize("line", ["2011;42:113-121.", "(2013).", "(12%)", "31 4,2"])
def test_recurring_reference_tails_and_table_cells_are_not_running_headers(line):
    lines = [line, PROSE, line, PROSE, line, PROSE]
    res = remove_cruft(lines)
    assert "repeated_line" not in [a.rule for a in res.artefacts]


@pytest.mark.parametrize(
    "lines, inside",
    [
        (["the tolls rose each year, as", "reported by the company in its ledgers"], {1}),
        (["Canal Review, vol. 5,", "no. 4, pp. 27–33, 2006."], {1}),
        (["The tolls rose.", "reported later"], set()),  # the line above ended its sentence
        (["Received 3 May 2019", "Accepted 9 June 2019"], set()),  # a capital opens a line of its own
        (["", "by the lock"], set()),
    ],
)
def test_sentence_goes_on(lines, inside):
    assert sentence_goes_on(lines) == inside


def test_no_line_rule_applies_inside_a_sentence():
    lines = ["The barge owners protested each time the tolls rose, as", "reported by the company"]
    assert remove_cruft(lines, inside=frozenset({1})).lines == tuple(enumerate(lines))


def test_a_licence_carried_on_over_lines_of_its_paragraph_goes_with_it():
    lines = ["© 2019 Ruiz et al. This is an open access article under the Creative Commons",
             "Attribution Licence, which permits use in any medium, provided",
             "the original work is cited.", "", PROSE]
    res = remove_cruft(lines, laid_out=True)
    assert [idx for idx, _ in res.lines] == [3, 4]
    assert [a.rule for a in res.artefacts].count("carried_on_line") == 2
    assert [idx for idx, _ in remove_cruft(lines).lines] == [1, 2, 3, 4]  # without the layout, the lines stay


def test_disabled_rule_lets_its_cruft_through():
    rules = build_ruleset(default_rule_specs(), disable=["view_counter_visited"])
    res = remove_cruft([PROSE, "(Visited 417 times, 3 visits today)"], rules)
    assert "view_counter_visited" not in {a.rule for a in res.artefacts}


def test_user_rule_is_applied_with_its_name():
    rules = build_ruleset(default_rule_specs(), [{"name": "donate_banner", "kind": "promo", "pattern": "(?i)support our harbour.*"}])
    res = remove_cruft([PROSE, "Support our harbour journalism today!", PROSE], rules)
    assert [(a.kind, a.rule) for a in res.artefacts] == [("promo", "donate_banner")]


@pytest.mark.parametrize(
    "spec, message",
    [
        ({"name": "x", "kind": "promo"}, "lacks pattern"),
        ({"name": "x", "kind": "promo", "pattern": "("}, "bad regular expression"),
        ({"name": "x", "kind": "promo", "pattern": "a", "zone": "middle"}, "zone must be"),
        ({"name": "x", "kind": "promo", "pattern": "a", "zones": "header"}, "unknown key zones"),
        ({"name": "x", "kind": "promo", "pattern": "a", "example": ""}, "example must be a non-empty string"),
        ({"name": "x", "kind": "promo", "pattern": "a", "example": "a", "example_after": "b"}, "for match"),
        ({"name": "x", "kind": "promo", "pattern": "a", "match": "span", "example_after": "b"}, "needs an example"),
        ({"name": "x", "kind": "promo", "pattern": "a", "keeps": "a line"}, "keeps must be a list"),
    ],
)
def test_bad_rules_say_what_is_wrong(spec, message):
    with pytest.raises(RuleError, match=message):
        compile_rule(spec)


def test_a_user_rule_keeps_its_examples():
    rule = compile_rule({"name": "x", "kind": "promo", "pattern": r"\s*\[ad\]", "match": "span",
                         "example": "Canal Days [ad]", "example_after": "Canal Days", "keeps": ["Canal Days"]})
    assert (rule.example, rule.example_after, rule.keeps) == ("Canal Days [ad]", "Canal Days", ("Canal Days",))


def test_every_shipped_rule_has_a_unique_name():
    assert len(set(DEFAULT_RULES.names)) == len(DEFAULT_RULES.names)


@pytest.mark.parametrize(
    "line, expected",
    [
        (PROSE, True),
        ("About the Author(s)", False),
        ("Guest Lecture on “Canals and Commerce” By Dr. Jane Doe", False),
        ("The locks were rebuilt. Trade resumed in spring.", True),
    ],
)
def test_is_prose(line, expected):
    assert is_prose(line) is expected


def test_zones():
    assert zones(["Title", PROSE, "Tags", PROSE, PROSE, PROSE, "x", "© 2020"]) == [
        "header", "lead", "lead", "lead", "lead", "body", "footer", "footer"]


@pytest.mark.parametrize(
    "line, names",
    [("Byline: Harriet Okonjo-Blake, Regional Economics Correspondent", ["Harriet Okonjo-Blake"]),
     ("By Siobhan O’Neill and Ewan McAdam", ["Siobhan O’Neill", "Ewan McAdam"]),
     ("BY MARY E. HOLT, M.A.", ["Mary E. Holt"]),
     ("Kari Lund Published October 7, 2018", ["Kari Lund"]),
     # the word for "by" of other languages, and Cyrillic names
     ("Par Odile Marchand", ["Odile Marchand"]),
     ("Por Lucía Marín Ortega | Redacción", ["Lucía Marín Ortega"]),
     ("Von Jonas Weber und Lea Brandt", ["Jonas Weber", "Lea Brandt"]),
     ("Текст: Анна Белова", ["Анна Белова"])],
)
def test_names_in_bylines(line, names):
    assert byline_names([Hit(0, "by_author_line", "byline", line)]) == names


def test_split_names_drops_honorifics_and_markers():
    assert split_names("Dr. Jane Doe and Mr John Roe *") == ["Jane Doe", "John Roe"]


@given(st.lists(st.text(max_size=200), max_size=30))
def test_remove_cruft_never_raises_and_is_idempotent(lines):
    once = [t for _, t in remove_cruft(lines).lines]
    twice = [t for _, t in remove_cruft(once, detect_repeats=False).lines]
    assert len(twice) <= len(once)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Download this post as a PDF (2.1 MB)", "download_size_banner"),
        ("Get the PDF (640 KB)", "download_size_banner"),
        ("Approximate file size: 640 KB", "file_size_line"),
        ("PDF size: 2.1 MB | 24 pages", "file_size_line"),
        ("Uploaded 03.05.2020 and converted to text", "site_processing_date"),
        ("Converted on 21/09/2018", "site_processing_date"),
        ("Read 1,208 times (3 reads today)", "view_counter"),
        ("This document has been viewed 912 times.", "view_counter"),
        ("Reproduced by kind permission of the Harbour Society. Please ask before copying.", "rights_notice"),
        ("This article may not be reproduced without written consent.", "rights_notice"),
    ],
)
def test_variants_of_site_chrome(line, rule):
    assert rule in removed(line)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("The writer is a former ambassador and teaches at a northern university.", "writer_is_bio"),
        ("(The author is a research fellow at the Harbour Institute.)", "writer_is_bio"),
        ("This article was originally published in The Canal Review.", "originally_published"),
        ("Published in The Harbour Times, March 3rd, 2019", "posted_in"),
        ("Read more: Why the summit pound froze in 1895", "read_more_link"),
        ("Also read: The last cargo", "read_more_link"),
        ("Follow us on Twitter and Facebook", "follow_us"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Save my name, email, and website in this browser for the next time I comment.", "comment_form"),
        ("Post Comment", "comment_count"),
        ("Cancel reply", "comment_form"),
        ("This entry was posted in History and tagged canals. Bookmark the permalink.", "wordpress_entry_footer"),
        ("Like this:", "wordpress_entry_footer"),
        ("5 min read", "reading_time"),
        ("Photo: Harbour Archive", "photo_credit"),
        ("(Image courtesy: Canal Trust)", "photo_credit"),
        ("About | Careers | Privacy | Contact", "nav_link_list"),
        ("Download Free PDF", "preview_unavailable"),
        ("From Wikipedia, the free encyclopedia", "wiki_chrome"),
        ("This page was last edited on 3 March 2021, at 10:12 (UTC).", "wiki_chrome"),
        ("This content downloaded from 10.0.0.1 on Sun, 12 Mar 2017 10:00:00 UTC", "downloaded_from"),
        ("Electronic copy available at: https://example.org/abstract=123", "downloaded_from"),
        ("DOI: 10.1234/jcanal.2019.001", "doi_line"),
        ("ISSN 1234-5678 (Print), ISSN 2345-6789 (Online)", "doi_line"),
        ("This is an open access article under the CC BY license.", "open_access_license"),
        ("*Corresponding author: jane.doe@example.org", "corresponding_author"),
    ],
)
def test_more_site_and_journal_chrome(line, rule):
    assert rule in removed(line)


def test_relative_timestamps_and_journal_issue_lines_only_at_the_edges():
    assert "relative_timestamp" in removed("3 hours ago", context=False)
    assert "journal_issue_line" in removed("Journal of Inland Navigation, Vol. 12, No. 3 (2019)", context=False)
    assert removed("Vol. 12 of the ledgers was lost in the flood of 1903, with most of the toll records.") == []


def test_wiki_edit_markers_are_cut_from_headings():
    res = remove_cruft([PROSE, "Early history[edit]", PROSE])
    assert res.lines[1] == (1, "Early history")


@pytest.mark.parametrize(
    "line",
    [
        "The author of the ledger is unknown, but the hand is that of a clerk trained in the 1880s.",
        "The writers of the period disagreed about the cause of the flood, and the records are silent.",
        "Photography came late to the canal; the first known picture of the flight dates from 1871.",
        "The company published in 1903 a report on the state of the locks, with detailed drawings.",
        "Follow the towpath east for two miles and the old warehouses come into view.",
        "Read the ledgers closely and a different story appears: tolls rose even as traffic fell.",
    ],
)
def test_content_that_resembles_the_new_rules_survives(line):
    assert removed(line) == []


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Comments are closed on this story.", "comment_count"),
        ("Follow The Harbour Times on Twitter and Facebook", "follow_us"),
        ("Harbour Trust is a registered charity. Registration No. 1167342.", "registered_organisation"),
        ("Report this document", "document_actions"),
        ("asked Jan 4, 2021 at 21:47", "qa_post_meta"),
        ("Modified 2 years, 11 months ago", "qa_post_meta"),
        ("Viewed 12k times", "view_counter"),
        ("Share Improve this answer Follow", "qa_actions"),
        ("Not the answer you're looking for? Browse other questions tagged canals.", "qa_actions"),
        ("2,318 1 14 29", "user_card_numbers"),
        ("Great answer, thanks. – Jane Doe Jan 5, 2021 at 14:20", "signed_comment"),
        ("This article needs additional citations for verification. Please help improve it.", "wiki_maintenance"),
        ("Coordinates: 51°08′N 2°41′W", "wiki_maintenance"),
        ("File size: 318.6 KB · 16 pages · PDF", "file_size_line"),
        ("Volume 9, Number 2 (2017), pp. 141-143", "journal_issue_line"),
    ],
)
def test_forum_wiki_and_host_chrome(line, rule):
    assert rule in removed(line) or rule in removed(line, context=False)


@pytest.mark.parametrize(
    "line",
    [
        "She edited the ledger for twenty years and answered every letter the clerks sent her.",
        "The company registered its first barge in 1791, and the ledger survives.",
        "Comments from the engineers were closed to the public until the 1970s, when the archive opened.",
    ],
)
def test_prose_near_those_shapes_survives(line):
    assert removed(line) == []


@pytest.mark.parametrize(
    "line, gone",
    [("118 THE SALT CARRIERS", True), ("OF THE WEAVER VALLEY. 119", True),
     ("2 METHODS", False), ("NATO AND THE EU IN 1999", False)],
)
def test_book_running_heads_carry_a_page_number_not_a_year(line, gone):
    assert ("book_running_head" in removed(line)) is gone


@pytest.mark.parametrize(
    "line, gone",
    [("Support the Harbour Review: become a member for the price of a pint", True),
     ("Become a member today and get the quarterly in print.", True),
     ("Donate now", True),
     ("The villagers voted to support the canal company and become its shareholders.", False)],
)
def test_membership_appeals(line, gone):
    assert ("membership_appeal" in removed(line)) is gone


def test_a_title_page_imprint_goes_and_its_year_is_kept_as_an_imprint():
    lines = ["A HISTORY OF THE FENLAND DRAINS", "", "By MARY E. HOLT, M.A.", "", "LYNN:", "PRINTED FOR THE AUTHOR BY W. DIX, TUESDAY MARKET.",
             "1911.", "", "The drains of the fen were cut by many hands over three centuries, and no single plan ever governed them."]
    result = remove_cruft(lines)
    assert [(h.rule, h.text) for h in result.hits if h.kind == "imprint"] == [
        ("imprint_place_line", "LYNN:"), ("printer_imprint", "PRINTED FOR THE AUTHOR BY W. DIX, TUESDAY MARKET."),
        ("imprint_year_line", "1911.")]
    assert byline_names(result.hits) == ["Mary E. Holt"]


@pytest.mark.parametrize("line", ["ABSTRACT:", "Summary:", "Published by the society in its quarterly notes.",
                                  "1911 was a dry year."])
def test_section_labels_and_sentences_are_not_imprints(line):
    result = remove_cruft([line, "", PROSE])
    assert not [h for h in result.hits if h.kind == "imprint"]


MENTIONS = [  # 40+ words of prose that mention what a banner would say
    "The museum explains on its visitor page that this site uses cookies only to count how many people read the "
    "article about the old canal, and the curators add a long note saying that nobody is tracked and that the "
    "numbers are deleted after a year.",
    "When the estate sold the ledgers in 1962 the buyer printed all rights reserved on every copy, although the "
    "family had meant the books to be read by anyone who came to the county archive, and a court settled the "
    "quarrel only twenty years later.",
    "Readers who want the scans can download a 5 MB file of the harbour plans from the society, which asks only "
    "that they mention where the plans came from and send a note to the secretary if they find a mistake in the "
    "soundings of the old channel.",
    "The editor asked people to subscribe to our newsletter in the first issue, a phrase the printers found so "
    "odd that they set it in italics, and the lock keepers' union pinned that page above the stove in every "
    "lock house along the upper river for a decade.",
]


@pytest.mark.parametrize("paragraph", MENTIONS)
def test_prose_that_mentions_cruft_phrases_is_kept(paragraph):
    assert len(paragraph.split()) >= 40
    assert removed(paragraph) == []


@pytest.mark.parametrize(
    "line, rule",
    [("This website uses cookies to improve your experience.", "cookie_notice"),
     ("© 1998 The Canal Society. All rights reserved.", "copyright_footer"),
     ("Download 5 MB", "download_size_banner")],
)
def test_the_short_banners_those_phrases_come_from_still_go(line, rule):
    assert removed(line) == [rule]


@pytest.mark.parametrize(
    "line",
    ["Copyright © 1998 The Lower River Gazette and its Partners. All rights reserved. This material may not be "
     "published, broadcast, rewritten or redistributed without the prior written consent of the Gazette.",
     "About Us | Contact | Advertise With Us © 2004 Estuary Media Ltd. All Rights Reserved. Use of this site "
     "means you accept our User Agreement, our Cookie Notice and our Privacy Policy (all three revised in 2004)."],
)
def test_a_rights_reserved_footer_of_a_sentence_or_two_goes(line):
    assert 200 < len(line) < 350 and len(line.split()) < 40
    assert removed(line) == ["rights_reserved_footer"]


def test_max_words_is_a_rule_setting():
    spec = {"name": "long_licence", "kind": "license", "pattern": "(?i).*licensed.*"}
    long_line = "This text is licensed " + "word " * 50
    assert not compile_rule(spec).applies_to(long_line, "body")
    assert compile_rule({**spec, "max_words": 0}).applies_to(long_line, "body")
