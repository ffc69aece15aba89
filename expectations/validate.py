"""Validate one run's staged rows against the per-table suites.

``validate_batch`` derives the cross-column and cross-table facts in pandas
(offsets inside body_text, spans equal to the stored text, ref_no found in the
bibliography...), validates each table's frame with one Great Expectations call,
and turns the results into plain, JSON-ready records plus what they mean for each
document.  A failing row of a *critical* expectation condemns its document
(``failed_docs``); a failing row of a *warning* is noted against its document
(``doc_warnings``), which still loads.  Table-level failures (a missing column, a
broken expectation) condemn none and show up in ``batch_failures``.

Great Expectations is imported on first use (the import alone takes seconds) and
its context and suites are built once per process.
"""
from __future__ import annotations

import datetime as dt
import math
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pandas as pd

from expectations import patterns
from expectations.tables import REQUIRED_COLUMNS, TABLES

_EXAMPLES = 5  # failing rows described in an ExpectationResult's details
_SHOWN_CHARS = 80  # longest string quoted in a detail sentence


CRITICAL, WARNING = "critical", "warning"  # Great Expectations' FailureSeverity values


@dataclass(frozen=True)
class ExpectationResult:
    table_name: str
    expectation: str  # stable readable name, e.g. "documents.body_text_has_no_known_cruft"
    success: bool
    unexpected_count: int
    details: dict  # JSON-serialisable: observed value, a few unexpected values, kwargs
    severity: str = CRITICAL  # the expectation's severity: critical | warning

    def row(self, run_id: str) -> dict:
        """This result as a ``validation_results`` row (the batch-wide one: no doc_id)."""
        return dict(run_id=run_id, table_name=self.table_name, expectation=self.expectation,
                    success=self.success, unexpected_count=self.unexpected_count, details=self.details,
                    severity=self.severity, doc_id=None)


class DocWarning(NamedTuple):
    """A warning expectation that rows of one document failed."""

    expectation: str  # e.g. "documents.title_is_a_real_title"
    detail: str  # the sentence for the document's first failing row
    rows: int = 1  # how many of the document's rows failed it

    @property
    def table_name(self) -> str:
        return self.expectation.split(".", 1)[0]


@dataclass(frozen=True)
class ValidationOutcome:
    results: tuple[ExpectationResult, ...]
    failed_docs: dict[str, tuple[str, str]]  # critical only: doc_id -> (expectation name, detail sentence)
    # warnings of the documents that load (none for a document in failed_docs), in suite order
    doc_warnings: dict[str, tuple[DocWarning, ...]] = field(default_factory=dict)

    @property
    def success(self) -> bool:
        return all(result.success for result in self.results)

    @property
    def critical_success(self) -> bool:
        """No critical expectation failed: every document may load."""
        return all(result.success for result in self.results if result.severity == CRITICAL)

    def warning_rows(self, run_id: str, loaded: Collection[str] | None = None) -> list[dict]:
        """One ``validation_results`` row per warning and document (of ``loaded`` only, if given)."""
        return [
            dict(run_id=run_id, table_name=w.table_name, expectation=w.expectation, success=False,
                 unexpected_count=w.rows, details={"detail": w.detail}, severity=WARNING, doc_id=doc_id)
            for doc_id, warnings in self.doc_warnings.items()
            if loaded is None or doc_id in loaded
            for w in warnings
        ]

    def validation_rows(self, run_id: str, extra: Collection[ExpectationResult] = (),
                        loaded: Collection[str] | None = None) -> list[dict]:
        """Every ``validation_results`` row of the run: one per expectation (and per ``extra``
        result, e.g. the manifest check), then one per warning and loaded document."""
        return [r.row(run_id) for r in (*self.results, *extra)] + self.warning_rows(run_id, loaded)

    @property
    def batch_failures(self) -> tuple[ExpectationResult, ...]:
        """Failed expectations that name no document to quarantine.

        Table-level failures (a missing contract column, an expectation that raised)
        and failing rows without a doc_id (a source_files row of a quarantined file).
        """
        return tuple(
            r for r in self.results
            if not r.success and not any(e.get("doc_id") for e in r.details.get("examples", ()))
        )


