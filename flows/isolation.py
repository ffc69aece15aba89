"""Worker processes for extraction and cleaning, each file bounded in time and memory.

Each batch task of the flow borrows one worker process (``flows.worker``) from
this process's pool and hands it the batch's files one at a time.  While a file
is processed the task watches the worker:

- a file that takes longer than ``timeout_s`` is interrupted inside the worker
  (an alarm), and if the worker does not answer within a grace period it is
  killed: the file is quarantined as ``timeout``;
- a worker whose resident memory passes ``memory_mb`` is killed: ``too_much_memory``;
- a worker that dies (a native crash, ``double free``, the kernel's OOM killer):
  ``worker_crashed``, with the last line it printed.

Then a fresh worker takes the batch's remaining files; no other file is lost.
Workers are started from one long-lived thread and die with this process
(``PR_SET_PDEATHSIG``), so none outlives the run, even a killed one.
"""
from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from extract import reasons
from flows.spawner import SPAWNER, PROJECT_ROOT, child_env
from flows.worker import HEADER, FileOutcome, WorkerSetup, bounded_failure, write_message

GRACE_S = 10.0  # beyond a file's timeout, before its worker is killed
START_TIMEOUT_S = 180.0  # a worker's imports, on a loaded machine
WRITE_TIMEOUT_S = 600.0
POLL_S = 0.05


class WorkerFailed(Exception):
    def __init__(self, reason: str, extra: str = ""):
        super().__init__(f"{reason}: {extra}")
        self.reason = reason
        self.extra = extra


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        try:
            import psutil

            return psutil.Process(pid).memory_info().rss
        except Exception:
            return 0


class Worker:
    """One worker process and the pipes to it."""

    def __init__(self, setup: WorkerSetup):
        self.setup = setup
        self.log = tempfile.NamedTemporaryFile(prefix="cruftless-worker-", suffix=".log", delete=False)
        read_fd, write_fd = os.pipe()
        env = child_env(dict(os.environ))
        try:
            self.proc = SPAWNER.popen(
                [sys.executable, "-m", "flows.worker", str(write_fd), str(os.getpid())],
                stdin=subprocess.PIPE, stdout=self.log, stderr=self.log, pass_fds=(write_fd,),
                env=env, cwd=str(PROJECT_ROOT), start_new_session=False,
            )
        finally:
            os.close(write_fd)
        self._replies = os.fdopen(read_fd, "rb", buffering=0)
        self.call(("setup", setup), START_TIMEOUT_S, watch_memory=False)

    # -- talking -------------------------------------------------------------------------------
    def _read_exact(self, n: int, deadline: float, watch_memory: bool) -> bytes:
        chunks, got = [], 0
        next_memory_check = 0.0
        while got < n:
            ready, _, _ = select.select([self._replies], [], [], POLL_S)
            if ready:
                chunk = self._replies.read(n - got)
                if not chunk:
                    raise WorkerFailed(reasons.WORKER_CRASHED, self._death_note())
                chunks.append(chunk)
                got += len(chunk)
                continue
            now = time.monotonic()
            if self.proc.poll() is not None:
                raise WorkerFailed(reasons.WORKER_CRASHED, self._death_note())
            if now > deadline:
                self.kill()
                raise WorkerFailed(reasons.TIMEOUT)
            if watch_memory and now >= next_memory_check:
                next_memory_check = now + 0.2
                if _rss_bytes(self.proc.pid) > self.setup.memory_mb * 1024 * 1024:
                    self.kill()
                    raise WorkerFailed(reasons.TOO_MUCH_MEMORY)
        return b"".join(chunks)

    def call(self, request, timeout: float, watch_memory: bool = True):
        import pickle

        try:
            write_message(self.proc.stdin, request)
        except (BrokenPipeError, OSError):
            raise WorkerFailed(reasons.WORKER_CRASHED, self._death_note())
        deadline = time.monotonic() + timeout
        (size,) = HEADER.unpack(self._read_exact(HEADER.size, deadline, watch_memory))
        return pickle.loads(self._read_exact(size, deadline, watch_memory))

    def _death_note(self) -> str:
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.proc.returncode
        note = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 else f"exit status {code}"
        try:
            self.log.flush()
            tail = Path(self.log.name).read_bytes()[-2000:].decode("utf-8", "replace").strip().splitlines()
            last = next((line.strip() for line in reversed(tail) if line.strip()), "")
        except OSError:
            last = ""
        return f"{note}: {last[:160]}" if last else note

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass

    def close(self) -> None:
        try:
            if self.proc.stdin:
                self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
        self._replies.close()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


