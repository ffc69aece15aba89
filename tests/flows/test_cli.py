"""The command line, in process (typer's CliRunner), on a copy of the samples."""
from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import SAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, prefect_harness):
    root = tmp_path_factory.mktemp("cli")
    ingest = root / "ingest"
    shutil.copytree(SAMPLES / "ingest", ingest)
    (ingest / "empty.txt").write_bytes(b"")
    db = root / "w.duckdb"
    result = runner.invoke(app, ["run", "--ingest", str(ingest), "--db", str(db)])
    return ingest, db, result


def test_run_exits_0_with_a_summary_even_when_a_file_is_quarantined(loaded):
    _, db, result = loaded
    assert result.exit_code == 0, result.output
    for word in ("files seen", "loaded", "quarantined", str(db)):
        assert word in result.output
    assert "cruftless quarantine" in result.output


def test_status_lists_runs_and_tables(loaded):
    _, db, _ = loaded
    result = runner.invoke(app, ["status", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "documents" in result.output and "completed" in result.output


def test_explain_shows_removals_by_rule(loaded):
    _, db, _ = loaded
    result = runner.invoke(app, ["explain", "sarvan", "--db", str(db), "--width", "0"])
    assert result.exit_code == 0, result.output
    assert "download_size_banner" in result.output and "breadcrumb_trail" in result.output


def test_explain_unknown_document(loaded):
    _, db, _ = loaded
    result = runner.invoke(app, ["explain", "no-such-thing", "--db", str(db)])
    assert result.exit_code == 1 and "no document or quarantined file matches" in result.output


def test_missing_ingest_folder_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["run", "--ingest", str(tmp_path / "nope"), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2 and "ingest folder not found" in result.output


def _documents(db):
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT doc_id FROM documents ORDER BY 1").fetchall()


def test_an_empty_or_unmounted_folder_leaves_the_warehouse_intact(loaded, tmp_path):
    _, db, _ = loaded
    before = _documents(db)
    empty = tmp_path / "mount-point"
    empty.mkdir()
    other = runner.invoke(app, ["run", "--ingest", str(empty), "--db", str(db)])
    assert other.exit_code == 2, other.output  # not the folder the warehouse was built from
    assert "--switch-folder" in other.output and "nothing changed" in other.output
    result = runner.invoke(app, ["run", "--ingest", str(empty), "--db", str(db), "--switch-folder"])
    assert result.exit_code == 2, result.output  # meant to switch, but the new folder is empty
    assert "--allow-mass-delete" in result.output and "changed nothing" in result.output
    assert _documents(db) == before
    missing = runner.invoke(app, ["run", "--ingest", str(tmp_path / "not-there"), "--db", str(db)])
    assert missing.exit_code == 2 and _documents(db) == before


def test_a_config_dropped_inside_the_ingest_folder_is_not_read(loaded):
    ingest, db, _ = loaded
    before = _documents(db)
    (ingest / "cruftless.toml").write_text('[run]\nignore = ["*"]\n')
    try:
        result = runner.invoke(app, ["run", "--ingest", str(ingest), "--db", str(db)])
    finally:
        (ingest / "cruftless.toml").unlink()
    assert result.exit_code == 0, result.output
    assert "is not read as configuration" in result.output
    assert _documents(db) == before  # nothing ignored, nothing deleted (the file itself is quarantined)
