"""Serve the flow as a Prefect deployment on a schedule, and start a run when files land.

Schedules need a real Prefect API (an ephemeral one never fires them): either
the one ``PREFECT_API_URL`` names, or a local ``prefect server start`` that
``serve`` launches itself (``--start-server``; SQLite under ``PREFECT_HOME``)
and stops on exit.

One Prefect Runner in this process executes the deployment's runs, one at a
time (``limit=1``; the run lock beside the database is the real guard against
two writers).  The folder watch runs in a thread of the same process and asks
the API for a run of the same deployment when a change has settled, so it
shows up in the Prefect UI like any other run.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from flows.config import Config

FLOW_NAME = "cruftless"  # the @flow name in flows/pipeline.py
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class ServeError(RuntimeError):
    """A problem a person must fix before serving (message says how)."""


def parse_every(text: str) -> dt.timedelta:
    """``"15m"`` → 15 minutes; also ``"30s"``, ``"2h"``, ``"1h30m"``, ``"1d"``, or plain seconds ``"90"``."""
    text = text.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        seconds = float(text)
    else:
        parts = re.findall(r"(\d+(?:\.\d+)?)([smhd])", text)
        if not parts or "".join(n + u for n, u in parts) != text:
            raise ServeError(f"--every {text!r}: use a duration like 30s, 15m, 2h, 1h30m or 1d")
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds < 5:
        raise ServeError(f"--every {text!r}: the shortest interval is 5 seconds")
    return dt.timedelta(seconds=seconds)


@dataclass(frozen=True)
class ServeOptions:
    every: dt.timedelta | None = None
    cron: str | None = None
    name: str = "scheduled"
    watch: bool = True
    poll_seconds: float = 2.0  # folder listing interval
    settle_seconds: float = 2.0  # a change must be this old before it triggers a run
    query_seconds: float = 5.0  # how often the runner asks the API for due runs
    wait_seconds: float = 600.0  # a run queues this long behind a manual `cruftless run`

    def schedule_text(self) -> str:
        if self.cron:
            return f"cron {self.cron!r}"
        if self.every:
            return f"every {self.every}"
        return "no schedule (file changes and manual runs only)"


# --- a local Prefect server ---------------------------------------------------------

def api_healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout) as resp:
            return resp.status == 200 and json.loads(resp.read() or b"false") is True
    except (OSError, ValueError):
        return False


def _stop_process_group(proc: subprocess.Popen, grace: float = 15.0) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(5)


@contextmanager
def local_server(home: Path, port: int = 4200, host: str = "127.0.0.1",
                 startup_seconds: float = 180.0, log: Path | None = None) -> Iterator[str]:
    """Run ``prefect server start`` (SQLite in ``home``) for the block; yield its API URL.

    The server runs in its own process group and is stopped (SIGTERM, then
    SIGKILL) when the block ends, also on errors and Ctrl-C.
    """
    api_url = f"http://{host}:{port}/api"
    if api_healthy(api_url, timeout=1.0):
        raise ServeError(f"a Prefect server already answers at {api_url}; use it with "
                         f"PREFECT_API_URL={api_url} instead of --start-server, or pick another --port")
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PREFECT_HOME": str(home),
           # the UI asks the API at this address; without it, it asks :4200 whatever --port says
           "PREFECT_SERVER_API_HOST": host, "PREFECT_SERVER_API_PORT": str(port), "PREFECT_UI_API_URL": api_url}
    env.pop("PREFECT_API_URL", None)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("DO_NOT_TRACK", "1")
    out = open(log or home / "server.log", "ab")
    prefect = Path(sys.executable).with_name("prefect")
    cmd = [str(prefect) if prefect.exists() else "prefect", "server", "start", "--host", host, "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + startup_seconds
        while not api_healthy(api_url):
            if proc.poll() is not None:
                raise ServeError(f"`prefect server start` exited with status {proc.returncode}; "
                                 f"see {out.name}")
            if time.monotonic() > deadline:
                raise ServeError(f"the Prefect server did not answer at {api_url} within "
                                 f"{startup_seconds:.0f} s; see {out.name}")
            time.sleep(0.5)
        yield api_url
    finally:
        _stop_process_group(proc)
        out.close()


def default_prefect_home(cfg: Config) -> Path:
    """Where --start-server keeps Prefect's SQLite database: PREFECT_HOME, else beside the warehouse."""
    home = os.environ.get("PREFECT_HOME")
    return Path(home).expanduser() if home else cfg.db.parent / f"{cfg.db.stem}_prefect"


