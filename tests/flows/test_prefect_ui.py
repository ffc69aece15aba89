"""The Prefect UI shows cruftless's runs, as headless Chromium renders it (issue 17: flow
runs are named after cruftless's run id; the README's screenshot comes from here with
``--update-screenshots``).  Skipped without Chromium."""
from __future__ import annotations

import re

import duckdb
import pytest

from tests.browser import chromium_or_skip, keep_screenshot, rendered_text, screenshot
from tests.conftest import SAMPLES
from tests.processes import cli_env, finish


@pytest.mark.slow
def test_the_ui_lists_the_run_under_its_cruftless_run_id(tmp_path, procs, prefect_api, request):
    chromium_or_skip()
    db = tmp_path / "w.duckdb"
    run = procs.cli("run", "--ingest", str(SAMPLES / "ingest"), "--db", str(db), env=cli_env(prefect_api), name="run")
    code, out, err = finish(run, 300)
    assert code == 0, out + err
    run_id = re.search(r"^run (\S+) completed", out, re.M).group(1)
    with duckdb.connect(str(db), read_only=True) as con:
        (flow_run_id,) = con.execute("SELECT prefect_flow_run_id FROM runs WHERE run_id = ?", [run_id]).fetchone()
    ui = prefect_api.removesuffix("/api")

    text, _ = rendered_text(f"{ui}/runs", budget_ms=15000)
    assert run_id in text and "Completed" in text
    text, _ = rendered_text(f"{ui}/runs/flow-run/{flow_run_id}", budget_ms=15000)
    assert run_id in text  # the run's own page, found by the id the warehouse stores

    png = screenshot(f"{ui}/runs", tmp_path / "prefect-ui-runs.png", width=1400, height=900, budget_ms=15000)
    assert png.stat().st_size > 20_000
    keep_screenshot(request, png, "prefect-ui-runs.png")
