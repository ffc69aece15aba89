"""Gate: the PDF papers' key figures on pdf-dev do not fall below bench/pdf_floors.json.

Skipped on a clone without ../shared.  Builds the warehouse tables in-process with the
pipeline's own functions (bench/pdf_quality.py --in-process) and scores them with the
shared scorer; about a minute.
"""
from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import REPO, shared_or_skip

pytestmark = pytest.mark.slow


def _bench():
    spec = importlib.util.spec_from_file_location("pdf_quality", REPO / "bench" / "pdf_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    shared_or_skip("bench", "pdf-dev", "papers")
    scorer = shared_or_skip("tools", "score_pdf.py")
    bench = _bench()
    papers, gold, _ = bench.corpus(scorer.parents[1])
    db = bench.in_process_warehouse(papers, tmp_path_factory.mktemp("pdf-dev") / "pdf-dev.duckdb")
    _, figures = bench.score(scorer, db, gold)
    return figures


FLOORS = {k: v for k, v in json.loads((REPO / "bench" / "pdf_floors.json").read_text()).items() if not k.startswith("_")}


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_figure_is_not_below_its_floor(summary, key):
    if key == "refs_found_share":
        value = int(summary["refs_found"]) / int(summary["refs_gold"])
    else:
        value = float(summary[key])
    assert value >= FLOORS[key], f"{key} = {value} fell below its floor {FLOORS[key]}"