def validate_batch(frames: Mapping[str, pd.DataFrame], *, run_date: dt.date) -> ValidationOutcome:
    """Run every table's suite on the staged rows of one run.

    ``frames`` maps table names to staged rows; a missing or empty table is skipped.
    """
    staged = {
        table: frame.reset_index(drop=True)
        for table, frame in frames.items()
        if table in TABLES and frame is not None and not frame.empty
    }
    bodies = _bodies(staged.get("documents"))
    references = _bibliography_refs(staged.get("bibliography"))

    results: list[ExpectationResult] = []
    failed_docs: dict[str, tuple[str, str]] = {}
    warned: dict[str, dict[str, DocWarning]] = {}
    for table in TABLES:
        if table not in staged:
            continue
        frame = _with_derived_columns(table, staged[table], bodies, references)
        for result, failing_rows in _run_suite(table, frame, run_date):
            record, row_facts = _describe(table, result, frame, failing_rows, bodies)
            results.append(record)
            for doc_id, sentence in row_facts:
                if doc_id is None:
                    continue
                if record.severity == CRITICAL:
                    failed_docs.setdefault(doc_id, (record.expectation, sentence))
                    continue
                mine = warned.setdefault(doc_id, {})
                seen = mine.get(record.expectation)
                mine[record.expectation] = (DocWarning(record.expectation, sentence) if seen is None
                                            else seen._replace(rows=seen.rows + 1))
    doc_warnings = {
        doc_id: tuple(found.values()) for doc_id, found in warned.items() if doc_id not in failed_docs
    }
    return ValidationOutcome(results=tuple(results), failed_docs=failed_docs, doc_warnings=doc_warnings)


def check_manifest(ingest_paths: Collection[str], source_files: pd.DataFrame) -> ExpectationResult:
    """Every file in the ingest folder has exactly one source_files row not marked deleted."""
    live = source_files.loc[source_files["status"] != "deleted", "source_path"]
    counts = live.value_counts()
    missing = sorted(set(ingest_paths) - set(counts.index))
    doubled = sorted(path for path in ingest_paths if counts.get(path, 0) > 1)
    return ExpectationResult(
        table_name="source_files",
        expectation="source_files.covers_every_ingest_file",
        success=not missing and not doubled,
        unexpected_count=len(missing) + len(doubled),
        details={
            "observed_value": {"ingest_files": len(ingest_paths), "live_rows": int(live.size)},
            "missing": missing[:_EXAMPLES],
            "more_than_one_row": doubled[:_EXAMPLES],
        },
    )


# --- Great Expectations: one context and one suite per table, per process ----

class _Suites:
    def __init__(self) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        from expectations import suites

        # In memory and without a Data Docs site (the default adds one in a temporary folder).
        context = gx.get_context(mode="ephemeral", project_config=DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(), data_docs_sites={}))
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = context.data_sources.add_pandas("staged")
        self.batch_definitions = {}
        self.suites = {}
        for table, build in suites.BUILDERS.items():
            asset = source.add_dataframe_asset(table)
            self.batch_definitions[table] = asset.add_batch_definition_whole_dataframe("rows")
            self.suites[table] = context.suites.add(build())
        self.parameters = suites.suite_parameters

    def validate(self, table: str, frame: pd.DataFrame, run_date: dt.date):
        # Batch.validate rather than ValidationDefinition.run: the latter also keeps
        # every result in the context's store, which would grow for as long as a
        # served flow lives.
        batch = self.batch_definitions[table].get_batch(batch_parameters={"dataframe": frame})
        return batch.validate(
            self.suites[table],
            result_format="COMPLETE",  # lists the index of every failing row
            expectation_parameters=self.parameters(run_date),
        )


_suites: _Suites | None = None
_lock = threading.Lock()  # the GX context is not safe to share between threads


