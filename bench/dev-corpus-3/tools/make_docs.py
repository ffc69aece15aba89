#!/usr/bin/env python3
"""Write docs/ from src/: {TAB} -> TAB, {NBSP} -> U+00A0; *-cp1252.txt is encoded as cp1252."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT  # noqa: E402
from goldtools.docs import make_docs  # noqa: E402

if __name__ == "__main__":
    make_docs(ROOT)
