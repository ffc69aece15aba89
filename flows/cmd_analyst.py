"""Commands for the people who read the warehouse: ``cruftless search`` and ``cruftless report``.

Both open the database read-only, so they work beside a running load or an open
DuckDB session.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text

console = Console()
err = Console(stderr=True)

DbOpt = typer.Option(None, "--db", "-d", help="DuckDB file (default: from cruftless.toml, else data/cruftless.duckdb).")
ConfigOpt = typer.Option(None, "--config", "-c", help="A cruftless.toml.")


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
):
    """Full-text search over paragraphs (BM25): title, section, a snippet and the score, best first."""
    from flows.cli import _config
    from warehouse.connection import open_warehouse
    from warehouse import search as fts

    cfg = _config(None, db, config)
    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            fts.load_fts(con)
            hits = fts.search(con, query, limit=limit, all_terms=all_terms)
    except FileNotFoundError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2)
    except fts.SearchUnavailable as exc:
        err.print(f"[red]search unavailable:[/] {escape(str(exc))}")
        raise typer.Exit(2)
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
        console.print(f"\n-- in DuckDB (duckdb -readonly {cfg.db}):\nLOAD {_sql_literal(str(fts.extension_path()))};"
                      f"\n{sql};", highlight=False, markup=False, soft_wrap=True)


def report(
    out: Path = typer.Option(Path("report.html"), "--out", "-o", help="Where to write the page."),
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
):
    """One static HTML page: timeline, most cited authors, cleaning per rule, quarantine reasons."""
    from flows.cli import _config
    from warehouse.connection import open_warehouse
    from flows.report_page import render
    from warehouse.report import report_data

    import duckdb

    cfg = _config(None, db, config)
    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            data = report_data(con)
    except FileNotFoundError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2)
    except duckdb.CatalogException as exc:
        err.print(f"[red]{escape(str(cfg.db))} lacks a view the report reads[/] ({escape(str(exc))}); it was made "
                  f"by an older cruftless: `cruftless run --db {escape(str(cfg.db))}` brings its views up to date")
        raise typer.Exit(2)
    page = render(data, str(cfg.db))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    console.print(f"wrote [bold]{escape(str(out))}[/] ({len(page.encode()) / 1024:.0f} KB) — open it in a browser; "
                  "it needs no network")


def register(app: typer.Typer) -> None:
    app.command()(search)
    app.command()(report)
