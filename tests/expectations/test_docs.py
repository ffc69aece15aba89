"""Data Docs from a run's validation records (no Prefect, no browser: see test_docs_browser.py)."""
from __future__ import annotations

import datetime as dt
import logging
import re
import time

import pytest

from expectations import validate_batch
from expectations.docs import (
    HISTORY_RUNS,
    STALE_SECONDS,
    Quarantined,
    Warned,
    build_docs,
    index_path,
    make_offline,
    read_history,
    remove_stale_scratch,
    try_build_docs,
)
from tests.expectations.batches import RUN_DATE, clean_frames

RUN_ID = "20260301T100000-abc123"
RUN_TIME = dt.datetime(2026, 3, 1, 10, 0, 0)
SUITES = ("documents", "paragraphs", "citations", "bibliography", "date_mentions", "artefacts", "source_files")


@pytest.fixture(scope="module")
def outcome():
    """A small batch with one document carrying a download banner the cleaners missed."""
    frames = clean_frames()
    frames["documents"].loc[0, "body_text"] += "\n\nDownload 75.83 Kb."
    return validate_batch(frames, run_date=RUN_DATE)


@pytest.fixture(scope="module")
def site(outcome, tmp_path_factory):
    docs_dir = tmp_path_factory.mktemp("site") / "warehouse_docs"
    return build_docs(docs_dir, RUN_ID, RUN_TIME, outcome.results)


def test_the_site_has_a_page_per_suite_and_per_validated_table(site):
    root = site.index.parent
    assert site.index == index_path(root) and site.index.is_file()
    assert {p.stem for p in (root / "expectations").glob("*.html")} == set(SUITES)
    assert set(site.validated_tables) == set(SUITES)  # clean_frames stages every table
    pages = list((root / "validations").rglob("*.html"))
    assert {p.relative_to(root).parts[1] for p in pages} == set(SUITES)
    assert site.seconds > 0


def test_pages_load_nothing_from_the_network(site):
    for page in site.index.parent.rglob("*.html"):
        text = page.read_text("utf-8")
        assert not re.search(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)=["']https?://""", text), page
        assert "bootstrapTable(" not in text, page  # scripts that need jQuery are gone


def test_the_index_lists_suites_and_validations_as_plain_html(site):
    index = site.index.read_text("utf-8")
    for suite in SUITES:
        assert f'<a href="expectations/{suite}.html">{suite}</a>' in index
    assert index.count('data-cruftless="static"') == 2  # validation results and suites
    assert "documents.body_text_has_no_known_cruft" in index  # the failed expectation, named
    assert RUN_ID in index


def test_the_failing_expectation_shows_on_its_validation_page(site):
    page = next((site.index.parent / "validations" / "documents").rglob("*.html")).read_text("utf-8")
    assert "Failed" in page or "fa-times" in page
    assert "1 unexpected value" in page


def test_a_second_build_replaces_the_site_and_keeps_the_first_runs_pages(outcome, site):
    again = build_docs(site.index.parent, "20260302T100000-def456", RUN_TIME, outcome.results[:3])
    runs = {p.parts[-3] for p in (again.index.parent / "validations").rglob("*.html")}
    assert runs == {"20260302T100000-def456", RUN_ID}
    index = again.index.read_text("utf-8")
    assert index.index("cruftless run 20260302T100000-def456") < index.index(RUN_ID)  # this run's banner first
    assert not list(again.index.parent.parent.glob(".*"))  # no staging folders left behind


def test_document_content_is_escaped_in_every_page(tmp_path):
    """Titles, paths and values come from the documents: markup in them shows as text."""
    import lxml.html

    from tests.expectations.batches import clean_frames

    frames = clean_frames()
    frames["documents"].loc[0, "title"] = "Microsoft Word - <script>window.pwned = 1</script>draft.doc"
    frames["documents"].loc[1, "format"] = "<img src=x onerror=alert(1)>"
    frames["source_files"].loc[0, "sha256"] = "<b>not a hash</b>"
    outcome = validate_batch(frames, run_date=RUN_DATE)
    site = build_docs(tmp_path / "warehouse_docs", RUN_ID, RUN_TIME, outcome.results)
    shown = ""
    for page in site.index.parent.rglob("*.html"):
        text = page.read_text("utf-8")
        dom = lxml.html.fromstring(text)
        scripts = " ".join(s.text_content() for s in dom.iter("script"))
        assert "pwned" not in scripts, page
        assert not dom.xpath("//img[@onerror] | //b[contains(., 'not a hash')]"), page
        assert "&amp;lt;" not in text, page  # escaped once, not twice
        shown += dom.text_content()
    assert "<script>window.pwned = 1</script>draft.doc" in shown  # readable, as text
    assert "<img src=x onerror=alert(1)>" in shown and "<b>not a hash</b>" in shown


def test_the_banner_tells_critical_failures_from_warnings(tmp_path):
    from tests.expectations.batches import clean_frames

    frames = clean_frames()
    frames["documents"].loc[0, "title"] = "Home"
    site = build_docs(tmp_path / "warned_docs", RUN_ID, RUN_TIME,
                      validate_batch(frames, run_date=RUN_DATE).results)
    index = site.index.read_text("utf-8")
    assert "1 warnings failed (their documents loaded)" in index and "critical failed" not in index
    assert "<code>documents.title_is_a_real_title</code> (warning)" in index


