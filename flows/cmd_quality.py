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
    err,
    hint,
    load_config,
    output_format,
    quote_arg,
    read_only,
    refuse_other_folder,
    require_ingest_folder,
    say,
)


def register(app: typer.Typer) -> None:
    app.command(name="docs")(docs)
    app.command(name="quarantine")(quarantine)
    app.command(name="retry")(retry)


def docs(db: Optional[Path] = DbOpt, config: Optional[Path] = ConfigOpt, as_json: bool = JsonOpt):
    """Print the path of the Data Docs site (validation results of every run, every suite)."""
    from expectations.docs import index_path

    cfg = load_config(None, db, config)
    index = index_path(cfg.docs_dir)
    if not index.is_file():
        err.print(f"[yellow]no Data Docs yet[/] at {escape(str(cfg.docs_dir))}: each run builds them; "
                  f"run {escape(hint('run', cfg))} first", soft_wrap=True)
        raise typer.Exit(2)
    if emit("json" if as_json else None, {"index": str(index), "site": str(cfg.docs_dir)}):
        return
    typer.echo(str(index))  # plain, so a long path is never wrapped: `xdg-open $(cruftless docs)`


def quarantine(
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    all_rows: bool = typer.Option(False, "--all", help="Every quarantine row ever written, resolved ones included."),
    as_json: bool = JsonOpt,
    as_csv: bool = CsvOpt,
):
    """Quarantined files and why: path, stage, reason, what to do, when."""
    from warehouse.store import quarantine_rows

    fmt = output_format(as_json, as_csv)
    cfg = load_config(None, db, config)
    with read_only(cfg) as con:
        rows = quarantine_rows(con, include_resolved=all_rows)
        folder = _recorded(con)
    if emit(fmt, rows, ["source_path", "stage", "reason", "detail", "at", "run_id", "resolved", "sha256"]):
        return
    if not rows:
        console.print("nothing quarantined" if all_rows else "nothing quarantined (unresolved); `--all` shows history")
        return
    console.print(f"[bold]quarantine[/] — {escape(str(cfg.db))}" + ("" if all_rows else " (unresolved, latest per file)"),
                  soft_wrap=True, highlight=False)
    t = Table(show_lines=True)
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
        say(f"{unresolved} unresolved: {escape(hint('explain', cfg, quote_arg(rows[0]['source_path'])))} shows what "
            f"cleaning removed from one; fix the cause (a rule in cruftless.toml, the file itself), then "
            f"{escape(hint('retry', cfg, folder=folder))} processes them again.")


def retry(
    paths: Optional[List[str]] = typer.Argument(
        None, help="Quarantined files to retry, relative to the ingest folder (default: every unresolved one)."),
    ingest: Optional[Path] = IngestOpt,
    db: Optional[Path] = DbOpt,
    config: Optional[Path] = ConfigOpt,
    wait: float = WaitOpt,
    switch_folder: bool = SwitchFolderOpt,
    as_json: bool = JsonOpt,
):
    """Process quarantined files again (after you fixed the cause), with the rest of the folder."""
    from flows.run_display import run_with_progress
    from warehouse.store import quarantine_rows

    cfg = load_config(ingest, db, config, switch_folder=switch_folder or None)
    require_ingest_folder(cfg)
    refuse_other_folder(cfg)
    with read_only(cfg) as con:
        waiting = {r["source_path"]: r for r in quarantine_rows(con)}
    if paths:
        chosen = [_relative(p, cfg.ingest) for p in paths]
        for p in chosen:
            if p not in waiting:
                err.print(f"[yellow]not retried:[/] {escape(p)} is not an unresolved quarantined file "
                          f"(see {escape(hint('quarantine', cfg))})", soft_wrap=True)
        chosen = [p for p in chosen if p in waiting]
        if not chosen:
            raise typer.Exit(2)
    else:
        chosen = sorted(waiting)
    if not chosen:
        if emit("json" if as_json else None, {"retried": [], "run": None}):
            return
        console.print("nothing to retry: no unresolved quarantined files")
        return
    missing = [p for p in chosen if not (cfg.ingest / p).is_file()]
    for p in missing:
        err.print(f"[yellow]not retried:[/] {escape(p)} is no longer in {escape(str(cfg.ingest))} "
                  "(the next run marks it deleted)")
    chosen = [p for p in chosen if p not in missing]
    if not as_json:
        say(f"retrying [bold]{len(chosen)}[/] quarantined file(s)")

    summary = run_with_progress(cfg, wait, retry=chosen, as_json=as_json, print_result=not as_json)

    with read_only(cfg) as con:
        still = {r["source_path"]: r for r in quarantine_rows(con)}
    outcomes = [{"source_path": p, "outcome": "loaded" if p not in still else "quarantined",
                 "reason": still[p]["reason"] if p in still else None} for p in chosen]
    if emit("json" if as_json else None, {"retried": outcomes, "run": summary}):
        return
    t = Table(title="retried", show_header=True)
    t.add_column("path", overflow="fold")
    t.add_column("outcome")
    t.add_column("reason")
    for p in chosen:
        r = still.get(p)
        t.add_row(escape(p), "[green]loaded[/]" if r is None else "[red]quarantined[/]",
                  "" if r is None else escape(r["reason"]))
    console.print(t)


def _recorded(con) -> str | None:
    """The folder the warehouse was built from (None for one made before runs recorded it)."""
    import duckdb

    from warehouse.store import recorded_folder

    try:
        return recorded_folder(con)
    except duckdb.Error:
        return None


def _relative(path: str, ingest: Path) -> str:
    """A path as the manifest spells it: relative to the ingest folder, '/'-separated."""
    p = Path(path).expanduser()
    for candidate in ([p] if p.is_absolute() else [Path.cwd() / p]):
        try:
            return candidate.resolve().relative_to(ingest.resolve()).as_posix()
        except ValueError:
            pass
    return p.as_posix()
