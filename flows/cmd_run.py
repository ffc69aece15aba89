"""``cruftless run`` (process the folder) and ``cruftless status`` (last runs, tables, quarantine)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich import box
from rich.markup import escape
from rich.table import Table

from flows.cli_common import (
    ConfigOpt,
    CsvOpt,
    DbOpt,
    IngestOpt,
    JsonOpt,
    SwitchFolderOpt,
    WaitOpt,
    console,
    emit,
    hint,
    load_config,
    quote_arg,
    output_format,
    read_only,
    refuse_other_folder,
    require_ingest_folder,
    say,
)


def run(
    ingest: Optional[Path] = IngestOpt,
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    wait: float = WaitOpt,
    runner: Optional[str] = typer.Option(None, "--runner", help="default | dask"),
    address: Optional[str] = typer.Option(None, "--address", help="Dask scheduler address, e.g. tcp://host:8786 (with --runner dask)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Worker processes that extract and clean (default: [run] workers, else the machine's cores)."),
    rehash: bool = typer.Option(False, "--rehash", help="Read and hash every file, not only those whose size or modification time changed."),
    allow_mass_delete: bool = typer.Option(False, "--allow-mass-delete", help="Let this run mark most or all of the warehouse deleted (files gone from the folder)."),
    switch_folder: bool = SwitchFolderOpt,
    as_json: bool = JsonOpt,
):
    """Process the ingest folder: discover → extract → transform → validate → load."""
    from flows.prefect_server import start_early
    from flows.run_display import run_with_progress

    start_early()  # the run's temporary Prefect API boots while the rest is imported
    cfg = load_config(ingest, db, config, runner=runner, dask_address=address, workers=workers,
                      rehash=rehash or None, allow_mass_delete=allow_mass_delete or None,
                      switch_folder=switch_folder or None)
    require_ingest_folder(cfg)
    refuse_other_folder(cfg)
    run_with_progress(cfg, wait, as_json=as_json)


RUN_COLUMNS = {"started_at": "started", "status": "status", "files_seen": "seen", "files_new": "new",
               "files_changed": "chg", "docs_loaded": "load", "docs_quarantined": "quar", "seconds": "secs"}


def status(db: Optional[Path] = DbOpt, config: Optional[Path] = ConfigOpt,
           limit: int = typer.Option(10, "--limit", "-n", help="How many runs to show."),
           as_json: bool = JsonOpt, as_csv: bool = CsvOpt):
    """Last runs, table counts, warnings and what is still quarantined."""
    import duckdb

    from warehouse.report import warning_totals
    from warehouse.store import last_runs, quarantine_rows, recorded_folder, table_counts

    fmt = output_format(as_json, as_csv)
    cfg = load_config(None, db, config)
    with read_only(cfg) as con:
        runs, counts = last_runs(con, limit), table_counts(con)
        waiting = quarantine_rows(con)
        try:
            warned = warning_totals(con)
        except duckdb.CatalogException:  # made by an older cruftless: no document_warnings view yet
            warned = None
        try:
            folder = recorded_folder(con)
        except duckdb.BinderException:  # made before runs recorded their folder
            folder = None
    oldest = min(waiting, key=lambda r: (r["at"], r["run_id"])) if waiting else None
    if fmt == "csv":
        emit(fmt, runs)
        return
    if emit(fmt, {"db": str(cfg.db), "ingest_folder": folder, "runs": runs, "tables": counts,
                  "warnings": warned[0] if warned else 0, "documents_with_warnings": warned[1] if warned else 0,
                  "still_quarantined": len(waiting),
                  "quarantined_since_run": oldest["run_id"] if oldest else None}):
        return
    console.print(f"[bold]last runs[/] — {escape(str(cfg.db))}", soft_wrap=True, highlight=False)
    if folder:
        console.print(f"built from {escape(folder)}", soft_wrap=True, highlight=False)
    t = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for header in RUN_COLUMNS.values():
        t.add_column(header, no_wrap=True, justify="left" if header in ("started", "status") else "right")
    for r in runs:
        r = {**r, "started_at": f"{r['started_at']:%m-%d %H:%M}", "seconds": f"{r['seconds'] or 0:.1f}"}
        t.add_row(*["" if r[c] is None else escape(str(r[c])) for c in RUN_COLUMNS])
    console.print(t)
    c = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    c.add_column("table", no_wrap=True)
    c.add_column("rows", justify="right", no_wrap=True)
    for name, n in counts.items():
        c.add_row(escape(name), str(n))
    console.print(c)
    if warned and warned[0]:
        say(f"[yellow]{warned[0]} warning(s)[/] on {warned[1]} loaded document(s) (they loaded all the same): "
            f"see {escape(hint('sql', cfg, quote_arg('SELECT * FROM document_warnings'), ingest=False))}")
    elif warned is not None:
        say("no warnings on the loaded documents")
    if waiting:
        say(f"[yellow]{len(waiting)} file(s) still quarantined[/] (the oldest since run {escape(oldest['run_id'])}): "
            f"see {escape(hint('quarantine', cfg))}")
    else:
        say("nothing quarantined")


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(status)
