"""Rule names whose logic is code, not a pattern table: one home for each.

Every value of ``artefacts.rule`` has one of three homes:

* ``transform/patterns/cruft.toml``  line rules (``transform.rules``), each with its example;
* ``extract/html_patterns.py``       ``ELEMENT_RULES``, ``SKIP_LINK_RULE`` and ``BLOCK_RULES``
  of HTML extraction, each with an example snippet;
* here                               rules that need more than one pattern (a count over
  the document, a page layout, the byline's names): the name the code writes, the kind
  it is written with, what it means and the general shape of what it removes.

The code writes these constants, never the string: ``tests/transform/test_rule_examples.py``
checks that no rule name is left as a literal in an ``Artefact(...)`` call.

>>> NAMED[REPEATED_LINE].kind
'running_header'
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NamedRule:
    """A rule name written by code.  ``before`` is the general shape of what it removes
    (lines joined by `` / ``), ``after`` what is left of it ("" when all of it goes)."""

    name: str
    kind: str  # artefacts.kind it is written with ("a|b" when the code picks one of them)
    module: str  # where the code that writes it lives
    meaning: str
    before: str
    after: str = ""


# --- transform.cruft: rules over several lines ----------------------------------------
REPEATED_LINE = "repeated_line"
CARRIED_ON_LINE = "carried_on_line"
ABOUT_AUTHOR_HEADING = "about_author_heading"
AUTHOR_BIO = "author_bio"
# --- transform.density: runs of short lines around the text --------------------------
TABLE_OF_CONTENTS = "table_of_contents"
CITE_THIS_PAGE = "cite_this_page"
COMMENTS_SECTION = "comments_section"
MENU_ABOVE_TEXT = "menu_above_text"
BELOW_TEXT = "below_text"
LINK_LIST_IN_TEXT = "link_list_in_text"
TRUNCATED_TEASER = "truncated_teaser"
# --- transform.frontmatter and transform.document: title, authors, labels -----------
TITLE_LINE = "title_line"
TITLE_HEADING = "title_heading"
AUTHOR_NAME_LINE = "author_name_line"
AFFILIATION_LINE = "affiliation_line"
REPEATED_TITLE_LINE = "repeated_title_line"
ABOVE_TITLE = "above_title"
HEADER_LABEL = "header_label"
ARTICLE_TYPE_LABEL = "article_type_label"
LABELLED_BYLINE = "labelled_byline"
AUTHOR_TITLE_RUNNING_HEADER = "author_title_running_header"
# --- transform.mail ------------------------------------------------------------------
MAIL_HEADER_BLOCK = "mail_header_block"
MAIL_SIGNATURE = "mail_signature"
MAIL_LIST_FOOTER = "mail_list_footer"
# --- transform.templates -------------------------------------------------------------
LEARNED_TEMPLATE = "learned_template"
# --- transform.pdf_layout: page furniture of PDF pages -------------------------------
REPEATED_EDGE_LINE = "repeated_edge_line"
NUMBERED_EDGE_LINE = "numbered_edge_line"
BARE_PAGE_NUMBER = "bare_page_number"
PAGE_X_OF_Y = "page_x_of_y"
# --- transform.references: reference lists and notes ---------------------------------
REFERENCES_HEADING = "references_heading"
NOTES_HEADING = "notes_heading"
REFERENCES_HEADING_INLINE = "references_heading_inline"
NOTES_HEADING_INLINE = "notes_heading_inline"
TRAILING_NUMBERED_ENTRIES = "trailing_numbered_entries"
TRAILING_REFERENCE_ENTRIES = "trailing_reference_entries"
# --- extract.html: paragraphs of the main text after extraction ----------------------
SITE_NAME_HEADING = "site_name_heading"
TITLE_REPEAT = "title_repeat"
BYLINE_PARAGRAPH = "byline_paragraph"
DATELINE_PARAGRAPH = "dateline_paragraph"
TRAILING_HEADING = "trailing_heading"
CHROME_TAIL = "chrome_tail"

#: the mail tail kinds transform.mail finds → the rule it records them under
MAIL_TAIL_RULES = {"signature": MAIL_SIGNATURE, "list_footer": MAIL_LIST_FOOTER}

RULES: tuple[NamedRule, ...] = (
    NamedRule(REPEATED_LINE, "running_header", "transform.cruft",
              "a short non-prose line that recurs 3+ times (digits aside): a running head of a dumped PDF",
              "Journal of Inland Waterways 12 / … / Journal of Inland Waterways 13 / … / Journal of Inland Waterways 14"),
    NamedRule(CARRIED_ON_LINE, "license|footer|contact|article_history|affiliation", "transform.cruft",
              "the lines of a printed paragraph that go on a licence, copyright or contact line a rule removed",
              "© 2010 A. Roe; licensee Example Press. Open Access under the Creative / Commons Attribution "
              "License, which permits use."),
    NamedRule(ABOUT_AUTHOR_HEADING, "author_box", "transform.cruft",
              "an 'About <name>' heading naming the byline's author (an author box)", "About Sam Roe"),
    NamedRule(AUTHOR_BIO, "author_box", "transform.cruft",
              "the bio after an author box, or a paragraph opening with the byline's name and 'is a/was a/has'",
              "About the Author / Sam Roe is a historian of inland transport.", "About the Author"),
    NamedRule(TABLE_OF_CONTENTS, "navigation", "transform.density",
              "a run of numbered section titles above the text", "Contents / 1 Early years / 2 The railway / 3 Decline"),
    NamedRule(CITE_THIS_PAGE, "footer", "transform.density",
              "a box that tells how to cite the page", "Cite this page / Roe, S. (2021). The Old Canal. Retrieved …"),
    NamedRule(COMMENTS_SECTION, "comments", "transform.density",
              "everything from the start of reader comments on", "3 Responses / Sam says: / Great read …"),
    NamedRule(MENU_ABOVE_TEXT, "navigation", "transform.density",
              "a run of short lines (menu entries) above the text", "Home / World / Sport / Business / <text>", "<text>"),
    NamedRule(BELOW_TEXT, "footer", "transform.density",
              "link-like lines after the text", "<text> / About / Careers / Privacy / Contact", "<text>"),
    NamedRule(LINK_LIST_IN_TEXT, "related_links", "transform.density",
              "a run of link-like lines inside the text", "<text> / The old lock / Boat names / Towpath walks / <text>",
              "<text> / <text>"),
    NamedRule(TRUNCATED_TEASER, "related_links", "transform.density",
              "excerpts of other pages cut short with an ellipsis, when there are several",
              "The lock keeper's cottage was built in 1794 and…"),
    NamedRule(TITLE_LINE, "title", "transform.frontmatter, transform.document",
              "the line(s) that print the title, taken out of the text (it goes to documents.title)",
              "The Old Canal / <text>", "<text>"),
    NamedRule(TITLE_HEADING, "title", "transform.document, extract.html",
              "a first heading that repeats the page's title", "# The Old Canal / <text>", "<text>"),
    NamedRule(AUTHOR_NAME_LINE, "byline", "transform.frontmatter, transform.document",
              "a line of the header that is only the authors' names", "Sam Roe and Alex Example"),
    NamedRule(AFFILIATION_LINE, "affiliation", "transform.frontmatter, transform.document",
              "an author's institution printed under the names", "Department of History, Example University"),
    NamedRule(REPEATED_TITLE_LINE, "repeated_title", "transform.frontmatter",
              "the title printed again in the header (a site suffix aside)", "The Old Canal | Example Society"),
    NamedRule(ABOVE_TITLE, "navigation", "transform.frontmatter",
              "a short line above the headline: the site's name or a menu entry", "Road Trips / The Old Canal",
              "The Old Canal"),
    NamedRule(HEADER_LABEL, "navigation", "transform.frontmatter",
              "a section label in the header", "LOCAL HISTORY"),
    NamedRule(ARTICLE_TYPE_LABEL, "navigation", "transform.document",
              "a paper's article-type label on its first page", "Research Article"),
    NamedRule(LABELLED_BYLINE, "byline", "transform.document",
              "a labelled author line ('Author: …', 'Authors: …')", "Author: Sam Roe"),
    NamedRule(AUTHOR_TITLE_RUNNING_HEADER, "running_header", "transform.frontmatter",
              "the authors' surnames and a short title printed as a running head", "Roe and Example: The Old Canal"),
    NamedRule(MAIL_HEADER_BLOCK, "mail_header", "transform.mail",
              "the header block of a mail or list post", "From: Sam Roe <s@example.org> / Subject: Tolls / Date: …"),
    NamedRule(MAIL_SIGNATURE, "signature", "transform.mail",
              "a mail's signature, from its '-- ' line on", "-- / Sam Roe / Example Canal Society"),
    NamedRule(MAIL_LIST_FOOTER, "list_footer", "transform.mail",
              "a mailing list's footer, from its rule of underscores on", "____ / To unsubscribe, write to …"),
    NamedRule(LEARNED_TEMPLATE, "repeated_template", "transform.templates",
              "a line that recurs across the documents of one site (learned over the run)",
              "Example Society – a registered charity"),
    NamedRule(REPEATED_EDGE_LINE, "running_header|running_footer", "transform.pdf_layout",
              "a line at a PDF page's top or bottom that repeats across pages", "Journal of X | <page text>",
              "<page text>"),
    NamedRule(NUMBERED_EDGE_LINE, "running_header|running_footer", "transform.pdf_layout",
              "a page edge line that repeats with its page number changing", "12 Journal of X / <page text>",
              "<page text>"),
    NamedRule(BARE_PAGE_NUMBER, "page_number", "transform.pdf_layout",
              "a page number alone at a page's top or bottom", "<page text> / 12", "<page text>"),
    NamedRule(PAGE_X_OF_Y, "page_number", "transform.pdf_layout",
              "'Page 3 of 12' at a page's edge", "<page text> / Page 3 of 12", "<page text>"),
    NamedRule(REFERENCES_HEADING, "reference_list", "transform.references",
              "a reference list under its own heading", "References / Roe, S. (2019). Canals. Example Press."),
    NamedRule(NOTES_HEADING, "notes_list", "transform.references",
              "a list of notes under its own heading", "Notes / 1. See the toll book of 1790."),
    NamedRule(REFERENCES_HEADING_INLINE, "reference_list", "transform.references",
              "a reference list whose heading opens the first entry's paragraph",
              "References Roe, S. (2019). Canals. Example Press."),
    NamedRule(NOTES_HEADING_INLINE, "notes_list", "transform.references",
              "a notes list whose heading opens the first note's paragraph", "Notes 1. See the toll book of 1790."),
    NamedRule(TRAILING_NUMBERED_ENTRIES, "notes_list", "transform.references",
              "numbered notes at the end of the text with no heading", "<text> / 1. Ibid., p. 4. / 2. Ibid., p. 9.",
              "<text>"),
    NamedRule(TRAILING_REFERENCE_ENTRIES, "reference_list", "transform.references",
              "reference entries at the end of the text with no heading",
              "<text> / Roe, S. (2019). Canals. Example Press. / Example, A. (2020). Locks. Example Press.", "<text>"),
    NamedRule(SITE_NAME_HEADING, "navigation", "extract.html",
              "a first heading that is the site's name (from its metadata)", "<h2>Example Society</h2>"),
    NamedRule(TITLE_REPEAT, "title", "extract.html",
              "a paragraph before the text that repeats the title", "<p>The Old Canal</p>"),
    NamedRule(BYLINE_PARAGRAPH, "byline", "extract.html",
              "a 'By …' paragraph, or one printing the page's authors, near the top", "<p>By Sam Roe</p>"),
    NamedRule(DATELINE_PARAGRAPH, "dateline", "extract.html",
              "a paragraph near the top that is only a date stamp", "<p>Published 19 Nov 2019, 10:32</p>"),
    NamedRule(TRAILING_HEADING, "related_links", "extract.html",
              "headings left at the very end (titles of widgets that were removed)", "<text> / <h3>More stories</h3>",
              "<text>"),
    NamedRule(CHROME_TAIL, "related_links", "extract.html",
              "a run of short, link-heavy blocks after the article's end (where the readability candidate "
              "stops): headline lists, more links, the site's footer",
              "<article text> / <h3>Latest</h3> / <li><a>Another story</a></li> / <li><a>A third story</a></li> / …",
              "<article text>"),
)

NAMED: dict[str, NamedRule] = {r.name: r for r in RULES}
