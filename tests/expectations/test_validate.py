"""validate_batch on small hand-built frames (no Prefect, no database).

The first test in a session pays for importing Great Expectations (seconds).
"""
from __future__ import annotations

import datetime as dt
import json
import time

import pandas as pd
import pytest

from expectations import ExpectationResult, ValidationOutcome, check_manifest, validate_batch
from expectations.tables import TABLES
from tests.expectations.batches import (
    PARAGRAPHS,
    RUN_DATE,
    clean_frames,
    doc_id,
    frames_for,
    many_documents,
)

ALPHA, BETA = doc_id("alpha"), doc_id("beta")


def failures(outcome: ValidationOutcome) -> dict[str, ExpectationResult]:
    return {r.expectation: r for r in outcome.results if not r.success}


def clean_tables(*tables: str) -> dict[str, pd.DataFrame]:
    """Part of the clean batch: each suite run costs ~20 ms per expectation, so
    tests that break one table validate only the tables involved."""
    return {table: frame for table, frame in clean_frames().items() if table in tables}


@pytest.fixture(scope="module")
def clean_outcome() -> ValidationOutcome:
    return validate_batch(clean_frames(), run_date=RUN_DATE)


# --- a clean batch -----------------------------------------------------------

def test_clean_batch_passes_every_expectation(clean_outcome):
    assert failures(clean_outcome) == {}
    assert clean_outcome.failed_docs == {}
    assert clean_outcome.success
    assert clean_outcome.batch_failures == ()


def test_one_result_per_expectation_per_table(clean_outcome):
    from expectations import suites

    by_table: dict[str, list[str]] = {}
    for result in clean_outcome.results:
        assert result.expectation.startswith(result.table_name + ".")
        by_table.setdefault(result.table_name, []).append(result.expectation)
    assert list(by_table) == list(TABLES)
    for table, names in by_table.items():
        assert len(names) == len(set(names))
        assert names == [e.meta["name"] for e in suites.BUILDERS[table]().expectations]


def test_results_are_json_ready(clean_outcome):
    for result in clean_outcome.results:
        json.dumps(result.details)
        assert isinstance(result.unexpected_count, int)
    assert "kwargs" in clean_outcome.results[0].details


def test_expected_checks_exist(clean_outcome):
    names = {r.expectation for r in clean_outcome.results}
    assert {
        "documents.doc_id_unique",
        "documents.body_text_has_no_known_cruft",
        "documents.body_text_has_no_glued_footnote_digits",
        "paragraphs.span_matches_text",
        "citations.ref_no_in_bibliography",
        "date_mentions.edtf_is_valid",
        "source_files.source_path_unique",
    } <= names


def test_nullable_and_datetime_dtypes_pass():
    """Frames typed like DuckDB's .df() output (Int64, string, datetime64) validate the same."""
    frames = {}
    for table, frame in clean_frames().items():
        for column in ("para_no", "char_start", "char_end", "marker", "year", "ref_no", "page"):
            if column in frame:
                frame[column] = frame[column].astype("Int64")
        for column in ("date_start", "date_end"):
            if column in frame:
                frame[column] = pd.to_datetime(frame[column])
        frames[table] = frame.convert_dtypes()
    outcome = validate_batch(frames, run_date=RUN_DATE)
    assert failures(outcome) == {}


# --- failures name the expectation and the document -------------------------

def test_surviving_banner_warns_on_its_document_only():
    frames = clean_tables("documents", "paragraphs")
    docs = frames["documents"]
    beta = docs["doc_id"] == BETA
    docs.loc[beta, "body_text"] = docs.loc[beta, "body_text"] + "\n\nDownload 75.83 Kb."

    outcome = validate_batch(frames, run_date=RUN_DATE)

    failed = failures(outcome)
    assert set(failed) == {"documents.body_text_has_no_known_cruft"}
    assert failed["documents.body_text_has_no_known_cruft"].unexpected_count == 1
    assert failed["documents.body_text_has_no_known_cruft"].severity == "warning"
    assert outcome.failed_docs == {}  # a warning never keeps a document out
    assert outcome.critical_success and not outcome.success
    (warning,) = outcome.doc_warnings[BETA]
    assert warning.expectation == "documents.body_text_has_no_known_cruft"
    assert "Download 75.83 Kb" in warning.detail and "download_banner" in warning.detail
    assert ALPHA not in outcome.doc_warnings


