"""One writer at a time: an advisory lock file beside the database.

A second run that starts while one is running waits for it (up to a limit)
or gives up with a clear message; it never interleaves with the first.
The lock is released by the operating system if the holder dies.
"""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class RunInProgress(RuntimeError):
    """Another run holds the database's run lock."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".run.lock")


@contextmanager
def run_lock(db: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the run lock of ``db`` for the block; wait up to ``wait_seconds`` for it."""
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
                    raise RunInProgress(
                        f"another cruftless run (pid {holder}) is loading {db}; this run did nothing. "
                        "Wait for it to finish, or pass --wait SECONDS to queue behind it."
                    ) from None
                time.sleep(0.5)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
