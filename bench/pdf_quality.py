#!/usr/bin/env python3
"""PDF papers: quality against the publishers' own records, and speed against bare pypdf.

    .venv/bin/python bench/pdf_quality.py [--shared DIR] [--keep DIR] [--in-process] [--no-speed]

Quality: copies ``<shared>/bench/pdf-dev/papers/*.pdf`` into a fresh ingest folder
under ``data/``, runs the whole pipeline on it (``cruftless run`` into a new
DuckDB file) and prints ``<shared>/tools/score_pdf.py``'s table and its
``SUMMARY`` line.  ``--in-process`` builds the warehouse tables in this process
instead (extract → clean → stage → validate, the pipeline's own functions, no
Prefect): the same figures in a fraction of the time, for working on rules.

Speed, over all pdf-dev pages in this one process, both warmed up first:
  * per page, the CPU of cruftless's extraction and cleaning
    (``extract.formats.extract_document`` + ``transform.document.clean_document``)
    against bare ``PdfReader(...).pages[i].extract_text()``, and their ratio;
  * with the pipeline run: pages per second end to end (the run's wall time,
    Prefect's start and validation included) against bare pypdf's pages per second.

Figures, not assertions (the floors are in ``bench/pdf_floors.json``, checked by
``tests/bench/test_pdf_quality.py``).  Without ``<shared>`` the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import logging
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
FLOORS = REPO / "bench" / "pdf_floors.json"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def corpus(shared: Path) -> tuple[Path, Path, Path]:
    """(papers folder, gold folder, scorer) of pdf-dev."""
    dev = shared / "bench" / "pdf-dev"
    return dev / "papers", dev / "gold", shared / "tools" / "score_pdf.py"


def run_pipeline(papers: Path, work: Path) -> tuple[Path, float]:
    """``cruftless run`` on a copy of the papers into a new database: (db, wall seconds)."""
    ingest = work / "ingest"
    if work.exists():
        shutil.rmtree(work)
    ingest.mkdir(parents=True)
    for pdf in sorted(papers.glob("*.pdf")):
        shutil.copy2(pdf, ingest / pdf.name)
    db = work / "pdf-dev.duckdb"
    env = {**os.environ, "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(work / ".prefect-home"))}
    t0 = time.perf_counter()
    run = subprocess.run([str(REPO / ".venv" / "bin" / "cruftless"), "run", "--ingest", str(ingest), "--db", str(db)],
                         capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t0
    if run.returncode != 0:
        raise SystemExit(f"cruftless run failed ({run.returncode}): {run.stderr.strip()[-2000:]}")
    return db, seconds


def in_process_warehouse(papers: Path, db: Path) -> Path:
    """The warehouse tables the scorer reads, built with the pipeline's own functions
    (extract, clean, learn the folder's templates and clean again where one applies,
    stage, validate; documents that fail validation are left out and listed in
    ``quarantine``), without Prefect."""
    import duckdb
    import pandas as pd

    from expectations import validate_batch
    from extract.files import FileInfo
    from extract.formats import extract_document
    from extract.model import ExtractError
    from transform.document import clean_document
    from transform.templates import learn_families
    from warehouse.frames import StagedDoc, document_frames

    staged, quarantine, raws = [], [], {}
    now = dt.datetime.now()
    for pdf in sorted(papers.glob("*.pdf")):
        data = pdf.read_bytes()
        info = FileInfo(pdf.name, hashlib.sha256(data).hexdigest(), len(data), now)
        try:
            raws[info.sha256] = extract_document(data, pdf.name)
        except ExtractError as exc:
            quarantine.append(dict(source_path=pdf.name, sha256=info.sha256, stage="extract", reason=exc.reason,
                                   detail=exc.detail))
            continue
        staged.append(StagedDoc(info, "pdf", None, clean_document(raws[info.sha256])))
    # as a run does: templates learned from the folder's documents, then those that hold one cleaned again
    learned = learn_families({"folder:": {s.doc_id: frozenset(k for k, _ in s.doc.fingerprints) for s in staged}})
    templates = learned.get("folder:", frozenset())
    staged = [StagedDoc(s.info, "pdf", None, clean_document(raws[s.doc_id], templates=templates))
              if templates & {k for k, _ in s.doc.fingerprints} else s for s in staged]
    frames = document_frames(staged, "bench", now)
    failed = validate_batch(frames, run_date=now.date()).failed_docs
    for s in staged:
        if s.doc_id in failed:
            quarantine.append(dict(source_path=s.info.source_path, sha256=s.doc_id, stage="validate",
                                   reason="expectation_failed", detail=" ".join(failed[s.doc_id])))
    if db.exists():
        db.unlink()
    db.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(db)) as con:
        for table in ("documents", "bibliography", "citations"):
            frame = frames[table][~frames[table]["doc_id"].isin(failed)]
            con.register("frame", frame)
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM frame")
            con.unregister("frame")
        q = pd.DataFrame(quarantine, columns=["source_path", "sha256", "stage", "reason", "detail"])
        con.register("frame", q)
        con.execute("CREATE TABLE quarantine AS SELECT * FROM frame")
    return db


def score(scorer: Path, db: Path, gold: Path) -> tuple[str, dict[str, str]]:
    """score_pdf.py's output and its SUMMARY as a dict."""
    out = subprocess.run([sys.executable, str(scorer), "--db", str(db), "--gold", str(gold)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"score_pdf.py failed: {out.stderr.strip()}")
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("SUMMARY")][-1]
    return out.stdout, dict(kv.split("=", 1) for kv in line.split()[1:])


