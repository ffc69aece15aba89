"""The Data Docs site as headless Chromium renders it, with no network.

Skipped when Chromium is not installed (Debian: ``apt-get install chromium``).
The DOM is read after rendering (``--dump-dom``) with scripts and styles removed,
so a suite name counts only if the page shows it, not if a script merely holds it.
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # no host name resolves: the page must not need the network
]
SUITES = ("documents", "paragraphs", "citations", "bibliography", "date_mentions", "artefacts", "source_files")


def rendered_text(page: Path) -> tuple[str, "lxml.html.HtmlElement"]:  # noqa: F821
    """The visible text of ``page`` after Chromium rendered it, and the rendered DOM."""
    import lxml.html

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium): browser check skipped")
    profile = tempfile.mkdtemp(prefix="cruftless-chromium-")
    try:
        proc = subprocess.run(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000",
             "--window-size=1280,2000", "--dump-dom", page.resolve().as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert proc.returncode == 0 and "<body" in proc.stdout, proc.stderr[-2000:]
    dom = lxml.html.fromstring(proc.stdout)
    for element in dom.xpath("//script | //style | //noscript"):
        element.drop_tree()
    return " ".join(dom.text_content().split()), dom


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from expectations import validate_batch
    from expectations.docs import build_docs
    from tests.expectations.batches import RUN_DATE, clean_frames

    frames = clean_frames()
    frames["documents"].loc[0, "body_text"] += "\n\nDownload 75.83 Kb."
    outcome = validate_batch(frames, run_date=RUN_DATE)
    docs_dir = tmp_path_factory.mktemp("browser") / "warehouse_docs"
    return build_docs(docs_dir, "20260301T100000-abc123", dt.datetime(2026, 3, 1, 10), outcome.results)


def test_index_renders_offline_and_lists_every_suite(site):
    text, dom = rendered_text(site.index)
    suite_links = {a.text_content().strip() for a in dom.xpath('//table[@data-cruftless="static"]//a')}
    assert set(SUITES) <= suite_links, suite_links
    for suite in SUITES:
        assert suite in text
    assert "Expectation Suites" in text and "Validation Results" in text
    assert "documents.body_text_has_no_known_cruft" in text and "1 warnings failed" in text


def test_a_validation_page_renders_its_results(site):
    page = next((site.index.parent / "validations" / "documents").rglob("*.html"))
    text, _ = rendered_text(page)
    assert "documents" in text and "Failed" in text
    assert "1 unexpected values found" in text or "1 unexpected value" in text


def test_markup_in_document_content_shows_as_text_and_never_runs(tmp_path):
    """A title holding a script: the browser shows it, and the script never runs."""
    from expectations import validate_batch
    from expectations.docs import build_docs
    from tests.expectations.batches import RUN_DATE, clean_frames

    frames = clean_frames()
    payload = "Microsoft Word - <script>document.body.setAttribute('data-pwned', '1')</script>.doc"
    frames["documents"].loc[0, "title"] = payload
    site = build_docs(tmp_path / "warehouse_docs", "20260301T100000-abc123", dt.datetime(2026, 3, 1, 10),
                      validate_batch(frames, run_date=RUN_DATE).results)
    page = next((site.index.parent / "validations" / "documents").rglob("*.html"))
    text, dom = rendered_text(page)
    assert not dom.xpath("//body[@data-pwned]")
    assert "<script>document.body.setAttribute" in text
