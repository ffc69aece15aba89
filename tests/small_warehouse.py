"""A small warehouse written by hand (no flow, no Prefect) for the report and view tests."""
from __future__ import annotations

import datetime as dt

from warehouse.schema import apply_schema

T = dt.datetime(2026, 3, 1, 12, 0)

DOCS = [  # doc_id, source_path, title
    ("d1", "lakes/harbour.html", "The Harbour Board, 1955-1975"),
    ("d2", "lakes/treaty.txt", "A River Treaty of 1971"),
    ("d3", "misc/untitled.txt", None),
]

PARAGRAPHS = [  # doc_id, para_no, section, text
    ("d1", 0, None, "The harbour board met in 1958, in 1962 and again in the late 1960s."),
    ("d1", 1, "Dredging", "Dredging began in March 1965 (Khan and Lee, 2013) and ended in 1971."),
    ("d2", 0, None, "The treaty was signed on 5 December 1971 after talks in 1970 (Khan, 2015)."),
    ("d3", 0, None, "A note written in 1971 about the 19th century trade."),
]

DATES = [  # doc_id, para_no, raw, edtf, start, end, precision
    ("d1", 0, "1958", "1958", "1958-01-01", "1958-12-31", "year"),
    ("d1", 0, "1962", "1962", "1962-01-01", "1962-12-31", "year"),
    ("d1", 0, "the late 1960s", "196X", "1960-01-01", "1969-12-31", "decade"),
    ("d1", 1, "March 1965", "1965-03", "1965-03-01", "1965-03-31", "month"),
    ("d1", 1, "1971", "1971", "1971-01-01", "1971-12-31", "year"),
    ("d2", 0, "5 December 1971", "1971-12-05", "1971-12-05", "1971-12-05", "day"),
    ("d2", 0, "1970", "1970", "1970-01-01", "1970-12-31", "year"),
    ("d3", 0, "1971", "1971", "1971-01-01", "1971-12-31", "year"),
    ("d3", 0, "the 19th century", "18", "1800-01-01", "1899-12-31", "century"),
]

CITATIONS = [  # doc_id, para_no, kind, raw, authors, year, cite_key, ref_no
    ("d1", 1, "author_year", "(Khan and Lee, 2013)", ["Khan", "Lee"], 2013, "khan2013", None),
    ("d2", 0, "author_year", "(Khan, 2015)", ["Khan"], 2015, "khan2015", None),
    ("d2", 0, "footnote", "1", [], None, None, 1),
]

BIBLIOGRAPHY = [("d2", 1, "Okafor, N. (2001) Rivers and Borders.", ["Okafor"], 2001, "okafor2001")]

ARTEFACTS = [  # doc_id, kind, rule, text
    ("d1", "footer", "copyright_footer", "© 2020 Harbour Press"),
    ("d1", "view_counter", "view_counter_visited", "(Visited 2,910 times)"),
    ("d2", "footer", "copyright_footer", "© 2019 River Press"),
    ("d3", "byline", "author_name_line", "By A. Writer"),
]

WARNINGS = [  # run_id, doc_id, table_name, expectation, detail, failing rows
    ("r2", "d1", "documents", "documents.body_text_has_no_known_cruft",
     "body_text still contains 'All rights reserved' (rights_notice, at character 12)", 1),
    ("r2", "d1", "documents", "documents.title_is_a_real_title", "title is 'Home', which is a section name", 1),
    ("r2", "d3", "date_mentions", "date_mentions.date_end_year_plausible", "date '1971' ends in the year 2190", 2),
    ("r1", "d2", "documents", "documents.title_is_a_real_title", "an earlier version's warning", 1),
]

