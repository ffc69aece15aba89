"""A run as the command line shows it: one progress bar per stage, then the summary.

Bars go to stderr and only to a terminal (never into a pipe or a ``--json`` result);
the summary is a two-column list that fits 60 columns, with the run id on one line,
the whole wall time (start-up included) and every hint complete and unwrapped.
"""
from __future__ import annotations

from typing import Sequence

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from flows import progress
from flows.cli_common import OUTPUT, console, err, hint, print_json, process_seconds, say


class StageBars:
    """One bar per stage, each with its own total (a stage without one spins)."""

    def __init__(self, show: bool):
        self.progress: Progress | None = None
        self.task = None
        self.total: int | None = None
        self.show = show

    def start(self, to_process: int, seen: int) -> None:
        if not OUTPUT.quiet:
            err.print(f"[bold]{seen}[/] files in the ingest folder, [bold]{to_process}[/] to extract",
                      highlight=False)

    def stage(self, name: str, total: int | None) -> None:
        if not self.show:
            return
        if self.progress is None:
            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description:<13}"), BarColumn(),
                                     MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True)
            self.progress.start()
        if self.task is not None:
            self.progress.update(self.task, completed=self.total or 1, total=self.total or 1)
        self.total = total
        self.task = self.progress.add_task(name, total=total)

    def advance(self, n: int) -> None:
        if self.progress is not None and self.task is not None:
            done = self.progress.tasks[-1].completed + n
            self.progress.update(self.task, completed=min(done, self.total) if self.total is not None else done)

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def run_with_progress(cfg, wait: float, retry: Sequence[str] = (), *, as_json: bool = False,
                      print_result: bool = True) -> dict:
    """Run the flow with a bar per stage; print the summary (or JSON), or exit 2 (the run refused:
    mass deletion, another folder), 3 (another run is loading) or 1 (the run failed)."""
    from flows.run_guards import RunRefused
    from flows.runner import run_flow
    from flows.runlock import RunInProgress

    for ignored in cfg.ignored_configs:
        err.print(f"[yellow]warning:[/] {escape(str(ignored))} is inside the ingest folder and is not read as "
                  "configuration (a downloaded file must not reconfigure a run); move it beside the folder or "
                  "pass --config.", soft_wrap=True)
    bars = StageBars(show=err.is_terminal and not OUTPUT.quiet and not as_json)
    progress.install(bars)
    try:
        summary = run_flow(cfg, wait_seconds=wait, retry=retry)
    except RunInProgress as exc:
        err.print(f"[yellow]{escape(str(exc))}[/]", soft_wrap=True)
        raise typer.Exit(3)
    except RunRefused as exc:
        err.print(f"[red]stopped:[/] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(2)
    except Exception as exc:
        err.print(f"[red]run failed:[/] {type(exc).__name__}: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(1)
    finally:
        bars.stop()
        progress.install(None)
    summary = {**summary, **_followup(cfg, summary["run_id"]), "wall_seconds": round(process_seconds(), 2)}
    summary["startup_seconds"] = round(max(0.0, summary["wall_seconds"] - (summary["seconds"] or 0.0)), 2)
    summary["db"] = str(cfg.db)
    if print_result and as_json:
        print_json(summary)
    elif print_result:
        print_summary(summary, cfg)
    return summary


def _followup(cfg, run_id: str) -> dict:
    from warehouse.connection import open_warehouse
    from warehouse.store import run_followup

    try:
        with open_warehouse(cfg.db, read_only=True) as con:
            return run_followup(con, run_id)
    except Exception:  # a summary without these is still a summary; the run has loaded
        return {}


SUMMARY_LINES = [("files seen", "files_seen"), ("new", "files_new"), ("changed", "files_changed"),
                 ("unchanged", "files_unchanged"), ("deleted", "files_deleted"),
                 ("duplicates", "files_duplicate"), ("retried", "files_retried"), ("loaded", "docs_loaded"),
                 ("quarantined", "docs_quarantined"), ("templates learned", "templates_learned"),
                 ("re-cleaned", "docs_recleaned")]


def print_summary(s: dict, cfg) -> None:
    if OUTPUT.quiet:
        return
    console.print(f"[bold]run {escape(s['run_id'])}[/] {escape(s['status'])}", soft_wrap=True, highlight=False)
    for label, key in SUMMARY_LINES:
        if key in ("files_retried", "templates_learned", "docs_recleaned") and not s.get(key):
            continue
        console.print(f"  {label:<18} {s.get(key) or 0}", highlight=False)
    if s.get("template_lines_removed"):
        console.print(f"  {'template lines':<18} {s['template_lines_removed']} removed by learned templates",
                      highlight=False)
    console.print(f"  {'seconds':<18} {s['wall_seconds']:.1f} wall (start-up {s['startup_seconds']:.1f}, "
                  f"run {s['seconds']:.1f})", highlight=False)
    if s.get("message"):
        console.print(f"  {escape(s['message'])}", soft_wrap=True, highlight=False)
    say(f"warehouse: [bold]{escape(str(cfg.db))}[/]")
    waiting = s.get("still_quarantined") or 0
    if waiting:
        say(f"[yellow]{waiting} file(s) quarantined[/] (the oldest since run {escape(str(s['quarantined_since_run']))}): "
            f"see {escape(hint('quarantine', cfg))}")
    say("try: " + escape(hint("sql", cfg, '"SELECT title, word_count FROM documents ORDER BY word_count DESC LIMIT 5"',
                               ingest=False)))
