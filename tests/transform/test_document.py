"""The whole transform stage: offsets, idempotency, never raising."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from extract.formats import extract_document
from transform.model import RawDocument
from tests.conftest import SAMPLES
from transform.document import clean_document
from transform.model import Block

SAMPLE_FILES = sorted(p for p in (SAMPLES / "ingest").iterdir() if p.is_file())


def as_text_dump(title, body):
    text = f"{title}\n\n{body}" if title else body
    return RawDocument("again.txt", "txt", (Block(text),))


def check_offsets(doc):
    for p in doc.paragraphs:
        assert doc.body_text[p.char_start:p.char_end] == p.text
    for c in doc.citations:
        if c.kind != "footnote":
            assert doc.body_text[c.start:c.end] == c.raw
    for d in doc.dates:
        assert doc.body_text[d.start:d.end] == d.raw
        assert d.date_start is None or d.date_end is None or d.date_start <= d.date_end


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_cleaning_a_cleaned_document_changes_nothing(path):
    first = clean_document(extract_document(path.read_bytes(), path.name))
    check_offsets(first)
    again = clean_document(as_text_dump(first.title, first.body_text))
    assert again.body_text == first.body_text
    assert again.title == first.title
    if path.suffix != ".html":  # HTML list items carry their kind in markup, not in the text
        assert [p.kind for p in again.paragraphs] == [p.kind for p in first.paragraphs]


WORD = st.sampled_from(
    "the canal lock keeper barge toll ledger river port coal steam trade of and in 1887 1920s "
    "Harbour Jane Doe (Doe, 2011) March 3 , . ; 12 % £450 Rs.300 vis-à-vis early late century".split()
)
SENTENCE = st.lists(WORD, min_size=4, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
CRUFT = st.sampled_from(
    ["Download 1.2 MB.", "(Visited 12 times, 1 visits today)", "Posted in", "© 2020 Canal Review",
     "Log in or register to post comments", "Share on Facebook Twitter", "Advertisement", "12"]
)
DOCUMENT = st.lists(st.one_of(PARAGRAPH, PARAGRAPH, PARAGRAPH, CRUFT), min_size=1, max_size=12).map("\n\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
def test_cleaning_is_idempotent_and_offsets_hold(text):
    first = clean_document(RawDocument("a.txt", "txt", (Block(text),)))
    check_offsets(first)
    again = clean_document(as_text_dump(first.title, first.body_text))
    assert again.body_text == first.body_text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_clean_document_never_raises(text):
    doc = clean_document(RawDocument("a.txt", "txt", (Block(text),)))
    check_offsets(doc)


LIBRARY_DUMP = """Full text of "The fen drains : a paper read to the Lynn Society"

See other formats

THE FEN DRAINS.

By MARY E. HOLT, M.A.

LYNN:
PRINTED FOR THE AUTHOR BY W. DIX, TUESDAY MARKET.
1911.

THE drains of the fen were cut by many hands, and the oldest of them were
dug before any record we have.1 Tbe commissioners of sewers met at Lynn
in most years, and the men of the marsh villages came before them.

When the great drain was finished the water left the lower fields, and the
farmers of the

1 Wells, History of the Bedford Level (1830), p. 12.

12 THE FEN DRAINS

higher ground found their own ditches running the wrong way for a
generation afterwards, so that in the dry summer of 1826 they petitioned
the commissioners again.

OF THE LYNN SOCIETY. 13

