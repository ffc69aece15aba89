"""One Great Expectations suite per warehouse table, built in code.

Each builder is named after its table and returns a ``gx.ExpectationSuite``.

Every expectation has a Great Expectations ``severity``:

  critical  the contract: keys, types, required values, accepted values, offsets
            inside body_text, foreign keys.  A failing row quarantines its document.
  warning   a quality heuristic: residual cruft, glued footnote digits, the shape of
            a title, implausible years.  A failing row is recorded beside its
            document (``validation_results`` with its doc_id, the
            ``document_warnings`` view); the document still loads.

Every expectation carries, in its ``meta``:

  name    a stable readable name, ``<table>.<what must hold>``; it is the
          ``expectation`` column of ``validation_results``;
  detail  a sentence template explaining one failing row.  ``validate`` fills it
          from that row: each ``{column}`` becomes the row's value (strings come
          quoted and shortened, nulls as ``null``), plus ``{span}`` (the slice of
          body_text the row's offsets point at), ``{cruft}`` and
          ``{glued_digits}`` (what a body_text pattern found).

Checks that need more than one column or table (offsets, joins), or that are
much cheaper in plain Python, expect a column that ``validate`` derives in pandas
before validating: a boolean that must be True, or ``null_required_values`` (the
NOT NULL columns a row leaves empty), which must be null.  Each Great Expectations
expectation costs ~15-40 ms of fixed overhead per call, so the NOT NULL columns of
a table share one expectation rather than having one each.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import great_expectations as gx
import great_expectations.expectations as gxe
from great_expectations.expectations.expectation import Expectation
from great_expectations.expectations.metadata_types import FailureSeverity

from expectations import patterns
from expectations.tables import ACCEPTED_VALUES, CONTRACT_COLUMNS

MIN_CITED_YEAR = 1000
MIN_DATE_YEAR = 1


def suite_parameters(run_date: dt.date) -> dict[str, int]:
    """Values for the ``$PARAMETER`` bounds, which move with the run date."""
    return {
        "max_cited_year": run_date.year + 1,
        "max_date_year": run_date.year + 100,  # "the 21st century" ends in 2099
    }


CRITICAL = FailureSeverity.CRITICAL.value
WARNING = FailureSeverity.WARNING.value


@dataclass(frozen=True)
class Check:
    name: str  # without the table prefix
    expectation: Expectation
    detail: str  # sentence template for one failing row
    severity: str = CRITICAL


def warning(check: Check) -> Check:
    """The same check as a warning: recorded beside the document, never dropping it."""
    return Check(check.name, check.expectation, check.detail, WARNING)


def documents() -> gx.ExpectationSuite:
    return _suite("documents", [
        _has_contract_columns("documents"),
        _required_values_present(),
        Check("doc_id_unique", gxe.ExpectColumnValuesToBeUnique(column="doc_id"),
              "doc_id occurs more than once in the batch"),
        Check("doc_id_is_sha256_hex",
              gxe.ExpectColumnValuesToMatchRegex(column="doc_id", regex=patterns.SHA256_HEX),
              "doc_id {doc_id} is not 64 lower-case hex digits"),
        Check("source_sha256_is_sha256_hex",
              gxe.ExpectColumnValuesToMatchRegex(column="source_sha256", regex=patterns.SHA256_HEX),
              "source_sha256 {source_sha256} is not 64 lower-case hex digits"),
        *_accepted_values("documents"),
        Check("word_count_positive",
              gxe.ExpectColumnValuesToBeBetween(column="word_count", min_value=0, strict_min=True),
              "word_count is {word_count}"),
        # Derived, like the next one: cruft is looked for in short paragraphs only (prose
        # that mentions "all rights reserved" is not a banner).
        warning(_is_true("no_known_cruft", "body_text still contains {cruft}",
                         name="body_text_has_no_known_cruft")),
        # Derived: the pattern (patterns.GLUED_FOOTNOTE_DIGITS) is too slow for a plain scan.
        warning(_is_true("no_glued_footnote_digits",
                         "body_text has footnote digits glued to a word: {glued_digits}",
                         name="body_text_has_no_glued_footnote_digits")),
        warning(Check("title_is_a_real_title",
                      gxe.ExpectColumnValuesToNotMatchRegex(column="title", regex=patterns.NON_TITLE.regex),
                      "title is {title}, which is a section name, not a title")),
    ])


def paragraphs() -> gx.ExpectationSuite:
    return _suite("paragraphs", [
        _has_contract_columns("paragraphs"),
        _required_values_present(),
        _doc_id_in_documents(),
        *_accepted_values("paragraphs"),
        Check("para_no_non_negative",
              gxe.ExpectColumnValuesToBeBetween(column="para_no", min_value=0),
              "para_no is {para_no}"),
        Check("para_no_unique_per_doc",
              gxe.ExpectCompoundColumnsToBeUnique(column_list=["doc_id", "para_no"]),
              "para_no {para_no} occurs more than once in this document"),
        Check("char_start_before_char_end",
              gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                  column_A="char_end", column_B="char_start",
                  ignore_row_if="either_value_is_missing"),
              "paragraph {para_no} runs from {char_start} to {char_end}"),
        _is_true("offsets_in_body",
                 "paragraph {para_no}: offsets {char_start}:{char_end} lie outside body_text"),
        _is_true("span_matches_text",
                 "paragraph {para_no}: body_text[{char_start}:{char_end}] is {span}, "
                 "but text is {text}"),
    ])


def artefacts() -> gx.ExpectationSuite:
    return _suite("artefacts", [
        _has_contract_columns("artefacts"),
        _required_values_present(),
        _doc_id_in_documents(),
        *_accepted_values("artefacts"),
    ])


def citations() -> gx.ExpectationSuite:
    return _suite("citations", [
        _has_contract_columns("citations"),
        _required_values_present(),
        _doc_id_in_documents(),
        *_accepted_values("citations"),
        _is_true("span_matches_raw",
                 "{kind} citation {raw}: body_text[{char_start}:{char_end}] is {span}"),
        _is_true("footnote_has_marker", "footnote marker {raw} has no marker number"),
        _is_true("footnote_is_point_in_body",
                 "footnote marker {raw} sits at {char_start}:{char_end}, "
                 "not at one spot inside body_text"),
        warning(_year_between("year", MIN_CITED_YEAR, "max_cited_year", "citation {raw} has year {year}")),
        _is_true("ref_no_in_bibliography",
                 "citation {raw} points to ref_no {ref_no}, "
                 "which is not in this document's bibliography"),
    ])


def bibliography() -> gx.ExpectationSuite:
    return _suite("bibliography", [
        _has_contract_columns("bibliography"),
        _required_values_present(),
        _doc_id_in_documents(),
        *_accepted_values("bibliography"),
        Check("ref_no_unique_per_doc",
              gxe.ExpectCompoundColumnsToBeUnique(column_list=["doc_id", "ref_no"]),
              "ref_no {ref_no} occurs more than once in this document's bibliography"),
        warning(_year_between("year", MIN_CITED_YEAR, "max_cited_year",
                              "bibliography entry {ref_no} has year {year}")),
    ])


def date_mentions() -> gx.ExpectationSuite:
    return _suite("date_mentions", [
        _has_contract_columns("date_mentions"),
        _required_values_present(),
        _doc_id_in_documents(),
        *_accepted_values("date_mentions"),  # precision, qualifier (nulls are allowed: GX skips them)
        Check("edtf_is_valid",
              gxe.ExpectColumnValuesToMatchRegex(column="edtf", regex=patterns.EDTF.regex),
              "date {raw} has edtf {edtf}, which is not EDTF"),
        _is_true("edtf_null_only_for_time", "date {raw} has no edtf but its precision is {precision}"),
        _is_true("date_range_ordered", "date {raw} starts on {date_start} but ends on {date_end}"),
        warning(_year_between("date_start_year", MIN_DATE_YEAR, "max_date_year",
                              "date {raw} starts in the year {date_start_year}")),
        warning(_year_between("date_end_year", MIN_DATE_YEAR, "max_date_year",
                              "date {raw} ends in the year {date_end_year}")),
        _is_true("offsets_in_body",
                 "date {raw}: offsets {char_start}:{char_end} lie outside body_text"),
        _is_true("span_matches_raw", "date {raw}: body_text[{char_start}:{char_end}] is {span}"),
    ])


def source_files() -> gx.ExpectationSuite:
    return _suite("source_files", [
        _has_contract_columns("source_files"),
        _required_values_present(),
        Check("source_path_unique", gxe.ExpectColumnValuesToBeUnique(column="source_path"),
              "{source_path} has more than one row"),
        *_accepted_values("source_files"),
        Check("sha256_is_sha256_hex",
              gxe.ExpectColumnValuesToMatchRegex(column="sha256", regex=patterns.SHA256_HEX),
              "{source_path} has sha256 {sha256}, not 64 lower-case hex digits"),
        _is_true("doc_id_set_when_loaded",
                 "{source_path} is {status} but names no doc_id"),
    ])


BUILDERS: dict[str, Callable[[], gx.ExpectationSuite]] = {
    "documents": documents,
    "paragraphs": paragraphs,
    "citations": citations,
    "bibliography": bibliography,
    "date_mentions": date_mentions,
    "artefacts": artefacts,
    "source_files": source_files,
}


# --- helpers -----------------------------------------------------------------

def _suite(table: str, checks: Sequence[Check]) -> gx.ExpectationSuite:
    suite = gx.ExpectationSuite(name=table)
    for check in checks:
        check.expectation.meta = {"name": f"{table}.{check.name}", "detail": check.detail}
        check.expectation.severity = FailureSeverity(check.severity)
        suite.add_expectation(check.expectation)
    return suite


def _has_contract_columns(table: str) -> Check:
    return Check(
        "has_contract_columns",
        gxe.ExpectTableColumnsToMatchSet(column_set=list(CONTRACT_COLUMNS[table]), exact_match=False),
        "the staged frame lacks contract columns",
    )


def _required_values_present() -> Check:
    return Check(
        "required_values_present",
        gxe.ExpectColumnValuesToBeNull(column="null_required_values"),
        "required column(s) {null_required_values} are null",
    )


def _accepted_values(table: str) -> list[Check]:
    """One ``<column>_allowed`` check per column the spec (warehouse/tables.py) gives accepted values."""
    return [_in_set(column, values) for column, values in ACCEPTED_VALUES[table].items()]


def _in_set(column: str, values: Sequence[str]) -> Check:
    return Check(
        f"{column}_allowed",
        gxe.ExpectColumnValuesToBeInSet(column=column, value_set=list(values)),
        f"{column} is {{{column}}}, not one of {', '.join(values)}",
    )


def _is_true(derived_column: str, detail: str, *, name: str | None = None) -> Check:
    """Expect a boolean column derived in pandas to be True on every row."""
    return Check(
        name or derived_column,
        gxe.ExpectColumnValuesToBeInSet(column=derived_column, value_set=[True]),
        detail,
    )


def _doc_id_in_documents() -> Check:
    return _is_true("doc_id_in_documents", "doc_id {doc_id} has no row in the staged documents")


def _year_between(column: str, minimum: int, maximum_parameter: str, detail: str) -> Check:
    name = "year_plausible" if column == "year" else f"{column}_plausible"
    return Check(
        name,
        gxe.ExpectColumnValuesToBeBetween(
            column=column, min_value=minimum, max_value={"$PARAMETER": maximum_parameter}),
        detail,
    )
