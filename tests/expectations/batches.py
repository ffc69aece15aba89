"""Staged frames for the expectation tests, built by hand from a few sentences.

Offsets are worked out with ``str.index`` on the body so the clean batch is
right by construction; tests then break one thing at a time.
"""
from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd

RUN_DATE = dt.date(2026, 3, 1)
SEEN = pd.Timestamp("2026-03-01 10:00:00")


def doc_id(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def document_rows(name: str, paragraphs: list[tuple[str, str]]):
    """Rows of every doc-level table for one document.

    ``paragraphs`` holds (kind, text).  Texts mark a footnote spot with ``^`` (the
    marker was removed, so ``^`` is dropped from the body) and are scanned for the
    citations and dates below.
    """
    did = doc_id(name)
    texts = [text.replace("^", "") for _, text in paragraphs]
    body = "\n\n".join(texts)

    rows = {"paragraphs": [], "citations": [], "bibliography": [], "date_mentions": [], "artefacts": []}
    start = 0
    for para_no, ((kind, marked), text) in enumerate(zip(paragraphs, texts)):
        rows["paragraphs"].append(dict(
            doc_id=did, para_no=para_no, kind=kind, section=None, page=None, text=text,
            char_start=start, char_end=start + len(text)))
        if "^" in marked:
            spot = start + marked.index("^")
            rows["citations"].append(dict(
                doc_id=did, para_no=para_no, kind="footnote", raw="1", marker=1, authors=None,
                year=None, pages=None, cite_key=None, ref_no=1, char_start=spot, char_end=spot))
        for raw, kind, marker, authors, year, ref_no in CITATIONS:
            if raw in text:
                at = start + text.index(raw)
                rows["citations"].append(dict(
                    doc_id=did, para_no=para_no, kind=kind, raw=raw, marker=marker, authors=authors,
                    year=year, pages=None, cite_key=None, ref_no=ref_no,
                    char_start=at, char_end=at + len(raw)))
        for raw, edtf, first, last, precision, qualifier in DATES:
            if raw in text:
                at = start + text.index(raw)
                rows["date_mentions"].append(dict(
                    doc_id=did, para_no=para_no, raw=raw, edtf=edtf, date_start=first, date_end=last,
                    precision=precision, qualifier=qualifier, char_start=at, char_end=at + len(raw),
                    inferred_year=False))
        start += len(text) + 2

    rows["bibliography"] = [
        dict(doc_id=did, ref_no=1, raw="Amin, S. (2016). Pakistan and Russia. Karachi.", authors=["Amin"],
             year=2016, title="Pakistan and Russia", cite_key="amin2016"),
        dict(doc_id=did, ref_no=2, raw="Khan, A. (1999). The Cold War in Asia.", authors=["Khan"],
             year=1999, title="The Cold War in Asia", cite_key="khan1999"),
    ]
    rows["artefacts"] = [dict(doc_id=did, kind="download_banner", rule="download_size_banner",
                              text="Download 75.83 Kb.", page=None)]
    rows["documents"] = [dict(
        doc_id=did, source_path=f"{name}.txt", source_sha256=did, format="txt",
        title="Pakistan-Russia Relations", authors=["Azmat Hayat Khan"], published=None,
        body_text=body, word_count=len(body.split()), encoding="utf-8", site=None)]
    rows["source_files"] = [dict(
        source_path=f"{name}.txt", sha256=did, size_bytes=len(body.encode()), doc_id=did,
        status="loaded", first_seen=SEEN, last_seen=SEEN, mtime=SEEN)]
    return rows


# (raw, kind, marker, authors, year, ref_no)
CITATIONS = [
    ("(Amin, 2016)", "author_year", None, ["Amin"], 2016, 1),
    ("[2]", "numeric", 2, None, None, 2),
]
# (raw, edtf, date_start, date_end, precision, qualifier)
DATES = [
    ("21 November 2014", "2014-11-21", dt.date(2014, 11, 21), dt.date(2014, 11, 21), "day", None),
    ("the early 1990s", "199X", dt.date(1990, 1, 1), dt.date(1993, 12, 31), "decade", "early"),
    ("spring 1965", "1965-21", dt.date(1965, 3, 1), dt.date(1965, 5, 31), "season", None),
    ("11:56 am", None, None, None, "time", None),
]

PARAGRAPHS = [
    ("heading", "Pakistan-Russia Relations"),
    ("paragraph", "The two states met on 21 November 2014 (Amin, 2016). The Su-27 deal and the "
                  "Shanghai-5 talks followed; growth was 3.5 per cent, see p.41 and Fig.3.^ Talks "
                  "resumed at 11:56 am."),
    ("list_item", "Relations improved in the early 1990s, as [2] notes."),
    ("quote", "In spring 1965 the delegation arrived in 1950. That is all."),
]


def frames_for(documents: dict[str, list[tuple[str, str]]]) -> dict[str, pd.DataFrame]:
    tables: dict[str, list[dict]] = {}
    for name, paragraphs in documents.items():
        for table, rows in document_rows(name, paragraphs).items():
            tables.setdefault(table, []).extend(rows)
    return {table: pd.DataFrame(rows) for table, rows in tables.items()}


def clean_frames() -> dict[str, pd.DataFrame]:
    """Two documents whose rows pass every expectation."""
    return frames_for({"alpha": PARAGRAPHS, "beta": PARAGRAPHS[1:]})


def many_documents(count: int, paragraphs_per_doc: int = 40) -> dict[str, pd.DataFrame]:
    """``count`` documents of realistic size (~25 KB of body text each)."""
    filler = ("Islamabad and Moscow have tried to widen trade, energy and defence ties while each "
              "keeps its older partners; analysts read the shift in the light of regional security. ")
    paragraphs = [("heading", "Pakistan-Russia Relations")] + [
        ("paragraph", filler * 3 + PARAGRAPHS[1 + i % 3][1]) for i in range(paragraphs_per_doc - 1)
    ]
    return frames_for({f"doc{i:03d}": paragraphs for i in range(count)})
