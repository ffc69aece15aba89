"""Choose the task runner and start the flow.

default  Prefect's thread pool in this process.
dask     prefect-dask's DaskTaskRunner: a temporary local cluster, or the
         scheduler at ``--address tcp://HOST:8786``.  Extraction and cleaning
         run on the workers in batches; the load stays one short writer here.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Iterator, Sequence

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


def _on_this_machine(address: str | None) -> bool:
    host = (address or "").split("://")[-1].rsplit(":", 1)[0].strip("[]")
    return address is None or host in ("127.0.0.1", "localhost", "::1")


@contextmanager
def _api_for_workers(cfg: Config) -> Iterator[None]:
    """Dask workers are other processes.  Without PREFECT_API_URL each would start its own
    temporary Prefect API for its task runs (measured: 10-20 s per worker, and those runs
    never reach the flow's API).  For a cluster on this machine, start the temporary API
    here and hand its address to the workers; a remote cluster needs a real server."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if cfg.runner != "dask" or PREFECT_API_URL.value():
        yield
        return
    if not _on_this_machine(cfg.dask_address):
        print(f"warning: PREFECT_API_URL is not set, so each worker of {cfg.dask_address} starts its own "
              "temporary Prefect API; set it to a server the workers can reach (see README: Scaling out)",
              file=sys.stderr)
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()  # stopped at exit, like Prefect's own temporary API
    os.environ["PREFECT_API_URL"] = server.api_url  # inherited by the LocalCluster's workers
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):  # sent along with each task
            yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


def run_flow(cfg: Config, wait_seconds: float = 0.0, retry: Sequence[str] = ()) -> dict:
    flow = cruftless_flow
    runner = task_runner_for(cfg)
    if runner is not None:
        flow = flow.with_options(task_runner=runner)
    with _api_for_workers(cfg):
        return flow(
            ingest=str(cfg.ingest),
            db=str(cfg.db),
            config=str(cfg.config_path) if cfg.config_path else None,
            wait_seconds=wait_seconds,
            retry=list(retry) or None,
        )