QUARANTINE = [  # source_path, stage, reason, detail, run_id, at, resolved
    ("bad/scan.pdf", "extract", "corrupt_pdf", "bad/scan.pdf could not be read; re-download it.", "r1", T, False),
    ("bad/scan.pdf", "extract", "no_text_layer", "bad/scan.pdf has no text layer; run OCR on it.", "r2",
     T + dt.timedelta(days=1), False),
    ("bad/empty.txt", "extract", "empty", "bad/empty.txt is empty; re-save it or delete it.", "r2",
     T + dt.timedelta(days=1), False),
    ("old/fixed.txt", "extract", "undecodable", "old/fixed.txt could not be decoded.", "r1", T, True),
]


def build(con) -> None:
    """Fill an empty connection with the tables above (and a duplicate file of d2)."""
    apply_schema(con)
    for doc_id, path, title in DOCS:
        body = "\n\n".join(p[3] for p in PARAGRAPHS if p[0] == doc_id)
        con.execute(
            "INSERT INTO documents (doc_id, source_path, source_sha256, format, title, authors, body_text, "
            "word_count, ingested_at, run_id) VALUES (?, ?, ?, 'txt', ?, [], ?, ?, ?, 'r2')",
            [doc_id, path, doc_id, title, body, len(body.split()), T],
        )
        con.execute("INSERT INTO source_files (source_path, sha256, size_bytes, doc_id, status, first_seen, "
                    "last_seen) VALUES (?, ?, 100, ?, 'loaded', ?, ?)", [path, doc_id, doc_id, T, T])
    con.execute("INSERT INTO source_files (source_path, sha256, size_bytes, doc_id, status, first_seen, last_seen) "
                "VALUES ('copies/treaty.txt', 'd2', 100, 'd2', 'duplicate', ?, ?)", [T, T])
    offsets: dict[str, int] = {}
    for doc_id, para_no, section, text in PARAGRAPHS:
        start = offsets.get(doc_id, 0)
        con.execute("INSERT INTO paragraphs (doc_id, para_no, kind, section, text, char_start, char_end) "
                    "VALUES (?, ?, 'paragraph', ?, ?, ?, ?)", [doc_id, para_no, section, text, start, start + len(text)])
        offsets[doc_id] = start + len(text) + 2
    for doc_id, para_no, raw, edtf, start, end, precision in DATES:
        con.execute("INSERT INTO date_mentions (doc_id, para_no, raw, edtf, date_start, date_end, precision, "
                    "char_start, char_end) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1)",
                    [doc_id, para_no, raw, edtf, start, end, precision])
    for doc_id, para_no, kind, raw, authors, year, key, ref_no in CITATIONS:
        con.execute("INSERT INTO citations (doc_id, para_no, kind, raw, authors, year, cite_key, ref_no) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [doc_id, para_no, kind, raw, authors, year, key, ref_no])
    for row in BIBLIOGRAPHY:
        con.execute("INSERT INTO bibliography (doc_id, ref_no, raw, authors, year, cite_key) VALUES (?, ?, ?, ?, ?, ?)",
                    list(row))
    for row in ARTEFACTS:
        con.execute("INSERT INTO artefacts (doc_id, kind, rule, text) VALUES (?, ?, ?, ?)", list(row))
    for row in QUARANTINE:
        con.execute('INSERT INTO quarantine (source_path, stage, reason, detail, run_id, "at", resolved) '
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", list(row))
    for run_id, doc_id, table, expectation, detail, rows in WARNINGS:
        con.execute("INSERT INTO validation_results (run_id, table_name, expectation, success, unexpected_count, "
                    "details, severity, doc_id) VALUES (?, ?, ?, FALSE, ?, json_object('detail', ?), 'warning', ?)",
                    [run_id, table, expectation, rows, detail, doc_id])
    con.execute("INSERT INTO validation_results (run_id, table_name, expectation, success, unexpected_count, "
                "details, severity) VALUES ('r2', 'documents', 'documents.title_is_a_real_title', FALSE, 1, "
                "'{}', 'warning')")  # the batch-wide row of a warning names no document
    con.execute("INSERT INTO runs (run_id, started_at, finished_at, status, files_seen, docs_loaded, "
                "docs_quarantined) VALUES ('r2', ?, ?, 'completed', 6, 3, 2)", [T, T])
