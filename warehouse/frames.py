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
    """The rows of every document-level table for one staged document."""
    d, doc_id = s.doc, s.doc_id
    return {
        "documents": [dict(
            doc_id=doc_id, source_path=s.info.source_path, source_sha256=s.info.sha256,
            format=s.format, title=d.title, authors=list(d.authors), published=d.published,
            body_text=d.body_text, word_count=d.word_count, ingested_at=now, run_id=run_id,
            encoding=s.encoding, family=s.family, published_precision=d.published_precision,
            reference_date=d.reference_date, reference_source=d.reference_source,
        )],
        "line_fingerprints": [dict(doc_id=doc_id, family=s.family, line_key=k, example=ex)
                              for k, ex in d.fingerprints],
        "paragraphs": [dict(doc_id=doc_id, para_no=p.para_no, kind=p.kind, section=p.section, page=p.page,
                            text=p.text, char_start=p.char_start, char_end=p.char_end)
                       for p in d.paragraphs],
        "artefacts": [dict(doc_id=doc_id, kind=a.kind, rule=a.rule, text=a.text, page=a.page) for a in d.artefacts],
        "citations": [dict(doc_id=doc_id, para_no=c.para_no, kind=c.kind, raw=c.raw, marker=c.marker,
                           authors=list(c.authors), year=c.year, pages=c.pages, cite_key=c.cite_key,
                           ref_no=c.ref_no, char_start=c.start, char_end=c.end, group_no=c.group,
                           year_suffix=c.year_suffix)
                      for c in d.citations],
        "bibliography": [dict(doc_id=doc_id, ref_no=b.ref_no, raw=b.raw, authors=list(b.authors), year=b.year,
                              title=b.title, cite_key=b.cite_key, venue=b.venue, doi=b.doi)
                         for b in d.bibliography],
        "date_mentions": [dict(doc_id=doc_id, para_no=m.para_no, raw=m.raw, edtf=m.edtf, date_start=m.date_start,
                               date_end=m.date_end, precision=m.precision, qualifier=m.qualifier,
                               char_start=m.start, char_end=m.end, inferred_year=m.inferred_year,
                               timex_type=m.timex_type, timex_value=m.timex_value, resolved=m.resolved)
                          for m in d.dates if m.calendar],
        "time_expressions": [dict(doc_id=doc_id, para_no=m.para_no, raw=m.raw, precision=m.precision,
                                  qualifier=m.qualifier, char_start=m.start, char_end=m.end, timex_type=m.timex_type,
                                  timex_value=m.timex_value, rule=m.rule)
                             for m in d.dates if not m.calendar],
        "comments": [dict(doc_id=doc_id, comment_no=c.comment_no, author=c.author, published=c.published, text=c.text)
                     for c in d.comments],
    }


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
