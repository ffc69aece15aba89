"""The ``cruftless`` command line (typer + rich).

This is the edge: it sets Prefect's quiet/offline defaults, builds the Config
and calls the flow.  Read-only commands open the warehouse read-only, so they
can run beside an analyst's session.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Optional, Sequence

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from flows import prefect_defaults

prefect_defaults.apply()  # quiet, offline Prefect unless the user configured otherwise

logging.getLogger("great_expectations").setLevel(logging.WARNING)

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn a folder of scraped documents into clean, validated DuckDB tables.")
console = Console(stderr=False)
err = Console(stderr=True)

IngestOpt = typer.Option(None, "--ingest", "-i", help="Ingest folder (default: from cruftless.toml, else samples/ingest).")
DbOpt = typer.Option(None, "--db", "-d", help="DuckDB file (default: from cruftless.toml, else data/cruftless.duckdb).")
ConfigOpt = typer.Option(None, "--config", "-c", help="A cruftless.toml (default: beside the ingest folder or in the working directory).")


class _RichProgress:
    """Shows a bar when a run has enough files to be worth watching."""

    def __init__(self):
        self.progress: Progress | None = None
        self.task = None

    def start(self, to_process: int, seen: int) -> None:
        console.print(f"[bold]{seen}[/] files in the ingest folder, [bold]{to_process}[/] to extract")
        if to_process >= 20 and sys.stdout.isatty():
            self.progress = Progress(TextColumn("extract+clean"), BarColumn(), MofNCompleteColumn(),
                                     TimeElapsedColumn(), console=console, transient=True)
            self.progress.start()
            self.task = self.progress.add_task("docs", total=to_process)

    def advance(self, n: int) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, n)

    def start_phase(self, name: str, total: int) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=self.progress.tasks[0].total)
            self.task = self.progress.add_task(name, total=total)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _config(ingest, db, config, **kw):
    from flows.config import ConfigError, build_config

    try:
        return build_config(ingest, db, config, **kw)
    except ConfigError as exc:
        err.print(f"[red]configuration error:[/] {escape(str(exc))}")
        raise typer.Exit(2)


def _print_summary(s: dict, db: Path) -> None:
    t = Table(title=escape(f"run {s['run_id']}"), show_header=False, box=None)
    for label, key in [("files seen", "files_seen"), ("new", "files_new"), ("changed", "files_changed"),
                       ("unchanged", "files_unchanged"), ("deleted", "files_deleted"),
                       ("duplicates", "files_duplicate"), ("loaded", "docs_loaded"),
                       ("quarantined", "docs_quarantined")]:
        t.add_row(label, str(s[key]))
    t.add_row("seconds", f"{s['seconds']:.1f}")
    console.print(t)
    console.print(f"warehouse: [bold]{escape(str(db))}[/]")
    if s["docs_quarantined"]:
        console.print(f"[yellow]{s['docs_quarantined']} file(s) quarantined[/]: "
                      f"see `cruftless quarantine --db {escape(str(db))}`")
    console.print(f"try: duckdb -readonly {escape(str(db))} "
                  "\"SELECT title, word_count FROM documents ORDER BY word_count DESC\"")


@app.command()
def run(
    ingest: Optional[Path] = IngestOpt,
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    wait: float = typer.Option(0.0, "--wait", help="Seconds to wait if another run is loading the same database."),
    runner: Optional[str] = typer.Option(None, "--runner", help="default | dask"),
    address: Optional[str] = typer.Option(None, "--address", help="Dask scheduler address, e.g. tcp://host:8786 (with --runner dask)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Worker processes that extract and clean (default: [run] workers, else the machine's cores)."),
    rehash: bool = typer.Option(False, "--rehash", help="Read and hash every file, not only those whose size or modification time changed."),
    allow_mass_delete: bool = typer.Option(False, "--allow-mass-delete", help="Let this run mark most or all of the warehouse deleted (files gone from the folder)."),
):
    """Process the ingest folder: discover → extract → transform → validate → load."""
    from flows.prefect_server import start_early

    start_early()  # the run's temporary Prefect API boots while the rest is imported
    cfg = _config(ingest, db, config, runner=runner, dask_address=address, workers=workers,
                  rehash=rehash or None, allow_mass_delete=allow_mass_delete or None)
    if not cfg.ingest.is_dir():
        err.print(f"[red]ingest folder not found:[/] {escape(str(cfg.ingest))} — create it (or mount it) or pass "
                  "--ingest DIR")
        raise typer.Exit(2)
    _run_with_progress(cfg, wait)


def _run_with_progress(cfg, wait: float, retry: Sequence[str] = ()) -> None:
    """Run the flow with a progress bar; print the summary, or exit 3 (another run is
    loading) or 1 (the run failed)."""
    from flows import progress
    from flows.pipeline import MassDeletion
    from flows.runner import run_flow
    from flows.runlock import RunInProgress

    for ignored in cfg.ignored_configs:
        err.print(f"[yellow]warning:[/] {ignored} is inside the ingest folder and is not read as configuration "
                  "(a downloaded file must not reconfigure a run); move it beside the folder or pass --config.")
    reporter = _RichProgress()
    progress.install(reporter)
    try:
        summary = run_flow(cfg, wait_seconds=wait, retry=retry)
    except RunInProgress as exc:
        err.print(f"[yellow]{escape(str(exc))}[/]")
        raise typer.Exit(3)
    except MassDeletion as exc:
        err.print(f"[red]stopped:[/] {exc}")
        raise typer.Exit(2)
    except Exception as exc:
        err.print(f"[red]run failed:[/] {type(exc).__name__}: {escape(str(exc))}")
        raise typer.Exit(1)
    finally:
        reporter.stop()
        progress.install(None)
    _print_summary(summary, cfg.db)


@app.command()
def status(db: Optional[Path] = DbOpt, config: Optional[Path] = ConfigOpt,
           limit: int = typer.Option(10, help="How many runs to show.")):
    """Last runs and table counts."""
    cfg = _config(None, db, config)
    from warehouse.connection import open_warehouse
    from warehouse.report import warning_totals
    from warehouse.store import last_runs, table_counts

    import duckdb

    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            runs, counts = last_runs(con, limit), table_counts(con)
            try:
                warned = warning_totals(con)
            except duckdb.CatalogException:  # made by an older cruftless: no document_warnings view yet
                warned = None
    except FileNotFoundError as exc:
        err.print(f"[red]{escape(str(exc))}[/]")
        raise typer.Exit(2)
    columns = {"started_at": "started", "status": "status", "files_seen": "seen", "files_new": "new",
               "files_changed": "changed", "files_unchanged": "same", "docs_loaded": "loaded",
               "docs_quarantined": "quar.", "seconds": "s"}
    t = Table(title=escape(f"last runs — {cfg.db}"), box=box.SIMPLE_HEAD, pad_edge=False)
    for header in columns.values():
        t.add_column(header, no_wrap=True)
    for r in runs:
        r = {**r, "started_at": f"{r['started_at']:%Y-%m-%d %H:%M}", "seconds": f"{r['seconds'] or 0:.1f}"}
        t.add_row(*["" if r[c] is None else escape(str(r[c])) for c in columns])
    console.print(t)
    c = Table(title="tables")
    c.add_column("table")
    c.add_column("rows", justify="right")
    for name, n in counts.items():
        c.add_row(escape(name), str(n))
    console.print(c)
    if warned and warned[0]:
        console.print(f"[yellow]{warned[0]} warning(s)[/] on {warned[1]} loaded document(s) (they loaded all the "
                      "same): see `SELECT * FROM document_warnings`")
    elif warned is not None:
        console.print("no warnings on the loaded documents")


# Commands kept in their own modules: each module's register(app) adds its commands.
# (one line per module, added below)
from flows import cmd_explain  # noqa: E402

cmd_explain.register(app)
from flows import cmd_analyst; cmd_analyst.register(app)  # noqa: E402,E702
from flows import cmd_quality; cmd_quality.register(app)  # noqa: E402,E702
from flows import cmd_ops; cmd_ops.register(app)  # noqa: E402,E702


def main():  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