def test_glued_footnote_digits_warn():
    frames = frames_for({"alpha": [("paragraph", "Pakistan had an antiquated nuclear arsenal.1 It grew.")]})
    outcome = validate_batch({"documents": frames["documents"]}, run_date=RUN_DATE)
    assert outcome.failed_docs == {}
    (warning,) = outcome.doc_warnings[ALPHA]
    assert warning.expectation == "documents.body_text_has_no_glued_footnote_digits"
    assert "arsenal.1" in warning.detail


PROSE_ABOUT_CRUFT = (
    "The archive notes that all rights reserved by the estate were later waived, and that anyone may "
    "download a 5 MB file of the scanned ledgers; the cataloguers add that this site uses cookies only "
    "to remember which ledger a reader opened last, which the volunteers thought worth saying twice."
)


@pytest.mark.parametrize(
    ("paragraph", "warned"),
    [
        (PROSE_ABOUT_CRUFT, False),  # 40+ words of prose that mention cruft phrases
        ("Download 75.83 Kb.", True),
        ("© 1998 The Canal Society. All rights reserved.", True),
        ("This website uses cookies to improve your experience.", True),
        # mojibake is cruft even inside a long paragraph
        (PROSE_ABOUT_CRUFT.replace("ledgers;", "ledgersâ€™;"), True),
    ],
)
def test_cruft_is_looked_for_in_short_paragraphs(paragraph, warned):
    frames = frames_for({"alpha": [("paragraph", "The lock keeper kept a diary of every barge."),
                                   ("paragraph", paragraph)]})
    outcome = validate_batch({"documents": frames["documents"]}, run_date=RUN_DATE)
    names = [w.expectation for w in outcome.doc_warnings.get(ALPHA, ())]
    assert ("documents.body_text_has_no_known_cruft" in names) is warned


def test_each_expectation_is_critical_or_a_warning():
    from expectations import suites

    warnings = {
        e.meta["name"] for build in suites.BUILDERS.values() for e in build().expectations
        if e.severity.value == "warning"
    }
    severities = {e.severity.value for build in suites.BUILDERS.values() for e in build().expectations}
    assert severities == {"critical", "warning"}
    assert warnings == {
        "documents.body_text_has_no_known_cruft",
        "documents.body_text_has_no_glued_footnote_digits",
        "documents.title_is_a_real_title",
        "citations.year_plausible",
        "bibliography.year_plausible",
        "date_mentions.date_start_year_plausible",
        "date_mentions.date_end_year_plausible",
    }


def test_results_carry_their_severity(clean_outcome):
    by_name = {r.expectation: r.severity for r in clean_outcome.results}
    assert by_name["documents.doc_id_unique"] == "critical"
    assert by_name["documents.title_is_a_real_title"] == "warning"


def test_warnings_become_rows_per_document_and_expectation():
    frames = frames_for({
        "alpha": [("paragraph", "Pakistan had an antiquated nuclear arsenal.1 It grew."),
                  ("paragraph", "Download 75.83 Kb.")],
        "beta": [("paragraph", "A plain paragraph about barges and locks on the canal.")],
    })
    documents = frames["documents"]
    documents.loc[documents["doc_id"] == BETA, "title"] = "Home"
    outcome = validate_batch({"documents": documents}, run_date=RUN_DATE)

    rows = outcome.validation_rows("run-1", loaded={ALPHA, BETA})
    summary = [r for r in rows if r["doc_id"] is None]
    assert len(summary) == len(outcome.results)
    warned = sorted((r["doc_id"] == ALPHA, r["expectation"]) for r in rows if r["doc_id"] is not None)
    assert warned == [
        (False, "documents.title_is_a_real_title"),
        (True, "documents.body_text_has_no_glued_footnote_digits"),
        (True, "documents.body_text_has_no_known_cruft"),
    ]
    for row in rows:
        assert row["run_id"] == "run-1" and row["severity"] in ("critical", "warning")
        json.dumps(row["details"])
        if row["doc_id"] is not None:
            assert row["success"] is False and row["table_name"] == "documents"
            assert row["details"]["detail"]
    only_alpha = outcome.validation_rows("run-1", loaded={ALPHA})
    assert {r["doc_id"] for r in only_alpha} == {None, ALPHA}


def test_a_quarantined_document_has_no_warning_rows():
    frames = frames_for({"alpha": [("paragraph", "Download 75.83 Kb.")]})
    documents = frames["documents"]
    documents["format"] = "docx"
    outcome = validate_batch({"documents": documents}, run_date=RUN_DATE)
    assert outcome.failed_docs[ALPHA][0] == "documents.format_allowed"
    assert ALPHA not in outcome.doc_warnings


