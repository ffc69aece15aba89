"""Worker processes (flows/isolation.py, flows/worker.py), without Prefect: a file that takes
too long, eats memory or crashes its worker is quarantined with its own reason, the worker is
replaced, and the batch's other files are still staged."""
from __future__ import annotations

import datetime as dt
import hashlib
import os

import duckdb
import pytest

from extract.files import FileInfo
from flows.isolation import close_pool, pool_for, run_batch
from flows.worker import WorkerSetup
from transform.rules import DEFAULT_RULES

GOOD = ("Notes on the Ferry\n\nThe ferry crossed the estuary twice a day in the years before the bridge "
        "was built, and the ledgers of its owners record every crossing and the weather of 1931.\n")


def _file(root, name, data: bytes) -> FileInfo:
    (root / name).write_bytes(data)
    st = (root / name).stat()
    return FileInfo(name, hashlib.sha256(data).hexdigest(), st.st_size, dt.datetime.fromtimestamp(st.st_mtime))


@pytest.fixture
def setup(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    return root, WorkerSetup(ingest=str(root), rules=DEFAULT_RULES, templates={}, timeout_s=3.0, memory_mb=400,
                             workers=1)


def test_a_batch_survives_a_crash_a_hang_and_a_memory_hog(setup, tmp_path, monkeypatch):
    root, cfg = setup
    monkeypatch.setenv("CRUFTLESS_TEST_ABORT_ON", "abort-me")
    files = [
        _file(root, "good-1.txt", GOOD.encode()),
        _file(root, "abort-me.txt", GOOD.encode() + b"\nThis one crashes its worker.\n"),
        _file(root, "good-2.txt", GOOD.replace("ferry", "barge").encode()),
        # 60 MB of text in one line: more than 400 MB to decode and clean, and more than 3 s
        _file(root, "hog.txt", b"estuary ferry ledger " * 3_000_000),
        _file(root, "good-3.txt", GOOD.replace("ferry", "lighter").encode()),
    ]
    try:
        result = run_batch("test-run", cfg, [("file", f) for f in files], str(tmp_path / "stage" / "p1-000001-x"))
    finally:
        close_pool("test-run")
    by_name = {o.info.source_path: o for o in result.outcomes}
    assert [n for n, o in by_name.items() if o.ok] == ["good-1.txt", "good-2.txt", "good-3.txt"]
    assert by_name["abort-me.txt"].reason == "worker_crashed" and "SIGABRT" in by_name["abort-me.txt"].detail
    assert by_name["hog.txt"].reason in ("too_much_memory", "timeout")
    assert "file_memory_mb" in by_name["hog.txt"].detail or "file_timeout_s" in by_name["hog.txt"].detail
    staged = duckdb.sql(f"SELECT source_path FROM read_parquet('{tmp_path}/stage/p1-000001-x/documents.parquet') "
                        "ORDER BY 1").fetchall()
    assert staged == [("good-1.txt",), ("good-2.txt",), ("good-3.txt",)]
    outcomes = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/stage/p1-000001-x/outcomes.parquet')")
    assert outcomes.fetchone()[0] == 5


def test_workers_end_with_their_pool(setup, tmp_path):
    root, cfg = setup
    f = _file(root, "good.txt", GOOD.encode())
    pool = pool_for("pool-run")
    with pool.worker(cfg) as lease:
        outcome, blob = lease.process(("file", f))
        pid = lease.worker.proc.pid
    assert outcome.ok and blob
    close_pool("pool-run")
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
