#!/usr/bin/env python3
"""Score a perfect-pipeline warehouse for dev-corpus-3 with the shared scorer (bench/goldtools/selftest.py).

    .venv/bin/python bench/dev-corpus-3/tools/selftest_scorer.py [--details]     # needs duckdb
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import REFLOW, ROOT  # noqa: E402
from goldtools.selftest import selftest  # noqa: E402

if __name__ == "__main__":
    sys.exit(selftest(ROOT, REFLOW, sys.argv[1:]))
