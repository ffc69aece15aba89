"""dev-corpus-3's settings for bench/goldtools: the folder, the hard-wrapped documents, Gold."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent))

from goldtools import goldlib  # noqa: E402

# documents whose lines are hard-wrapped at the printed width: the ideal body re-flows them
REFLOW = frozenset({"04-ocr-1868-keldwick-mills.txt"})


class Gold(goldlib.Gold):
    root = ROOT
