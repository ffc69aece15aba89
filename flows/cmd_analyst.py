"""Commands for the people who read the warehouse: ``search``, ``report``, ``sql``, ``export``.

All open the database read-only, so they work beside a running load or an open
DuckDB session, and need nothing installed beyond cruftless (the fts extension
ships as a wheel and is loaded by path).
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape
from rich.text import Text

from flows.cli_common import (
    ConfigOpt,
    CsvOpt,
    DbOpt,
    JsonOpt,
    console,
    emit,
    err,
    hint,
    load_config,
    output_format,
    quote_arg,
    read_only,
    say,
)


def _sql_literal(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def search(
    query: str = typer.Argument(..., help='Words to look for, e.g. "tashkent declaration".'),
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="How many paragraphs to show."),
    all_terms: bool = typer.Option(False, "--all", help="Only paragraphs that contain every word."),
    width: int = typer.Option(240, help="Snippet length in characters."),
    show_sql: bool = typer.Option(False, "--sql", help="Also print the SQL that gives the same answer in DuckDB."),
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    as_json: bool = JsonOpt,
    as_csv: bool = CsvOpt,
):
    """Full-text search over paragraphs (BM25): title, section, a snippet and the score, best first."""
    from dataclasses import asdict

    from warehouse import search as fts

    fmt = output_format(as_json, as_csv)
    cfg = load_config(None, db, config)
    try:
        with read_only(cfg) as con:
            fts.load_fts(con)
            hits = fts.search(con, query, limit=limit, all_terms=all_terms)
    except fts.SearchUnavailable as exc:
        err.print(f"[red]search unavailable:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2)
    rows = [{k: v for k, v in asdict(h).items() if k != "spans"} for h in hits]
    if emit(fmt, rows, ["title", "section", "score", "source_path", "para_no", "doc_id", "text"]):
        return
    if not hits:
        console.print(f"no paragraph matches {escape(repr(query))}")
    for rank, hit in enumerate(hits, 1):
        head = Text(f"{rank:>2}. ", style="dim")
        head.append(hit.title or hit.source_path, style="bold")
        if hit.section:
            head.append(f" — {hit.section}", style="italic")
        head.append(f"  score {hit.score:.3f}", style="cyan")
        console.print(head)
        text, spans = fts.snippet(hit.text, hit.spans, width)
        body = Text("    " + text)
        for a, b in spans:
            body.stylize("bold black on yellow", a + 4, b + 4)
        console.print(body)
        console.print(Text(f"    {hit.source_path} ¶{hit.para_no}", style="dim"))
    if show_sql:
        sql = (fts.SEARCH_SQL.strip()
               .replace("match_bm25(para_id, ?, conjunctive := ?)",
                        f"match_bm25(para_id, {_sql_literal(query)}, conjunctive := {int(all_terms)})")
               .replace("LIMIT ?", f"LIMIT {limit}"))
        console.print(f"\n-- the same with {hint('sql', cfg, '-', ingest=False)} (SQL on stdin), or in any DuckDB "
                      f"after LOAD {_sql_literal(str(fts.extension_path()))};\n{sql};",
                      highlight=False, markup=False, soft_wrap=True)


def report(
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="Where to write the page."),
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    as_json: bool = JsonOpt,
):
    """One static HTML page: timeline, most cited authors, cleaning per rule, quarantine reasons."""
    from flows.report_page import render
    from warehouse.report import report_data

    cfg = load_config(None, db, config)
    with read_only(cfg) as con:
        data = report_data(con)
    page = render(data, str(cfg.db))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    if emit("json" if as_json else None, {"report": str(out.resolve()), "bytes": len(page.encode())}):
        return
    say(f"wrote [bold]{escape(str(out))}[/] ({len(page.encode()) / 1024:.0f} KB) — open it in a browser; "
        "it needs no network")


def sql(
    query: str = typer.Argument(..., help='SQL to run, e.g. "SELECT title FROM documents"; "-" reads it from stdin.'),
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    as_json: bool = JsonOpt,
    as_csv: bool = CsvOpt,
    max_rows: int = typer.Option(50, "--max-rows", "-n", min=0, help="Rows shown in the table (0: all; JSON and CSV give all)."),
):
    """Run SQL on the warehouse, read-only, with full-text search loaded: a table, CSV or JSON."""
    import sys

    import duckdb

    from warehouse import search as fts
    from warehouse.query import run_query

    fmt = output_format(as_json, as_csv)
    text = sys.stdin.read() if query == "-" else query
    cfg = load_config(None, db, config)
    with read_only(cfg) as con:
        try:
            fts.load_fts(con)
        except fts.SearchUnavailable as exc:  # plain SQL still works
            err.print(f"[yellow]note:[/] {escape(str(exc))}", soft_wrap=True)
        try:
            columns, rows = run_query(con, text)
        except duckdb.Error as exc:
            err.print(f"[red]SQL error:[/] {escape(str(exc))}", soft_wrap=True)
            raise typer.Exit(1)
    records = [dict(zip(columns, r)) for r in rows]
    if emit(fmt, records, columns):
        return
    _print_table(columns, rows, max_rows)


def _print_table(columns, rows, max_rows: int) -> None:
    from rich.table import Table

    t = Table(show_lines=False)
    for c in columns:
        t.add_column(escape(str(c)), overflow="fold")
    shown = rows if not max_rows else rows[:max_rows]
    for r in shown:
        t.add_row(*["" if v is None else escape(_cell(v)) for v in r])
    console.print(t)
    more = f", {len(rows) - len(shown)} not shown (--max-rows 0, --csv or --json give all)" if len(shown) < len(rows) else ""
    say(f"{len(rows)} row(s){more}", markup=False)


def _cell(value) -> str:
    text = str(value)
    return text if len(text) <= 400 else text[:399] + "…"


def export(
    out: Path = typer.Argument(..., help="Folder to write into (created); one file per table."),
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet | csv"),
    tables: Optional[List[str]] = typer.Option(None, "--table", "-t", help="A table or view to export (repeatable; default: every contract table)."),
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    as_json: bool = JsonOpt,
):
    """Write tables to Parquet or CSV files, read-only: for pandas, R, spreadsheets."""
    from warehouse.query import UnknownTable, export_tables

    if fmt not in ("parquet", "csv"):
        err.print(f"[red]unknown --format {escape(fmt)}[/]: use parquet or csv")
        raise typer.Exit(2)
    cfg = load_config(None, db, config)
    with read_only(cfg) as con:
        try:
            written = export_tables(con, out, fmt, tables or None)
        except UnknownTable as exc:
            err.print(f"[red]{escape(str(exc))}[/]", soft_wrap=True)
            raise typer.Exit(2)
    if emit("json" if as_json else None, [{"table": t, "file": str(p), "rows": n} for t, p, n in written]):
        return
    for table, path, n in written:
        console.print(f"{table:<16} {n:>8} rows  {escape(str(path))}", soft_wrap=True, highlight=False)


def register(app: typer.Typer) -> None:
    app.command()(search)
    app.command()(report)
    app.command()(sql)
    app.command()(export)