Nothing came of it until the engines were built.
"""


def test_a_library_full_text_dump_of_a_printed_paper():
    doc = clean_document(RawDocument("fen.txt", "txt", (Block(LIBRARY_DUMP),)))
    assert doc.title == "The fen drains : a paper read to the Lynn Society"  # the catalogue's title
    assert doc.authors == ("Mary E. Holt",)
    assert (doc.published, doc.published_precision) == (dt.date(1911, 1, 1), "year")  # the imprint's year
    assert [p.text[:40] for p in doc.paragraphs if p.kind == "paragraph"] == [
        "THE drains of the fen were cut by many h",
        "When the great drain was finished the wa",
        "1 Wells, History of the Bedford Level (1",
        "Nothing came of it until the engines wer",
    ]
    assert "the farmers of the higher ground found" in doc.body_text  # across the page and its notes
    assert "The commissioners of sewers" in doc.body_text
    assert [(c.kind, c.marker) for c in doc.citations] == [("footnote", 1)]
    for cruft in ("PRINTED FOR", "LYNN:", "12 THE FEN DRAINS", "OF THE LYNN SOCIETY", "See other formats"):
        assert cruft not in doc.body_text


@pytest.mark.parametrize(
    "label, published, precision",
    [("WORKING PAPER No. 3 | MARCH 2021", dt.date(2021, 3, 1), "month"),
     ("TOWPATH SOCIETY – BULLETIN No. 12 – Spring 1998", dt.date(1998, 3, 1), "season")],
)
def test_a_header_label_dates_an_issue_to_its_month_or_season(label, published, precision):
    text = (f"{label}\n\nLocks and Weirs of the Upper River\n\nMara Lindqvist\n\n"
            "The upper river has nine locks, and every one of them was rebuilt at least once after the floods.")
    doc = clean_document(RawDocument("bulletin.txt", "txt", (Block(text),)))
    assert (doc.title, doc.published, doc.published_precision) == ("Locks and Weirs of the Upper River", published, precision)


def _fen_pdf() -> bytes:
    """Two journal pages: a running head, notes at each page's foot, a folio, and a
    sentence that runs from the first page to the second."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pages = [
        ("The drainage of the southern fens was the work of many hands over three centuries, and the "
         "commissioners of sewers who met at Lynn kept records of almost every quarrel that came before them.1 "
         "Their rolls show the marsh villages arguing with the upland farmers year after year, until the "
         "adventurers arrived with their engineers.2 When the great drain was finished the water left the "
         "lower fields, and the farmers of the",
         ["1 Wells, History of the Bedford Level (London, 1830), p. 12.", "2 Sewers Rolls, Lynn, passim."]),
        ("higher ground found their own ditches running the wrong way for a generation afterwards. Nobody "
         "at Lynn doubted that the new cuts would drain the summer grounds; what they doubted was whether the "
         "outfall could carry the water to the sea in a wet winter.3",
         ["3 Darby, The Draining of the Fens (Cambridge, 1940), p. 88."]),
    ]
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(25, 20, 25)
    for folio, (text, notes) in enumerate(pages, start=41):
        pdf.add_page()
        pdf.set_font("Helvetica", "I", 9)
        pdf.cell(0, 6, "JOURNAL OF FEN HISTORY", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(250)
        pdf.set_font("Helvetica", "", 8.5)
        for note in notes:
            pdf.multi_cell(0, 4.5, note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(280)
        pdf.cell(0, 6, str(folio), align="C")
    return bytes(pdf.output())


def test_a_pdf_with_notes_at_each_page_foot():
    doc = clean_document(extract_document(_fen_pdf(), "fen.pdf"))
    assert "the farmers of the higher ground found" in doc.body_text  # one sentence across the page
    assert [(c.kind, c.marker) for c in doc.citations] == [("footnote", 1), ("footnote", 2), ("footnote", 3)]
    notes = [p.text for p in doc.paragraphs if p.text[:2] in ("1 ", "3 ")]
    assert notes == ["1 Wells, History of the Bedford Level (London, 1830), p. 12. 2 Sewers Rolls, Lynn, passim.",
                     "3 Darby, The Draining of the Fens (Cambridge, 1940), p. 88."]
    for furniture in ("JOURNAL OF FEN HISTORY", "\n41", "\n42"):
        assert furniture not in doc.body_text


def test_a_paper_without_a_dateline_is_dated_by_its_journal_issue():
    text = ("Canal History Review, Vol. 9, No. 2 (2017)\n\nLocks and Weirs of the Upper River\n\nMara Lindqvist\n\n"
            "The upper river has nine locks, and every one of them was rebuilt at least once after the floods.")
    doc = clean_document(RawDocument("paper.txt", "txt", (Block(text),)))
    assert (doc.published, doc.published_precision) == (dt.date(2017, 1, 1), "year")


@pytest.mark.parametrize(
    "raw, reference, source",
    [
        # a page's metadata date
        (RawDocument("a.html", "html", (Block("The ferry stopped last week after a storm."),),
                     published=dt.date(1998, 1, 8)), dt.date(1998, 1, 8), "metadata"),
        # no date anywhere: no reference, and "last week" stays relative
        (RawDocument("b.txt", "txt", (Block("Harbour Notes\n\nThe ferry stopped last week after a storm."),)),
         None, None),
    ],
)
def test_the_reference_date_and_where_it_came_from(raw, reference, source):
    doc = clean_document(raw)
    assert (doc.reference_date, doc.reference_source) == (reference, source)
    week = next(m for m in doc.dates if m.raw == "last week")
    assert week.resolved == (reference is not None)
    assert week.timex_value == ("1998-W01" if reference else "REF-P1W")


def test_an_imprint_year_is_no_reference_date():
    """A year says when a paper was printed, not the day it speaks from."""
    doc = clean_document(RawDocument("fen.txt", "txt", (Block(LIBRARY_DUMP),)))
    assert doc.published is not None and doc.reference_date is None


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe, 2015-present", "By Jane Doe, 2015 to date", "Posted by Jane Doe | since 2015",
     "Published 2015-present", "By Jane Doe, 1990s-"],
)
def test_a_byline_with_an_open_range_is_not_a_crash(byline):
    text = (f"The Canal Trade\n\n{byline}\n\nThe canal opened in 1869 and changed the trade of the "
            "two oceans for a generation, as the ledgers of the port show year by year.\n")
    doc = clean_document(RawDocument("a.txt", "txt", (Block(text),)))
    check_offsets(doc)
    assert doc.published is None  # an open range names no day of publication
    assert "canal opened in 1869" in doc.body_text


