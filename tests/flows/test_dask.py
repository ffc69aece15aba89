"""``cruftless run --runner dask --address …`` on a local Dask cluster makes the same tables
as the default runner, with extraction and cleaning done on the workers."""
from __future__ import annotations

import shutil

import pytest

from tests.conftest import SAMPLES
from tests.processes import cli_env, finish, table_snapshot


@pytest.mark.slow
def test_the_dask_runner_makes_the_same_tables_as_the_default_one(tmp_path, procs, prefect_api):
    from distributed import Client, LocalCluster

    ingest = tmp_path / "ingest"
    shutil.copytree(SAMPLES / "ingest", ingest)
    config = tmp_path / "cruftless.toml"
    config.write_text("[run]\nbatch_size = 2\n")  # several batches, so both workers get some
    common = ["--ingest", str(ingest), "--config", str(config)]
    env = cli_env(prefect_api)

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        default = procs.cli("run", *common, "--db", str(tmp_path / "default.duckdb"), env=env, name="default")
        on_dask = procs.cli("run", *common, "--db", str(tmp_path / "dask.duckdb"), "--runner", "dask",
                            "--address", cluster.scheduler_address, env=env, name="dask")
        code, out, err = finish(on_dask, 240)
        assert code == 0, out + err
        with Client(cluster) as client:
            ran = client.run_on_scheduler(  # seconds of compute per task name, on the workers
                lambda dask_scheduler: {k: dict(v.all_durations) for k, v in dask_scheduler.task_prefixes.items()})
        code, out, err = finish(default, 240)
        assert code == 0, out + err

    assert ran.get("process_batch", {}).get("compute", 0) > 0, ran  # extraction and cleaning ran there
    assert set(ran) == {"process_batch"}, ran  # discover, validate and load stay in the flow's process
    dask_tables = table_snapshot(tmp_path / "dask.duckdb")
    assert dask_tables == table_snapshot(tmp_path / "default.duckdb")
    assert len(dask_tables["documents"]) == len(list((SAMPLES / "ingest").iterdir()))
