"""Runs beside analysts and beside each other, in real processes (issue 7, items 3–5).

An analyst's read-only session keeps working through a run; two runs never write at
once; a run killed in the middle of its load leaves the database as it was, and the
next run ends with the same tables as an uninterrupted one.  Each run is a separate
``cruftless`` process using one Prefect server for the session.
"""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys

import duckdb

import pytest

from warehouse.connection import open_for_load, open_warehouse, staging_path
from tests.conftest import SAMPLES
from tests.processes import CONTRACT_TABLES, Processes, cli_env, finish, table_snapshot, wait_for

BASE_FILES = ["estuary-ferry-cp1252.txt", "malabar-pepper-coal.txt", "monsoon-crop-insurance.txt",
              "sarvan-waters-accord.txt", "flying-boats-rosehaven.html"]
EMPTY = {t: [] for t in CONTRACT_TABLES}


@pytest.fixture(scope="module")
def ingest(tmp_path_factory):
    folder = tmp_path_factory.mktemp("concurrency") / "ingest"
    folder.mkdir()
    for name in BASE_FILES:
        shutil.copy2(SAMPLES / "ingest" / name, folder / name)
    return folder


def _slow_env(api_url, tmp_path, name):
    marker, release = tmp_path / f"{name}.in-load", tmp_path / f"{name}.release"
    return cli_env(api_url, CRUFTLESS_TEST_MARKER=str(marker), CRUFTLESS_TEST_RELEASE=str(release)), marker, release


def _lines(proc) -> list[dict]:
    out, _ = Processes.output(proc)
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _start_reader(procs, db, tmp_path, env, name="reader"):
    stop = tmp_path / f"{name}.stop"
    reader = procs.reader(db, stop, env, name)
    wait_for(lambda: any(x["phase"] == "held" for x in _lines(reader)), 60, "the reader to open the database")
    return reader, stop


def _stop_reader(reader, stop) -> list[dict]:
    stop.touch()
    code, out, err = finish(reader, 60)
    assert code == 0, err
    return _lines(reader)


def _runs(db):
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT status, docs_loaded FROM runs ORDER BY started_at").fetchall()


@pytest.mark.slow
def test_an_analyst_session_keeps_working_through_a_run(tmp_path, procs, prefect_api, ingest):
    db = tmp_path / "w.duckdb"
    with open_warehouse(db):  # an empty warehouse an analyst has open
        pass
    env = cli_env(prefect_api)

    reader, stop = _start_reader(procs, db, tmp_path, env)
    code, out, err = finish(procs.cli("run", "--ingest", str(ingest), "--db", str(db), env=env, name="run"))
    assert code == 0, out + err
    queried = len(_lines(reader))
    wait_for(lambda: len(_lines(reader)) >= queried + 3, 30, "the reader to query after the run")
    seen = _stop_reader(reader, stop)

    assert not [x for x in seen if x["phase"] == "error"]
    assert seen[0]["phase"] == "open" and seen[-1]["phase"] == "reopened"
    held = seen[:-1]
    assert all(x["documents"] == x["paragraphs"] == x["files"] == 0 for x in held)  # its snapshot, throughout
    after = seen[-1]
    assert after["documents"] == after["files"] == len(BASE_FILES) and after["paragraphs"] > 0
    assert after["orphans"] == 0
    assert not staging_path(db).exists() and not db.with_name(db.name + ".wal").exists()
    assert _runs(db) == [("completed", len(BASE_FILES))]


@pytest.mark.slow
def test_two_runs_never_write_at_once(tmp_path, procs, prefect_api, ingest):
    db = tmp_path / "w.duckdb"
    args = ["run", "--ingest", str(ingest), "--db", str(db)]
    slow_env, in_load, release = _slow_env(prefect_api, tmp_path, "first")

    first = procs.cli(*args, env=slow_env, name="first", slow_load=True)
    wait_for(in_load.exists, 180, "the first run to reach its load")
    second = procs.cli(*args, "--wait", "0", env=cli_env(prefect_api), name="second")
    queued = procs.cli(*args, "--wait", "300", env=cli_env(prefect_api), name="queued")

    code, out, err = finish(second)
    assert code == 3, out + err
    assert "another cruftless run" in err and "did nothing" in err and "--wait" in err
    assert first.poll() is None and queued.poll() is None  # the queued run is still waiting its turn
    release.touch()
    code, out, err = finish(first)
    assert code == 0, out + err
    code, out, err = finish(queued)
    assert code == 0, out + err

    assert _runs(db) == [("completed", len(BASE_FILES)), ("completed", 0)]  # nothing loaded twice
    assert table_snapshot(db)["documents"] and len(table_snapshot(db)["documents"]) == len(BASE_FILES)


