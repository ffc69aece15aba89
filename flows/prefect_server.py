"""The temporary Prefect API of one run, started so that it cannot outlive the run.

Without ``PREFECT_API_URL`` Prefect starts a temporary API server of its own
and stops it at exit, but not when the run is killed: such servers were left
running (~220 MB each) after ``kill -9``.  cruftless starts that server itself,
the way Prefect does (uvicorn on a free local port), under
``flows.die_with_parent``, with its output in a log file instead of the
user's terminal, and with the event store switched off (a run needs task
states, not an event history; under load the store failed to write and printed
tracebacks).  When ``PREFECT_API_URL`` is set, that API is used as it is.

The command line calls :func:`start_early` first thing, so the server boots
while the rest of cruftless and Prefect are imported; this module imports
neither.
"""
from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from flows.spawner import SPAWNER, child_env

STARTUP_TIMEOUT_S = 180.0
SERVER_ENV = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


class ServerDidNotStart(RuntimeError):
    pass


class _Server:
    def __init__(self, proc: subprocess.Popen, api_url: str, log: Path):
        self.proc, self.api_url, self.log = proc, api_url, log

    def wait_healthy(self) -> str:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not healthy(self.api_url, 0.5):
            if self.proc.poll() is not None:
                raise ServerDidNotStart(
                    f"Prefect's temporary API exited with status {self.proc.returncode}; see {self.log}")
            if time.monotonic() > deadline:
                self.stop()
                raise ServerDidNotStart(
                    f"Prefect's temporary API did not answer within {STARTUP_TIMEOUT_S:.0f} s; see {self.log}")
            time.sleep(0.05)
        return self.api_url

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.unlink(missing_ok=True)


_early: _Server | None = None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(api_url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def _start() -> _Server:
    """Start a temporary API (not waiting for it): uvicorn with Prefect's app factory."""
    prefect_dir = Path(next(iter(importlib.util.find_spec("prefect").submodule_search_locations)))
    port = _free_port()
    env = child_env({k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"})
    env.update(SERVER_ENV)
    env["CRUFTLESS_RUN_PID"] = str(os.getpid())  # whose server it is (tests look for orphans by it)
    log = Path(tempfile.gettempdir()) / f"cruftless-prefect-{os.getpid()}-{port}.log"
    with open(log, "ab") as out:
        cmd = [sys.executable, "-m", "flows.die_with_parent", str(os.getpid()),
               sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_dir.parent),
               "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "error", "--lifespan", "on"]
        proc = SPAWNER.popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = _Server(proc, f"http://127.0.0.1:{port}/api", log)
    atexit.register(server.stop)
    return server


def start_early() -> None:
    """Boot the run's temporary API now, while the rest is imported (no-op with PREFECT_API_URL)."""
    global _early
    if _early is None and not os.environ.get("PREFECT_API_URL"):
        _early = _start()


@contextmanager
def temporary_api() -> Iterator[str]:
    """The API a run talks to: PREFECT_API_URL when set, else a temporary one for this block."""
    global _early
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    server, _early = (_early or _start()), None
    api_url = server.wait_healthy()
    os.environ["PREFECT_API_URL"] = api_url  # inherited by Dask workers on this machine
    try:
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            yield api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        server.stop()
