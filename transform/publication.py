"""When a document was published: the one place that decides it.

Every reading tries its sources most trusted first and takes the first that gives a date.

* **a web page** (``page_published``): the strings ``extract.html_meta`` collects from the
  parsed page, source by source in the order of ``PAGE_SOURCES`` (JSON-LD, meta tags,
  microdata, ``<time>``, the page's own URL, the bylines, date-classed elements); each is a
  date stamp (``parse_date``) but the URLs, which may carry a day in their path (``url_date``);
* **a paper's first page** (``paper_date``): its "Published" or "Available online" day, else
  the year of its issue, copyright or acceptance;
* **a document** (``publication``): the page's metadata (or a mail's Date header), a paper's
  first page, a dateline, byline or article history, an imprint's year, a header label's
  month or season, the journal issue's year; with the year yearless dates are read in and
  the day relative dates resolve against.

    parse_date("Monday, November 18th, 2019")                → 2019-11-18
    page_published({"meta": ["2021-05-17T09:30:00+01:00"]})  → 2021-05-17
    publication(None, ["Published online 28 June 2019"])      → 2019-06-28 (day), reference
                                                                2019-06-28 from the dateline

Pure: strings in, dates out.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from transform.dates import tag_dates
from transform.model import Artefact
from transform.patterns import frontmatter as F
from transform.patterns import publication as P
from transform.patterns.months import STAMP_MONTHS

JOURNAL_LINE_KINDS = ("running_header", "journal_meta", "navigation")


# ---------------------------------------------------------------- date stamps
def stamp_day(y: int, m: int, d: int) -> dt.date | None:
    """The day, if it is one and could be a publication day (1900 to a year from now)."""
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    if day.year < 1900 or day > dt.date.today() + dt.timedelta(days=366):
        return None
    return day


def parse_date(text: str | None) -> dt.date | None:
    """A calendar date from an ISO stamp or a written-out date; None if unsure.

    ``"Published March 2, 2019 at 10:00"`` → 2019-03-02, ``"17.05.2021"`` → 2021-05-17,
    ``"2019-13-45"`` → None.
    """
    if not text:
        return None
    text = text.strip()[:120]
    m = P.ISO_STAMP.search(text)
    if m and m.group(3):
        return stamp_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m2 = P.MDY_STAMP.search(text)
    if m2:
        return stamp_day(int(m2.group(3)), STAMP_MONTHS[m2.group(1).lower()], int(m2.group(2)))
    m2 = P.DMY_STAMP.search(text)
    if m2:
        return stamp_day(int(m2.group(3)), STAMP_MONTHS[m2.group(2).lower()], int(m2.group(1)))
    m2 = P.NUMERIC_DMY_STAMP.search(text)
    if m2:
        a, b, y = int(m2.group(1)), int(m2.group(2)), int(m2.group(3))
        return stamp_day(y, b, a) or stamp_day(y, a, b)  # day first unless impossible (11/18/2019)
    m2 = P.COMPACT_STAMP.search(text)
    if m2:
        return stamp_day(int(m2.group(1)), int(m2.group(2)), int(m2.group(3)))
    return None


def url_date(url: str | None) -> dt.date | None:
    """The day a URL's path carries: ``https://x.example/2019/11/18/weir`` → 2019-11-18."""
    m = P.URL_DAY.search(url or "")
    return stamp_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# ---------------------------------------------------------------- a web page
#: a page's date sources, most trusted first
PAGE_SOURCES = ("jsonld", "meta", "microdata", "time", "url", "byline", "date_element")
_READERS = {"url": url_date}


def page_published(sources: Mapping[str, Iterable[str | None]]) -> dt.date | None:
    """The first date a page's sources give, most trusted first (``PAGE_SOURCES``).

    ``{"jsonld": [None], "meta": ["2021-05-17T09:30:00+01:00"], "url": ["/2019/11/18/x"]}``
    → 2021-05-17.  A source is read only as far as needed: pass generators.
    """
    for name in PAGE_SOURCES:
        read = _READERS.get(name, parse_date)
        for text in sources.get(name, ()):
            day = read(text)
            if day:
                return day
    return None


# ---------------------------------------------------------------- a paper's first page
_DATE_RANK = {"published": 0, "online": 1, "issue": 2, "copyright": 3, "accepted": 4}


def paper_date(lines: Sequence[str]) -> tuple[dt.date, str] | None:
    """When a paper came out, from its first page: (date, precision).

    In order: the day it was published ("Published: 26 November 2018", "Available online
    3 May 2017"); else the year of the journal issue its running head or citation line
    names ("Canal Rev (2018) 8:354", "Canal Rev 2018; 21:347–358", "Volume 2018, Article
    ID 77"), its copyright year ("© 2018 Ruiz et al.") or the year it was accepted (a paper
    accepted in November may come out in January).
    ``["Received: 3 May 2019", "Accepted: 9 June 2019", "Published: 1 July 2019"]`` →
    ``(2019-07-01, "day")``.
    """
    found: list[tuple[int, dt.date, str]] = []
    for line in lines:
        text = F.GLUED_DATE.sub(" ", line)
        for m in F.PAPER_DATE_LABEL.finditer(text):
            kind = next(k for k, v in m.groupdict().items() if v)
            rest = text[m.end():m.end() + 40]
            rest = F.NEXT_DATE_LABEL.split(rest, maxsplit=1)[0]
            dates = [d for d in tag_dates([rest]) if d.date_start is not None and d.precision in ("day", "month", "year")]
            if not dates:
                continue
            first = dates[0]
            if kind in ("published", "online") and first.precision == "day":
                found.append((_DATE_RANK[kind], first.date_start, "day"))
            else:
                found.append((_DATE_RANK[kind] if kind not in ("published", "online") else _DATE_RANK["issue"],
                              dt.date(first.date_start.year, 1, 1), "year"))
        for m in F.ISSUE_YEAR.finditer(text):
            year = next(v for v in m.groups() if v)
            found.append((_DATE_RANK["issue"], dt.date(int(year), 1, 1), "year"))
    if not found:
        return None
    _, date, precision = min(found, key=lambda f: f[0])
    return date, precision


