"""Read-only SQL and export behind ``cruftless sql`` and ``cruftless export``.

Both take a connection the caller opened read-only, so nothing here can change the
warehouse.  Export uses DuckDB's own ``COPY … TO`` (Parquet with zstd, or CSV with a
header), so a table of any size streams to disk without passing through Python.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

# Tables the run engine keeps for itself (compressed extractions, MinHash signatures, line
# fingerprints): exported only when asked for by name.
ENGINE_TABLES = ("extractions", "doc_signatures", "line_fingerprints")


class UnknownTable(ValueError):
    """An export asked for a table or view the warehouse does not have."""


def run_query(con, sql: str) -> tuple[list[str], list[tuple]]:
    """Run ``sql`` (its last statement's result) → (column names, rows)."""
    cur = con.execute(sql)
    if cur.description is None:  # a statement without a result (SET, LOAD …)
        return [], []
    return [d[0] for d in cur.description], cur.fetchall()


def exportable(con) -> list[str]:
    """Every table and view of the warehouse a user reads, in schema order."""
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
        "UNION ALL SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal").fetchall()]
    return [n for n in names if n not in ENGINE_TABLES]


def export_tables(con, out: Path, fmt: str, tables: Sequence[str] | None = None) -> list[tuple[str, Path, int]]:
    """Write each table to ``out/<table>.<fmt>`` → [(table, file, rows)]."""
    known = set(exportable(con)) | {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
    chosen = list(tables) if tables else exportable(con)
    unknown = [t for t in chosen if t not in known]
    if unknown:
        raise UnknownTable(f"no table or view named {', '.join(unknown)}; there are: {', '.join(sorted(known))}")
    out.mkdir(parents=True, exist_ok=True)
    options = "(FORMAT parquet, COMPRESSION zstd)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
    written = []
    for table in chosen:
        path = out / f"{table}.{fmt}"
        target = str(path).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM \"{table}\") TO '{target}' {options}")
        rows = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        written.append((table, path, int(rows)))
    return written
