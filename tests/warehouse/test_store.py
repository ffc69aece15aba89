"""Warehouse writes: bulk load, replace-on-change, duplicates, deletions, rollback."""
import datetime as dt

import duckdb
import pytest

from extract.files import FileInfo
from transform.model import Artefact, CleanDocument, Paragraph
from warehouse.frames import Failure, StagedDoc
from warehouse.manifest import plan_run
from warehouse.staging import stage_documents
from warehouse.store import (
    known_doc_ids,
    load_run,
    quarantine_frame,
    quarantine_rows,
    read_manifest,
    source_file_rows,
    table_counts,
)
from tests.store_runs import T, load, summary


def doc(text):
    return CleanDocument(
        title="T", authors=("Jane Doe",), published=None, body_text=text, word_count=len(text.split()),
        paragraphs=(Paragraph(0, "paragraph", None, None, text, 0, len(text)),),
        artefacts=(Artefact("footer", "copyright_footer", "© 2020"),),
    )


def info(path, sha):
    return FileInfo(path, sha, 100, T)


def run(con, files, contents, run_id, fail=()):
    """One run: files = {path: sha}, contents = {sha: text}; fail = shas that fail extraction."""
    infos = [info(p, s) for p, s in files.items()]
    manifest = read_manifest(con)
    plan = plan_run(infos, manifest, known_doc_ids(con), T)
    staged = [StagedDoc(f, "txt", "utf-8", doc(contents[f.sha256])) for f in plan.process if f.sha256 not in fail]
    failures = [Failure(f, "extract", "empty", "x is empty") for f in plan.process if f.sha256 in fail]
    load(con, plan, staged, failures, run_id, manifest, con.stage_dir)
    return plan


def counts(con):
    c = table_counts(con)
    c.pop("runs")
    return c


def test_running_twice_changes_nothing(con):
    files = {"a.txt": "A" * 64, "b.txt": "B" * 64}
    contents = {"A" * 64: "alpha text", "B" * 64: "beta text"}
    run(con, files, contents, "r1")
    first = counts(con)
    plan = run(con, files, contents, "r2")
    assert not plan.process and len(plan.unchanged) == 2
    assert counts(con) == first
    assert first["documents"] == 2 and first["paragraphs"] == 2 and first["artefacts"] == 2


def test_changed_file_replaces_its_rows(con):
    run(con, {"a.txt": "A" * 64}, {"A" * 64: "old text"}, "r1")
    run(con, {"a.txt": "C" * 64}, {"C" * 64: "new text here"}, "r2")
    assert con.execute("SELECT doc_id, body_text FROM documents").fetchall() == [("C" * 64, "new text here")]
    assert con.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 1
    assert con.execute("SELECT sha256, status FROM source_files").fetchall() == [("C" * 64, "loaded")]


def test_same_bytes_twice_is_one_document(con):
    run(con, {"a.txt": "A" * 64, "z/copy.txt": "A" * 64}, {"A" * 64: "alpha"}, "r1")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert dict(con.execute("SELECT source_path, status FROM source_files").fetchall()) == {
        "a.txt": "loaded", "z/copy.txt": "duplicate"}


def test_deleted_file_is_marked_and_its_document_goes(con):
    run(con, {"a.txt": "A" * 64, "b.txt": "B" * 64}, {"A" * 64: "alpha", "B" * 64: "beta"}, "r1")
    run(con, {"b.txt": "B" * 64}, {}, "r2")
    assert dict(con.execute("SELECT source_path, status FROM source_files").fetchall()) == {
        "a.txt": "deleted", "b.txt": "loaded"}
    assert con.execute("SELECT source_path FROM documents").fetchall() == [("b.txt",)]


def test_when_the_original_goes_its_duplicate_takes_over(con):
    run(con, {"a.txt": "A" * 64, "copy.txt": "A" * 64}, {"A" * 64: "alpha"}, "r1")
    run(con, {"copy.txt": "A" * 64}, {}, "r2")
    assert con.execute("SELECT source_path FROM documents").fetchall() == [("copy.txt",)]
    assert dict(con.execute("SELECT source_path, status FROM source_files").fetchall())["copy.txt"] == "loaded"


