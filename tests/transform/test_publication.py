"""Tests of transform.publication: date stamps, a page's date sources, a paper's first
page, and the date a document is given."""
from __future__ import annotations

import datetime as dt

import pytest

from transform.model import Artefact
from transform.publication import page_published, paper_date, parse_date, publication, url_date


@pytest.mark.parametrize("raw, expect", [
    ("2021-05-17T09:30:00+01:00", dt.date(2021, 5, 17)),
    ("20190302", dt.date(2019, 3, 2)),
    ("Published March 2, 2019 at 10:00", dt.date(2019, 3, 2)),
    ("2 March 2019", dt.date(2019, 3, 2)),
    ("Monday, November 18th, 2019", dt.date(2019, 11, 18)),
    ("22 de outubro de 2010", dt.date(2010, 10, 22)),
    ("17.05.2021", dt.date(2021, 5, 17)),
    ("not a date", None),
    ("2019-13-45", None),
])
def test_parse_date(raw, expect):
    assert parse_date(raw) == expect


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["Received: 3 May 2019", "Accepted: 9 June 2019", "Published: 1 July 2019"], (dt.date(2019, 7, 1), "day")),
        (["Received 2 March 2016; Revised 9 April 2016; Accepted 14 April 2016"], (dt.date(2016, 1, 1), "year")),
        (["Received12March2015;Accepted20May2015"], (dt.date(2015, 1, 1), "year")),  # spaces lost
        (["© 2018 Ruiz et al. This is an open access article"], (dt.date(2018, 1, 1), "year")),
        (["Canal Rev (2011) 8:354"], (dt.date(2011, 1, 1), "year")),
        (["Accepted: 2 November 2010", "Canal Rev (2011) 8:354"], (dt.date(2011, 1, 1), "year")),
        (["Ruiz A. Tolls. Canal Rev 2014; 21:347-358."], (dt.date(2014, 1, 1), "year")),
        (["Available online 3 May 2017", "© 2016 The Authors"], (dt.date(2017, 5, 3), "day")),
        (["The canal opened in 1869."], None),
    ],
)
def test_paper_date(lines, expected):
    assert paper_date(lines) == expected



@pytest.mark.parametrize("url, expect", [
    ("https://x.example/2019/11/18/weir-reopens", dt.date(2019, 11, 18)),
    ("https://x.example/news/2019-3-2-tolls.html", dt.date(2019, 3, 2)),
    ("https://x.example/2019/13/40/x", None),
    ("https://x.example/about", None),
    (None, None),
])
def test_url_date(url, expect):
    assert url_date(url) == expect


@pytest.mark.parametrize("sources, expect", [
    # the most trusted source that gives a day wins
    ({"jsonld": ["2020-01-02"], "meta": ["2021-05-17T09:30:00+01:00"]}, dt.date(2020, 1, 2)),
    ({"jsonld": [None, "soon"], "meta": ["2021-05-17T09:30:00+01:00"]}, dt.date(2021, 5, 17)),
    # URLs are read for a day in their path, the other sources as stamps
    ({"url": ["https://x.example/2019/11/18/weir"], "byline": ["By Jane Roe, 2 March 2019"]}, dt.date(2019, 11, 18)),
    ({"url": ["2019-11-18"], "byline": ["By Jane Roe, 2 March 2019"]}, dt.date(2019, 3, 2)),
    ({"date_element": ["Posted 17.05.2021"], "time": ["May 1"]}, dt.date(2021, 5, 17)),
    ({}, None),
])
def test_page_published(sources, expect):
    assert page_published(sources) == expect


def test_page_published_reads_no_further_than_it_must():
    def never():
        raise AssertionError("read a source after a day was found")
        yield
    assert page_published({"meta": ["2021-05-17"], "date_element": never()}) == dt.date(2021, 5, 17)


_HEAD = Artefact("running_header", "running_head", "Transport History Review, Vol. 7 (2021)")


@pytest.mark.parametrize("args, expect", [
    # (published, precision, context year, reference, reference source)
    ((dt.date(2020, 3, 1), ["Published 4 May 2019"]), (dt.date(2020, 3, 1), "day", 2020, dt.date(2020, 3, 1), "metadata")),
    ((None, ["Received 4 May 2019; accepted 1 June 2019; published online 28 June 2019"]),
     (dt.date(2019, 6, 28), "day", 2019, dt.date(2019, 6, 28), "dateline")),
    ((None, [], ["NORTHWICH:", "1907."]), (dt.date(1907, 1, 1), "year", None, None, None)),
    ((None, [], [], ["POLICY BRIEF No. 14 | MAY 2022"]), (dt.date(2022, 5, 1), "month", None, None, None)),
    ((None, [], [], [], [_HEAD]), (dt.date(2021, 1, 1), "year", None, None, None)),
    ((None, ["Received 4 May 2019"], [], [], [], (dt.date(2019, 7, 1), "day")),
     (dt.date(2019, 7, 1), "day", 2019, dt.date(2019, 7, 1), "first_page")),
    ((None, ["Received 4 May 2019"], [], [], [], (dt.date(2019, 1, 1), "year")),
     (dt.date(2019, 1, 1), "year", 2019, dt.date(2019, 5, 4), "dateline")),
    ((None, []), (None, None, None, None, None)),
])
def test_publication(args, expect):
    pub = publication(*args)
    assert (pub.published, pub.precision, pub.context_year, pub.reference, pub.reference_source) == expect