# --- serving ------------------------------------------------------------------------------

def _deployment(cfg: Config, opts: ServeOptions):
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline import cruftless_flow

    parameters = {"ingest": str(cfg.ingest), "db": str(cfg.db), "wait_seconds": opts.wait_seconds}
    if cfg.config_path:
        parameters["config"] = str(cfg.config_path)
    if cfg.switch_folder:  # the first run switches; later ones find the folder recorded
        parameters["options"] = {"switch_folder": True}
    return cruftless_flow.to_deployment(
        name=opts.name,
        interval=opts.every,
        cron=opts.cron,
        parameters=parameters,
        tags=["cruftless"],
        description=f"cruftless: {cfg.ingest} → {cfg.db}",
        entrypoint_type=EntrypointType.MODULE_PATH,  # loads flows.pipeline wherever serve was started
    )


def _trigger(deployment_name: str) -> Callable[[list[str]], None]:
    """A watch callback that asks for a run of the deployment, unless one is already waiting to start."""
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    waiting: dict[str, object] = {"id": None}

    def on_change(paths: list[str]) -> None:
        if waiting["id"] is not None:
            with get_client(sync_client=True) as client:
                state = client.read_flow_run(waiting["id"]).state
            if state is not None and state.type.value in ("SCHEDULED", "PENDING"):
                print(f"cruftless watch: {len(paths)} file(s) changed; a run is already waiting to start",
                      flush=True)
                return  # it lists the folder when it starts, so it will see these too
        run = run_deployment(name=f"{FLOW_NAME}/{deployment_name}", timeout=0, as_subflow=False,
                             tags=["file-change"])
        waiting["id"] = run.id
        shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
        print(f"cruftless watch: {shown} settled; started run {run.name}", flush=True)

    return on_change


def serve(cfg: Config, opts: ServeOptions) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM).  PREFECT_API_URL must name a live API."""
    import asyncio

    from prefect.runner import Runner
    from prefect.settings import PREFECT_API_URL

    api_url = PREFECT_API_URL.value()
    if not api_url or not api_healthy(api_url):
        raise ServeError(
            f"no Prefect API answers at {api_url or '(PREFECT_API_URL is not set)'}. Schedules need a real "
            "server: run `prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api, "
            "or pass --start-server."
        )
    from flows.watch import FolderWatch, watch_in_thread

    # Prefect's SIGTERM handler calls the async stop from sync code and warns; it still stops.
    warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited", category=RuntimeWarning)
    runner = Runner(name=f"cruftless-{opts.name}", query_seconds=opts.query_seconds, limit=1)
    runner.add_deployment(_deployment(cfg, opts))
    stop = None
    if opts.watch:
        watch = FolderWatch(cfg.ingest, cfg.ignore, opts.settle_seconds)
        _, stop = watch_in_thread(watch, _trigger(opts.name), opts.poll_seconds)
    print(f"serving {FLOW_NAME}/{opts.name}: {cfg.ingest} → {cfg.db}, {opts.schedule_text()}"
          + (f"; watching the folder (settled for {opts.settle_seconds:g} s)" if opts.watch else ""), flush=True)
    print(f"Prefect API: {api_url} (UI at {api_url.removesuffix('/api')}); Ctrl-C stops", flush=True)
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        pass
    finally:
        if stop is not None:
            stop.set()