def test_a_web_page_keeps_what_it_repeats():
    """A refrain printed three times on a web page is its text, not a running header."""
    from transform.model import RawDocument
    from transform.document import clean_document
    from transform.model import Block

    refrain = "Pull together, pull again"
    verses = [f"Verse {n} tells how the crew rowed past the {place} before the tide turned."
              for n, place in ((1, "mill"), (2, "church"), (3, "old quay"))]
    blocks = []
    for verse in verses:
        blocks += [Block(verse), Block(refrain)]
    doc = clean_document(RawDocument(source_path="song.html", format="html", blocks=tuple(blocks)))
    assert doc.body_text.count(refrain) == 3


def test_the_module_docstring_names_its_stages_truly():
    """Every stage function the module docstring lists exists and is called by the module, and
    the stages are numbered in order (issue 15: the module that assembles a document states
    its stages truly)."""
    import importlib
    import inspect
    import re

    import transform.document as D

    named = re.findall(r"^\s+(\d+)\. .*?``([\w.]+)``", D.__doc__, re.M)
    assert [int(n) for n, _ in named] == list(range(1, len(named) + 1)) and len(named) >= 12
    source = inspect.getsource(D)
    body = source[source.index('"""', 3) + 3:]  # the code after the docstring
    for _, dotted in named:
        module, _, name = dotted.rpartition(".")
        owner = importlib.import_module(f"transform.{module}") if module else D
        assert callable(getattr(owner, name)), dotted
        assert f"{name}(" in body, f"{dotted} is listed but never called"


# --- a newcomer's own documents (issue 17): general shapes, kept as regression tests ---------

def _dump(text: str, fmt: str = "txt", **kw):
    return clean_document(RawDocument(source_path=f"x.{fmt}", format=fmt, blocks=(Block(text),), **kw))


def test_a_journal_dump_keeps_its_title_over_the_author_and_affiliation():
    doc = _dump("Tidal Mills of the Lower Estuary, 1600-1850\n\nMargaret Ellison\n"
                "Department of History, University of Northbridge\n\nAbstract\n\n"
                "Tidal mills were once common along the estuary. This article surveys the surviving records "
                "of forty mills and asks why most had closed by 1850, long before steam reached the villages.\n\n"
                "The records are thin. Most mills appear only in leases and in the occasional lawsuit, but "
                "together they show a pattern of slow decline.\n")
    assert doc.title == "Tidal Mills of the Lower Estuary, 1600-1850"
    assert doc.authors == ("Margaret Ellison",)


def test_a_yearless_month_is_read_in_the_documents_own_year_not_a_later_one_nearby():
    doc = clean_document(RawDocument(
        source_path="x.html", format="html", published=dt.date(2023, 3, 14),
        blocks=(Block("The council met in February to discuss the budget, and agreed a plan."),
                Block("A second vote is planned for April 2024, after the consultation closes."))))
    values = {m.raw: m.edtf for m in doc.dates}
    assert values["February"] == "2023-02" and values["April 2024"] == "2024-04"
    assert "A second" not in values  # the ordinal, not a duration


def test_notes_naming_statutes_and_manuscripts_cite_no_authors():
    doc = _dump("The Customs Trade of Eastport\n\nThe port's customs books were kept under the rules of "
                "the day.1 Later the letter-book of the collector records the change.2\n\nNotes\n\n"
                "1 Customs Consolidation Act 1876, s. 12.\n2 Letter-book of the Collector, March-April 1881, f. 23.\n")
    authors = {a for b in doc.bibliography for a in b.authors} | {a for c in doc.citations for a in c.authors}
    assert not authors & {"Act", "Letter-book", "March-April", "Customs Consolidation Act"}, authors
    assert sorted(b.year for b in doc.bibliography) == [1876, 1881]


def test_a_cite_this_article_line_with_counters_is_removed_not_a_reference():
    doc = _dump("Canal Carriers and the Railway\n\nThe carriers kept their trade for a decade after the railway "
                "came (Hadfield, 1950). Their boats were cheaper for heavy goods.\n\nCite this article: Ellison, M. "
                "(2021). Canal Carriers and the Railway. Transport History 4(2). Views: 1,204 | Downloads: 311\n\n"
                "References\n\nHadfield, C. (1950). British Canals. London: Phoenix House.\n")
    assert "Cite this article" not in doc.body_text and "Views:" not in doc.body_text
    assert [b.authors for b in doc.bibliography] == [("Hadfield",)]
    assert any(a.rule == "cite_this_line" for a in doc.artefacts)
