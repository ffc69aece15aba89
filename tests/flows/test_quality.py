"""Quarantine, warnings, retry and Data Docs end to end, under Prefect's test harness.

The acceptance scenario of issues 6 and 13: a cleaning rule switched off in
cruftless.toml lets a download banner through; validation warns about it, by the
expectation's name, and the document loads all the same.  An over-eager rule of the
user's removes every line of another file, which is quarantined; the user fixes the
config and `cruftless retry` loads it.
"""
from __future__ import annotations

import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLES

BANNER_DOC = "harbour-cranes.txt"
RULE = "download_size_banner"  # the only rule that removes "Download 75.83 Kb." from a text dump
EXPECTATION = "documents.body_text_has_no_known_cruft"
EMPTIED_DOC = "sluice-keepers.txt"  # every line mentions the sluice keepers, which the user's rule removes
USER_RULE = """
[[cruft.rule]]
name = "sluice_keeper_lines"
kind = "promo"
max_chars = 1000
pattern = '(?i).*\\bsluice keepers?\\b.*'
"""
OTHERS = ["estuary-ferry-cp1252.txt", "malabar-pepper-coal.txt"]

HARBOUR = """The Harbour Cranes of Eastport

Download 75.83 Kb.

The steam cranes on the east quay of Eastport were installed in 1898 by the harbour board, which had \
borrowed heavily to pay for them and for the new granite wall that carried their rails along the water's edge.

For sixty years they lifted timber, coal and grain from the ships that tied up beneath them, and the crane \
drivers were among the best paid men on the waterfront, a fact the dockers never let them forget.

The last of the cranes was cut up for scrap in the winter of 1961, when the container berth opened on the far \
side of the estuary and the old quay fell silent.
"""

SLUICE = """The sluice keepers of the lower river kept their own books.

Each of the sluice keepers wrote down the height of the water at dawn and at dusk, in ink, for forty years.

When the last sluice keeper retired in 1958 the books went to the county archive.
"""


def query(db, sql, *params):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params).fetchall()


def assert_every_file_loaded_or_quarantined(ingest, db):
    """The run-level invariant: each ingest file is in documents (via source_files) or in quarantine."""
    files = {p.relative_to(ingest).as_posix() for p in ingest.rglob("*") if p.is_file()}
    loaded = {p for (p,) in query(db, "SELECT sf.source_path FROM source_files sf JOIN documents d USING (doc_id)")}
    quarantined = {p for (p,) in query(db, "SELECT source_path FROM quarantine WHERE NOT resolved")}
    assert loaded | quarantined == files and not loaded & quarantined


def suite_expectations() -> dict[str, set[str]]:
    from expectations import suites

    return {table: {e.meta["name"] for e in build().expectations} for table, build in suites.BUILDERS.items()}


@pytest.fixture
def wide_console(monkeypatch):
    """Rich tables at 80 columns fold long names; the CLI tests read them whole."""
    from flows import cli_common

    monkeypatch.setattr(cli_common.console, "width", 240)
    monkeypatch.setattr(cli_common.err, "width", 240)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory, prefect_harness):
    """Run 1 with the rule disabled and the user's rule on; yields the folder, db, config and run 1's summary."""
    from flows.pipeline import cruftless_flow

    root = tmp_path_factory.mktemp("quality")
    ingest = root / "ingest"
    ingest.mkdir()
    for name in OTHERS:
        shutil.copy(SAMPLES / "ingest" / name, ingest / name)
    (ingest / BANNER_DOC).write_text(HARBOUR, "utf-8")
    (ingest / EMPTIED_DOC).write_text(SLUICE, "utf-8")
    config = root / "cruftless.toml"
    config.write_text(f'[cruft]\ndisable = ["{RULE}"]\n{USER_RULE}', "utf-8")
    db = root / "warehouse.duckdb"
    summary = cruftless_flow(ingest=str(ingest), db=str(db), config=str(config))
    return dict(root=root, ingest=ingest, db=db, config=config, first=summary, flow=cruftless_flow)


def test_a_banner_let_through_by_config_loads_with_a_warning_named_for_the_expectation(scenario):
    db, s = scenario["db"], scenario["first"]
    assert (s["status"], s["docs_loaded"], s["docs_quarantined"]) == ("completed", len(OTHERS) + 1, 1)
    assert {p for (p,) in query(db, "SELECT source_path FROM documents")} == {*OTHERS, BANNER_DOC}
    warnings = query(db, "SELECT source_path, expectation, detail FROM document_warnings")
    assert [w[:2] for w in warnings] == [(BANNER_DOC, EXPECTATION)]
    assert "Download 75.83 Kb" in warnings[0][2]
    assert query(db, "SELECT warnings FROM document_overview WHERE source_path = ?", BANNER_DOC) == [(1,)]
    assert dict(query(db, "SELECT source_path, status FROM source_files"))[BANNER_DOC] == "loaded"
    assert_every_file_loaded_or_quarantined(scenario["ingest"], db)


