"""Helpers for tests that run cruftless in other processes (fixtures: tests/flows/conftest.py)."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import psutil

REPO = Path(__file__).resolve().parents[1]

# A run paused just before its load commits, for tests of what happens during a load.
# Test-side only: it wraps the connection the flow's load step receives.
SLOW_LOAD = r"""
import os, sys, time
from pathlib import Path
import flows.pipeline as pipeline

marker = Path(os.environ["CRUFTLESS_TEST_MARKER"])
release = Path(os.environ["CRUFTLESS_TEST_RELEASE"])
original = pipeline.load_run


class PauseBeforeCommit:
    def __init__(self, con):
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def _pause(self):
        marker.write_text(str(os.getpid()))
        deadline = time.monotonic() + 300
        while not release.exists() and time.monotonic() < deadline:
            time.sleep(0.1)

    def execute(self, sql, *args, **kwargs):
        if isinstance(sql, str) and sql.strip().upper() in ("COMMIT", "END", "COMMIT TRANSACTION"):
            self._pause()
        return self._con.execute(sql, *args, **kwargs)

    def commit(self):
        self._pause()
        return self._con.commit()


def slow_load_run(con, **kwargs):
    return original(PauseBeforeCommit(con), **kwargs)


pipeline.load_run = slow_load_run
from flows.cli import app
app(sys.argv[1:], prog_name="cruftless")
"""

# Holds a read-only connection and reports what it sees, as JSON lines, until told to stop;
# then closes, reconnects, and reports once more.
READER = r"""
import json, sys, time
from pathlib import Path
import duckdb

db, stop = sys.argv[1], Path(sys.argv[2])

def look(con):
    return dict(
        documents=con.execute("SELECT count(*) FROM documents").fetchone()[0],
        paragraphs=con.execute("SELECT count(*) FROM paragraphs").fetchone()[0],
        orphans=con.execute("SELECT count(*) FROM paragraphs WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0],
        files=con.execute("SELECT count(*) FROM source_files").fetchone()[0],
    )

con = duckdb.connect(db, read_only=True)
print(json.dumps(dict(phase="open", **look(con))), flush=True)
while not stop.exists():
    try:
        print(json.dumps(dict(phase="held", **look(con))), flush=True)
    except Exception as exc:
        print(json.dumps(dict(phase="error", error=f"{type(exc).__name__}: {exc}")), flush=True)
    time.sleep(0.3)
con.close()
con = duckdb.connect(db, read_only=True)
print(json.dumps(dict(phase="reopened", **look(con))), flush=True)
con.close()
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Processes:
    """Starts processes in their own process group; ``close()`` kills them and every descendant."""

    def __init__(self, logs: Path):
        self.logs = logs
        self.started: list[subprocess.Popen] = []

    def start(self, args: list[str], env: dict, name: str, cwd: Path = REPO) -> subprocess.Popen:
        out = open(self.logs / f"{name}.out", "wb")
        err = open(self.logs / f"{name}.err", "wb")
        proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True)
        proc.log_paths = (out.name, err.name)  # type: ignore[attr-defined]
        out.close()
        err.close()
        self.started.append(proc)
        return proc

    def cli(self, *args: str, env: dict, name: str, slow_load: bool = False) -> subprocess.Popen:
        prog = ["-c", SLOW_LOAD] if slow_load else ["-m", "flows.cli"]
        return self.start([sys.executable, *prog, *args], env, name)

    def reader(self, db: Path, stop: Path, env: dict, name: str = "reader") -> subprocess.Popen:
        return self.start([sys.executable, "-c", READER, str(db), str(stop)], env, name)

    @staticmethod
    def output(proc: subprocess.Popen) -> tuple[str, str]:
        out, err = proc.log_paths  # type: ignore[attr-defined]
        return Path(out).read_text(errors="replace"), Path(err).read_text(errors="replace")

    @staticmethod
    def kill(proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
        """Signal the process, its group and every descendant."""
        try:
            family = psutil.Process(proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            family = []
        for target in [proc.pid] + [p.pid for p in family]:
            try:
                os.kill(target, sig)
            except ProcessLookupError:
                pass
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def close(self) -> None:
        for proc in self.started:
            if proc.poll() is None:
                self.kill(proc, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for proc in self.started:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            self.kill(proc, signal.SIGKILL)
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                pass


def cli_env(api_url: str, **extra: str) -> dict:
    """Environment for a cruftless process that uses the Prefect server at ``api_url``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_API_URL=api_url, DO_NOT_TRACK="1", PREFECT_LOGGING_LEVEL="WARNING",
               PREFECT_LOGGING_TO_API_ENABLED="false", PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PYTHONUNBUFFERED="1", **extra)
    return env


def wait_for(predicate, timeout: float, what: str, interval: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def finish(proc: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    """Wait for a process; return (exit code, stdout, stderr)."""
    try:
        code = proc.wait(timeout)
    except subprocess.TimeoutExpired:
        out, err = Processes.output(proc)
        raise AssertionError(f"process did not finish in {timeout} s\nstdout:\n{out[-3000:]}\nstderr:\n{err[-3000:]}")
    out, err = Processes.output(proc)
    return code, out, err


CONTRACT_TABLES = ["documents", "source_files", "paragraphs", "artefacts", "citations", "bibliography",
                   "date_mentions", "quarantine", "line_fingerprints", "boilerplate_templates", "comments"]


def table_snapshot(db: Path, tables=CONTRACT_TABLES) -> dict[str, list[tuple]]:
    """Every row of the tables, minus run ids and timestamps (which differ between runs), sorted."""
    snap = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in tables:
            cols = [c for c, t in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()
                if c != "run_id" and not t.startswith("TIMESTAMP")]
            if not cols:
                snap[table] = []
                continue
            rows = con.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{table}"').fetchall()
            snap[table] = sorted(rows, key=repr)
    return snap


def api(url: str, path: str, body: dict | None = None, method: str | None = None):
    """A call to the Prefect REST API (no Prefect client in the test process)."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url.rstrip("/") + path, data=data, method=method or ("POST" if data else "GET"),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        raw = resp.read()
    return json.loads(raw) if raw else None
