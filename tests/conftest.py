"""Shared test fixtures.

Prefect runs quietly and offline; a temporary Prefect API (the test harness)
is started once per session and only by tests that ask for it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from flows import prefect_defaults

prefect_defaults.apply()

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "samples"


def shared_or_skip(*parts: str) -> Path:
    """A path inside ../shared, or skip the test on a clone without it."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (tests that need ../shared are skipped on a plain clone)")
    return path


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from the current output instead of comparing with it")
    parser.addoption("--update-screenshots", action="store_true",
                     help="copy the browser tests' screenshots into samples/screenshots/ (the README shows them)")
    parser.addoption("--thorough", action="store_true",
                     help="also run the 10,000-example property tests (marked thorough): pytest -m thorough --thorough")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--thorough"):
        return
    skip = pytest.mark.skip(reason="a 10,000-example property run: pytest -m thorough --thorough")
    for item in items:
        if "thorough" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
