"""The analyst views of warehouse/views.sql, on a warehouse written by hand."""
import datetime as dt

import duckdb
import pytest

pytestmark = pytest.mark.usefixtures("small_warehouse")


def test_timeline_lists_the_1971_events_with_their_paragraphs(con):
    rows = con.execute(
        "SELECT raw, title, paragraph FROM timeline "
        "WHERE date_start <= DATE '1971-12-31' AND date_end >= DATE '1971-01-01'"
    ).fetchall()
    raws = [r[0] for r in rows]
    assert sorted(raws) == sorted(["1971", "5 December 1971", "1971"])
    assert all(r[2] and "1971" in r[2] for r in rows)  # each with the paragraph it sits in


def test_timeline_is_in_time_order(con):
    starts = [r[0] for r in con.execute("SELECT date_start FROM timeline").fetchall()]
    assert starts == sorted(starts) and starts[0] == dt.date(1800, 1, 1)


def test_citation_counts_credit_every_author_and_say_by_whom(con):
    rows = {r[0]: r for r in con.execute(
        "SELECT cited_author, citations, documents_citing, as_first_author, works, citing_titles FROM citation_counts"
    ).fetchall()}
    assert rows["Khan"][1:5] == (2, 2, 2, ["khan2013", "khan2015"])
    assert rows["Khan"][5] == ["A River Treaty of 1971", "The Harbour Board, 1955-1975"]
    assert rows["Lee"][1:4] == (1, 1, 0)            # second author of (Khan and Lee, 2013)
    assert rows["Okafor"][1:5] == (1, 1, 1, ["okafor2001"])  # a footnote, through its reference entry
    first = con.execute("SELECT cited_author FROM citation_counts LIMIT 1").fetchone()[0]
    assert first == "Khan"


def test_document_overview_lists_every_file_of_a_document(con):
    rows = {r[0]: r for r in con.execute(
        "SELECT doc_id, paragraphs, citations, dates, artefacts_removed, files FROM document_overview").fetchall()}
    assert rows["d2"] == ("d2", 1, 2, 2, 1, ["copies/treaty.txt", "lakes/treaty.txt"])
    cols = [d[0] for d in con.execute("SELECT * FROM document_overview LIMIT 0").description]
    assert "quarantined" not in cols


def test_document_warnings_list_the_current_versions_warnings(con):
    rows = con.execute("SELECT source_path, title, table_name, expectation, detail, failing_rows "
                       "FROM document_warnings").fetchall()
    assert [r[:4] for r in rows] == [
        ("lakes/harbour.html", "The Harbour Board, 1955-1975", "documents", "documents.body_text_has_no_known_cruft"),
        ("lakes/harbour.html", "The Harbour Board, 1955-1975", "documents", "documents.title_is_a_real_title"),
        ("misc/untitled.txt", None, "date_mentions", "date_mentions.date_end_year_plausible"),
    ]  # d2's warning belongs to a version an earlier run loaded
    assert rows[0][4].startswith("body_text still contains 'All rights reserved'") and rows[2][5] == 2
    overview = dict(con.execute("SELECT doc_id, warnings FROM document_overview").fetchall())
    assert overview == {"d1": 2, "d2": 0, "d3": 1}


def test_old_validation_results_get_the_new_columns():
    import duckdb

    from warehouse.schema import apply_schema

    old = duckdb.connect()
    old.execute("CREATE TABLE validation_results (run_id VARCHAR NOT NULL, table_name VARCHAR NOT NULL, "
                "expectation VARCHAR NOT NULL, success BOOLEAN NOT NULL, unexpected_count INTEGER, details JSON)")
    old.execute("INSERT INTO validation_results VALUES ('r0', 'documents', 'documents.x', TRUE, 0, '{}')")
    apply_schema(old)
    assert old.execute("SELECT severity, doc_id FROM validation_results").fetchall() == [(None, None)]
    assert old.execute("SELECT count(*) FROM document_warnings").fetchone() == (0,)


def test_quarantined_files_show_the_latest_reason_per_file(con):
    rows = con.execute("SELECT source_path, reason, attempts FROM quarantined_files ORDER BY source_path").fetchall()
    assert rows == [("bad/empty.txt", "empty", 1), ("bad/scan.pdf", "no_text_layer", 2)]  # resolved ones gone


def test_cleaning_audit_counts_per_rule(con):
    rows = con.execute("SELECT kind, rule, removals, documents, example FROM cleaning_audit").fetchall()
    assert rows[0][:4] == ("footer", "copyright_footer", 2, 2)
    assert {r[1] for r in rows} == {"copyright_footer", "view_counter_visited", "author_name_line"}
