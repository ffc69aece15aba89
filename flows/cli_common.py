"""What every ``cruftless`` command shares, declared once.

The options (``--ingest``, ``--db``, ``--config``, ``--json``, ``--csv``…) with one
help text each, the consoles, how the Config is built at the edge, how the
warehouse is opened read-only with one message when it is missing, and how
results are printed: a table for people, JSON or CSV for scripts.  Commands live in
``flows/cmd_*.py`` and import from here; ``flows/cli.py`` only assembles them.

Hints and SQL are printed unwrapped (``soft_wrap``), so a copied hint is one
command even in a 60-column terminal or a pipe.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import os
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

import typer
from rich.console import Console
from rich.markup import escape

_IMPORTED = time.monotonic()

console = Console()
err = Console(stderr=True)


@dataclass
class Output:
    """How loud the command line is: set once by the app's callback (``--quiet``/``--verbose``)."""

    quiet: bool = False
    verbose: bool = False


OUTPUT = Output()

# --- options: one declaration each ---------------------------------------------------------------
IngestOpt = typer.Option(None, "--ingest", "-i",
                         help="Ingest folder (default: [run] ingest of cruftless.toml, else samples/ingest).")
DbOpt = typer.Option(None, "--db", "-d",
                     help="DuckDB file (default: [run] db of cruftless.toml, else data/cruftless.duckdb).")
ConfigOpt = typer.Option(None, "--config", "-c",
                         help="A cruftless.toml (default: beside the ingest folder or in the working directory).")
WaitOpt = typer.Option(0.0, "--wait", help="Seconds to wait if another run is loading the same database.")
JsonOpt = typer.Option(False, "--json", help="Print the result as JSON (for scripts) instead of a table.")
CsvOpt = typer.Option(False, "--csv", help="Print the result as CSV (for spreadsheets) instead of a table.")
SwitchFolderOpt = typer.Option(
    False, "--switch-folder",
    help="Rebuild a warehouse made from another ingest folder from this one (its files not here are marked deleted).")


def configure_logging(verbose: bool) -> None:
    """Third-party INFO lines (Great Expectations, Prefect, httpx) only with ``--verbose``."""
    level = logging.INFO if verbose else logging.WARNING
    for name in ("great_expectations", "prefect", "httpx", "distributed", "asyncio"):
        logging.getLogger(name).setLevel(level)


def load_config(ingest: Optional[Path], db: Optional[Path], config: Optional[Path], **overrides: Any):
    """The one frozen Config of this command, or exit 2 with what to fix."""
    from flows.config import ConfigError, build_config

    try:
        return build_config(ingest, db, config, **overrides)
    except ConfigError as exc:
        err.print(f"[red]configuration error:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2)


def require_ingest_folder(cfg) -> None:
    if not cfg.ingest.is_dir():
        err.print(f"[red]ingest folder not found:[/] {escape(str(cfg.ingest))} — create it (or mount it) "
                  "or pass --ingest DIR", soft_wrap=True)
        raise typer.Exit(2)


def refuse_other_folder(cfg) -> None:
    """Exit 2 before anything starts when the warehouse was built from another folder (the flow
    checks again, for scheduled runs; this spares a refused command Prefect's start-up)."""
    import duckdb

    from flows.run_guards import OtherFolder, check_folder
    from warehouse.connection import WarehouseBusy, open_warehouse
    from warehouse.store import read_manifest, recorded_folder

    if not cfg.db.exists():
        return
    try:
        with open_warehouse(cfg.db, read_only=True, wait_seconds=0) as con:
            recorded, manifest = recorded_folder(con), read_manifest(con)
    except (duckdb.Error, OSError, WarehouseBusy):  # older file, or busy loading: the run checks under its lock
        return
    try:
        check_folder(cfg, recorded, manifest)
    except OtherFolder as exc:
        err.print(f"[red]stopped:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2)


@contextmanager
def read_only(cfg) -> Iterator[Any]:
    """The warehouse opened read-only (beside analysts' sessions and a loading run), or exit 2."""
    import duckdb

    from warehouse.connection import open_warehouse

    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            yield con
    except FileNotFoundError as exc:
        err.print(f"[red]{escape(str(exc))}[/]", soft_wrap=True)
        raise typer.Exit(2)
    except duckdb.CatalogException as exc:
        err.print(f"[red]{escape(str(cfg.db))} lacks a table or view this command reads[/] ({escape(str(exc))}); "
                  f"it was made by an older cruftless: {hint('run', cfg)} brings it up to date", soft_wrap=True)
        raise typer.Exit(2)


def quote_arg(value: str) -> str:
    """A shell word: plain when safe, else single-quoted."""
    import shlex

    return shlex.quote(value)


def hint(command: str, cfg, *args: str, ingest: bool | None = None, folder: str | None = None) -> str:
    """A complete, pasteable ``cruftless`` command for this warehouse, in backquotes: ``--ingest``
    where the command reads the folder (``folder``, else the Config's), ``--db`` always."""
    words = ["cruftless", command, *args]
    if ingest if ingest is not None else command in ("run", "retry", "serve"):
        words += ["--ingest", quote_arg(str(folder or cfg.ingest))]
    words += ["--db", quote_arg(str(cfg.db))]
    if cfg.config_path:
        words += ["--config", quote_arg(str(cfg.config_path))]
    return "`" + " ".join(words) + "`"


def say(message: str, *, markup: bool = True) -> None:
    """A note for people (not a result): suppressed by ``--quiet``, never wrapped."""
    if not OUTPUT.quiet:
        console.print(message, markup=markup, highlight=False, soft_wrap=True)


# --- results: table, JSON or CSV -----------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        try:
            return value.item()
        except (TypeError, ValueError):
            pass
    return value


def output_format(as_json: bool, as_csv: bool = False) -> str | None:
    if as_json and as_csv:
        err.print("[red]give --json or --csv, not both[/]")
        raise typer.Exit(2)
    return "json" if as_json else "csv" if as_csv else None


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(_plain(value), ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def print_csv(rows: Sequence[dict], columns: Sequence[str] | None = None) -> None:
    columns = list(columns or (rows[0].keys() if rows else []))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(_plain(row.get(k))) for k in columns})
    sys.stdout.write(buf.getvalue())
    sys.stdout.flush()


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def emit(fmt: str | None, value: Any, columns: Sequence[str] | None = None) -> bool:
    """Print ``value`` as JSON or CSV when asked; False when the caller prints its table."""
    if fmt == "json":
        print_json(value)
        return True
    if fmt == "csv":
        print_csv(value if isinstance(value, list) else [value], columns)
        return True
    return False


# --- time --------------------------------------------------------------------------------------

def process_seconds() -> float:
    """Wall seconds since this process started (the interpreter's start-up and imports included)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time, ticks since boot
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - started)
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED
