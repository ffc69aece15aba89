"""Where a run's time goes: the whole flow on a copy of samples/ingest.

    .venv/bin/python bench/pipeline_speed.py [--ingest DIR] [--runs N]

Each run processes a fresh copy of the folder into a new, empty database, in one
process.  The first run pays for what a `cruftless run` from the command line
pays once: starting Prefect's temporary API server and importing Great
Expectations (inside the first validate task).  Later runs show the steady state
of a long-lived process (a served flow).

Printed per run: wall seconds of the flow call, the run's own total (measured
inside it: discover → extract+transform → validate → load → Data Docs), documents
loaded per second of that total, and each stage's share of it — extract+transform,
validation (the validate task), load (the load transaction) and Data Docs — from
the timings the flow records in ``runs`` (``process_seconds``,
``validate_seconds``, ``load_seconds``) and returns (``docs_seconds``).  Nothing
is asserted: timings depend on the machine.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from flows import prefect_defaults  # noqa: E402

prefect_defaults.apply()


def one_run(flow, ingest: Path, work: Path, n: int) -> dict:
    copy = work / f"ingest-{n}"
    shutil.copytree(ingest, copy)
    db = work / f"bench-{n}.duckdb"
    t0 = time.perf_counter()
    summary = flow(ingest=str(copy), db=str(db))
    summary["wall_seconds"] = time.perf_counter() - t0
    return summary


def report(label: str, s: dict) -> None:
    parts = {
        "extract+transform": s.get("process_seconds"),
        "validation": s.get("validate_seconds"),
        "load": s.get("load_seconds"),
        "data docs": s.get("docs_seconds"),
    }
    # `seconds` covers the run up to the load; the load and the docs come after it.
    total = s["seconds"] + (s.get("load_seconds") or 0.0) + (s.get("docs_seconds") or 0.0)
    parts["other (discover, staging, summary)"] = total - sum(v or 0.0 for v in parts.values())
    docs = s["docs_loaded"]
    print(f"\n{label}: {s['files_seen']} files, {docs} documents loaded, {s['docs_quarantined']} quarantined")
    print(f"  wall time of the flow call   {s['wall_seconds']:7.2f} s")
    print(f"  run total (measured inside)  {total:7.2f} s   {docs / total if total else 0:6.2f} docs/s")
    for name, seconds in parts.items():
        if seconds is None:
            print(f"  {name:<36} not measured")
        else:
            print(f"  {name:<36} {seconds:7.2f} s  {100 * seconds / total if total else 0:5.1f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ingest", type=Path, default=REPO / "samples" / "ingest")
    parser.add_argument("--runs", type=int, default=2, help="runs in this process (the first is the cold one)")
    args = parser.parse_args()

    import logging

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    from flows.pipeline import cruftless_flow

    with tempfile.TemporaryDirectory(prefix="cruftless-bench-") as tmp:
        work = Path(tmp)
        for n in range(1, max(1, args.runs) + 1):
            label = f"run {n} (cold process: Prefect server start, GX import)" if n == 1 else f"run {n} (warm process)"
            report(label, one_run(cruftless_flow, args.ingest.resolve(), work, n))


if __name__ == "__main__":
    main()