def speed(papers: Path) -> dict[str, float]:
    """Per-page CPU seconds of bare pypdf and of cruftless's extract+clean, in this process."""
    from pypdf import PdfReader

    from extract.formats import extract_document
    from transform.document import clean_document

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    files = [(p.name, p.read_bytes()) for p in sorted(papers.glob("*.pdf"))]
    warm_name, warm = files[0]
    clean_document(extract_document(warm, warm_name))  # imports, compiled patterns, word lists
    PdfReader(io.BytesIO(warm)).pages[0].extract_text()
    bare = ours = 0.0
    pages = 0
    for name, data in files:
        t0 = time.process_time()
        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages:
            page.extract_text()
        bare += time.process_time() - t0
        pages += len(reader.pages)
        t0 = time.process_time()
        clean_document(extract_document(data, name))
        ours += time.process_time() - t0
    return {"pages": pages, "bare_ms": 1000 * bare / pages, "ours_ms": 1000 * ours / pages, "ratio": ours / bare}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--keep", type=Path, default=REPO / "data" / "pdf-quality",
                    help="work folder for the ingest copy and the database (default data/pdf-quality)")
    ap.add_argument("--in-process", action="store_true", help="build the tables in this process, no `cruftless run`")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed measurement")
    args = ap.parse_args()
    papers, gold, scorer = corpus(args.shared)
    if not papers.is_dir() or not scorer.is_file():
        print(f"{papers} or {scorer} not found: nothing to score (pass --shared DIR)")
        return 0
    wall = None
    if args.in_process:
        db = in_process_warehouse(papers, args.keep / "pdf-dev.duckdb")
    else:
        db, wall = run_pipeline(papers, args.keep)
    table, _ = score(scorer, db, gold)
    print(table, end="")
    if args.no_speed:
        return 0
    fig = speed(papers)
    print(f"speed over {fig['pages']} pages, one process: bare pypdf {fig['bare_ms']:.1f} ms/page, "
          f"cruftless extract+clean {fig['ours_ms']:.1f} ms/page, ratio {fig['ratio']:.2f}x (target <= 1.5x)")
    if wall is not None:
        bare_rate = 1000 / fig["bare_ms"]
        run_rate = fig["pages"] / wall
        print(f"end to end: cruftless run {run_rate:.1f} pages/s ({wall:.1f} s wall, Prefect start and validation "
              f"included) against bare pypdf {bare_rate:.1f} pages/s: {run_rate / bare_rate:.2f}x (target >= 0.8x)")
    print(f"SPEED pages={fig['pages']} bare_ms={fig['bare_ms']:.1f} ours_ms={fig['ours_ms']:.1f} "
          f"ratio={fig['ratio']:.2f}" + (f" run_pages_per_s={fig['pages'] / wall:.2f}" if wall else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