def test_a_file_emptied_by_the_users_rule_is_quarantined(scenario):
    db = scenario["db"]
    rows = query(db, "SELECT source_path, stage, reason, detail, resolved FROM quarantine")
    assert len(rows) == 1
    path, stage, reason, detail, resolved = rows[0]
    assert (path, stage, reason, resolved) == (EMPTIED_DOC, "transform", "no_content", False)
    assert "retry the file" in detail and "cruftless quarantine prints the command" in detail
    assert dict(query(db, "SELECT source_path, status FROM source_files"))[EMPTIED_DOC] == "quarantined"


def test_status_counts_the_warnings(scenario, wide_console):
    from flows.cli import app

    result = CliRunner().invoke(app, ["status", "--db", str(scenario["db"])])
    assert result.exit_code == 0, result.output
    assert "1 warning(s) on 1 loaded document(s)" in result.output and "document_warnings" in result.output


def test_the_run_records_where_its_time_went(scenario):
    s = scenario["first"]
    for key in ("process_seconds", "validate_seconds", "load_seconds", "docs_seconds"):
        assert s[key] is not None and s[key] >= 0, key
    stored = query(scenario["db"], "SELECT process_seconds, validate_seconds, load_seconds FROM runs")
    assert stored == [(s["process_seconds"], s["validate_seconds"], s["load_seconds"])]


def test_the_run_builds_data_docs_beside_the_database(scenario, wide_console):
    from flows.cli import app

    docs_dir = scenario["db"].parent / "warehouse_docs"
    index = docs_dir / "index.html"
    assert index.is_file()
    assert {p.stem for p in (docs_dir / "expectations").glob("*.html")} == set(suite_expectations())
    page = index.read_text("utf-8")
    assert EXPECTATION in page  # named among this run's failed expectations
    quarantine = page[page.index('id="cruftless-quarantine"'):page.index('id="cruftless-warnings"')]
    assert EMPTIED_DOC in quarantine and "no_content" in quarantine  # refused before validation
    assert BANNER_DOC in page[page.index('id="cruftless-warnings"'):]  # loaded with its warning

    result = CliRunner().invoke(app, ["docs", "--db", str(scenario["db"])])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(index)


