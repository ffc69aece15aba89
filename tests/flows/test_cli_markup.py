"""Text from the documents and the user is printed as text, never read as rich markup.

A title, path, rule or detail holding ``[/i]`` used to crash ``explain`` and
``quarantine`` (rich's MarkupError); ``[bold]`` would have restyled the output.
No Prefect: the commands read a small warehouse written by hand.
"""
from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.small_warehouse import build

runner = CliRunner()
TITLE = "Notes on [/i] tags and [bold]brackets[/bold]"
PATH = "odd/[/i]names [red]here[/red].txt"
SHORT_PATH = "q/[/i]x [red]y[/red].txt"  # the quarantine table folds paths beyond 32 characters
DETAIL = "the page failed at [/] here; see [link=x]this[/link]"
REMOVED = "[/b] a banner [blink]"


@pytest.fixture
def db(tmp_path, monkeypatch):
    from flows import cli_common

    for console in (cli_common.console, cli_common.err):
        monkeypatch.setattr(console, "width", 400)  # whole lines: the tests read them
    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        build(con)
        con.execute("UPDATE documents SET title = ?, source_path = ? WHERE doc_id = 'd1'", [TITLE, PATH])
        con.execute("UPDATE artefacts SET text = ?, rule = ? WHERE doc_id = 'd1'", [REMOVED, "rule_[/x]"])
        con.execute("UPDATE quarantine SET detail = ?, source_path = ? WHERE reason = 'empty'", [DETAIL, SHORT_PATH])
    return path


def test_explain_prints_markup_like_titles_paths_and_removals_as_text(db):
    result = runner.invoke(app, ["explain", "d1", "--db", str(db), "--width", "0"])
    assert result.exit_code == 0, result.output
    assert TITLE in result.output and PATH in result.output
    assert REMOVED in result.output and "rule_[/x]" in result.output


def test_explain_repeats_a_markup_like_query_as_text(db):
    result = runner.invoke(app, ["explain", "[/i]nothing[bold]", "--db", str(db)])
    assert result.exit_code == 1 and "'[/i]nothing[bold]'" in result.output


def test_quarantine_prints_markup_like_paths_and_details_as_text(db):
    result = runner.invoke(app, ["quarantine", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert SHORT_PATH in result.output and DETAIL in result.output
    assert runner.invoke(app, ["quarantine", "--db", str(db), "--all"]).exit_code == 0


def test_status_counts_the_warnings(db):
    result = runner.invoke(app, ["status", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "3 warning(s) on 2 loaded document(s)" in result.output


def test_a_markup_like_database_path_is_printed_as_text(tmp_path):
    missing = tmp_path / "[/i]" / "none.duckdb"
    result = runner.invoke(app, ["status", "--db", str(missing)])
    assert result.exit_code == 2 and "[/i]" in result.output
