"""``cruftless serve``: scheduled and file-triggered runs (see flows/serve.py)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from flows.cli_common import ConfigOpt, DbOpt, IngestOpt, SwitchFolderOpt, console, err, load_config, refuse_other_folder, require_ingest_folder


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        ingest: Optional[Path] = IngestOpt,
        db: Optional[Path] = DbOpt,
        config: Optional[Path] = ConfigOpt,
        switch_folder: bool = SwitchFolderOpt,
        every: Optional[str] = typer.Option(None, "--every", help="Run on an interval: 30s, 15m, 2h, 1d (default 15m)."),
        cron: Optional[str] = typer.Option(None, "--cron", help='Run on a cron schedule instead, e.g. "0 * * * *".'),
        watch: bool = typer.Option(True, "--watch/--no-watch", help="Start a run when files land in the ingest folder."),
        poll: float = typer.Option(2.0, "--poll", help="Seconds between looks at the ingest folder."),
        settle: float = typer.Option(2.0, "--settle", help="A file must keep its size this many seconds before it is read."),
        wait: float = typer.Option(600.0, "--wait", help="Seconds a run waits for another run on the same database."),
        name: str = typer.Option("scheduled", "--name", help="Deployment name (shown in the Prefect UI)."),
        start_server: bool = typer.Option(False, "--start-server", help="Start a local Prefect server for as long as serve runs."),
        port: int = typer.Option(4200, "--port", help="Port of the server --start-server starts."),
        prefect_home: Optional[Path] = typer.Option(None, "--prefect-home", help="Where --start-server keeps its SQLite database (default: PREFECT_HOME, else beside the warehouse)."),
    ):
        """Serve the flow as a Prefect deployment on a schedule; new files trigger a run."""
        from flows.serve import ServeError, ServeOptions, default_prefect_home, local_server, parse_every
        from flows.serve import serve as serve_flow

        cfg = load_config(ingest, db, config, switch_folder=switch_folder or None)
        require_ingest_folder(cfg)
        refuse_other_folder(cfg)
        if every and cron:
            err.print("[red]give --every or --cron, not both[/]")
            raise typer.Exit(2)
        try:
            opts = ServeOptions(every=None if cron else parse_every(every or "15m"), cron=cron, name=name,
                                watch=watch, poll_seconds=poll, settle_seconds=settle, wait_seconds=wait)
            if start_server:
                home = prefect_home or default_prefect_home(cfg)
                console.print(f"starting a Prefect server on 127.0.0.1:{port} (data in {escape(str(home))}) …")
                with local_server(home, port) as api_url:
                    _serve_with_api(serve_flow, cfg, opts, api_url)
            elif not os.environ.get("PREFECT_API_URL"):
                err.print(
                    "[yellow]Schedules need a Prefect server[/] (Prefect's temporary in-process API never "
                    "fires them). Either:\n"
                    "  prefect server start --host 127.0.0.1 --port 4200     # in another terminal; UI on :4200\n"
                    "  export PREFECT_API_URL=http://127.0.0.1:4200/api\n"
                    f"  cruftless serve --db {escape(str(cfg.db))} ...\n"
                    "or let serve start one and stop it on exit:\n"
                    "  cruftless serve --start-server ..."
                )
                raise typer.Exit(2)
            else:
                serve_flow(cfg, opts)
        except ServeError as exc:
            err.print(f"[red]serve:[/] {escape(str(exc))}")
            raise typer.Exit(2)


def _serve_with_api(serve_flow, cfg, opts, api_url: str) -> None:
    """Point this process (and the flow runs it starts) at ``api_url``."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    os.environ["PREFECT_API_URL"] = api_url
    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        serve_flow(cfg, opts)
