"""A hostile ingest folder (tests/hostile/build.py: 49 kinds of file) beside good documents:
the run finishes with exit 0 within its bounds, every file gets its outcome and reason,
every good document loads, and no process of the run is left behind (issue 13, item 6;
issue 12: isolation and bounds)."""
from __future__ import annotations

import time

import duckdb
import psutil
import pytest

from tests.hostile.build import build, source_path
from tests.processes import cli_env, finish


@pytest.mark.slow
def test_a_hostile_folder_never_stops_a_run(tmp_path, procs, prefect_api):
    ingest = tmp_path / "ingest"
    cases = build(ingest)
    assert len(cases) >= 40
    config = tmp_path / "cruftless.toml"
    config.write_text("[run]\nfile_timeout_s = 30\nfile_memory_mb = 1024\n")
    db = tmp_path / "w.duckdb"
    started = time.monotonic()
    run = procs.cli("run", "--ingest", str(ingest), "--db", str(db), "--config", str(config),
                    env=cli_env(prefect_api, CRUFTLESS_TEST_ABORT_ON="abort-here"), name="hostile")
    code, out, err = finish(run, 300)
    took = time.monotonic() - started
    assert code == 0, out + err
    assert took < 240, took  # 2 minutes on a quiet machine; CI shares its two cores
    assert "Traceback" not in out + err

    with duckdb.connect(str(db), read_only=True) as con:
        status = dict(con.execute("SELECT source_path, status FROM source_files").fetchall())
        reason = dict(con.execute("SELECT source_path, reason FROM quarantine WHERE NOT resolved").fetchall())
    wrong = []
    for case in cases:
        path = source_path(case)
        allowed = case.status.split("|")
        if status.get(path) not in allowed:
            wrong.append((path, status.get(path), reason.get(path), "expected " + case.status))
        elif status[path] == "quarantined" and reason.get(path) not in case.reasons:
            wrong.append((path, status[path], reason.get(path), f"expected one of {case.reasons}"))
    assert not wrong, wrong
    assert set(status) == {source_path(c) for c in cases}  # nothing silently dropped, nothing extra

    assert not left_behind(run.pid), "processes of the run left behind"


def left_behind(run_pid: int) -> list[str]:
    """Worker processes (their command line ends with the run's pid) and temporary Prefect
    servers (CRUFTLESS_RUN_PID in their environment) of a finished or killed run."""
    found = []
    for p in psutil.process_iter(["cmdline", "pid"]):
        try:
            cmd = p.info["cmdline"] or []
            if "flows.worker" in cmd and cmd[-1:] == [str(run_pid)]:
                found.append(f"worker {p.pid}")
            elif "uvicorn" in " ".join(cmd) and p.environ().get("CRUFTLESS_RUN_PID") == str(run_pid):
                found.append(f"prefect server {p.pid}")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found