def test_docs_command_says_when_there_are_no_docs_yet(tmp_path):
    from flows.cli import app

    result = CliRunner().invoke(app, ["docs", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no Data Docs yet" in result.output


def test_quarantine_command_lists_path_reason_and_detail(scenario, wide_console):
    from flows.cli import app

    result = CliRunner().invoke(app, ["quarantine", "--db", str(scenario["db"])])
    assert result.exit_code == 0, result.output
    out = result.output
    assert EMPTIED_DOC in out and "transform" in out and "no_content" in out and BANNER_DOC not in out
    assert "cruftless retry" in out


def test_an_unchanged_run_leaves_the_quarantined_file_alone(scenario):
    s = scenario["flow"](ingest=str(scenario["ingest"]), db=str(scenario["db"]), config=str(scenario["config"]))
    assert (s["files_unchanged"], s["files_retried"], s["docs_loaded"]) == (len(OTHERS) + 2, 0, 0)
    assert query(scenario["db"], "SELECT count(*) FROM quarantine WHERE NOT resolved") == [(1,)]
    assert len(query(scenario["db"], "SELECT * FROM document_warnings")) == 1  # still the loaded version's
    from expectations.docs import read_history

    docs_dir = scenario["db"].parent / "warehouse_docs"
    assert [e["run_id"] for e in read_history(docs_dir)] == [scenario["first"]["run_id"]]
    page = (docs_dir / "index.html").read_text("utf-8")
    assert scenario["first"]["run_id"] in page and EMPTIED_DOC in page  # the no-op run kept them


def test_after_a_no_op_run_the_data_docs_in_a_browser_show_the_run_its_quarantine_and_warning(scenario, tmp_path,
                                                                                               request):
    """Headless Chromium, no network: the index as a reader sees it (skipped without Chromium)."""
    from tests.browser import keep_screenshot, rendered_text, screenshot

    index = scenario["db"].parent / "warehouse_docs" / "index.html"
    text, dom = rendered_text(index)
    assert scenario["first"]["run_id"] in text
    assert EMPTIED_DOC in text and "no_content" in text  # quarantined before validation
    assert BANNER_DOC in text and EXPECTATION in text  # loaded with its warning
    assert dom.xpath('//div[@id="cruftless-history"]//a[@href]')  # links to the run's validation pages
    png = screenshot(index, tmp_path / "data-docs.png", height=1600)
    assert png.stat().st_size > 20_000  # a rendered page, not a blank one
    keep_screenshot(request, png, "data-docs.png")


def test_fixing_the_config_and_retrying_loads_it(scenario, wide_console):
    from flows.cli import app

    db, ingest, config = scenario["db"], scenario["ingest"], scenario["config"]
    config.write_text("[cruft]\ndisable = []\n", "utf-8")
    result = CliRunner().invoke(app, ["retry", "--ingest", str(ingest), "--db", str(db), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "retrying 1 quarantined file(s)" in result.output
    (last,) = query(db, "SELECT files_retried, docs_loaded, docs_quarantined FROM runs ORDER BY started_at DESC LIMIT 1")
    assert last == (1, 1, 0)
    assert query(db, "SELECT resolved FROM quarantine WHERE source_path = ?", EMPTIED_DOC) == [(True,)]
    assert dict(query(db, "SELECT source_path, status FROM source_files"))[EMPTIED_DOC] == "loaded"
    (body,) = query(db, "SELECT body_text FROM documents WHERE source_path = ?", EMPTIED_DOC)[0]
    assert "county archive" in body
    assert query(db, "SELECT count(*) FROM document_warnings WHERE source_path = ?", EMPTIED_DOC) == [(0,)]
    assert_every_file_loaded_or_quarantined(ingest, db)
    from expectations.docs import read_history

    docs_dir = db.parent / "warehouse_docs"
    history = read_history(docs_dir)
    assert len(history) == 2 and history[1]["run_id"] == scenario["first"]["run_id"]
    assert [e["quarantined"] for e in history] == [0, 1]
    page = (docs_dir / "index.html").read_text("utf-8")
    assert "No file is quarantined." in page and all((docs_dir / rel).is_file() for rel in history[1]["pages"].values())

    listed = CliRunner().invoke(app, ["quarantine", "--db", str(db)])
    assert listed.exit_code == 0 and EMPTIED_DOC not in listed.output
    history = CliRunner().invoke(app, ["quarantine", "--db", str(db), "--all"])
    assert EMPTIED_DOC in history.output and "yes" in history.output


def test_retry_refuses_paths_that_are_not_quarantined(scenario, wide_console):
    from flows.cli import app

    result = CliRunner().invoke(app, ["retry", "--ingest", str(scenario["ingest"]), "--db", str(scenario["db"]),
                                      "--config", str(scenario["config"]), OTHERS[0]])
    assert result.exit_code == 2 and "not an unresolved quarantined file" in result.output


def test_validation_results_hold_one_row_per_expectation_per_table_per_run(scenario):
    db = scenario["db"]
    assert query(db, "SELECT count(*) FROM (SELECT run_id, table_name, expectation FROM validation_results "
                     "WHERE doc_id IS NULL GROUP BY ALL HAVING count(*) > 1)") == [(0,)]
    expected = suite_expectations()
    runs = [r for (r,) in query(db, "SELECT run_id FROM runs WHERE docs_loaded + docs_quarantined > 0 "
                                    "ORDER BY started_at")]
    assert len(runs) == 2  # the first run and the retry
    for run_id in runs:
        found: dict[str, set[str]] = {}
        for table, name in query(db, "SELECT table_name, expectation FROM validation_results "
                                     "WHERE run_id = ? AND doc_id IS NULL", run_id):
            found.setdefault(table, set()).add(name)
        assert found["documents"] == expected["documents"]  # every documents expectation, once
        for table, names in found.items():
            if table != "source_files":
                assert names == expected[table], table
        assert "source_files.covers_every_ingest_file" in found["source_files"]
    warned = query(db, "SELECT d.source_path, v.severity, v.success FROM validation_results v "
                       "JOIN documents d USING (doc_id) WHERE v.doc_id IS NOT NULL")
    assert warned == [(BANNER_DOC, "warning", False)]  # one row per warning and document
    assert_every_file_loaded_or_quarantined(scenario["ingest"], db)
