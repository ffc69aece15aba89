"""The command line for scripts and narrow terminals (issue 17): hints that are complete and
safe to paste, --json on every command that prints results, sql and export, the folder guard,
output that survives 60 columns and pipes."""
from __future__ import annotations

import json
import re
import shlex
import shutil

import click
import duckdb
import pytest
import typer.main
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import SAMPLES

runner = CliRunner()
HINT = re.compile(r"`(cruftless [^`]+)`")


@pytest.fixture(scope="module")
def built(tmp_path_factory, prefect_harness):
    root = tmp_path_factory.mktemp("scriptable")
    ingest = root / "my docs"  # a space: every hint must quote it
    shutil.copytree(SAMPLES / "ingest", ingest)
    (ingest / "tiny.txt").write_bytes(b"")  # quarantined: empty
    db = root / "w.duckdb"
    result = runner.invoke(app, ["run", "--ingest", str(ingest), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return ingest, db, json.loads(result.stdout)


def _documents(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT doc_id FROM documents ORDER BY 1").fetchall()


def _hints(text: str) -> list[list[str]]:
    return [shlex.split(h) for h in HINT.findall(text)]


def _parses(words: list[str]) -> click.Context:
    """The hint as the typer app would parse it (no command runs)."""
    command = typer.main.get_command(app)
    ctx = command.make_context("cruftless", words[1:2], resilient_parsing=False)
    sub = command.get_command(ctx, words[1])
    assert sub is not None, words
    return sub.make_context(words[1], words[2:], parent=ctx)


def test_run_json_is_one_summary_with_the_folder_and_the_quarantine(built):
    ingest, db, summary = built
    assert summary["status"] == "completed" and summary["docs_loaded"] >= 8
    assert summary["ingest_folder"] == str(ingest.resolve())
    assert summary["still_quarantined"] == 1 and summary["quarantined_since_run"] == summary["run_id"]
    assert summary["wall_seconds"] >= summary["seconds"]


@pytest.mark.parametrize("args", [
    ["status"], ["quarantine"], ["quarantine", "--all"], ["explain", "aldmouth"], ["explain", "tiny.txt"],
    ["search", "ferry"], ["sql", "SELECT count(*) AS n FROM documents"], ["docs"],
])
def test_every_result_command_prints_json_that_parses(built, args):
    _, db, _ = built
    result = runner.invoke(app, [*args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) is not None


@pytest.mark.parametrize("args", [["status"], ["quarantine"], ["search", "ferry"], ["sql", "SELECT 1 AS one"]])
def test_table_commands_print_csv_with_a_header(built, args):
    _, db, _ = built
    result = runner.invoke(app, [*args, "--db", str(db), "--csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) >= 2


def test_sql_is_read_only_and_has_search_loaded(built):
    _, db, _ = built
    rows = json.loads(runner.invoke(app, ["sql", "SELECT title FROM documents ORDER BY title", "--db", str(db),
                                          "--json"]).stdout)
    assert len(rows) >= 8 and all("title" in r for r in rows)
    hits = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM (SELECT fts_main_paragraphs.match_bm25(para_id, "
                                      "'ferry') AS s FROM paragraphs) WHERE s IS NOT NULL", "--db", str(db), "--json"])
    assert hits.exit_code == 0, hits.output
    assert json.loads(hits.stdout)[0]["n"] > 0
    before = _documents(db)
    write = runner.invoke(app, ["sql", "DELETE FROM documents", "--db", str(db)])
    assert write.exit_code == 1 and "SQL error" in write.output
    assert _documents(db) == before


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_reads_back_equal_to_the_table(built, tmp_path, fmt):
    _, db, _ = built
    out = tmp_path / "export"
    result = runner.invoke(app, ["export", str(out), "--format", fmt, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    written = {w["table"]: w for w in json.loads(result.stdout)}
    assert {"documents", "paragraphs", "date_mentions", "quarantine", "runs"} <= set(written)
    with duckdb.connect(str(db), read_only=True) as con:
        reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
        for table in ("documents", "paragraphs"):
            path = str(out / f"{table}.{fmt}")
            assert con.execute(f"SELECT count(*) FROM {reader}(?)", [path]).fetchone()[0] == written[table]["rows"]
        if fmt == "parquet":
            diff = con.execute("SELECT count(*) FROM (SELECT doc_id, title, body_text FROM documents EXCEPT "
                               "SELECT doc_id, title, body_text FROM read_parquet(?))",
                               [str(out / "documents.parquet")]).fetchone()[0]
            assert diff == 0
    unknown = runner.invoke(app, ["export", str(out), "--table", "nope", "--db", str(db)])
    assert unknown.exit_code == 2 and "no table or view named nope" in unknown.output


def test_the_retry_hint_pasted_as_printed_leaves_the_documents_as_they_were(built):
    ingest, db, _ = built
    before = _documents(db)
    listed = runner.invoke(app, ["quarantine", "--db", str(db)])
    retry = [h for h in _hints(listed.output) if h[1] == "retry"]
    assert retry, listed.output
    assert "--ingest" in retry[0] and str(ingest.resolve()) in retry[0]
    again = runner.invoke(app, retry[0][1:])
    assert again.exit_code == 0, again.output
    assert _documents(db) == before


def test_another_folder_is_refused_unless_switched(built, tmp_path):
    _, db, _ = built
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SAMPLES / "ingest" / "aldmouth-trams.html", other / "one.html")
    before = _documents(db)
    for args in (["run", "--ingest", str(other)], ["retry", "--ingest", str(other)], ["run"]):
        result = runner.invoke(app, [*args, "--db", str(db)])
        assert result.exit_code == 2, (args, result.output)
        assert "--switch-folder" in result.output and "nothing changed" in result.output
    assert _documents(db) == before


def test_every_hint_printed_is_a_complete_command_that_parses(built):
    ingest, db, _ = built
    outputs = [runner.invoke(app, [*args, "--db", str(db)]).output for args in
               (["status"], ["quarantine"], ["explain", "tiny.txt"], ["explain", "aldmouth"], ["search", "ferry"])]
    outputs.append(runner.invoke(app, ["run", "--ingest", str(ingest), "--db", str(db)]).output)
    hints = [h for out in outputs for h in _hints(out)]
    assert len(hints) >= 5
    for words in hints:
        ctx = _parses(words)
        assert ctx.params.get("db") is not None, words
        if words[1] in ("run", "retry", "serve"):
            assert ctx.params.get("ingest") is not None, words


def test_at_60_columns_no_hint_run_id_or_rule_name_is_broken(built, monkeypatch):
    from flows import cli_common

    ingest, db, summary = built
    monkeypatch.setattr(cli_common.console, "width", 60)
    monkeypatch.setattr(cli_common.err, "width", 60)
    run = runner.invoke(app, ["run", "--ingest", str(ingest), "--db", str(db)])
    assert re.search(r"^run \d{8}T\d{6}-[0-9a-f]{6} completed$", run.output, re.M), run.output
    for args in (["status"], ["quarantine"], ["explain", "aldmouth", "--width", "40"]):
        out = runner.invoke(app, [*args, "--db", str(db)]).output
        for line in out.splitlines():
            if "cruftless " in line and "`" in line:
                assert line.count("`") % 2 == 0, line  # a hint is never cut over two lines
        if args[0] == "explain":
            with duckdb.connect(str(db), read_only=True) as con:
                rules = {r for (r,) in con.execute(
                    "SELECT DISTINCT rule FROM artefacts JOIN documents USING (doc_id) "
                    "WHERE source_path LIKE '%aldmouth%'").fetchall()}
            for rule in rules:
                assert rule in out, (rule, out)


def test_explain_a_quarantined_file_says_why_and_how_to_retry(built):
    _, db, _ = built
    result = runner.invoke(app, ["explain", "tiny.txt", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["status"] == "quarantined" and info["reason"] and info["stage"]


def test_version_and_short_help():
    assert re.match(r"cruftless \d+\.\d+", runner.invoke(app, ["--version"]).output)
    assert "Usage" in runner.invoke(app, ["-h"]).output
    assert "--json" in runner.invoke(app, ["status", "-h"]).output


README = SAMPLES.parent / "README.md"


def _readme_sql() -> list[tuple[str, bool]]:
    """(query, may it return no rows on the samples: its comment says so)."""
    text = README.read_text("utf-8")
    section = text[text.index("## Example SQL"):]
    block = section[section.index("```sql") + 6: section.index("```", section.index("```sql") + 6)]
    found = []
    for part in block.split(";"):
        comment = " ".join(line for line in part.splitlines() if line.strip().startswith("--"))
        sql = "\n".join(line for line in part.splitlines() if not line.strip().startswith("--")).strip()
        if sql:
            found.append((sql, "no rows there" in comment))
    return found


def _readme_commands() -> list[list[str]]:
    """README lines that run a reading command on the default database (no placeholders)."""
    found = []
    for line in README.read_text("utf-8").splitlines():
        line = line.split("  #")[0].strip()
        words = shlex.split(line) if line.startswith(".venv/bin/cruftless ") else []
        if words and words[1] in ("search", "sql", "status", "explain", "quarantine") and \
                not any(w.startswith(("~", "…")) or "..." in w for w in words):
            found.append(words)
    return found


def test_every_sql_example_of_the_readme_returns_rows(built):
    _, db, _ = built
    queries = _readme_sql()
    assert len(queries) >= 9
    for sql, may_be_empty in queries:
        result = runner.invoke(app, ["sql", sql, "--db", str(db), "--json"])
        assert result.exit_code == 0, (sql, result.output)
        assert may_be_empty or json.loads(result.stdout), f"no rows on the samples: {sql}"


def test_every_cli_example_of_the_readme_runs_on_the_samples(built):
    _, db, _ = built
    commands = _readme_commands()
    assert any(c[1] == "search" for c in commands) and any(c[1] == "sql" for c in commands)
    for words in commands:
        args = [w for w in words[1:]]
        result = runner.invoke(app, [*args, "--db", str(db), "--json"])
        assert result.exit_code == 0, (words, result.output)
        value = json.loads(result.stdout)
        assert value, f"nothing returned: {words}"
