"""The one place that opens the DuckDB warehouse.

DuckDB lets one process hold a file read-write, and a read-write holder shuts
every other process out (read-only holders share the file but block writers).
So a run never keeps the file open: it opens it briefly to read the manifest
and again for the single load transaction.

Analysts keep a read-only session open for hours, so a run cannot wait for
them.  When only readers hold the file, the load works on a copy beside it
(``<db>.next``) and swaps it in with one atomic rename: open sessions keep the
old file (their inode) and go on working; new sessions see the new data.
When nobody holds the file the load writes in place (no copy).  A writer that
holds it (another program) is waited for, with backoff.
"""
from __future__ import annotations

import os
import shlex
import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import duckdb

from warehouse.schema import apply_schema

T = TypeVar("T")


class WarehouseBusy(RuntimeError):
    """The database stayed locked by another process for longer than allowed."""


# DuckDB's words when another process holds the file ("Could not set lock on file …: Conflicting
# lock is held in …"); a damaged file ("… block …", "checksum") is not a lock and is not waited for.
_LOCK_ERROR = re.compile(r"could not set lock|conflicting lock|\block on file\b|being used by another process", re.I)


def _is_lock_error(exc: Exception) -> bool:
    return bool(_LOCK_ERROR.search(str(exc)))


def _busy(db: Path, waited: float) -> WarehouseBusy:
    return WarehouseBusy(
        f"{db} is held by another process (an open DuckDB session or a running "
        f"cruftless run) and stayed locked for {waited:.0f} s. Close it, or open it "
        "read-only for analysis (see README: 'Scheduling, watching and concurrent readers'), then run again."
    )


def while_locked(db: Path, attempt: Callable[[], T | None], wait_seconds: float,
                 on_wait: Callable[[float], None] | None = None) -> T:
    """``attempt()`` (None: the file is locked), tried again with backoff (0.1 s doubling to
    5 s) while another process holds ``db``, for up to ``wait_seconds``; then :class:`WarehouseBusy`."""
    delay, waited = 0.1, 0.0
    while True:
        result = attempt()
        if result is not None:
            return result
        if waited >= wait_seconds:
            raise _busy(db, waited)
        if on_wait:
            on_wait(waited)
        time.sleep(delay)
        waited += delay
        delay = min(delay * 2, 5.0)


def unless_locked(action: Callable[[], T]) -> T | None:
    """``action()``, or None when DuckDB says another process holds the file's lock."""
    try:
        return action()
    except duckdb.IOException as exc:
        if _is_lock_error(exc):
            return None
        raise


@contextmanager
def open_warehouse(
    db: Path,
    *,
    read_only: bool = False,
    wait_seconds: float = 120.0,
    on_wait: Callable[[float], None] | None = None,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open ``db`` (creating it and its schema when writing), waiting while it is locked."""
    if not read_only:
        db.parent.mkdir(parents=True, exist_ok=True)
    elif not db.exists():
        raise FileNotFoundError(f"{db} does not exist yet: build it with `cruftless run --ingest FOLDER --db {shlex.quote(str(db))}` "
                                "(FOLDER: your ingest folder)")
    con = while_locked(db, lambda: unless_locked(lambda: duckdb.connect(str(db), read_only=read_only)),
                       wait_seconds, on_wait)
    try:
        if not read_only:
            apply_schema(con)
        yield con
    finally:
        con.close()


# --- Runs: read the manifest and load without taking the file from analysts -------------

def staging_path(db: Path) -> Path:
    """Where a run builds the next database while analysts hold the published one."""
    return db.with_name(db.name + ".next")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def remove_staging(db: Path) -> None:
    """Delete a half-built ``<db>.next`` (a run killed before its swap).  Call under the run lock."""
    for path in (staging_path(db), _wal(staging_path(db))):
        path.unlink(missing_ok=True)


# A run's DuckDB work (the load, the full-text index) spills to disk past this, so a run's
# memory stays flat however large the warehouse grows.
RUN_MEMORY_LIMIT = "512MB"


def _run_config(path: Path) -> dict:
    return {"memory_limit": RUN_MEMORY_LIMIT, "temp_directory": str(path.with_name(path.name + ".tmp"))}


def _try_connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection | None:
    """A connection for a run, or None when another process holds a conflicting lock."""
    return unless_locked(lambda: duckdb.connect(str(path), read_only=read_only, config=_run_config(path)))


def _claim(db: Path, wait_seconds: float, on_wait) -> tuple[str, duckdb.DuckDBPyConnection]:
    """("write", con) when the file is free; ("read", con) when only readers hold it
    (con is then read-only); waits with backoff while a writer holds it."""
    db.parent.mkdir(parents=True, exist_ok=True)

    def attempt():
        for mode, read_only in (("write", False), ("read", True)):
            con = _try_connect(db, read_only=read_only)
            if con is not None:
                return mode, con
        return None

    return while_locked(db, attempt, wait_seconds, on_wait)


@contextmanager
def open_snapshot(db: Path, *, wait_seconds: float = 120.0, on_wait=None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Read the warehouse at the start of a run: read-write when free (creating the file and
    applying the schema), else read-only beside the analysts who hold it."""
    mode, con = _claim(db, wait_seconds, on_wait)
    try:
        if mode == "write":
            apply_schema(con)
        yield con
    finally:
        con.close()


def _fsync(path: Path, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def open_for_load(db: Path, *, wait_seconds: float = 120.0, on_wait=None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Write access for one run's load, which must commit its own transaction.

    Free file: in place (DuckDB's transaction and WAL make it all-or-nothing).
    Held by readers: on a copy, ``<db>.next``, renamed over ``db`` after a clean
    close; on error or kill before the rename ``db`` is untouched and the copy is
    removed (here, or by the next run).  Call under the run lock.
    """
    remove_staging(db)
    mode, con = _claim(db, wait_seconds, on_wait)
    if mode == "write":
        try:
            apply_schema(con)
            yield con
        finally:
            con.close()
        return
    con.close()
    tmp = staging_path(db)
    shutil.copyfile(db, tmp)
    shutil.copymode(db, tmp)  # analysts' read permissions survive the swap
    if _wal(db).exists():  # committed by a writer that died before its checkpoint
        shutil.copyfile(_wal(db), _wal(tmp))
    con = duckdb.connect(str(tmp), config=_run_config(db))
    try:
        apply_schema(con)
        yield con
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        remove_staging(db)
        raise
    con.close()
    _fsync(tmp)
    # DuckDB would replay a WAL left beside ``db`` onto the new file (measured with 1.5.5),
    # so it goes first; its contents are already in the copy.
    _wal(db).unlink(missing_ok=True)
    os.replace(tmp, db)
    _fsync(db.parent, directory=True)


def attach_read_only(con: duckdb.DuckDBPyConnection, db: Path, alias: str = "wh", *,
                     wait_seconds: float = 120.0) -> None:
    """Attach ``db`` read-only to another connection (an in-memory one reading the stage
    beside it), waiting with backoff while a writer holds it."""
    path = str(db).replace("'", "''")
    while_locked(db, lambda: unless_locked(lambda: con.execute(f"ATTACH '{path}' AS {alias} (READ_ONLY)")),
                 wait_seconds)
