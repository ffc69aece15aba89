"""Whole documents: the samples' cleaned text is pinned in golden files.

A change that loses a sentence, keeps a banner or moves a paragraph break shows
up as a diff here.  Refresh deliberately, after reading the diff:

    .venv/bin/python -m pytest tests/transform/test_golden.py --update-golden
"""
from __future__ import annotations

import json

import pytest

from extract.formats import extract_document
from tests.conftest import REPO, SAMPLES
from transform.document import clean_document

GOLDEN = REPO / "tests" / "golden"
SAMPLE_FILES = sorted(p for p in (SAMPLES / "ingest").iterdir() if p.is_file())


def render(path):
    doc = clean_document(extract_document(path.read_bytes(), path.name))
    head = {
        "title": doc.title,
        "authors": list(doc.authors),
        "published": doc.published.isoformat() if doc.published else None,
        "paragraph_kinds": [p.kind for p in doc.paragraphs],
        "removed": sorted({f"{a.kind}/{a.rule}" for a in doc.artefacts}),
        "citations": [c.raw for c in doc.citations],
        "dates": [f"{d.raw} = {d.edtf}" for d in doc.dates if d.calendar],  # what date_mentions holds
    }
    return json.dumps(head, indent=1, ensure_ascii=False) + "\n\n" + doc.body_text + "\n"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_sample_matches_its_golden_file(path, update_golden):
    golden = GOLDEN / f"{path.name}.golden.txt"
    got = render(path)
    if update_golden or not golden.exists():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8")
        if not update_golden:
            pytest.fail(f"{golden} did not exist; written now — read it, then commit it")
        return
    assert got == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_no_kept_sentence_of_the_sample_gold_is_lost(path):
    gold = json.loads((SAMPLES / "gold" / f"{path.name}.gold.json").read_text(encoding="utf-8"))
    body = " ".join(clean_document(extract_document(path.read_bytes(), path.name)).body_text.split())
    missing = [k for k in gold["keep"] if " ".join(k.split()) not in body]
    assert not missing
