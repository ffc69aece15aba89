"""``kill -9`` of a run at any moment (issue 12): the next run ends with the same tables as an
uninterrupted run, it reuses what the killed run staged, and no process of a killed run is
left behind (workers, the temporary Prefect API)."""
from __future__ import annotations

import shutil
import signal
import time
from pathlib import Path

import pytest

from warehouse.connection import staging_path
from tests.conftest import SAMPLES
from tests.flows.test_hostile import left_behind
from tests.processes import Processes, cli_env, finish, table_snapshot, wait_for
from warehouse.staging import stage_root

TOPICS = ["ferry", "lock keeper", "toll clerk", "harbour master", "ice boat", "slipway", "ledger", "bridge"]


def _corpus(folder: Path) -> Path:
    """The samples plus 32 short notes of one folder that share a banner no rule names
    (so the run learns a template and cleans some documents twice)."""
    shutil.copytree(SAMPLES / "ingest", folder)
    notes = folder / "notes"
    notes.mkdir()
    for i in range(32):
        topic = TOPICS[i % len(TOPICS)]
        (notes / f"note-{i:02d}.txt").write_text(
            f"Notes on the {topic}, number {i}\n\n"
            "Friends of the Estuary Archive: every note kept by volunteers\n\n"
            f"The {topic} appears in the records of {1850 + i} and again in {1870 + i}, when the "
            f"company wrote to the board about the {topic} and its costs, which had risen by {i + 3} per cent.\n\n"
            f"In {1900 + i} the {topic} was mentioned for the last time, in a letter kept with the minutes.\n",
            "utf-8")
    return folder


def _batches(db: Path) -> int:
    root = stage_root(db)
    return sum(1 for p in root.glob("*/*") if p.is_dir() and not p.name.endswith(".tmp")) if root.exists() else 0


@pytest.mark.slow
def test_a_run_killed_at_any_moment_is_finished_by_the_next_one(tmp_path, procs, prefect_api):
    ingest = _corpus(tmp_path / "ingest")
    config = tmp_path / "cruftless.toml"
    config.write_text("[run]\nbatch_size = 2\n")
    args = ["--ingest", str(ingest), "--config", str(config)]
    env = cli_env(prefect_api)

    reference = tmp_path / "reference.duckdb"
    code, out, err = finish(procs.cli("run", *args, "--db", str(reference), env=env, name="reference"), 300)
    assert code == 0, out + err
    ref = table_snapshot(reference)
    assert ref["boilerplate_templates"], "the corpus should teach the run a template"

    db = tmp_path / "w.duckdb"
    own_api = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}  # a temporary API of the run's own
    seen_before = [0]

    def after(seconds):
        start = time.monotonic()
        return lambda: time.monotonic() - start >= seconds

    def staged(n):
        base = _batches(db)
        return lambda: _batches(db) >= base + n

    moments = [  # (what, when to kill, environment)
        ("during start-up, with its own Prefect API", lambda: after(2.0), own_api),
        ("once its temporary Prefect API answers", lambda: after(8.0), own_api),
        ("as soon as the stage exists", lambda: (lambda: stage_root(db).exists()), env),
        ("after 1 staged batch", lambda: staged(1), env),
        ("after 2 more staged batches", lambda: staged(2), env),
        ("after 4 more staged batches", lambda: staged(4), env),
        ("after 6 more staged batches", lambda: staged(6), env),
        ("half a second into a run that has most of its work staged", lambda: after(0.5), env),
        ("two seconds in", lambda: after(2.0), env),
        ("four seconds in", lambda: after(4.0), env),
    ]
    for what, when, run_env in moments:
        ready = when()
        run = procs.cli("run", *args, "--db", str(db), env=run_env, name=f"killed-{len(seen_before)}")
        try:
            wait_for(lambda: ready() or run.poll() is not None, 240, f"the moment '{what}'", interval=0.05)
        finally:
            if run.poll() is None:
                run.send_signal(signal.SIGKILL)  # the run's process only: its children must go by themselves
        run.wait(30)
        wait_for(lambda: not left_behind(run.pid), 15, f"the processes of the run killed {what} to end")
        seen_before.append(run.returncode)

    code, out, err = finish(procs.cli("run", *args, "--db", str(db), env=env, name="final"), 300)
    assert code == 0, out + err
    assert table_snapshot(db) == ref
    assert not stage_root(db).exists() and not staging_path(db).exists()
    assert any(rc == -signal.SIGKILL for rc in seen_before[1:]), seen_before  # some runs really were killed
