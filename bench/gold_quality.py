"""Score cruftless against every gold folder we have, in one table.

    .venv/bin/python bench/gold_quality.py [--shared DIR]

Corpora: the user's seeds (../shared/seeds + seeds-gold), the project's own
samples (samples/ingest + samples/gold) and the held-out dev corpora written
independently of the code (bench/dev-corpus*/docs + gold).  Each is run
through the real pipeline (`cruftless run` into a fresh DuckDB file) and
scored with ../shared/tools/score_gold.py, the scorer the project is judged by.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEYS = ["docs", "cruft", "keep", "title", "fn_p", "fn_r", "cit_p", "cit_r", "date_f1", "date_norm",
        "not_date_fp", "para", "repairs", "meta"]


def corpora(shared: Path) -> list[tuple[str, Path, Path]]:
    found = [("seeds", shared / "seeds", shared / "seeds-gold"), ("samples", REPO / "samples/ingest", REPO / "samples/gold")]
    for dev in sorted(REPO.glob("bench/dev-corpus*")):
        found.append((dev.name, dev / "docs", dev / "gold"))
    return [(name, docs, gold) for name, docs, gold in found if docs.is_dir() and gold.is_dir()]


def score(name: str, docs: Path, gold: Path, scorer: Path, tmp: Path) -> dict[str, str]:
    ingest = tmp / name / "ingest"
    shutil.copytree(docs, ingest)
    db = tmp / name / "w.duckdb"
    run = subprocess.run([str(REPO / ".venv/bin/cruftless"), "run", "--ingest", str(ingest), "--db", str(db)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return {"docs": f"run failed: {run.stderr.strip().splitlines()[-1:]}"}
    out = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--db", str(db)],
                         capture_output=True, text=True).stdout
    line = [ln for ln in out.splitlines() if ln.startswith("SUMMARY")][-1]
    return dict(kv.split("=", 1) for kv in line.split()[1:])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    scorer = args.shared / "tools" / "score_gold.py"
    if not scorer.is_file():
        print(f"{scorer} not found: nothing to score (pass --shared DIR)")
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, docs, gold in corpora(args.shared):
            rows.append((name, score(name, docs, gold, scorer, Path(tmp))))
    print(f"{'corpus':14}" + "".join(f"{k:>12}" for k in KEYS))
    for name, fig in rows:
        print(f"{name:14}" + "".join(f"{fig.get(k, '-'):>12}" for k in KEYS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
