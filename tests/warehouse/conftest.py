"""The warehouse every warehouse test writes to or reads: one in-memory DuckDB a test."""
from __future__ import annotations

import duckdb
import pytest

from tests.small_warehouse import build
from warehouse.schema import apply_schema


class Warehouse:
    """An in-memory warehouse connection that knows where its test stages batches
    (``stage_dir``); everything else is the DuckDB connection's."""

    def __init__(self, stage_dir):
        self._con = duckdb.connect()
        self.stage_dir = stage_dir

    def __getattr__(self, name):
        return getattr(self._con, name)


@pytest.fixture
def con(tmp_path):
    """An empty warehouse: every table and view, no rows."""
    c = Warehouse(tmp_path / "stage")
    apply_schema(c._con)
    yield c
    c.close()


@pytest.fixture
def small_warehouse(con):
    """``con`` filled with the hand-written rows of tests/small_warehouse.py
    (``pytestmark = pytest.mark.usefixtures("small_warehouse")``)."""
    build(con)
    return con
