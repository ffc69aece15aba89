#!/usr/bin/env python3
"""Build gold/<doc>.gold.json from the specs in specs_*.py (offsets computed, never typed).

    python3 tools/build_gold.py            # writes every gold file
    python3 tools/build_gold.py 03 08      # only documents whose name starts with these
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import specs_a  # noqa: E402
import specs_b  # noqa: E402
import specs_c  # noqa: E402
from goldlib import ROOT  # noqa: E402

BUILDERS = [
    specs_a.doc01, specs_a.doc02, specs_a.doc03, specs_a.doc04,
    specs_b.doc05, specs_b.doc06, specs_b.doc07, specs_b.doc08,
    specs_c.doc09, specs_c.doc10, specs_c.doc11, specs_c.doc12,
]


def all_specs():
    return [b() for b in BUILDERS if b]


def main(argv):
    out = ROOT / "gold"
    out.mkdir(exist_ok=True)
    for G in all_specs():
        if argv and not any(G.source.startswith(a) for a in argv):
            continue
        g = G.finish()
        path = out / f"{G.source}.gold.json"
        path.write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
