"""The numbers behind ``cruftless report``: plain queries over the tables and views.

Every function receives an open connection (read-only is enough) and returns
plain Python / pandas values; drawing and HTML live in flows/report_page.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

# Date mentions per year and document.  A mention that covers several years (a decade,
# a century, "1929-1932") is spread over them, 1/n to each of its n years, so every
# mention weighs 1 and "the 1870s" does not pile up on 1870.  An open range
# ("1990 to date") counts in its first year.
TIMELINE_SQL = """
SELECT y.year, coalesce(d.title, d.source_path) AS document,
       sum(1.0 / (year(coalesce(m.date_end, m.date_start)) - year(m.date_start) + 1)) AS mentions
FROM date_mentions m
JOIN documents d USING (doc_id),
     range(year(m.date_start), year(coalesce(m.date_end, m.date_start)) + 1) AS y(year)
WHERE m.date_start IS NOT NULL
GROUP BY ALL
ORDER BY y.year, document
"""

TIMELINE_SPANS_SQL = """
SELECT count(*) FROM date_mentions
WHERE date_start IS NOT NULL AND year(coalesce(date_end, date_start)) <> year(date_start)
"""

TOTALS_SQL = """
SELECT (SELECT count(*) FROM documents) AS documents,
       (SELECT coalesce(sum(word_count), 0) FROM documents) AS words,
       (SELECT count(*) FROM paragraphs) AS paragraphs,
       (SELECT count(*) FROM date_mentions) AS date_mentions,
       (SELECT count(*) FROM citations) AS citations,
       (SELECT count(*) FROM artefacts) AS removals,
       (SELECT count(*) FROM quarantined_files) AS quarantined_files,
       (SELECT count(*) FROM document_warnings) AS warnings,
       (SELECT count(DISTINCT doc_id) FROM document_warnings) AS warned_documents
"""

# Warnings of the loaded documents, per expectation (worst first), with an example.
WARNINGS_SQL = """
SELECT expectation, count(DISTINCT doc_id) AS documents, sum(failing_rows) AS failing_rows,
       arg_min(detail, source_path) AS example
FROM document_warnings
GROUP BY expectation
ORDER BY documents DESC, expectation
"""

WARNED_DOCUMENTS_SQL = """
SELECT source_path, title, expectation, detail
FROM document_warnings
ORDER BY source_path, expectation
LIMIT ?
"""


@dataclass(frozen=True)
class ReportData:
    generated_at: dt.datetime
    totals: dict[str, int]
    last_run: dict | None
    timeline: pd.DataFrame           # year, document, mentions (fractional: spread over years)
    timeline_spans: int              # mentions that cover more than one year
    top_authors: pd.DataFrame        # cited_author, citations, documents_citing
    cleaning: pd.DataFrame           # kind, rule, removals, documents
    quarantine_reasons: pd.DataFrame  # reason, files
    quarantined: pd.DataFrame        # source_path, stage, reason, detail, last_at
    warnings: pd.DataFrame           # expectation, documents, failing_rows, example
    warned_documents: pd.DataFrame   # source_path, title, expectation, detail (the first ones)


def totals(con) -> dict[str, int]:
    cur = con.execute(TOTALS_SQL)
    return dict(zip([d[0] for d in cur.description], cur.fetchone()))


def last_run(con) -> dict | None:
    cur = con.execute(
        "SELECT run_id, started_at, status, files_seen, docs_loaded, docs_quarantined "
        "FROM runs ORDER BY started_at DESC LIMIT 1"
    )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def timeline(con) -> tuple[pd.DataFrame, int]:
    return con.execute(TIMELINE_SQL).df(), con.execute(TIMELINE_SPANS_SQL).fetchone()[0]


def top_authors(con, limit: int = 15) -> pd.DataFrame:
    return con.execute(
        "SELECT cited_author, citations, documents_citing FROM citation_counts LIMIT ?", [limit]
    ).df()


def cleaning(con, limit: int = 20) -> pd.DataFrame:
    return con.execute("SELECT kind, rule, removals, documents FROM cleaning_audit LIMIT ?", [limit]).df()


def quarantine_reasons(con) -> pd.DataFrame:
    return con.execute(
        "SELECT reason, count(*) AS files FROM quarantined_files GROUP BY reason ORDER BY files DESC, reason"
    ).df()


def quarantined(con) -> pd.DataFrame:
    return con.execute("SELECT source_path, stage, reason, detail, last_at FROM quarantined_files").df()


def warnings(con) -> pd.DataFrame:
    return con.execute(WARNINGS_SQL).df()


def warned_documents(con, limit: int = 200) -> pd.DataFrame:
    return con.execute(WARNED_DOCUMENTS_SQL, [limit]).df()


def warning_totals(con) -> tuple[int, int]:
    """(warnings, documents with a warning) over the loaded documents."""
    return con.execute("SELECT count(*), count(DISTINCT doc_id) FROM document_warnings").fetchone()


def report_data(con, now: dt.datetime | None = None) -> ReportData:
    tl, spans = timeline(con)
    return ReportData(
        generated_at=now or dt.datetime.now(),
        totals=totals(con),
        last_run=last_run(con),
        timeline=tl,
        timeline_spans=spans,
        top_authors=top_authors(con),
        cleaning=cleaning(con),
        quarantine_reasons=quarantine_reasons(con),
        quarantined=quarantined(con),
        warnings=warnings(con),
        warned_documents=warned_documents(con),
    )
