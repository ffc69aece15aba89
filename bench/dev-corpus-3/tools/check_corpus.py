#!/usr/bin/env python3
"""Check the dev-corpus-3 gold files against the documents (bench/goldtools/check.py).

    python3 tools/check_corpus.py [--verbose]      # --verbose writes tools/sim/
Exit status 1 on any error.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import REFLOW, ROOT  # noqa: E402
from goldtools.check import check_corpus  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_corpus(ROOT, REFLOW, "--verbose" in sys.argv))
