"""The document model shared by every stage: what extraction returns (``RawDocument``)
and what cleaning makes of it (``CleanDocument``), with their parts.

Everything here is a frozen dataclass of plain values, so stages stay pure and
results can cross process boundaries (Dask workers) unchanged.

Offsets: a ``Citation`` or ``DateMention`` carries ``start``/``end`` relative to
the text of the paragraph it sits in (``para_no`` indexes the document's final
paragraphs).  ``transform.document`` turns them into ``char_start``/``char_end``
in ``body_text`` when it assembles the document.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# Paragraph kinds allowed by the warehouse contract.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
QUOTE = "quote"
BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, QUOTE)

# Source formats a RawDocument (and documents.format) may have.
HTML = "html"
PDF = "pdf"
TXT = "txt"
FORMATS = (HTML, PDF, TXT)

# Citation kinds (citations.kind): a note marker, "(Amin, 2016)", "[12]".
FOOTNOTE = "footnote"
AUTHOR_YEAR = "author_year"
NUMERIC = "numeric"
CITATION_KINDS = (FOOTNOTE, AUTHOR_YEAR, NUMERIC)

# The precisions and qualifiers of a calendar date or time of day (date_mentions); the
# expressions with no calendar span (time_expressions) have others: duration, set, vague ...
DATE_PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "range", "time")
DATE_QUALIFIERS = ("early", "mid", "late", "approximate")


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of text in reading order."""

    text: str
    kind: str = PARAGRAPH
    page: int | None = None  # 1-based PDF page where the block starts


@dataclass(frozen=True)
class PrintedLine:
    """One line of a PDF page as printed: its text, where it stands and how big it is set.

    ``x``/``y`` are the start of its baseline in PDF points (y grows up the page);
    ``size`` is the font size most of its letters have; ``marks`` are the spans of
    ``text`` that were set raised and smaller (superscripts: affiliation or note marks).
    """

    text: str
    page: int
    x: float
    y: float
    size: float
    bold: bool = False
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Artefact:
    """Something removed from a document, kept for the audit table."""

    kind: str  # download_banner, byline, view_counter, running_header, ...
    rule: str  # name of the rule that removed it
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Comment:
    """A reader comment of a web page: kept out of ``body_text``, stored on its own."""

    comment_no: int  # 0-based, in page order
    text: str
    author: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class Citation:
    """An in-text citation (or the spot where a footnote marker was removed)."""

    para_no: int
    kind: str  # footnote | author_year | numeric
    raw: str  # exact source text; for a footnote marker, its digits
    start: int  # offsets into the paragraph's (cleaned) text
    end: int
    marker: int | None = None
    authors: tuple[str, ...] = ()
    year: int | None = None
    year_suffix: str | None = None  # "a" in 2015a
    pages: str | None = None
    cite_key: str | None = None
    ref_no: int | None = None
    group: int | None = None  # citations sharing one bracket share a group number


@dataclass(frozen=True)
class BibEntry:
    """One entry of a reference list or notes section."""

    ref_no: int
    raw: str
    authors: tuple[str, ...] = ()
    year: int | None = None
    title: str | None = None
    cite_key: str | None = None
    venue: str | None = None  # the journal, book or site the work appeared in
    doi: str | None = None  # "10.1111/pce.12420"


@dataclass(frozen=True)
class DateMention:
    """A date or time expression found in a paragraph: EDTF where it has a calendar span,
    and its TIMEX3 type and value always."""

    para_no: int
    raw: str
    start: int  # offsets into the paragraph text
    end: int
    edtf: str | None  # None for a time of day, a duration, a set or a vague reference
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str  # day week month season quarter half year decade century range time duration set vague
    qualifier: str | None = None  # early mid late approximate
    inferred_year: bool = False
    timex_type: str = "DATE"  # TIMEX3 type: DATE TIME DURATION SET
    timex_value: str | None = None  # TIMEX3 value: 1998-01-08, 1998-W02, 1989-Q3, P5Y, PRESENT_REF, REF-P1Y …
    resolved: bool = False  # read from the document's reference date ("yesterday", "last week")
    rule: str | None = None  # the relative pattern that found it (None for a calendar date)

    @property
    def calendar(self) -> bool:
        """A calendar date (it has EDTF) or a time of day: what ``date_mentions`` holds.
        Durations, sets, vague references and unresolved relative dates are not."""
        return self.edtf is not None or self.precision == "time"


@dataclass(frozen=True)
class Paragraph:
    """A final paragraph of ``body_text`` with its place in it."""

    para_no: int
    kind: str
    section: str | None
    page: int | None
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class CleanDocument:
    """What transform produces for one source document."""

    title: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    body_text: str
    word_count: int
    paragraphs: tuple[Paragraph, ...]
    artefacts: tuple[Artefact, ...] = ()
    citations: tuple[Citation, ...] = ()  # offsets here are into body_text
    bibliography: tuple[BibEntry, ...] = ()
    dates: tuple[DateMention, ...] = ()  # offsets here are into body_text
    fingerprints: tuple[tuple[str, str], ...] = ()  # (line key, example) of learnable lines, for templates
    warnings: tuple[str, ...] = field(default=())
    published_precision: str | None = None  # day | month | season | year: how much of `published` was printed
    reference_date: dt.date | None = None  # the day relative dates are resolved against (None: none known)
    reference_source: str | None = None  # where it came from: metadata | first_page | dateline
    comments: tuple[Comment, ...] = ()  # reader comments (web pages), not part of body_text


@dataclass(frozen=True)
class RawDocument:
    """A source file read into text.

    format  ``html``, ``pdf`` or ``txt``.
    blocks  html: structured blocks from the main content (kinds set);
            pdf:  one block per page, ``kind="page"``, raw page text with line breaks;
            txt:  one block holding the decoded text.
    first_page  pdf only: the first page's printed lines (font size, position), from
            which a paper's title and author lines are read.
    """

    source_path: str
    format: str
    blocks: tuple[Block, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | None = None
    removed: tuple[Artefact, ...] = ()  # boilerplate the extractor dropped (nav, footer, ...)
    encoding: str | None = None
    site: str | None = None  # where the document came from (web host or site name), when known
    warnings: tuple[str, ...] = field(default=())
    first_page: tuple[PrintedLine, ...] = ()  # pdf: the first page's lines with size and position
    comments: tuple[Comment, ...] = ()  # html: reader comments, kept out of the blocks