class Pool:
    """The worker processes of one run in this process (the flow's, or a Dask worker's)."""

    def __init__(self) -> None:
        self._idle: list[Worker] = []
        self._all: list[Worker] = []
        self._leased = 0
        self._lock = threading.Condition()

    @contextmanager
    def worker(self, setup: WorkerSetup) -> Iterator["Lease"]:
        """Borrow a worker; waits while ``setup.workers`` are lent out."""
        with self._lock:
            while self._leased >= max(1, setup.workers):
                self._lock.wait()
            self._leased += 1
            w = self._idle.pop() if self._idle else None
        lease = Lease(self, w, setup)
        try:
            yield lease
        finally:
            with self._lock:
                self._leased -= 1
                if lease.worker is not None and lease.worker.alive():
                    self._idle.append(lease.worker)
                self._lock.notify()

    def _started(self, setup: WorkerSetup) -> Worker:
        w = Worker(setup)
        with self._lock:
            self._all = [x for x in self._all if x.alive()] + [w]
        return w

    def close(self) -> None:
        with self._lock:
            workers, self._all, self._idle = self._all, [], []
        for w in workers:
            w.close()


class Lease:
    """A worker borrowed by one batch task; replaced when a file takes it down."""

    def __init__(self, pool: Pool, worker: Worker | None, setup: WorkerSetup):
        self.pool, self.worker, self.setup = pool, worker, setup

    def _ready(self) -> Worker:
        if self.worker is None or not self.worker.alive():
            self.worker = self.pool._started(self.setup)
        elif self.worker.setup is not self.setup and self.worker.setup != self.setup:
            self.worker.call(("setup", self.setup), START_TIMEOUT_S, watch_memory=False)
            self.worker.setup = self.setup
        return self.worker

    def process(self, request) -> tuple[FileOutcome, bytes | None]:
        """One ("file", info) or ("reclean", info, raw) request → (outcome, rows blob or None)."""
        info = request[1]
        try:
            reply = self._ready().call(request, self.setup.timeout_s + GRACE_S)
        except WorkerFailed as exc:
            return bounded_failure(info, exc.reason, self.setup, exc.extra), None
        if reply[0] == "done":
            return reply[1], reply[2]
        detail = (f"cruftless failed while processing {info.source_path} ({reply[1]}); other files were not "
                  "affected. Please report this file.")
        return FileOutcome(info, False, "transform", reasons.TRANSFORM_ERROR, detail), None

    def write(self, batch_dir: str, blobs: Sequence[bytes], outcome_rows: Sequence[dict]) -> int:
        """Stage a batch; raises BatchNotWritten with the worker's reason if it cannot."""
        for attempt in (1, 2):
            try:
                reply = self._ready().call(("write", batch_dir, list(blobs), list(outcome_rows)), WRITE_TIMEOUT_S,
                                           watch_memory=False)
            except WorkerFailed:
                if attempt == 2:
                    raise
                continue
            if reply[0] == "written":
                return reply[1]
            raise BatchNotWritten(reply[1])
        return 0


class BatchNotWritten(RuntimeError):
    """The stage refused a batch's rows (a value Parquet cannot hold)."""


_POOLS: dict[str, Pool] = {}
_POOLS_LOCK = threading.Lock()


def pool_for(run_id: str) -> Pool:
    """This process's pool for a run; pools of earlier runs are closed."""
    with _POOLS_LOCK:
        for other in [k for k in _POOLS if k != run_id]:
            _POOLS.pop(other).close()
        if run_id not in _POOLS:
            _POOLS[run_id] = Pool()
        return _POOLS[run_id]


def close_pool(run_id: str) -> None:
    with _POOLS_LOCK:
        pool = _POOLS.pop(run_id, None)
    if pool is not None:
        pool.close()


@dataclass(frozen=True)
class BatchResult:
    batch: str  # the batch folder's name
    outcomes: tuple[FileOutcome, ...]
    written: int


def run_batch(run_id: str, setup: WorkerSetup, requests: Sequence[tuple], batch_dir: str) -> BatchResult:
    """Process a batch's requests in one borrowed worker and stage the results in ``batch_dir``."""
    from warehouse.staging import outcome_row

    outcomes, blobs = [], []
    with pool_for(run_id).worker(setup) as lease:
        for request in requests:
            outcome, blob = lease.process(request)
            outcomes.append(outcome)
            blobs.append(blob)
        try:
            written = lease.write(batch_dir, [b for b in blobs if b is not None], [outcome_row(o) for o in outcomes])
        except BatchNotWritten:
            # One document's rows spoil the batch: stage the batch without any document whose rows
            # the stage refuses on their own, and quarantine those.
            for i, blob in enumerate(blobs):
                if blob is None:
                    continue
                try:
                    lease.write(f"{batch_dir}-probe{i}", [blob], [])
                except BatchNotWritten as exc:
                    outcomes[i] = FileOutcome(outcomes[i].info, False, "transform", reasons.STAGE_ERROR,
                                              f"cruftless could not stage the cleaned rows of "
                                              f"{outcomes[i].info.source_path} ({str(exc)[:200]}); other files "
                                              "were not affected. Please report this file.")
                    blobs[i] = None
                finally:
                    _remove_tree(Path(f"{batch_dir}-probe{i}"))
            written = lease.write(batch_dir, [b for b in blobs if b is not None], [outcome_row(o) for o in outcomes])
    return BatchResult(Path(batch_dir).name, tuple(outcomes), written)


def _remove_tree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)
