#!/usr/bin/env python3
"""End-to-end test of the gold with the shared scorer, without running cruftless.

Builds a DuckDB warehouse that a perfect pipeline would produce and scores it with
../shared/tools/score_gold.py (bench/goldtools/selftest.py does the work).  Every headline
figure should be 100 % except fn_body for the bracketed '[n]' markers of document 07 (see README).

    .venv/bin/python bench/dev-corpus-2/tools/selftest_scorer.py      # needs duckdb
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from goldlib import REFLOW, ROOT  # noqa: E402
from goldtools.selftest import selftest  # noqa: E402

if __name__ == "__main__":
    sys.exit(selftest(ROOT, REFLOW, sys.argv[1:]))