def _ready_suites() -> _Suites:
    global _suites
    if _suites is None:
        _suites = _Suites()
    return _suites


def warm_up() -> None:
    """Import Great Expectations and build the suites now (seconds, once per process),
    so a run can do it in the background while it extracts documents."""
    with _lock:
        _ready_suites()


def _run_suite(table: str, frame: pd.DataFrame, run_date: dt.date):
    """(GX result, failing row indices) per expectation, in suite order."""
    with _lock:
        suites = _ready_suites()
        suite_result = suites.validate(table, frame, run_date)
        order = [e.meta["name"] for e in suites.suites[table].expectations]
    by_name = {r.expectation_config.meta["name"]: r for r in suite_result.results}
    for name in order:
        result = by_name[name]
        yield result, list(result.result.get("unexpected_index_list") or [])


# --- derived columns -----------------------------------------------------------

def _bodies(documents: pd.DataFrame | None) -> dict[str, str]:
    if documents is None or "doc_id" not in documents or "body_text" not in documents:
        return {}
    rows = documents[["doc_id", "body_text"]].drop_duplicates("doc_id")
    return {d: b for d, b in zip(rows["doc_id"], rows["body_text"]) if isinstance(b, str)}


def _bibliography_refs(bibliography: pd.DataFrame | None) -> set[tuple[str, int]]:
    if bibliography is None:
        return set()
    return {
        (doc_id, int(ref_no))
        for doc_id, ref_no in zip(_column(bibliography, "doc_id"), _column(bibliography, "ref_no"))
        if not _missing(ref_no)
    }


def _with_derived_columns(
    table: str, frame: pd.DataFrame, bodies: Mapping[str, str], references: set[tuple[str, int]]
) -> pd.DataFrame:
    """A copy of ``frame`` plus the columns its suite expects beside the contract ones.

    A contract column the frame lacks reads as nulls here; the suite's
    has_contract_columns expectation reports it.
    """
    out = frame.copy()
    nulls = {name: _column(frame, name).isna().to_numpy(dtype=bool) for name in REQUIRED_COLUMNS[table]}
    out["null_required_values"] = [
        ", ".join(name for name, is_null in nulls.items() if is_null[i]) or None for i in range(len(frame))
    ]
    if table not in ("documents", "source_files"):
        out["doc_id_in_documents"] = _column(frame, "doc_id").isin(list(bodies)).to_numpy(dtype=bool)
    if table in _DERIVE:
        _DERIVE[table](out, _Columns(frame), bodies, references)
    return out


