"""Fixtures for tests that run cruftless in other processes: a real Prefect server for the
session, and a process starter that kills everything it started (children too) at teardown."""
from __future__ import annotations

import pytest

from tests.processes import Processes, free_port


@pytest.fixture
def procs(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    p = Processes(logs)
    try:
        yield p
    finally:
        p.close()


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    """A real Prefect server (SQLite in a temporary PREFECT_HOME, a free port) for this session."""
    from flows.serve import local_server

    home = tmp_path_factory.mktemp("prefect-home")
    with local_server(home, free_port(), startup_seconds=240) as url:
        yield url
