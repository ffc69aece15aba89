"""The warehouse schema: ``schema.sql`` (tables) and ``views.sql`` (views), applied as they are.

The one home of every table's columns, types, NOT NULL set and meaning (the comments in
schema.sql).  Every statement is idempotent, so the schema is applied on each write.
"""
from __future__ import annotations

from importlib import resources

SCHEMA_SQL = resources.files("warehouse").joinpath("schema.sql").read_text("utf-8")
VIEWS_SQL = resources.files("warehouse").joinpath("views.sql").read_text("utf-8")


def apply_schema(con) -> None:
    """Create every table and view (idempotent)."""
    con.execute(SCHEMA_SQL)
    con.execute(VIEWS_SQL)