class _Columns:
    """Read a frame's columns; a missing one reads as nulls."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def __getattr__(self, name: str) -> pd.Series:
        return _column(self.frame, name)

    def spans(self, bodies: Mapping[str, str]) -> list[str | None]:
        return [_span(bodies.get(d), s, e) for d, s, e in zip(self.doc_id, self.char_start, self.char_end)]


def _derive_documents(out, col, bodies, references) -> None:
    out["no_known_cruft"] = [not isinstance(body, str) or patterns.find_cruft(body) is None for body in col.body_text]
    out["no_glued_footnote_digits"] = [
        not isinstance(body, str) or patterns.find_glued_footnote_digits(body) is None
        for body in col.body_text
    ]


def _derive_paragraphs(out, col, bodies, references) -> None:
    spans = col.spans(bodies)
    out["offsets_in_body"] = [span is not None for span in spans]
    out["span_matches_text"] = [span is not None and span == text for span, text in zip(spans, col.text)]


def _derive_citations(out, col, bodies, references) -> None:
    spans = col.spans(bodies)
    footnote = (col.kind == "footnote").to_numpy(dtype=bool)
    out["span_matches_raw"] = [
        is_note or (span is not None and span == raw) for is_note, span, raw in zip(footnote, spans, col.raw)
    ]
    out["footnote_has_marker"] = ~footnote | col.marker.notna().to_numpy(dtype=bool)
    # A footnote marker was removed: it marks one spot (start == end) inside body_text.
    out["footnote_is_point_in_body"] = [not is_note or span == "" for is_note, span in zip(footnote, spans)]
    out["ref_no_in_bibliography"] = [
        _missing(ref_no) or (doc_id, int(ref_no)) in references for doc_id, ref_no in zip(col.doc_id, col.ref_no)
    ]


def _derive_date_mentions(out, col, bodies, references) -> None:
    spans = col.spans(bodies)
    out["offsets_in_body"] = [span is not None for span in spans]
    out["span_matches_raw"] = [span is not None and span == raw for span, raw in zip(spans, col.raw)]
    out["edtf_null_only_for_time"] = (col.edtf.notna() | (col.precision == "time")).to_numpy(dtype=bool)
    starts = [_as_date(value) for value in col.date_start]
    ends = [_as_date(value) for value in col.date_end]
    out["date_range_ordered"] = [a is None or b is None or a <= b for a, b in zip(starts, ends)]
    out["date_start_year"] = pd.Series([d.year if d else math.nan for d in starts], dtype="float64")
    out["date_end_year"] = pd.Series([d.year if d else math.nan for d in ends], dtype="float64")


def _derive_source_files(out, col, bodies, references) -> None:
    # A duplicate is the same bytes under another name, so it names its document too.
    out["doc_id_set_when_loaded"] = (~col.status.isin(["loaded", "duplicate"]) | col.doc_id.notna()).to_numpy(
        dtype=bool
    )


_DERIVE = {
    "documents": _derive_documents,
    "paragraphs": _derive_paragraphs,
    "citations": _derive_citations,
    "date_mentions": _derive_date_mentions,
    "source_files": _derive_source_files,
}


def _column(frame: pd.DataFrame, name: str) -> pd.Series:
    if name in frame:
        return frame[name]
    return pd.Series([None] * len(frame), index=frame.index, dtype="object")


def _span(body: str | None, start: Any, end: Any) -> str | None:
    """body[start:end] when both offsets are set and lie inside body, else None."""
    if body is None or _missing(start) or _missing(end):
        return None
    start, end = int(start), int(end)
    if 0 <= start <= end <= len(body):
        return body[start:end]
    return None


def _as_date(value: Any) -> dt.date | None:
    """A DATE cell as a date: date objects, Timestamps, numpy datetimes or ISO strings."""
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):  # pd.Timestamp too
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        if isinstance(value, str):
            return dt.date.fromisoformat(value[:10])
        return pd.Timestamp(value).date()
    except (ValueError, TypeError):
        return None  # not a date at all: loading the DATE column will refuse it


def _missing(value: Any) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


# --- turning GX results into records and sentences -----------------------------

def _describe(table, result, frame, failing_rows, bodies):
    """The ExpectationResult, and (doc_id, detail sentence) for each failing row."""
    config = result.expectation_config
    name, template = config.meta["name"], config.meta["detail"]
    observed = result.result or {}

    row_facts = []
    for index in failing_rows:
        row = frame.loc[index].to_dict()
        doc_id = row.get("doc_id")
        body = row.get("body_text") if table == "documents" else bodies.get(doc_id)
        row_facts.append((None if _missing(doc_id) else str(doc_id), _sentence(template, row, body)))

    details = {
        "expectation_type": config.type,
        "kwargs": {k: v for k, v in config.kwargs.items() if k != "batch_id"},
        "element_count": observed.get("element_count"),
        "missing_count": observed.get("missing_count"),
        "observed_value": observed.get("observed_value"),
        "mismatched": (observed.get("details") or {}).get("mismatched"),
        "unexpected_values": [  # derived booleans would only say False
            _shorten(v) for v in (observed.get("partial_unexpected_list") or [])[:_EXAMPLES]
            if not pd.api.types.is_bool(v)
        ],
        "examples": [{"doc_id": d, "detail": s} for d, s in row_facts[:_EXAMPLES]],
        "exception": _exception_message(result),
    }
    details = _plain({k: v for k, v in details.items() if v is not None and v != []})
    record = ExpectationResult(
        table_name=table,
        expectation=name,
        success=bool(result.success),
        unexpected_count=int(observed.get("unexpected_count") or 0),
        details=details,
        severity=_severity(config),
    )
    return record, row_facts


class _RowFacts(dict):
    """A failing row's values as shown in sentences, plus facts worked out on demand."""

    def __init__(self, row: Mapping[str, Any], body: str | None):
        super().__init__((key, _show(value)) for key, value in row.items())
        self.row, self.body = row, body

    def __missing__(self, key: str) -> str:
        if key == "span":
            return _show(_span(self.body, self.row.get("char_start"), self.row.get("char_end")))
        if key == "cruft":
            found = patterns.find_cruft(self.body or "")
            if found is None:
                return "text matching a known cruft pattern"
            pattern_name, match = found
            return f"{_show(match.group())} ({pattern_name}, at character {match.start()})"
        if key == "glued_digits":
            match = patterns.find_glued_footnote_digits(self.body or "")
            if match is None:
                return "a word followed by digits"
            context = self.body[max(0, match.start() - 30):match.end()]
            return f"{_show(context)} (at character {match.start()})"
        raise KeyError(key)


