"""The README documents the CLI and the warehouse as they are (sqlite-utils' test_docs.py
style): every command is a row of the README's command table with help text, every option
has help text and is named in the README, and every table is listed with its meaning."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from flows.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
COMMANDS = typer.main.get_command(app).commands


def command_table() -> set[str]:
    """The commands the README's command table lists (its first column: `cruftless NAME …`)."""
    return set(re.findall(r"^\| `cruftless ([a-z]+)[^`]*` \|", README, re.M))


def test_the_readme_table_lists_exactly_the_commands():
    assert command_table() == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help(name):
    assert (COMMANDS[name].help or "").strip()


OPTIONS = [(name, p) for name, cmd in sorted(COMMANDS.items()) for p in cmd.params
           if p.param_type_name == "option" and p.name != "help"]


@pytest.mark.parametrize("name,param", OPTIONS, ids=[f"{n}-{p.name}" for n, p in OPTIONS])
def test_every_option_has_help_and_is_in_the_readme(name, param):
    assert (param.help or "").strip(), f"cruftless {name} {param.opts}: no help text"
    named = [o for o in param.opts + param.secondary_opts if o.startswith("--")
             and re.search(re.escape(o) + r"(?![\w-])", README)]
    assert named, f"cruftless {name} {param.opts}: not named in README.md"


def test_the_readme_lists_every_table_with_its_meaning():
    from warehouse.tables import TABLES

    listed = dict(re.findall(r"^\| `(\w+)` \| (.+?) \|$", README, re.M))
    for table in TABLES:
        assert listed.get(table.name) == table.meaning.replace("|", "/"), table.name