def test_quarantined_file_is_recorded_and_resolved_when_fixed(con):
    run(con, {"bad.txt": "E" * 64}, {}, "r1", fail={"E" * 64})
    assert con.execute("SELECT status, doc_id FROM source_files").fetchall() == [("quarantined", None)]
    assert con.execute("SELECT reason, resolved FROM quarantine").fetchall() == [("empty", False)]
    run(con, {"bad.txt": "F" * 64}, {"F" * 64: "fixed text"}, "r2")
    assert con.execute("SELECT status FROM source_files").fetchall() == [("loaded",)]
    assert con.execute("SELECT resolved FROM quarantine").fetchall() == [(True,)]


def test_a_failed_load_leaves_the_database_as_it_was(con):
    run(con, {"a.txt": "A" * 64}, {"A" * 64: "alpha"}, "r1")
    before = counts(con)
    infos = [info("b.txt", "B" * 64)]
    plan = plan_run(infos, read_manifest(con), known_doc_ids(con), T)
    staged = [StagedDoc(infos[0], "txt", None, doc("beta"))]
    files, load_docs = stage_documents(con.stage_dir / "r2", staged)
    broken = quarantine_frame(plan, [Failure(infos[0], "extract", "empty", None)], "r2", T)  # NOT NULL detail
    with pytest.raises(duckdb.Error):  # fails after the documents were inserted, inside the transaction
        load_run(con, plan=plan, stage_files=files, load_docs=load_docs,
                 source_files=source_file_rows(plan, [s.info for s in staged], [], T, read_manifest(con)),
                 quarantine=broken, resolved_paths=[], validation_rows=[], summary=summary("r2"), now=T)
    assert counts(con) == before


def test_quarantine_rows_lists_the_latest_unresolved_row_per_file(con):
    run(con, {"bad.txt": "E" * 64, "worse.txt": "W" * 64}, {}, "r1", fail={"E" * 64, "W" * 64})
    run(con, {"bad.txt": "F" * 64, "worse.txt": "V" * 64}, {"F" * 64: "fixed text"}, "r2", fail={"V" * 64})
    assert [(r["source_path"], r["run_id"]) for r in quarantine_rows(con)] == [("worse.txt", "r2")]
    every = {(r["source_path"], r["run_id"], r["resolved"]) for r in quarantine_rows(con, include_resolved=True)}
    assert every == {("bad.txt", "r1", True), ("worse.txt", "r1", False), ("worse.txt", "r2", False)}


def test_load_records_its_own_duration(con):
    run(con, {"a.txt": "A" * 64}, {"A" * 64: "alpha"}, "r1")
    (seconds,) = con.execute("SELECT load_seconds FROM runs WHERE run_id = 'r1'").fetchone()
    assert seconds is not None and seconds >= 0


def test_calendar_mentions_and_time_expressions_land_in_their_tables(con):
    """A resolved relative date is a date_mentions row with its span; a duration is a
    time_expressions row without one; the document keeps its reference date."""
    from dataclasses import replace

    from transform.dates import tag_dates

    text = "The ferry stopped last week after five years of service."
    ref = dt.date(1998, 1, 8)
    dated = replace(doc(text), dates=tuple(tag_dates([text], reference=ref)), reference_date=ref,
                    reference_source="dateline")
    infos = [info("a.txt", "s1")]
    plan = plan_run(infos, read_manifest(con), known_doc_ids(con), T)
    staged = [StagedDoc(infos[0], "txt", "utf-8", dated)]
    load(con, plan, staged, [], "r1", read_manifest(con), con.stage_dir)
    assert con.sql("SELECT raw, edtf, date_start, timex_type, timex_value, resolved FROM date_mentions").fetchall() == [
        ("last week", "1997-12-29/1998-01-04", dt.date(1997, 12, 29), "DATE", "1998-W01", True)]
    assert con.sql("SELECT raw, precision, timex_type, timex_value, rule FROM time_expressions").fetchall() == [
        ("five years", "duration", "DURATION", "P5Y", "duration")]
    assert con.sql("SELECT reference_date, reference_source FROM documents").fetchall() == [(ref, "dateline")]
