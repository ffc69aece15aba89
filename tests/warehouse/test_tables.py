"""The table spec (warehouse/tables.py) is the one home of every column: the DDL, the comments,
the staged frames and the expectations are all read off it, and adding a column is one change."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from expectations.tables import ACCEPTED_VALUES, CONTRACT_COLUMNS, REQUIRED_COLUMNS
from warehouse import tables as spec
from warehouse.frames import COLUMNS
from warehouse.schema import apply_schema, table_statements

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def con():
    c = duckdb.connect()
    apply_schema(c)
    yield c
    c.close()


def _columns(con, table):
    return con.execute("SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() "
                       "WHERE table_name = ? ORDER BY column_index", [table]).fetchall()


@pytest.mark.parametrize("table", spec.TABLES, ids=lambda t: t.name)
def test_the_database_has_the_spec_columns_with_their_meaning(con, table):
    got = _columns(con, table.name)
    assert [(name, type_) for name, type_, _, _ in got] == [(c.name, c.type) for c in table.columns]
    (table_comment,) = con.execute("SELECT comment FROM duckdb_tables() WHERE table_name = ?", [table.name]).fetchone()
    assert table_comment == spec.table_comment(table) and table_comment.startswith(table.meaning)
    for (name, _, nullable, comment), column in zip(got, table.columns):
        assert nullable == (not (column.not_null or column.primary_key or name in table.key)), name
        if spec.has_generated(table):  # its columns' meanings are in the table's comment (spec.comment_sql)
            assert comment is None and f"{name}: {spec.column_comment(column)}" in table_comment
        else:
            assert comment == spec.column_comment(column) and comment.startswith(column.meaning)


def test_a_database_killed_right_after_its_comments_opens_again(tmp_path):
    """DuckDB 1.5.5 cannot replay COMMENT ON COLUMN of a table with a generated column from
    its WAL; the spec never writes one, so a run killed before its checkpoint loses nothing."""
    import subprocess
    import sys

    db = tmp_path / "w.duckdb"
    script = ("import duckdb, os, sys; from warehouse.schema import apply_schema; "
              "con = duckdb.connect(sys.argv[1]); con.execute('PRAGMA disable_checkpoint_on_shutdown'); "
              "apply_schema(con); os._exit(0)")
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, cwd=Path(__file__).resolve().parents[2])
    assert db.with_name(db.name + ".wal").exists()  # the comments are still only in the WAL
    with duckdb.connect(str(db)) as con:
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE comment IS NOT NULL").fetchone()[0] == len(spec.TABLES)


def test_every_table_is_in_the_spec(con):
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
    assert tables == set(spec.BY_NAME)


def test_applying_the_schema_again_writes_nothing(con):
    assert table_statements(con) == []


def test_a_new_database_is_what_the_one_script_makes(con):
    """schema_sql() (the DDL to read) makes the same tables as apply_schema."""
    other = duckdb.connect()
    other.execute(spec.schema_sql())
    for table in spec.TABLES:
        assert _columns(other, table.name) == _columns(con, table.name)


def test_an_old_database_gets_the_columns_it_lacks_with_their_defaults():
    old = duckdb.connect()
    old.execute("CREATE TABLE quarantine (source_path VARCHAR NOT NULL, sha256 VARCHAR, stage VARCHAR NOT NULL, "
                "reason VARCHAR NOT NULL, detail VARCHAR NOT NULL, run_id VARCHAR NOT NULL, \"at\" TIMESTAMP NOT NULL)")
    old.execute("INSERT INTO quarantine VALUES ('a.pdf', NULL, 'extract', 'corrupt_pdf', 'd', 'r0', now())")
    old.execute("CREATE TABLE runs (run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP NOT NULL, "
                "status VARCHAR NOT NULL)")
    apply_schema(old)
    assert old.execute("SELECT reason, doc_id, resolved FROM quarantine").fetchall() == [("corrupt_pdf", None, False)]
    assert [c[0] for c in _columns(old, "runs")][:3] == ["run_id", "started_at", "status"]
    assert {c[0] for c in _columns(old, "runs")} == {c.name for c in spec.BY_NAME["runs"].columns}
    assert table_statements(old) == []


@pytest.mark.parametrize("table", ["documents", "paragraphs", "citations", "date_mentions", "source_files"])
def test_expectations_and_frames_read_the_spec(table):
    t = spec.BY_NAME[table]
    assert set(CONTRACT_COLUMNS[table]) == {c.name for c in t.columns if c.contract} - {"ingested_at", "run_id"}
    assert set(REQUIRED_COLUMNS[table]) <= {c.name for c in t.columns if c.not_null or c.primary_key}
    assert ACCEPTED_VALUES[table] == {c.name: c.accepted for c in t.columns if c.accepted}
    if table in COLUMNS:
        assert COLUMNS[table] == tuple(c.name for c in t.columns if c.generated is None)


def test_accepted_values_are_the_producers_constants():
    from extract import reasons
    from transform import model
    from warehouse import manifest

    assert spec.BY_NAME["paragraphs"].column("kind").accepted is model.BLOCK_KINDS
    assert spec.BY_NAME["citations"].column("kind").accepted is model.CITATION_KINDS
    assert spec.BY_NAME["documents"].column("format").accepted is model.FORMATS
    assert spec.BY_NAME["source_files"].column("status").accepted is manifest.FILE_STATUSES
    assert spec.BY_NAME["quarantine"].column("reason").accepted == tuple(reasons.REASONS)


# The test of "adding a column is one change": a child process adds two columns to the
# citations spec (and, as the model would, the attribute they are read from) before anything
# reads it, and shows the DDL, an old database, the staged rows and the suites all have them.
ONE_CHANGE = textwrap.dedent('''
    import dataclasses, datetime as dt, duckdb
    from warehouse import tables as spec
    from transform import model

    old_db = duckdb.connect()
    old_db.execute(spec.create_sql(spec.BY_NAME["citations"]))  # citations as it is today
    old_db.execute("INSERT INTO citations (doc_id, kind, raw) VALUES ('d0', 'numeric', '[1]')")

    # -- the one change: two columns in the spec (the model gains the attribute they come from) --
    t = spec.BY_NAME["citations"]
    t = dataclasses.replace(t, columns=t.columns + (
        spec.Column("confidence", "DOUBLE", "how sure the parser is", not_null=True, default="1.0"),
        spec.Column("style", "VARCHAR", "how the citation is printed", not_null=True,
                    accepted=("inline", "bracketed"))))
    spec.TABLES = tuple(t if x.name == "citations" else x for x in spec.TABLES)
    spec.BY_NAME["citations"] = t
    model.Citation.confidence = property(lambda self: 0.5)
    model.Citation.style = property(lambda self: "bracketed")
    # -----------------------------------------------------------------------------------------

    from warehouse.schema import apply_schema
    new_db = duckdb.connect()
    apply_schema(new_db)
    cols = new_db.execute("SELECT column_name, data_type, is_nullable, comment FROM duckdb_columns() "
                          "WHERE table_name = 'citations'").fetchall()
    assert ("confidence", "DOUBLE", False, "how sure the parser is") in cols, cols
    assert ("style", "VARCHAR", False, "how the citation is printed; one of: inline, bracketed") in cols, cols

    apply_schema(old_db)  # the old database gets them, its rows the default (ADD COLUMN adds no NOT NULL)
    assert old_db.execute("SELECT confidence, style FROM citations").fetchall() == [(1.0, None)]

    from extract.files import FileInfo
    from warehouse.frames import COLUMNS, StagedDoc, document_frames
    assert COLUMNS["citations"][-2:] == ("confidence", "style")
    cite = model.Citation(para_no=0, kind="numeric", raw="[1]", start=0, end=3, marker=1)
    doc = model.CleanDocument(title="T", authors=(), published=None, body_text="[1] x", word_count=1,
                              paragraphs=(), citations=(cite,))
    staged = StagedDoc(FileInfo("a.txt", "a" * 64, 5, None), "txt", None, doc)
    frames = document_frames([staged], "r1", dt.datetime(2026, 1, 1))
    assert frames["citations"][["confidence", "style"]].values.tolist() == [[0.5, "bracketed"]]

    import pathlib, tempfile
    import pyarrow.parquet as pq
    from warehouse.staging import stage_documents
    files, _ = stage_documents(pathlib.Path(tempfile.mkdtemp()) / "b1", [staged])  # the stage's Parquet
    assert pq.read_table(files["citations"][0]).select(["confidence", "style"]).to_pylist() == [
        {"confidence": 0.5, "style": "bracketed"}]

    from expectations.tables import ACCEPTED_VALUES, REQUIRED_COLUMNS
    assert "style" in REQUIRED_COLUMNS["citations"]  # "confidence" has a default: a frame may leave it out
    assert ACCEPTED_VALUES["citations"]["style"] == ("inline", "bracketed")
    import great_expectations as gx
    gx.get_context(mode="ephemeral")
    from expectations import suites
    names = [e.meta["name"] for e in suites.citations().expectations]
    assert "citations.style_allowed" in names, names
    print("picked up")
''')


def test_adding_a_column_is_one_change():
    done = subprocess.run([sys.executable, "-c", ONE_CHANGE], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("picked up")
