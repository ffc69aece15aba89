"""Apply the warehouse schema: the tables of ``warehouse/tables.py`` (the one home of every
table's columns, types, NOT NULL set and meaning), the data migrations of ``schema.sql`` and
the views of ``views.sql``.

Idempotent, so it is applied on each write: a table that is missing is created, a column a
database made by an older version lacks is added, and a comment that differs from the spec's
meaning is set; nothing else is written.
"""
from __future__ import annotations

from importlib import resources

from warehouse import tables as spec

MIGRATIONS_SQL = resources.files("warehouse").joinpath("schema.sql").read_text("utf-8")
VIEWS_SQL = resources.files("warehouse").joinpath("views.sql").read_text("utf-8")


def table_statements(con, tables: tuple[spec.Table, ...] | None = None) -> list[str]:
    """The DDL that brings ``con``'s tables up to the spec (all of it, or ``tables``): CREATE,
    ADD COLUMN, COMMENT ON."""
    columns: dict[str, dict[str, str | None]] = {}
    for table, column, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() "
            "WHERE database_name = current_database() AND schema_name = 'main'").fetchall():
        columns.setdefault(table, {})[column] = comment
    table_comments = dict(con.execute(
        "SELECT table_name, comment FROM duckdb_tables() "
        "WHERE database_name = current_database() AND schema_name = 'main'").fetchall())
    statements: list[str] = []
    for t in spec.TABLES if tables is None else tables:
        have = columns.get(t.name)
        if have is None:
            statements.append(spec.create_sql(t))
            have = {}
        else:
            statements += spec.upgrade_sql(t, set(have))
        # a column ADD COLUMN cannot make (a generated one) waits for its own migration
        made = {c.name for c in t.columns} if not have else set(have) | set(spec.upgradable(t))
        wanted = spec.comment_sql(t)
        if table_comments.get(t.name) != spec.table_comment(t):
            statements.append(wanted[0])
        statements += [sql for c, sql in zip(t.columns, wanted[1:])
                       if c.name in made and have.get(c.name) != spec.column_comment(c)]
    return statements


def apply_schema(con) -> None:
    """Create and upgrade every table, then the migrations and views (idempotent)."""
    statements = table_statements(con)
    if statements:
        con.execute("\n".join(statements))
    con.execute(MIGRATIONS_SQL)
    con.execute(VIEWS_SQL)
