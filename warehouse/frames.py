"""Stage a run's results as one DataFrame per warehouse table.

Pure: outcomes in, DataFrames out.  Column names follow
``warehouse/schema.sql``; types are cast by the loader from the live schema,
so this module never repeats them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence

import pandas as pd

from extract.files import FileInfo
from transform.model import CleanDocument

DOC_TABLES = ("documents", "paragraphs", "artefacts", "citations", "bibliography", "date_mentions",
              "line_fingerprints", "comments")


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


def _frame(rows: list[dict], columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns)) if rows else pd.DataFrame(columns=list(columns))


def document_frames(staged: Iterable[StagedDoc], run_id: str, now: dt.datetime) -> dict[str, pd.DataFrame]:
    """One DataFrame per document-level table for the staged documents."""
    docs, paras, arts, cits, bibs, dates, prints, comments = [], [], [], [], [], [], [], []
    for s in staged:
        d, doc_id = s.doc, s.doc_id
        docs.append(
            dict(
                doc_id=doc_id, source_path=s.info.source_path, source_sha256=s.info.sha256,
                format=s.format, title=d.title, authors=list(d.authors), published=d.published,
                body_text=d.body_text, word_count=d.word_count, ingested_at=now, run_id=run_id,
                encoding=s.encoding, family=s.family, published_precision=d.published_precision,
            )
        )
        prints.extend(dict(doc_id=doc_id, family=s.family, line_key=k, example=ex) for k, ex in d.fingerprints)
        paras.extend(
            dict(doc_id=doc_id, para_no=p.para_no, kind=p.kind, section=p.section, page=p.page,
                 text=p.text, char_start=p.char_start, char_end=p.char_end)
            for p in d.paragraphs
        )
        arts.extend(dict(doc_id=doc_id, kind=a.kind, rule=a.rule, text=a.text, page=a.page) for a in d.artefacts)
        cits.extend(
            dict(doc_id=doc_id, para_no=c.para_no, kind=c.kind, raw=c.raw, marker=c.marker,
                 authors=list(c.authors), year=c.year, pages=c.pages, cite_key=c.cite_key,
                 ref_no=c.ref_no, char_start=c.start, char_end=c.end, group_no=c.group,
                 year_suffix=c.year_suffix)
            for c in d.citations
        )
        bibs.extend(
            dict(doc_id=doc_id, ref_no=b.ref_no, raw=b.raw, authors=list(b.authors), year=b.year,
                 title=b.title, cite_key=b.cite_key)
            for b in d.bibliography
        )
        comments.extend(
            dict(doc_id=doc_id, comment_no=c.comment_no, author=c.author, published=c.published, text=c.text)
            for c in d.comments
        )
        dates.extend(
            dict(doc_id=doc_id, para_no=m.para_no, raw=m.raw, edtf=m.edtf, date_start=m.date_start,
                 date_end=m.date_end, precision=m.precision, qualifier=m.qualifier,
                 char_start=m.start, char_end=m.end, inferred_year=m.inferred_year)
            for m in d.dates
        )
    return {
        "documents": _frame(docs, ["doc_id", "source_path", "source_sha256", "format", "title", "authors",
                                   "published", "body_text", "word_count", "ingested_at", "run_id", "encoding",
                                   "family", "published_precision"]),
        "paragraphs": _frame(paras, ["doc_id", "para_no", "kind", "section", "page", "text", "char_start", "char_end"]),
        "artefacts": _frame(arts, ["doc_id", "kind", "rule", "text", "page"]),
        "citations": _frame(cits, ["doc_id", "para_no", "kind", "raw", "marker", "authors", "year", "pages",
                                   "cite_key", "ref_no", "char_start", "char_end", "group_no", "year_suffix"]),
        "bibliography": _frame(bibs, ["doc_id", "ref_no", "raw", "authors", "year", "title", "cite_key"]),
        "date_mentions": _frame(dates, ["doc_id", "para_no", "raw", "edtf", "date_start", "date_end", "precision",
                                        "qualifier", "char_start", "char_end", "inferred_year"]),
        "line_fingerprints": _frame(prints, ["doc_id", "family", "line_key", "example"]),
        "comments": _frame(comments, ["doc_id", "comment_no", "author", "published", "text"]),
    }


def drop_docs(frames: dict[str, pd.DataFrame], doc_ids: Iterable[str]) -> dict[str, pd.DataFrame]:
    """The same frames without the rows of ``doc_ids`` (documents that failed validation)."""
    bad = set(doc_ids)
    if not bad:
        return frames
    return {name: df[~df["doc_id"].isin(bad)].reset_index(drop=True) for name, df in frames.items()}
