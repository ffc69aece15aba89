"""The temporary Prefect API of one run, started so that it cannot outlive the run.

Without ``PREFECT_API_URL`` Prefect starts a temporary API server of its own
and stops it at exit, but not when the run is killed: such servers were left
running (~220 MB each) after ``kill -9``.  cruftless starts that server itself,
the same way Prefect does (uvicorn on a free local port), under
``flows.die_with_parent``, with its output in a log file instead of the
user's terminal, and with the event store switched off (a run needs task
states, not an event history; under load the store failed to write and printed
tracebacks).  When ``PREFECT_API_URL`` is set, that API is used as it is.
"""
from __future__ import annotations

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

from flows.isolation import SPAWNER

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


def start(log_path: Path) -> tuple[subprocess.Popen, str]:
    """Start a temporary API; returns (process, api url) once it answers."""
    from prefect.settings import get_current_settings

    import prefect

    port = _free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, **get_current_settings().to_environment_variables(exclude_unset=True), **SERVER_ENV}
    env.pop("PREFECT_API_URL", None)
    env["CRUFTLESS_RUN_PID"] = str(os.getpid())  # whose server it is (tests look for orphans by it)
    log = open(log_path, "ab")
    cmd = [sys.executable, "-m", "flows.die_with_parent", str(os.getpid()),
           sys.executable, "-m", "uvicorn", "--app-dir", str(Path(prefect.__module_path__).parent),
           "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
           "--log-level", "error", "--lifespan", "on"]
    from flows.isolation import PROJECT_ROOT

    env["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    proc = SPAWNER.popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    log.close()
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not healthy(api_url, 0.5):
        if proc.poll() is not None:
            raise ServerDidNotStart(f"Prefect's temporary API exited with status {proc.returncode}; see {log_path}")
        if time.monotonic() > deadline:
            stop(proc)
            raise ServerDidNotStart(f"Prefect's temporary API did not answer within {STARTUP_TIMEOUT_S:.0f} s; "
                                    f"see {log_path}")
        time.sleep(0.1)
    return proc, api_url


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def temporary_api() -> Iterator[str]:
    """The API a run talks to: PREFECT_API_URL when set, else a temporary one for this block."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield configured
        return
    log = Path(tempfile.gettempdir()) / f"cruftless-prefect-{os.getpid()}.log"
    proc, api_url = start(log)
    os.environ["PREFECT_API_URL"] = api_url  # inherited by Dask workers on this machine
    try:
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            yield api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        stop(proc)
        log.unlink(missing_ok=True)
