"""Prefect's quiet, offline defaults (see ../shared/NOTES.md).

Set at the edges (the command line, the benchmark scripts, the test session)
before Prefect is imported; a value the user already set wins.
"""
from __future__ import annotations

import os

QUIET_OFFLINE = {
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def apply() -> None:
    """Set each default the environment does not already have."""
    for key, value in QUIET_OFFLINE.items():
        os.environ.setdefault(key, value)