def test_many_failing_rows_of_one_document_are_one_warning():
    frames = clean_tables("documents", "date_mentions")
    dates = frames["date_mentions"]
    dates["date_end"] = dates["date_end"].astype(object)
    alpha = dates.index[dates["doc_id"] == ALPHA]
    dates.loc[alpha, "date_end"] = dt.date(RUN_DATE.year + 150, 1, 1)
    outcome = validate_batch(frames, run_date=RUN_DATE)
    (warning,) = [w for w in outcome.doc_warnings[ALPHA] if w.expectation.endswith("date_end_year_plausible")]
    assert warning.rows == len(alpha) > 1
    assert warning.table_name == "date_mentions"


def test_misplaced_date_offsets_fail():
    frames = clean_tables("documents", "date_mentions")
    dates = frames["date_mentions"]
    row = dates.index[(dates["doc_id"] == ALPHA) & (dates["raw"] == "21 November 2014")][0]
    dates.loc[row, ["char_start", "char_end"]] += 1

    outcome = validate_batch(frames, run_date=RUN_DATE)

    assert set(failures(outcome)) == {"date_mentions.span_matches_raw"}
    expectation, detail = outcome.failed_docs[ALPHA]
    assert expectation == "date_mentions.span_matches_raw"
    assert "'1 November 2014 '" in detail
    assert list(outcome.failed_docs) == [ALPHA]


def test_date_offsets_outside_body_fail():
    frames = clean_tables("documents", "date_mentions")
    frames["date_mentions"].loc[0, ["char_start", "char_end"]] = [10_000, 10_016]
    outcome = validate_batch(frames, run_date=RUN_DATE)
    assert {"date_mentions.offsets_in_body", "date_mentions.span_matches_raw"} <= set(failures(outcome))


def test_unknown_ref_no_fails():
    frames = clean_tables("documents", "citations", "bibliography")
    cites = frames["citations"]
    row = cites.index[(cites["doc_id"] == BETA) & (cites["kind"] == "author_year")][0]
    cites.loc[row, "ref_no"] = 9

    outcome = validate_batch(frames, run_date=RUN_DATE)

    assert set(failures(outcome)) == {"citations.ref_no_in_bibliography"}
    expectation, detail = outcome.failed_docs[BETA]
    assert expectation == "citations.ref_no_in_bibliography"
    assert "ref_no 9" in detail and "(Amin, 2016)" in detail


@pytest.mark.parametrize(
    ("table", "column", "value", "expectation"),
    [
        ("documents", "format", "docx", "documents.format_allowed"),
        ("documents", "word_count", 0, "documents.word_count_positive"),
        ("documents", "title", "Introduction", "documents.title_is_a_real_title"),
        ("paragraphs", "kind", "footer", "paragraphs.kind_allowed"),
        ("paragraphs", "text", "not the body", "paragraphs.span_matches_text"),
        ("paragraphs", "text", None, "paragraphs.required_values_present"),
        ("citations", "kind", "ibid", "citations.kind_allowed"),
        ("citations", "year", RUN_DATE.year + 2, "citations.year_plausible"),
        ("bibliography", "year", 999, "bibliography.year_plausible"),
        ("date_mentions", "edtf", "2014-13", "date_mentions.edtf_is_valid"),
        ("date_mentions", "precision", "fortnight", "date_mentions.precision_allowed"),
        ("date_mentions", "qualifier", "circa", "date_mentions.qualifier_allowed"),
        ("date_mentions", "date_start", dt.date(2100, 1, 1), "date_mentions.date_range_ordered"),
        ("date_mentions", "date_end", dt.date(RUN_DATE.year + 101, 1, 1), "date_mentions.date_end_year_plausible"),
        ("artefacts", "rule", None, "artefacts.required_values_present"),
        ("source_files", "status", "lost", "source_files.status_allowed"),
    ],
)
def test_single_bad_value_fails_named_expectation(table, column, value, expectation):
    frames = clean_tables("documents", "bibliography", table)
    frame = frames[table]
    frame[column] = frame[column].astype(object)
    frame.at[0, column] = value
    bad_doc = frame.at[0, "doc_id"]

    outcome = validate_batch(frames, run_date=RUN_DATE)

    assert expectation in failures(outcome)
    if failures(outcome)[expectation].severity == "warning":
        assert bad_doc not in outcome.failed_docs
        assert expectation in [w.expectation for w in outcome.doc_warnings[bad_doc]]
    else:
        assert outcome.failed_docs[bad_doc][0] in failures(outcome)


