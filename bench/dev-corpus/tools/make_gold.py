#!/usr/bin/env python3
"""Write bench/dev-corpus/gold/*.gold.json from the specs in tools/specs/devNN.py.

    python3 bench/dev-corpus/tools/make_gold.py [devNN ...]

Each spec locates its strings in the built document (docs/), so offsets (raw_start,
marker_start, marker_end) and footnote contexts are computed, never typed."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "specs"))


def main(argv):
    names = argv or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "specs")) if f.startswith("dev")
                           and f.endswith(".py"))
    for n in names:
        mod = importlib.import_module(n)
        d, g = mod.make()
        print(d.write(g))


if __name__ == "__main__":
    main(sys.argv[1:])
