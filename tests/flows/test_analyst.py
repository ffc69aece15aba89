"""`cruftless search` and `cruftless report` on warehouses the flow built (samples; seeds when present),
and the README's SQL run against them."""
from __future__ import annotations

import re
import shutil

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from tests.conftest import REPO, SAMPLES, shared_or_skip
from warehouse import search as fts

runner = CliRunner()


def cli(*args: str):
    from flows.cli import app

    return runner.invoke(app, list(args), catch_exceptions=False)


def _flow_db(ingest):
    from flows.pipeline import cruftless_flow

    db = ingest.parent / "warehouse.duckdb"
    summary = cruftless_flow(ingest=str(ingest), db=str(db))
    assert summary["status"] == "completed"
    return db


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory, prefect_harness):
    """samples/ingest plus samples/bad, through the flow once."""
    ingest = tmp_path_factory.mktemp("analyst") / "ingest"
    shutil.copytree(SAMPLES / "ingest", ingest)
    shutil.copytree(SAMPLES / "bad", ingest / "bad")
    return _flow_db(ingest)


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, prefect_harness):
    """The seed text dumps of ../shared/seeds (skipped on a clone without them)."""
    seeds = shared_or_skip("seeds")
    ingest = tmp_path_factory.mktemp("seeds") / "ingest"
    ingest.mkdir()
    for f in sorted(seeds.glob("*.txt")):
        shutil.copy(f, ingest / f.name)
    return ingest, _flow_db(ingest)


def reader(db):
    con = duckdb.connect(str(db), read_only=True)
    fts.load_fts(con)
    return con


def printed_hits(output: str) -> list[tuple[str, int]]:
    """(source_path, para_no) of each hit, in the order `cruftless search` printed them."""
    return [(m.group(1), int(m.group(2))) for m in re.finditer(r"^\s+(\S.*?) ¶(\d+)$", output, re.M)]


def readme_sql() -> list[str]:
    """The statements of the README's "Example SQL" section, comments dropped."""
    readme = (REPO / "README.md").read_text("utf-8")
    section = readme[readme.index("## Example SQL"):readme.index("## Reading the database")]
    sql = "\n".join(re.findall(r"```sql\n(.*?)```", section, re.S))
    statements = []
    for chunk in re.split(r";\s*(?:\n|$)", sql):
        code = "\n".join(line for line in chunk.splitlines() if not line.strip().startswith("--")).strip()
        if code:
            statements.append(code)
    return statements


def test_search_prints_title_section_snippet_and_score_best_first(samples_db):
    result = cli("search", "tram depot", "--db", str(samples_db), "--limit", "3")
    assert result.exit_code == 0, result.output
    hits = printed_hits(result.output)
    assert len(hits) == 3 and all(path == "aldmouth-trams.html" for path, _ in hits)
    assert "The Tram That Built Aldmouth" in result.output
    scores = [float(s) for s in re.findall(r"score (\d+\.\d+)", result.output)]
    assert len(scores) == 3 and scores == sorted(scores, reverse=True)


def test_search_highlights_the_words_in_a_terminal(samples_db, monkeypatch):
    from flows import cmd_analyst

    monkeypatch.setattr(cmd_analyst, "console", Console(force_terminal=True, color_system="standard", width=200))
    result = cli("search", "trams", "--db", str(samples_db), "--limit", "1")
    assert re.search(r"\x1b\[[0-9;]*m[Tt]rams?\x1b\[0m", result.output), result.output


def test_search_sql_gives_what_the_command_prints(samples_db):
    result = cli("search", "ferry crossing", "--db", str(samples_db), "--sql")
    hits = printed_hits(result.output)
    assert hits
    sql = result.output[result.output.index("LOAD '"):]
    con = duckdb.connect(str(samples_db), read_only=True)
    for statement in [s for s in sql.split(";\n") if s.strip()]:
        rows = con.execute(statement).fetchall()
    assert [(r[6], r[5]) for r in rows] == hits