def test_footnote_must_be_a_marked_point():
    frames = clean_tables("documents", "citations", "bibliography")
    cites = frames["citations"]
    row = cites.index[cites["kind"] == "footnote"][0]
    cites.loc[row, "char_end"] += 1
    cites["marker"] = cites["marker"].astype(object)
    cites.at[row, "marker"] = None

    outcome = validate_batch(frames, run_date=RUN_DATE)

    assert {"citations.footnote_is_point_in_body", "citations.footnote_has_marker"} <= set(failures(outcome))


def test_every_failing_document_is_named_beyond_the_partial_list_cap():
    documents = many_documents(250, paragraphs_per_doc=1)["documents"]
    documents["format"] = "docx"
    outcome = validate_batch({"documents": documents}, run_date=RUN_DATE)
    assert failures(outcome)["documents.format_allowed"].unexpected_count == 250
    assert len(outcome.failed_docs) == 250


def test_duplicate_doc_id_condemns_it():
    frames = clean_tables("documents")
    frames["documents"] = pd.concat([frames["documents"], frames["documents"].iloc[[0]]], ignore_index=True)
    outcome = validate_batch(frames, run_date=RUN_DATE)
    assert outcome.failed_docs[ALPHA][0] == "documents.doc_id_unique"
    assert failures(outcome)["documents.doc_id_unique"].unexpected_count == 2


def test_rows_without_their_document_fail():
    frames = clean_tables("documents", "paragraphs")
    frames["documents"] = frames["documents"][frames["documents"]["doc_id"] == ALPHA]
    outcome = validate_batch(frames, run_date=RUN_DATE)
    assert outcome.failed_docs[BETA][0] == "paragraphs.doc_id_in_documents"
    assert ALPHA not in outcome.failed_docs


def test_loaded_file_without_doc_id_fails():
    frames = clean_tables("source_files")
    frames["source_files"]["doc_id"] = frames["source_files"]["doc_id"].astype(object)
    frames["source_files"].at[0, "doc_id"] = None
    outcome = validate_batch(frames, run_date=RUN_DATE)
    result = failures(outcome)["source_files.doc_id_set_when_loaded"]
    assert result in outcome.batch_failures  # no doc_id to quarantine
    assert "alpha.txt" in result.details["examples"][0]["detail"]


def test_missing_column_is_a_batch_failure_not_a_crash():
    frames = clean_tables("documents", "bibliography")
    frames["bibliography"] = frames["bibliography"].drop(columns=["cite_key"])
    outcome = validate_batch(frames, run_date=RUN_DATE)
    failed = failures(outcome)
    assert set(failed) == {"bibliography.has_contract_columns"}
    assert failed["bibliography.has_contract_columns"] in outcome.batch_failures
    assert outcome.failed_docs == {}


# --- empty input ---------------------------------------------------------------

def test_no_frames_no_results():
    assert validate_batch({}, run_date=RUN_DATE) == ValidationOutcome(results=(), failed_docs={})


def test_empty_frames_are_skipped():
    frames = {table: frame.iloc[0:0] for table, frame in clean_frames().items()}
    frames["citations"] = None
    outcome = validate_batch(frames, run_date=RUN_DATE)
    assert outcome.results == () and outcome.failed_docs == {}


def test_only_some_tables():
    outcome = validate_batch(clean_tables("documents", "source_files"), run_date=RUN_DATE)
    assert {r.table_name for r in outcome.results} == {"documents", "source_files"}
    assert outcome.success


# --- the manifest --------------------------------------------------------------

def test_check_manifest():
    files = clean_frames()["source_files"]
    assert check_manifest(["alpha.txt", "beta.txt"], files).success

    files.loc[files["source_path"] == "beta.txt", "status"] = "deleted"
    result = check_manifest(["alpha.txt", "beta.txt", "gamma.pdf"], files)
    assert not result.success
    assert result.unexpected_count == 2
    assert result.details["missing"] == ["beta.txt", "gamma.pdf"]
    json.dumps(result.details)


# --- cost ------------------------------------------------------------------------

def test_fifty_documents_validate_in_a_few_seconds(clean_outcome):
    frames = many_documents(50)  # ~25 KB of body text each, ~6,800 rows in all
    started = time.perf_counter()
    outcome = validate_batch(frames, run_date=RUN_DATE)
    elapsed = time.perf_counter() - started
    assert outcome.success
    assert elapsed < 20, f"validating 50 documents took {elapsed:.1f} s"


def test_paragraph_fixture_is_what_the_tests_assume():
    # Legit text near the glued-digit rule stays in the clean batch on purpose.
    text = PARAGRAPHS[1][1]
    for legit in ("Su-27", "Shanghai-5", "3.5", "p.41", "Fig.3."):
        assert legit in text
