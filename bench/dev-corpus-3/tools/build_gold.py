#!/usr/bin/env python3
"""Build gold/<doc>.gold.json from the specs in specs_*.py (offsets computed, never typed).

    python3 tools/build_gold.py            # writes every gold file
    python3 tools/build_gold.py 03 08      # only documents whose name starts with these
    python3 tools/build_gold.py --check    # write nothing; exit 1 if a gold file is stale
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import specs_a  # noqa: E402
import specs_b  # noqa: E402
from corpus import ROOT  # noqa: E402
from goldtools.build import build_gold  # noqa: E402

BUILDERS = [specs_a.doc01, specs_a.doc02, specs_a.doc03, specs_a.doc04,
            specs_b.doc05, specs_b.doc06, specs_b.doc07, specs_b.doc08]

if __name__ == "__main__":
    sys.exit(build_gold(ROOT, BUILDERS, sys.argv[1:]))
