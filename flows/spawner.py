"""Start child processes from one long-lived thread.

Linux's ``PR_SET_PDEATHSIG`` (how workers and the temporary Prefect API die with a run)
fires when the *thread* that started the child ends, so every child of a run is started
from this one daemon thread, which lives as long as the process.  Imports nothing heavy:
the command line uses it before it imports Prefect.
"""
from __future__ import annotations

import os
import queue
import subprocess
import threading
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def child_env(env: dict) -> dict:
    """``env`` with the project importable (a child runs ``python -m flows.…``)."""
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT)] + paths)
    return env


class _Spawner:
    def __init__(self) -> None:
        self._requests: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _loop(self) -> None:
        while True:
            args, kwargs, box, done = self._requests.get()
            try:
                box.append(subprocess.Popen(*args, **kwargs))
            except BaseException as exc:  # noqa: BLE001 - handed back to the caller
                box.append(exc)
            done.set()

    def popen(self, *args, **kwargs) -> subprocess.Popen:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="cruftless-spawner", daemon=True)
                self._thread.start()
        box: list = []
        done = threading.Event()
        self._requests.put((args, kwargs, box, done))
        done.wait()
        if isinstance(box[0], BaseException):
            raise box[0]
        return box[0]


SPAWNER = _Spawner()