def test_each_build_keeps_the_runs_before_it_and_links_their_pages(outcome, tmp_path):
    docs_dir = tmp_path / "history_docs"
    first, second = "20260301T100000-aaaaaa", "20260302T100000-bbbbbb"
    build_docs(docs_dir, first, RUN_TIME, outcome.results)
    build_docs(docs_dir, second, RUN_TIME + dt.timedelta(days=1), outcome.results[:2])
    history = read_history(docs_dir)
    assert [e["run_id"] for e in history] == [second, first]
    index = index_path(docs_dir).read_text("utf-8")
    for entry in history:
        assert entry["pages"] and entry["run_id"] in index
        for rel in entry["pages"].values():
            assert (docs_dir / rel).is_file() and f'href="{rel}"' in index
    assert set(history[1]["pages"]) == {r.table_name for r in outcome.results}  # the first run's pages all kept


def test_the_history_keeps_the_last_runs_only(outcome, tmp_path):
    docs_dir = tmp_path / "long_docs"
    runs = [f"2026030{d}T1000{m:02d}-{d}{m:05d}" for d in range(1, 4) for m in range(12)][:HISTORY_RUNS + 2]
    for run in runs:
        build_docs(docs_dir, run, RUN_TIME, outcome.results[:1])
    assert [e["run_id"] for e in read_history(docs_dir)] == runs[::-1][:HISTORY_RUNS]
    kept = {p.name for p in (docs_dir / "validations" / outcome.results[0].table_name).iterdir()}
    assert kept == set(runs[2:])  # the pages of the runs it forgot are gone with them


def test_the_index_lists_every_quarantined_file_and_every_warning(outcome, tmp_path):
    quarantined = [Quarantined("bad/locked.pdf", "extract", "encrypted_pdf", "needs a password", RUN_ID),
                   Quarantined("odd/<b>name</b>.html", "discover", "outside_ingest_folder", None, "20260201T090000-cccccc")]
    warned = [Warned("notes/home.html", "documents.title_is_a_real_title", "title 'Home' is a site label")]
    site = build_docs(tmp_path / "q_docs", RUN_ID, RUN_TIME, outcome.results, quarantined, warned)
    index = site.index.read_text("utf-8")
    section = index[index.index('id="cruftless-quarantine"'):index.index('id="cruftless-warnings"')]
    assert "2 file(s) quarantined" in section
    assert "bad/locked.pdf" in section and "encrypted_pdf" in section and "needs a password" in section
    assert "odd/&lt;b&gt;name&lt;/b&gt;.html" in section and "<b>name</b>" not in section
    assert "20260201T090000-cccccc" in section  # since an earlier run
    warnings = index[index.index('id="cruftless-warnings"'):]
    assert "notes/home.html" in warnings and "documents.title_is_a_real_title" in warnings
    assert read_history(site.index.parent)[0]["quarantined"] == 2


def test_a_killed_builds_scratch_folders_are_removed_by_the_next_build(outcome, tmp_path):
    import os
    import subprocess
    import sys

    docs_dir = tmp_path / "warehouse_docs"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = int(gone.stdout)  # a process that has exited
    stale = [tmp_path / f".warehouse_docs.building-{dead}-0123abcd",
             tmp_path / ".warehouse_docs.old-89abcdef",  # an older cruftless's name: no pid
             tmp_path / f".warehouse_docs.building-{os.getpid()}-00ff00ff"]  # ours, from an earlier build
    running = tmp_path / f".warehouse_docs.building-{os.getppid()}-feedbeef"  # a live process's build
    others = [tmp_path / f".other_docs.building-{dead}-0123abcd", tmp_path / ".warehouse_docs.building-notes"]
    for folder in [*stale, running, *others]:
        (folder / "validations").mkdir(parents=True)
        (folder / "index.html").write_text("half a site", "utf-8")

    build_docs(docs_dir, RUN_ID, RUN_TIME, outcome.results[:3])

    assert not any(p.exists() for p in stale)
    assert running.is_dir() and all(p.is_dir() for p in others)
    old = time.time() - 2 * STALE_SECONDS
    os.utime(running, (old, old))
    assert remove_stale_scratch(docs_dir) == [running]  # alive but far too old


def test_building_docs_never_raises(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the docs folder's parent should be")
    with caplog.at_level(logging.WARNING, logger="cruftless.docs"):
        assert try_build_docs(blocker / "docs", RUN_ID, RUN_TIME, []) is None
    assert "Data Docs were not built" in caplog.text


def test_make_offline_turns_gx_table_scripts_into_rows():
    page = """<html><head><link rel="stylesheet" href="https://cdn.example/bootstrap.css"/>
<script src="https://code.jquery.com/jquery.js"></script></head><body>
<table
  id="t1"
  class="table-sm"
  data-toggle="table"
>
</table>
<script>
  $('#t1').bootstrapTable(
    Object.assign(
      {
        columns: [{'field': 'expectation_suite_name', 'title': 'Expectation Suites'}],
        data: [{'expectation_suite_name': 'documents', '_table_row_link_path': 'expectations/documents.html'}],
        toolbar: '#t1-toolbar'
      }, {}));
</script>
<script>var kept = 1;</script>
<img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png"/>
</body></html>"""
    out = make_offline(page, "../")
    assert "https://cdn.example" not in out and "jquery" not in out and "bootstrapTable" not in out
    assert '<a href="expectations/documents.html">documents</a>' in out
    assert "<th>Expectation Suites</th>" in out
    assert "var kept = 1;" in out
    assert 'src="../static/images/logo-long.png' in out
    assert "<style>" in out
