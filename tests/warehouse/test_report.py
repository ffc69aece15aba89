"""The numbers behind the HTML report (warehouse/report.py)."""
import duckdb
import pytest

from tests.small_warehouse import DATES
from warehouse.report import report_data

pytestmark = pytest.mark.usefixtures("small_warehouse")


def test_timeline_counts_every_mention_once_spreading_long_spans(con):
    data = report_data(con)
    tl = data.timeline
    assert tl["mentions"].sum() == pytest.approx(len(DATES))
    by_year = tl.groupby("year")["mentions"].sum()
    assert by_year[1971] == pytest.approx(3.0)
    assert by_year[1965] == pytest.approx(1.1)      # March 1965 + a tenth of "the late 1960s"
    assert by_year[1850] == pytest.approx(0.01)     # the 19th century, spread over 100 years
    assert data.timeline_spans == 2
    stacked = tl[tl["year"] == 1971].set_index("document")["mentions"].to_dict()
    assert stacked == {"A River Treaty of 1971": 1.0, "The Harbour Board, 1955-1975": 1.0, "misc/untitled.txt": 1.0}


def test_authors_cleaning_and_quarantine(con):
    data = report_data(con)
    assert data.top_authors.iloc[0].to_dict() == {"cited_author": "Khan", "citations": 2, "documents_citing": 2}
    assert data.cleaning.iloc[0]["rule"] == "copyright_footer"
    assert dict(zip(data.quarantine_reasons["reason"], data.quarantine_reasons["files"])) == {
        "empty": 1, "no_text_layer": 1}
    assert set(data.quarantined["source_path"]) == {"bad/scan.pdf", "bad/empty.txt"}
    assert data.totals["documents"] == 3 and data.totals["quarantined_files"] == 2
    assert data.last_run["run_id"] == "r2"


def test_warnings_of_the_current_versions_only(con):
    data = report_data(con)
    assert data.totals["warnings"] == 3 and data.totals["warned_documents"] == 2
    rows = {r.expectation: (r.documents, r.failing_rows) for r in data.warnings.itertuples()}
    assert rows == {"documents.body_text_has_no_known_cruft": (1, 1), "documents.title_is_a_real_title": (1, 1),
                    "date_mentions.date_end_year_plausible": (1, 2)}
    assert list(data.warned_documents["source_path"]) == ["lakes/harbour.html"] * 2 + ["misc/untitled.txt"]


def test_an_empty_warehouse_gives_empty_frames(con):
    empty = duckdb.connect()
    from warehouse.schema import apply_schema

    apply_schema(empty)
    data = report_data(empty)
    assert data.timeline.empty and data.top_authors.empty and data.cleaning.empty and data.quarantined.empty
    assert data.warnings.empty and data.warned_documents.empty and data.totals["warnings"] == 0
    assert data.last_run is None and data.totals["documents"] == 0
