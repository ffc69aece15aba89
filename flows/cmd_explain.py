"""``cruftless explain DOC``: show what cleaning removed from a document, rule by rule."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console()


def explain(
    doc: str = typer.Argument(..., help="A doc_id (or its first characters), a source path, or part of the title."),
    db: Optional[Path] = typer.Option(None, "--db", "-d", help="DuckDB file (default: from cruftless.toml)."),
    config: Optional[Path] = typer.Option(None, "--config", "-c"),
    width: int = typer.Option(120, help="Cut removed text to this many characters (0: no cut)."),
):
    """What cleaning removed from one document, and which rule removed it."""
    from flows.cli import _config
    from warehouse.connection import open_warehouse
    from warehouse.audit import find_documents, removals

    cfg = _config(None, db, config)
    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            matches = find_documents(con, doc)
            if not matches:
                console.print(f"[red]no document matches {escape(repr(doc))}[/] — try a path, a title word or a doc_id prefix")
                raise typer.Exit(1)
            if len(matches) > 1 and matches[0][1] != doc:
                console.print(f"{len(matches)} documents match {escape(repr(doc))}; showing the first. Others:")
                for _, path, title in matches[1:6]:
                    console.print(f"  {escape(path)} — {escape(title or '')}")
            doc_id, path, title = matches[0]
            rows = removals(con, doc_id)
    except FileNotFoundError as exc:
        console.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2)
    console.print(f"[bold]{escape(title or '(no title)')}[/]  {escape(path)}  doc_id {doc_id[:12]}…")
    table = Table(show_lines=False)
    for col in ("kind", "rule", "page", "removed text"):
        table.add_column(col, overflow="fold")
    for kind, rule, text, page in rows:
        shown = text if not width or len(text) <= width else text[: width - 1] + "…"
        table.add_row(escape(kind), escape(rule), "" if page is None else str(page), escape(shown))
    console.print(table)
    console.print(f"{len(rows)} removal(s). SQL: SELECT kind, rule, text FROM artefacts WHERE doc_id = '{doc_id}';",
                  markup=False)


def register(app: typer.Typer) -> None:
    app.command()(explain)