def test_search_says_so_when_nothing_matches_and_when_there_is_no_database(samples_db, tmp_path):
    result = cli("search", "zeppelin", "--db", str(samples_db))
    assert result.exit_code == 0 and "no paragraph matches" in result.output
    assert cli("search", "x", "--db", str(tmp_path / "none.duckdb")).exit_code == 2


def test_every_readme_query_runs(samples_db):
    statements = readme_sql()
    assert len(statements) == 14  # 11 examples, and 3 under "Critical checks and warnings"
    with reader(samples_db) as con:
        for sql in statements:
            con.execute(sql).fetchall()


def with_terms(sql: str, terms: str) -> str:
    """The README's search statement asking for other terms (its own are the samples')."""
    assert "'ferry crossing'" in sql
    return sql.replace("'ferry crossing'", f"'{terms}'")


def test_readme_search_sql_matches_the_command(samples_db):
    sql = with_terms(readme_sql()[0], "airmail contracts")
    with reader(samples_db) as con:
        rows = con.execute(sql).fetchall()
    hits = fts_hits(samples_db, "airmail contracts", 10)
    assert [(r[0], r[2]) for r in rows] == [(h.title, h.text) for h in hits]


def fts_hits(db, query, limit):
    with reader(db) as con:
        return fts.search(con, query, limit=limit)


def test_report_writes_one_page_with_four_charts(samples_db, tmp_path):
    out = tmp_path / "r" / "report.html"
    result = cli("report", "--db", str(samples_db), "--out", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert re.findall(r'<img class="chart" id="([\w-]+)"', page) == [
        "chart-timeline", "chart-authors", "chart-cleaning", "chart-quarantine"]
    assert "bad/encrypted.pdf" in page


# --- the seeds (../shared/seeds), when present -----------------------------------------------

def test_seeds_search_tashkent_finds_exactly_the_seeds_that_mention_it(seeds_db):
    ingest, db = seeds_db
    mention = {p.name for p in ingest.glob("*.txt") if "tashkent" in p.read_text("utf-8", "replace").lower()}
    assert len(mention) == 2
    result = cli("search", "Tashkent", "--db", str(db))
    hits = printed_hits(result.output)
    assert {path for path, _ in hits} == mention
    scores = [float(s) for s in re.findall(r"score (\d+\.\d+)", result.output)]
    assert scores == sorted(scores, reverse=True)
    sql = with_terms(readme_sql()[0], "Tashkent")
    with reader(db) as con:
        rows = con.execute(sql).fetchall()
    assert [r[2] for r in rows] == [h.text for h in fts_hits(db, "Tashkent", 10)]
    assert len(rows) == len(hits)


def test_seeds_timeline_1971(seeds_db):
    ingest, db = seeds_db
    with reader(db) as con:
        rows = con.execute(
            "SELECT source_path, raw, paragraph FROM timeline "
            "WHERE date_start <= DATE '1971-12-31' AND date_end >= DATE '1971-01-01'").fetchall()
    first_seed = sorted(p.name for p in ingest.glob("001_*.txt"))[0]
    of_001 = [r for r in rows if r[0] == first_seed]
    assert any("1971" in raw for _, raw, _ in of_001)
    assert all(paragraph and raw in paragraph for _, raw, paragraph in of_001)


def test_seeds_report_shows_its_charts(seeds_db, tmp_path):
    from flows.report_page import PALETTE
    from tests.browser import chromium_or_skip, colour_counts, hex_rgb, rendered_charts, screenshot

    _, db = seeds_db
    out = tmp_path / "report.html"
    assert cli("report", "--db", str(db), "--out", str(out)).exit_code == 0
    chromium_or_skip()
    charts = {c["id"]: c for c in rendered_charts(out)}
    assert {"chart-timeline", "chart-authors", "chart-cleaning"} <= set(charts)
    assert all(c["complete"] and c["natural_w"] > 300 and c["w"] > 300 and c["h"] > 150 for c in charts.values())
    colours = colour_counts(screenshot(out, tmp_path / "report.png"))
    assert colours[hex_rgb(PALETTE[0])] > 2000 and len(colours) > 100