def _sentence(template: str, row: Mapping[str, Any], body: str | None) -> str:
    try:
        return template.format_map(_RowFacts(row, body))
    except (KeyError, ValueError, IndexError):
        return template


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(_shorten(value))
    if _missing(value):
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return _shorten(str(value))


def _shorten(value: Any) -> Any:
    if isinstance(value, str) and len(value) > _SHOWN_CHARS:
        return value[:_SHOWN_CHARS - 1] + "…"
    return value


def _severity(config) -> str:
    value = getattr(config, "severity", None)
    return str(getattr(value, "value", value) or CRITICAL)


def _exception_message(result) -> str | None:
    info = result.exception_info or {}
    found = [info] if "raised_exception" in info else list(info.values())
    messages = [i.get("exception_message") for i in found if isinstance(i, dict) and i.get("raised_exception")]
    return "; ".join(m for m in messages if m) or None


def _plain(value: Any) -> Any:
    """``value`` made of JSON types only (dates as ISO strings, NaN as None)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)) or (hasattr(value, "tolist") and not pd.api.types.is_scalar(value)):
        return [_plain(v) for v in (value.tolist() if hasattr(value, "tolist") else value)]
    if _missing(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def combine(outcomes: "list[ValidationOutcome]") -> ValidationOutcome:
    """One run's outcome from the outcomes of its chunks (a run validates its documents in
    chunks so its memory stays flat): per expectation, success if every chunk passed, the
    unexpected rows counted over all chunks, the first chunks' examples kept."""
    merged: dict[tuple[str, str], ExpectationResult] = {}
    failed: dict[str, tuple[str, str]] = {}
    warnings: dict[str, tuple[DocWarning, ...]] = {}
    for outcome in outcomes:
        for r in outcome.results:
            key = (r.table_name, r.expectation)
            old = merged.get(key)
            if old is None:
                merged[key] = r
                continue
            details = dict(old.details)
            for field_name, value in r.details.items():
                if isinstance(value, list) and isinstance(details.get(field_name), list):
                    details[field_name] = (details[field_name] + value)[:_EXAMPLES]
                elif field_name in ("element_count", "missing_count") and isinstance(value, int):
                    details[field_name] = int(details.get(field_name) or 0) + value
                else:
                    details.setdefault(field_name, value)
            merged[key] = ExpectationResult(r.table_name, r.expectation, old.success and r.success,
                                            old.unexpected_count + r.unexpected_count, details, r.severity)
        for doc_id, fact in outcome.failed_docs.items():
            failed.setdefault(doc_id, fact)
        warnings.update(outcome.doc_warnings)  # a document sits in one chunk
    return ValidationOutcome(results=tuple(merged.values()), failed_docs=failed, doc_warnings=warnings)
