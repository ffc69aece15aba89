"""Choose the task runner and start the flow.

default  Prefect's thread pool in this process.
dask     prefect-dask's DaskTaskRunner: a temporary local cluster, or the
         scheduler at ``--address tcp://HOST:8786``.  Extraction and cleaning
         run on the workers in batches; the load stays one short writer here.
"""
from __future__ import annotations

from flows.config import Config
from flows.pipeline import cruftless_flow


def task_runner_for(cfg: Config):
    if cfg.runner == "dask":
        from prefect_dask import DaskTaskRunner

        if cfg.dask_address:
            return DaskTaskRunner(address=cfg.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
    if cfg.runner not in ("default", "threads"):
        raise ValueError(f"unknown runner {cfg.runner!r}; use 'default' or 'dask'")
    return None


def run_flow(cfg: Config, wait_seconds: float = 0.0) -> dict:
    flow = cruftless_flow
    runner = task_runner_for(cfg)
    if runner is not None:
        flow = flow.with_options(task_runner=runner)
    return flow(
        ingest=str(cfg.ingest),
        db=str(cfg.db),
        config=str(cfg.config_path) if cfg.config_path else None,
        wait_seconds=wait_seconds,
    )
