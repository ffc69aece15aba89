"""The one place that opens the DuckDB warehouse.

DuckDB lets one process hold a file read-write, and a read-write holder shuts
every other process out (read-only holders share the file but block writers).
So a run never keeps the file open: it opens it briefly to read the manifest
and again for the single load transaction, retrying with backoff while
someone else holds it.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import duckdb

from warehouse.store import apply_schema


class WarehouseBusy(RuntimeError):
    """The database stayed locked by another process for longer than allowed."""


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text or "being used by another process" in text


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
        raise FileNotFoundError(f"{db} does not exist yet; run `cruftless run --db {db}` first")
    delay, waited = 0.1, 0.0
    while True:
        try:
            con = duckdb.connect(str(db), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or waited >= wait_seconds:
                if _is_lock_error(exc):
                    raise WarehouseBusy(
                        f"{db} is held by another process (an open DuckDB session or a running "
                        f"cruftless run) and stayed locked for {waited:.0f} s. Close it, or open it "
                        "read-only for analysis (see README: 'Reading while runs load'), then run again."
                    ) from exc
                raise
            if on_wait:
                on_wait(waited)
            time.sleep(delay)
            waited += delay
            delay = min(delay * 2, 5.0)
    try:
        if not read_only:
            apply_schema(con)
        yield con
    finally:
        con.close()