@pytest.mark.slow
def test_a_run_killed_during_its_load_leaves_the_database_as_it_was(tmp_path, procs, prefect_api, ingest):
    db = tmp_path / "w.duckdb"
    args = ["run", "--ingest", str(ingest), "--db", str(db)]
    # What an uninterrupted run makes (its own file, run alongside).
    reference = tmp_path / "reference.duckdb"
    uninterrupted = procs.cli("run", "--ingest", str(ingest), "--db", str(reference), env=cli_env(prefect_api),
                              name="uninterrupted")

    # 1. Nobody else holds the file: the load writes in place, inside one transaction.
    env, in_load, _ = _slow_env(prefect_api, tmp_path, "in-place")
    run = procs.cli(*args, env=env, name="in-place", slow_load=True)
    wait_for(in_load.exists, 180, "the run to reach its load")
    Processes.kill(run, signal.SIGKILL)
    run.wait(30)
    assert table_snapshot(db) == EMPTY

    # 2. An analyst holds the file: the load works on a copy, killed before the swap.
    reader, stop = _start_reader(procs, db, tmp_path, cli_env(prefect_api))
    env, in_load, _ = _slow_env(prefect_api, tmp_path, "swap")
    run = procs.cli(*args, env=env, name="swap", slow_load=True)
    wait_for(in_load.exists, 180, "the run to reach its load")
    assert staging_path(db).exists()
    Processes.kill(run, signal.SIGKILL)
    run.wait(30)
    seen = _stop_reader(reader, stop)
    assert all(x.get("documents") == 0 for x in seen), seen
    assert table_snapshot(db) == EMPTY

    # 3. The next run completes the work and cleans up the half-built copy.
    code, out, err = finish(procs.cli(*args, env=cli_env(prefect_api), name="rerun"))
    assert code == 0, out + err
    code, out, err = finish(uninterrupted)
    assert code == 0, out + err
    assert table_snapshot(db) == table_snapshot(reference) != EMPTY
    assert not staging_path(db).exists()
    assert [s for s, _ in _runs(db)] == ["completed"]


# --- the load's two ways to write, without Prefect (a reader in another process) -----------

HOLD = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:  # one query per line received; stops when stdin closes
    print(con.execute("SELECT count(*), sum(x) FROM t").fetchone()[0], flush=True)
"""


class Reader:
    """A process holding a read-only connection; ``count()`` asks it what it sees."""

    def __init__(self, db):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def count(self) -> int:
        self.proc.stdin.write("?\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self):
        try:
            self.proc.stdin.close()
            self.proc.wait(10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def reader_of():
    readers = []

    def start(db):
        readers.append(Reader(db))
        return readers[-1]

    yield start
    for r in readers:
        r.close()


def _count(db) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM t").fetchone()[0]


def _table_t(db, rows=10):
    with duckdb.connect(str(db)) as con:
        con.execute(f"CREATE TABLE t AS SELECT range AS x FROM range({rows})")


def test_the_load_writes_in_place_when_nobody_reads(tmp_path):
    db = tmp_path / "w.duckdb"
    _table_t(db)
    inode = db.stat().st_ino
    with open_for_load(db, wait_seconds=5) as con:
        assert not staging_path(db).exists()
        con.execute("INSERT INTO t SELECT range FROM range(10, 15)")
    assert db.stat().st_ino == inode and _count(db) == 15


def test_the_load_swaps_in_a_copy_while_a_reader_holds_the_file(tmp_path, reader_of):
    db = tmp_path / "w.duckdb"
    _table_t(db)
    db.chmod(0o640)
    reader = reader_of(db)
    assert reader.count() == 10
    inode = db.stat().st_ino
    with open_for_load(db, wait_seconds=5) as con:
        assert staging_path(db).exists()
        con.execute("INSERT INTO t SELECT range FROM range(10, 30)")
        assert reader.count() == 10
    assert db.stat().st_ino != inode and not staging_path(db).exists()
    assert db.stat().st_mode & 0o777 == 0o640
    assert reader.count() == 10  # its session keeps the file it opened
    assert _count(db) == 30 and reader_of(db).count() == 30  # new sessions see the new file

    with pytest.raises(RuntimeError):  # a failed load leaves the published file as it was
        with open_for_load(db, wait_seconds=5) as con:
            con.execute("INSERT INTO t SELECT range FROM range(100)")
            raise RuntimeError("boom")
    assert _count(db) == 30 and not staging_path(db).exists()


def test_a_stale_copy_is_removed_and_a_crashed_writers_wal_is_not_replayed_twice(tmp_path, reader_of):
    db = tmp_path / "w.duckdb"
    _table_t(db)
    # A writer commits 5 rows and dies before its checkpoint: they live in <db>.wal.
    crash = ("import duckdb, os, sys; c = duckdb.connect(sys.argv[1]); "
             "c.execute('INSERT INTO t SELECT range FROM range(10, 15)'); os.kill(os.getpid(), 9)")
    subprocess.run([sys.executable, "-c", crash, str(db)])
    assert db.with_name(db.name + ".wal").exists()
    staging_path(db).write_bytes(b"half-built copy of a killed run")
    reader = reader_of(db)
    assert reader.count() == 15
    with open_for_load(db, wait_seconds=5) as con:
        con.execute("INSERT INTO t SELECT range FROM range(15, 20)")
    assert not db.with_name(db.name + ".wal").exists() and not staging_path(db).exists()
    assert _count(db) == 20  # a replayed WAL would have added its 5 rows again


@pytest.mark.parametrize("message, lock", [
    ("IO Error: Could not set lock on file \"w.duckdb\": Conflicting lock is held in python (PID 12)", True),
    ("IO Error: Corrupt database file: computed checksum does not match stored checksum in block 7", False),
    ("IO Error: Could not read enough bytes from file: block 3", False),
])
def test_a_damaged_file_is_not_taken_for_a_lock(message, lock):
    from warehouse.connection import _is_lock_error

    assert _is_lock_error(duckdb.IOException(message)) is lock


def test_a_damaged_database_fails_at_once_with_its_own_error(tmp_path):
    db = tmp_path / "w.duckdb"
    _table_t(db)
    data = bytearray(db.read_bytes())
    data[5000:9000] = b"\xff" * 4000  # scribble over a block
    db.write_bytes(bytes(data))
    import time

    started = time.monotonic()
    with pytest.raises(Exception) as caught:
        with open_warehouse(db, wait_seconds=60):
            pass
    assert time.monotonic() - started < 30 and "held by another process" not in str(caught.value)
