"""Stage a run's results as one DataFrame per warehouse table.

Pure: outcomes in, DataFrames out.  Tables and column names come from the spec
(``warehouse/tables.py``); types are cast by the loader from the live schema,
so this module never repeats them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from extract.files import FileInfo
from transform.model import CleanDocument
from warehouse import tables as spec

# The tables whose rows belong to one document and are replaced when it is loaded again.
DOC_TABLES = spec.STAGED_TABLES

# date_mentions holds calendar dates (with EDTF) and times of day (DateMention.calendar);
# durations, sets, vague references and unresolved relative dates go to time_expressions.


@dataclass(frozen=True)
class StagedDoc:
    """A file that was extracted and transformed."""

    info: FileInfo
    format: str
    encoding: str | None
    doc: CleanDocument
    family: str = "folder:"

    @property
    def doc_id(self) -> str:
        return self.info.sha256


@dataclass(frozen=True)
class Failure:
    """A file (or document) that goes to quarantine."""

    info: FileInfo
    stage: str  # discover | extract | transform | validate | load
    reason: str
    detail: str


# The tables built here from a CleanDocument (doc_signatures and extractions are made by the
# worker); their columns, in order, are the spec's.  documents.ingested_at and run_id are
# stamped by the load.
FRAME_TABLES = ("documents", "paragraphs", "artefacts", "citations", "bibliography", "date_mentions",
                "time_expressions", "comments", "line_fingerprints")
COLUMNS: dict[str, tuple[str, ...]] = {name: spec.staged_columns(spec.BY_NAME[name]) for name in FRAME_TABLES}


def document_rows(s: StagedDoc, run_id: str | None = None, now: dt.datetime | None = None) -> dict[str, list[dict]]:
    """The rows of every document-level table for one staged document.

    Each row has every column of its table (``COLUMNS``): the ones named here, and the rest read
    from the model object of the same name's attribute (a column the model lacks raises).
    """
    d, doc_id = s.doc, s.doc_id
    return {
        "documents": [_row("documents", d,
                           doc_id=doc_id, source_path=s.info.source_path, source_sha256=s.info.sha256,
                           format=s.format, authors=list(d.authors), ingested_at=now, run_id=run_id,
                           encoding=s.encoding, family=s.family)],
        "line_fingerprints": [_row("line_fingerprints", None, doc_id=doc_id, family=s.family, line_key=k, example=ex,
                                   applied=None)  # set by the worker, which knows the templates applied
                              for k, ex in d.fingerprints],
        "paragraphs": [_row("paragraphs", p, doc_id=doc_id) for p in d.paragraphs],
        "artefacts": [_row("artefacts", a, doc_id=doc_id) for a in d.artefacts],
        "citations": [_row("citations", c, doc_id=doc_id, authors=list(c.authors), char_start=c.start,
                           char_end=c.end, group_no=c.group)
                      for c in d.citations],
        "bibliography": [_row("bibliography", b, doc_id=doc_id, authors=list(b.authors)) for b in d.bibliography],
        "date_mentions": [_row("date_mentions", m, doc_id=doc_id, char_start=m.start, char_end=m.end)
                          for m in d.dates if m.calendar],
        "time_expressions": [_row("time_expressions", m, doc_id=doc_id, char_start=m.start, char_end=m.end)
                             for m in d.dates if not m.calendar],
        "comments": [_row("comments", c, doc_id=doc_id) for c in d.comments],
    }


def _row(table: str, part, **named) -> dict:
    """A row of ``table``: the ``named`` values, the other columns read off ``part``."""
    return {column: named[column] if column in named else getattr(part, column) for column in COLUMNS[table]}


def frames_from_rows(rows: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    return {table: pd.DataFrame(rows.get(table) or [], columns=list(cols)) for table, cols in COLUMNS.items()}


def document_frames(staged: Iterable[StagedDoc], run_id: str, now: dt.datetime) -> dict[str, pd.DataFrame]:
    """One DataFrame per document-level table for the staged documents."""
    rows: dict[str, list[dict]] = {table: [] for table in COLUMNS}
    for s in staged:
        for table, part in document_rows(s, run_id, now).items():
            rows[table].extend(part)
    return frames_from_rows(rows)


def drop_docs(frames: dict[str, pd.DataFrame], doc_ids: Iterable[str]) -> dict[str, pd.DataFrame]:
    """The same frames without the rows of ``doc_ids`` (documents that failed validation)."""
    bad = set(doc_ids)
    if not bad:
        return frames
    return {name: df[~df["doc_id"].isin(bad)].reset_index(drop=True) for name, df in frames.items()}
