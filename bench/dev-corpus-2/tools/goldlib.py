"""dev-corpus-2's Gold builder: bench/goldtools/goldlib.py bound to this corpus folder.

A spec never types an offset: every date, footnote marker, citation and reference is
located in the decoded document text by a unique anchor string, and the offsets are
computed there.  Anything ambiguous raises.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))

from goldtools import goldlib as _goldlib  # noqa: E402
from goldtools.goldlib import edtf_bounds, encoding_for  # noqa: E402,F401

DOCS = ROOT / "docs"
REFLOW = frozenset({"03-archive-ocr-salt-carriers.txt", "08-pdf-twocol-watershed.txt",
                    "11-maillist-rye-prices-cp1252.txt"})


def read_raw(name):
    return _goldlib.read_raw(ROOT, name)


class Gold(_goldlib.Gold):
    root = ROOT
