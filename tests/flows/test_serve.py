"""``cruftless serve``: schedules, the folder watch, and what it says without a server.

The unit tests here start no Prefect.  The serve test runs ``cruftless serve`` as a
process against the session's Prefect server and watches runs happen.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import time
import uuid

import duckdb
import psutil
import pytest

from flows.serve import ServeError, parse_every
from flows.watch import FolderWatch
from tests.conftest import SAMPLES
from tests.processes import api, cli_env, wait_for


def test_every_reads_durations():
    assert parse_every("15m") == dt.timedelta(minutes=15)
    assert parse_every("1h30m") == dt.timedelta(minutes=90)
    assert parse_every("90") == dt.timedelta(seconds=90)
    assert parse_every("1d") == dt.timedelta(days=1)
    for bad in ("", "15 minutes", "m", "2s", "1h-5m"):
        with pytest.raises(ServeError):
            parse_every(bad)


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_the_watch_waits_until_a_new_file_stops_growing(tmp_path):
    (tmp_path / "old.txt").write_text("already here")
    clock = Clock()
    watch = FolderWatch(tmp_path, (".*", "*.part"), settle_seconds=2.0, clock=clock)
    assert not watch.poll()  # what was there at the start is the schedule's business

    target = tmp_path / "new.txt"
    target.write_text("first half ")
    assert not watch.poll()
    clock.now += 1.5
    with target.open("a") as fh:
        fh.write("second half")
    assert not watch.poll()  # still growing
    clock.now += 1.5
    assert not watch.poll()  # stable for 1.5 s only
    assert watch.pending() == ["new.txt"]
    clock.now += 1.0
    assert watch.poll()  # stable for 2.5 s: start a run
    assert not watch.poll()  # once

    (tmp_path / "download.part").write_text("partial")
    (tmp_path / ".hidden").write_text("x")
    clock.now += 10
    assert not watch.poll() and not watch.poll()  # ignored names never trigger

    target.unlink()
    assert not watch.poll()
    clock.now += 3
    assert watch.poll()  # a removal triggers too (the run marks it deleted)


def test_serve_without_a_prefect_server_says_how_to_get_one(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from flows.cli import app

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    result = CliRunner().invoke(app, ["serve", "--ingest", str(tmp_path), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    text = " ".join(result.output.split())
    assert "prefect server start" in text and "PREFECT_API_URL" in text and "--start-server" in text
    result = CliRunner().invoke(app, ["serve", "--ingest", str(tmp_path), "--every", "10m", "--cron", "* * * * *"])
    assert result.exit_code == 2


def _flow_runs(url, deployment, *states):
    body = {"deployments": {"name": {"any_": [deployment]}}, "sort": "EXPECTED_START_TIME_ASC", "limit": 200}
    if states:
        body["flow_runs"] = {"state": {"type": {"any_": list(states)}}}
    return api(url, "/flow_runs/filter", body)


def _loaded(db, source_path):
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT status, size_bytes FROM source_files WHERE source_path = ?",
                              [source_path]).fetchone()
    except (duckdb.IOException, duckdb.CatalogException):  # a run is writing, or nothing loaded yet
        return None
    return row if row and row[0] == "loaded" else None


@pytest.mark.slow
def test_serve_runs_on_its_schedule_and_when_a_file_lands(tmp_path, procs, prefect_api):
    ingest = tmp_path / "ingest"
    ingest.mkdir()
    shutil.copy2(SAMPLES / "ingest" / "malabar-pepper-coal.txt", ingest)
    db = tmp_path / "w.duckdb"
    name = f"test-{uuid.uuid4().hex[:8]}"
    serve = procs.cli("serve", "--ingest", str(ingest), "--db", str(db), "--every", "10s", "--poll", "1",
                      "--settle", "2", "--name", name, env=cli_env(prefect_api), name="serve")

    # 1. The schedule fires: at least two scheduled runs complete.
    wait_for(lambda: len([r for r in _flow_runs(prefect_api, name, "COMPLETED") if r["auto_scheduled"]]) >= 2,
             150, "two scheduled runs to complete", interval=1)
    wait_for(lambda: _loaded(db, "malabar-pepper-coal.txt"), 30, "a moment when no run is writing")

    # 2. Pause the schedule and let running runs end, so only the folder watch can start one.
    deployment = api(prefect_api, f"/deployments/name/cruftless/{name}")
    api(prefect_api, f"/deployments/{deployment['id']}/pause_deployment", {})
    wait_for(lambda: not _flow_runs(prefect_api, name, "RUNNING", "PENDING", "SCHEDULED"), 90,
             "in-flight scheduled runs to finish", interval=1)

    # 3. A file lands, written in two steps: it is loaded whole, well within 60 s.
    source = (SAMPLES / "ingest" / "monsoon-crop-insurance.txt").read_bytes()
    landed = time.monotonic()
    target = ingest / "monsoon.txt"
    target.write_bytes(source[: len(source) // 2])
    time.sleep(1.2)
    with target.open("ab") as fh:
        fh.write(source[len(source) // 2:])
    row = wait_for(lambda: _loaded(db, "monsoon.txt"), 60, "the new file to be loaded", interval=0.5)
    took = time.monotonic() - landed
    print(f"the new file was loaded {took:.1f} s after it landed")
    assert row == ("loaded", len(source)), row  # never read half-way
    assert took < 60
    triggered = wait_for(lambda: [r for r in _flow_runs(prefect_api, name, "COMPLETED") if "file-change" in r["tags"]],
                         30, "the file-triggered run to be recorded", interval=0.5)
    assert len(triggered) == 1 and not triggered[0]["auto_scheduled"]

    # 4. SIGTERM stops serve and the runs it started.
    family = psutil.Process(serve.pid).children(recursive=True)
    os.kill(serve.pid, signal.SIGTERM)
    serve.wait(60)
    gone, alive = psutil.wait_procs(family, timeout=30)
    assert not alive, alive
