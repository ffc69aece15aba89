"""Choose the task runner and start the flow.

default  Prefect's thread pool in this process.
dask     prefect-dask's DaskTaskRunner: a temporary local cluster, or the
         scheduler at ``--address tcp://HOST:8786``.  Extraction and cleaning
         run on the workers in batches; the load stays one short writer here.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator, Sequence

from flows.config import Config
from flows.pipeline import cruftless_flow


def task_runner_for(cfg: Config):
    """Prefect's thread pool by default: each batch task there borrows one of ``cfg.workers``
    worker processes (flows.isolation), so threads beyond them would only wait."""
    if cfg.runner == "dask":
        from prefect_dask import DaskTaskRunner

        if cfg.dask_address:
            return DaskTaskRunner(address=cfg.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
    if cfg.runner not in ("default", "threads"):
        raise ValueError(f"unknown runner {cfg.runner!r}; use 'default' or 'dask'")
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=max(1, cfg.workers) + 1)


def _on_this_machine(address: str | None) -> bool:
    host = (address or "").split("://")[-1].rsplit(":", 1)[0].strip("[]")
    return address is None or host in ("127.0.0.1", "localhost", "::1")


@contextmanager
def _api(cfg: Config) -> Iterator[None]:
    """The Prefect API of the run: PREFECT_API_URL, else a temporary one that dies with this
    process (flows.prefect_server).  Dask workers on this machine inherit its address; a
    remote cluster needs a real server its workers can reach."""
    from prefect.settings import PREFECT_API_URL

    from flows.prefect_server import temporary_api

    if cfg.runner == "dask" and not PREFECT_API_URL.value() and not _on_this_machine(cfg.dask_address):
        print(f"warning: PREFECT_API_URL is not set, so each worker of {cfg.dask_address} starts its own "
              "temporary Prefect API; set it to a server the workers can reach (see README: Scaling out)",
              file=sys.stderr)
    with temporary_api():
        yield


def run_flow(cfg: Config, wait_seconds: float = 0.0, retry: Sequence[str] = ()) -> dict:
    flow = cruftless_flow
    runner = task_runner_for(cfg)
    if runner is not None:
        flow = flow.with_options(task_runner=runner)
    with _api(cfg):
        return flow(
            ingest=str(cfg.ingest),
            db=str(cfg.db),
            config=str(cfg.config_path) if cfg.config_path else None,
            wait_seconds=wait_seconds,
            retry=list(retry) or None,
            options=run_options(cfg),
        )


# Settings the command line may give, handed to the flow with their final values.
RUN_OPTIONS = ("batch_size", "workers", "file_timeout_s", "file_memory_mb", "rehash", "allow_mass_delete",
               "switch_folder", "runner", "dask_address")


def run_options(cfg: Config) -> dict:
    return {name: getattr(cfg, name) for name in RUN_OPTIONS}