# ---------------------------------------------------------------- a document
@dataclass(frozen=True)
class Publication:
    published: dt.date | None
    precision: str | None  # day | month | season | year
    context_year: int | None  # the year yearless dates are read in
    reference: dt.date | None = None  # the day relative dates resolve against
    reference_source: str | None = None  # metadata | first_page | dateline


def dateline_day(texts: Sequence[str]) -> tuple[dt.date | None, dt.date | None]:
    """The publication day printed in a dateline, byline or article history, and a looser
    reading good enough for its year (a slashed day whose order is ambiguous); None when
    there is none.

    ``"Received 4 May 2019; accepted 1 June 2019; published online 28 June 2019"`` → 2019-06-28.
    Lines that say the document was published or put online come before the others
    ("Received 12 August 2015" is not when it was published).
    """
    day = loose = None
    for text in sorted(texts, key=lambda t: F.PUBLISHED_WORD.search(t) is None):
        # within one year: an open range ("2015-present") has no end and says no day
        mentions = [m for m in tag_dates([text])
                    if m.date_start and m.date_end and m.date_start.year == m.date_end.year]
        at = text.casefold().find("published")
        for any_day in (False, True):
            found = [m for m in mentions if any_day or m.precision == "day" and m.date_start == m.date_end]
            after = [m for m in found if at >= 0 and m.start > at]
            if found and (loose if any_day else day) is None:
                if any_day:
                    loose = (after or found)[0].date_start
                else:
                    day = (after or found)[0].date_start
        if day is not None:
            break
    return day, loose


def _reference(metadata: dt.date | None, dateline: dt.date | None,
               paper: tuple[dt.date, str] | None) -> tuple[dt.date | None, str | None]:
    """The document's own day and where it came from: the page's metadata (or a mail's
    Date header), else the day a paper's first page prints as its publication, else the day a
    dateline, byline or article history prints; (None, None) when none gives a day (an
    imprint's or a journal issue's year dates the printing, not the day the text speaks from)."""
    if metadata is not None:
        return metadata, "metadata"
    if paper is not None and paper[1] == "day":
        return paper[0], "first_page"
    return (dateline, "dateline") if dateline is not None else (None, None)


def publication(metadata: dt.date | None, datelines: Sequence[str], imprints: Sequence[str] = (),
                labels: Sequence[str] = (), artefacts: Sequence[Artefact] = (),
                paper: tuple[dt.date, str] | None = None) -> Publication:
    """Published, its precision, the year yearless dates are read in, and the reference day.

    ``metadata``: the page's or mail's own date; ``datelines``: dateline, byline and article
    history lines; ``imprints``: a title page's imprint lines; ``labels``: header lines
    around the title; ``artefacts``: what cleaning removed (running heads name the journal
    issue); ``paper``: what ``paper_date`` read on a paper's first page.

    In order: the page's metadata; a paper's first page (its published day, else its
    issue, copyright or accepted year); a dateline's day; the imprint's year; a header
    label's month or season; the journal issue's year.  Only a document dated to the
    day speaks of its own time (see transform.dates): an imprint's or a journal issue's
    year says when it was printed, not what it is about.
    """
    day, loose = dateline_day(datelines)
    published, precision = metadata or day, "day"
    if paper is not None and metadata is None:  # a paper's first page: its publication day or year
        published, precision = paper  # (its "Received" dateline is not when it came out)
    if published is None and (year := _imprint_year(imprints)) is not None:
        published, precision = dt.date(year, 1, 1), "year"
    if published is None and (issue := _issue_date(labels)) is not None:
        published, precision = issue
    if published is None and (year := _journal_year(artefacts)) is not None:
        published, precision = dt.date(year, 1, 1), "year"
    dated = (published if precision == "day" else None) or loose
    reference, source = _reference(metadata, day, paper)
    return Publication(published, precision if published else None, dated.year if dated else None,
                       reference, source)


def _issue_date(labels: Sequence[str]) -> tuple[dt.date, str] | None:
    """The month or season a header label dates the issue with: ``"POLICY BRIEF No. 14 | MAY 2022"``
    → (2022-05-01, "month"), ``"NEWSLETTER No. 47 – Autumn 2004"`` → (2004-09-01, "season")."""
    for label in labels:
        for m in tag_dates([label]):
            if m.precision in ("month", "season") and m.date_start is not None:
                return m.date_start, m.precision
    return None


def _journal_year(artefacts: Sequence[Artefact]) -> int | None:
    """The year of the journal issue a paper's running head or masthead names:
    ``"Transport History Review, Vol. 7 (2021)"``, ``"J. Canal Stud. 12 (2016) 211–229"`` → the year."""
    for a in artefacts:
        if a.kind in JOURNAL_LINE_KINDS and (m := F.JOURNAL_ISSUE_YEAR.search(a.text)):
            return int(m.group("year"))
    return None


def _imprint_year(lines: Sequence[str]) -> int | None:
    """``["NORTHWICH:", "1907."]`` → 1907: the year a title page prints alone."""
    for line in lines:
        m = F.IMPRINT_YEAR.match(line.strip())
        if m:
            return int(m.group("year"))
    return None
