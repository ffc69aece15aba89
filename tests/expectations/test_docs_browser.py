"""The Data Docs site as headless Chromium renders it, with no network.

Skipped when Chromium is not installed (Debian: ``apt-get install chromium``).
The DOM is read after rendering (``--dump-dom``) with scripts and styles removed,
so a suite name counts only if the page shows it, not if a script merely holds it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.browser import rendered_text

SUITES = ("documents", "paragraphs", "citations", "bibliography", "date_mentions", "artefacts", "source_files")


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
