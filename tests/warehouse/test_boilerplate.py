"""Templates learned incrementally (warehouse/boilerplate.py): counted in SQL over the stored
and the staged fingerprints, near-copies once, and the documents to clean again."""
from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from extract.files import FileInfo
from transform.model import CleanDocument, Paragraph
from transform.templates import TemplatePolicy, signature
from warehouse.boilerplate import relearn, stored_templates
from warehouse.frames import StagedDoc, document_rows
from warehouse.staging import write_batch

T = dt.datetime(2026, 3, 1)
BANNER = ("banner-key", "Friends of the Estuary Archive")
TOPICS = ["ferries", "tolls", "ice boats", "bridges", "slipways", "ledgers", "pilots", "cranes"]


def doc_rows(doc_id: str, lines: list[str], keys: list[tuple[str, str]], applied=()):
    text = "\n\n".join(lines)
    doc = CleanDocument(title=None, authors=(), published=None, body_text=text, word_count=len(text.split()),
                        paragraphs=tuple(Paragraph(i, "paragraph", None, None, ln, 0, len(ln)) for i, ln in enumerate(lines)),
                        fingerprints=tuple(keys))
    rows = document_rows(StagedDoc(FileInfo(f"{doc_id}.txt", doc_id, 1, T), "txt", None, doc, "folder:notes"))
    for r in rows["line_fingerprints"]:
        r["applied"] = r["line_key"] in applied
    rows["doc_signatures"] = [dict(doc_id=doc_id, family="folder:notes",
                                   minhash=list(signature(lines + [ex for _, ex in keys])))]
    return rows


def note(i: int, topic: str | None = None):
    topic = topic or TOPICS[i % len(TOPICS)]
    lines = [f"A note about the {topic} of the estuary, as the minutes record them in some detail."]
    return doc_rows(f"d{i}", lines, [BANNER, (f"own-{topic}-{i}", lines[0])])


def _run(tmp_path, docs, stored_db=None, removed=(), before=None):
    batch = tmp_path / "stage" / "p1-000001-aaaaaa"
    write_batch(batch, docs)
    con = duckdb.connect()
    if stored_db:
        con.execute(f"ATTACH '{stored_db}' AS wh (READ_ONLY)")
    con.register("staged_docs", pd.DataFrame({"doc_id": [d["documents"][0]["doc_id"] for d in docs],
                                              "batch": batch.name}))
    files = {t: [str(batch / f"{t}.parquet")] for t in ("line_fingerprints", "doc_signatures", "documents")}
    return relearn(con, files, removed, before if before is not None else stored_templates(con), TemplatePolicy(3, 0.3))


def test_a_line_printed_by_enough_different_documents_is_learned_and_they_are_cleaned_again(tmp_path):
    out = _run(tmp_path, [note(i) for i in range(5)])
    assert out.templates == {"folder:notes": frozenset({"banner-key"})}
    assert out.gained == {"folder:notes": frozenset({"banner-key"})}
    assert out.stale_staged == tuple(f"d{i}" for i in range(5)) and out.stale_stored == ()


def test_snapshots_of_one_note_teach_nothing(tmp_path):
    out = _run(tmp_path, [note(i, topic="ferries") for i in range(6)])  # six copies of the same lines
    assert out.templates == {} and out.stale_staged == ()


def test_a_document_cleaned_with_the_template_already_is_not_cleaned_again(tmp_path):
    docs = [note(i) for i in range(5)]
    for r in docs[0]["line_fingerprints"]:
        r["applied"] = r["line_key"] == "banner-key"
    out = _run(tmp_path, docs)
    assert "d0" not in out.stale_staged and len(out.stale_staged) == 4


def test_stored_documents_of_the_family_count_and_are_cleaned_again(tmp_path):
    db = tmp_path / "w.duckdb"
    from warehouse.schema import apply_schema

    with duckdb.connect(str(db)) as con:
        apply_schema(con)
        for i in (10, 11):
            rows = note(i)
            for table in ("documents", "line_fingerprints", "doc_signatures"):
                frame = pd.DataFrame(rows[table])
                if table == "documents":
                    frame["ingested_at"], frame["run_id"] = T, "r0"
                con.register("f", frame)
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM f")
                con.unregister("f")
    out = _run(tmp_path, [note(i) for i in range(1, 2)] + [note(2)], stored_db=db)
    assert out.templates == {"folder:notes": frozenset({"banner-key"})}  # 2 stored + 2 staged ≥ 3 and ≥ 30 %
    assert out.stale_stored == ("d10", "d11") and out.stale_staged == ("d1", "d2")
