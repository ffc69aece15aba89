"""The stage (warehouse/staging.py): batches written whole or not at all, kept per engine key,
reused after a killed run."""
from __future__ import annotations

import datetime as dt

import duckdb

from extract.files import FileInfo
from flows.worker import FileOutcome
from transform.model import CleanDocument, Paragraph
from warehouse.frames import StagedDoc
from warehouse.staging import Stage, outcome_row, stage_documents, write_batch

T = dt.datetime(2026, 3, 1, 12, 0)


def staged(path: str, sha: str, text: str) -> StagedDoc:
    doc = CleanDocument(title="T", authors=("Jane Doe",), published=None, body_text=text,
                        word_count=len(text.split()), paragraphs=(Paragraph(0, "paragraph", None, None, text, 0, len(text)),),
                        fingerprints=(("k1", "A banner"),))
    return StagedDoc(FileInfo(path, sha, 10, T), "txt", "utf-8", doc)


def test_a_batch_is_written_per_table_with_its_batch_id(tmp_path):
    files, load_docs = stage_documents(tmp_path / "b1", [staged("a.txt", "a" * 64, "alpha text"),
                                                         staged("b.txt", "b" * 64, "beta text")])
    assert set(files) >= {"documents", "paragraphs", "line_fingerprints"}
    rows = duckdb.sql(f"SELECT doc_id, batch, body_text FROM read_parquet({files['documents']!r}) ORDER BY 1").fetchall()
    assert rows == [("a" * 64, "b1", "alpha text"), ("b" * 64, "b1", "beta text")]
    assert list(load_docs["batch"]) == ["b1", "b1"]
    assert not (tmp_path / "b1.tmp").exists()


def test_stage_keeps_its_own_key_and_forgets_others_and_half_written_batches(tmp_path):
    root = tmp_path / "w.duckdb.stage"
    (root / "oldkey" / "p1-000001-aaaaaa").mkdir(parents=True)
    (root / "key" / "p1-000001-bbbbbb.tmp").mkdir(parents=True)
    write_batch(root / "key" / "p1-000002-cccccc", [], [])
    stage = Stage(root, "key").open()
    assert not (root / "oldkey").exists()
    assert [b.name for b in stage.batches()] == ["p1-000002-cccccc"]
    assert stage.new_batch("p2-").name.startswith("p2-000002-")
    stage.clear()
    assert not root.exists()


def test_previous_outcomes_are_the_latest_per_file(tmp_path):
    stage = Stage(tmp_path / "stage", "key").open()
    info = FileInfo("a.txt", "a" * 64, 10, T)
    write_batch(stage.new_batch("p1-"), [], [outcome_row(FileOutcome(info, False, "extract", "timeout", "slow"))])
    write_batch(stage.new_batch("p2-"), [], [outcome_row(FileOutcome(info, True, family="folder:"))])
    (row,) = stage.previous_outcomes(duckdb.connect())
    assert (row["source_path"], row["ok"], row["batch"][:3]) == ("a.txt", True, "p2-")
