"""The ``cruftless`` command line (typer + rich): this module only assembles it.

It sets Prefect's quiet/offline defaults, then adds the commands of ``flows/cmd_*.py``;
what they share (options, config at the edge, output formats) is ``flows/cli_common.py``.
Read-only commands open the warehouse read-only, so they run beside an analyst's session.

Exit codes: 0 done; 1 the run failed (or nothing matched); 2 refused or bad input (the
message says what to fix); 3 another run is loading the same database.
"""
from __future__ import annotations

import typer

from flows import cmd_analyst, cmd_explain, cmd_ops, cmd_quality, cmd_run, prefect_defaults
from flows.cli_common import OUTPUT, configure_logging, console

prefect_defaults.apply()  # quiet, offline Prefect unless the user configured otherwise
configure_logging(verbose=False)

app = typer.Typer(add_completion=False, no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]},
                  help="Turn a folder of scraped documents into clean, validated DuckDB tables.")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        console.print(f"cruftless {version('cruftless')}", highlight=False)
        raise typer.Exit()


@app.callback()
def _options(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print results and errors only: no progress, notes or hints."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also show the INFO logs of Prefect and Great Expectations."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
):
    """Turn a folder of scraped documents into clean, validated DuckDB tables."""
    OUTPUT.quiet, OUTPUT.verbose = quiet, verbose
    configure_logging(verbose)


for module in (cmd_run, cmd_explain, cmd_analyst, cmd_quality, cmd_ops):
    module.register(app)


def main():  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
