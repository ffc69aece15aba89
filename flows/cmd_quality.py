"""Data quality commands: ``cruftless docs``, ``cruftless quarantine``, ``cruftless retry``.

``register(app)`` adds them to the typer app in ``flows/cli.py``.  Like the other
read-only commands they open the warehouse read-only; ``retry`` runs the flow,
asking it to process the chosen quarantined files again although their bytes did
not change.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape
from rich.table import Table

IngestOpt = typer.Option(None, "--ingest", "-i", help="Ingest folder (default: from cruftless.toml, else samples/ingest).")
DbOpt = typer.Option(None, "--db", "-d", help="DuckDB file (default: from cruftless.toml, else data/cruftless.duckdb).")
ConfigOpt = typer.Option(None, "--config", "-c", help="A cruftless.toml (default: beside the ingest folder or in the working directory).")


def register(app: typer.Typer) -> None:
    app.command(name="docs")(docs)
    app.command(name="quarantine")(quarantine)
    app.command(name="retry")(retry)


def docs(db: Optional[Path] = DbOpt, config: Optional[Path] = ConfigOpt):
    """Print the path of the Data Docs site (validation results of the last run, every suite)."""
    from expectations.docs import index_path
    from flows.cli import _config, err

    cfg = _config(None, db, config)
    index = index_path(cfg.docs_dir)
    if not index.is_file():
        err.print(f"[yellow]no Data Docs yet[/] at {escape(str(cfg.docs_dir))}: each run builds them; "
                  f"run `cruftless run --db {escape(str(cfg.db))}` first")
        raise typer.Exit(2)
    typer.echo(str(index))  # plain, so a long path is never wrapped: `xdg-open $(cruftless docs)`


def quarantine(
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    all_rows: bool = typer.Option(False, "--all", help="Every quarantine row ever written, resolved ones included."),
):
    """Quarantined files and why: path, stage, reason, what to do, when."""
    from flows.cli import _config, console, err
    from warehouse.connection import open_warehouse
    from warehouse.store import quarantine_rows

    cfg = _config(None, db, config)
    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            rows = quarantine_rows(con, include_resolved=all_rows)
    except FileNotFoundError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2)
    if not rows:
        console.print("nothing quarantined" if all_rows else "nothing quarantined (unresolved); `--all` shows history")
        return
    title = f"quarantine — {cfg.db}" + ("" if all_rows else " (unresolved, latest per file)")
    t = Table(title=escape(title), show_lines=True)
    t.add_column("path", overflow="fold", max_width=32)
    t.add_column("stage", overflow="fold")
    t.add_column("reason", overflow="fold")
    t.add_column("detail", overflow="fold", ratio=1)
    t.add_column("when", overflow="fold")
    if all_rows:
        t.add_column("resolved", no_wrap=True)
    for r in rows:
        cells = [escape(str(r[key])) for key in ("source_path", "stage", "reason", "detail")]
        cells.append(f"{r['at']:%Y-%m-%d\n%H:%M:%S}")
        if all_rows:
            cells.append("yes" if r["resolved"] else "no")
        t.add_row(*cells)
    console.print(t)
    unresolved = sum(1 for r in rows if not r["resolved"])
    if unresolved:
        console.print(f"{unresolved} unresolved: fix the cause (a rule in cruftless.toml, the file itself), "
                      f"then `cruftless retry --db {escape(str(cfg.db))}` to process them again.")


def retry(
    paths: Optional[List[str]] = typer.Argument(
        None, help="Quarantined files to retry, relative to the ingest folder (default: every unresolved one)."),
    ingest: Optional[Path] = IngestOpt,
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    wait: float = typer.Option(0.0, "--wait", help="Seconds to wait if another run is loading the same database."),
):
    """Process quarantined files again (after you fixed the cause), with the rest of the folder."""
    from flows.cli import _config, _run_with_progress, console, err
    from warehouse.connection import open_warehouse
    from warehouse.store import quarantine_rows

    cfg = _config(ingest, db, config)
    if not cfg.ingest.is_dir():
        err.print(f"[red]ingest folder not found:[/] {escape(str(cfg.ingest))} — create it or pass --ingest DIR")
        raise typer.Exit(2)
    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            waiting = {r["source_path"]: r for r in quarantine_rows(con)}
    except FileNotFoundError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2)
    if paths:
        chosen = [_relative(p, cfg.ingest) for p in paths]
        for p in chosen:
            if p not in waiting:
                err.print(f"[yellow]not retried:[/] {escape(p)} is not an unresolved quarantined file "
                          "(see `cruftless quarantine`)")
        chosen = [p for p in chosen if p in waiting]
        if not chosen:
            raise typer.Exit(2)
    else:
        chosen = sorted(waiting)
    if not chosen:
        console.print("nothing to retry: no unresolved quarantined files")
        return
    missing = [p for p in chosen if not (cfg.ingest / p).is_file()]
    for p in missing:
        err.print(f"[yellow]not retried:[/] {escape(p)} is no longer in {escape(str(cfg.ingest))} "
                  "(the next run marks it deleted)")
    chosen = [p for p in chosen if p not in missing]
    console.print(f"retrying [bold]{len(chosen)}[/] quarantined file(s)")

    _run_with_progress(cfg, wait, retry=chosen)

    with open_warehouse(cfg.db, read_only=True) as con:
        still = {r["source_path"]: r for r in quarantine_rows(con)}
    t = Table(title="retried", show_header=True)
    t.add_column("path", overflow="fold")
    t.add_column("outcome")
    t.add_column("reason")
    for p in chosen:
        r = still.get(p)
        t.add_row(escape(p), "[green]loaded[/]" if r is None else "[red]quarantined[/]",
                  "" if r is None else escape(r["reason"]))
    console.print(t)


def _relative(path: str, ingest: Path) -> str:
    """A path as the manifest spells it: relative to the ingest folder, '/'-separated."""
    p = Path(path).expanduser()
    for candidate in ([p] if p.is_absolute() else [Path.cwd() / p]):
        try:
            return candidate.resolve().relative_to(ingest.resolve()).as_posix()
        except ValueError:
            pass
    return p.as_posix()
