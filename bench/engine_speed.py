#!/usr/bin/env python3
"""The run engine against what a user would run instead, whole processes, in one run.

    .venv/bin/python bench/engine_speed.py [web] [snapshots] [pdf] [rerun] [memory] [--workers N]

Each benchmark runs ``cruftless run`` as a fresh process on a folder (into a new
database) and the alternative as another fresh process over the same files, and
prints pages (or documents) per second of both and their ratio:

  web        the 2,000 distinct real pages of ../shared/bench/web-bulk  vs
             ``trafilatura.extract(page_bytes, include_comments=False)`` in a loop
  snapshots  the 60 pages of ../shared/bench/html-dev, 20 copies each, made unique by an
             appended HTML comment (repeated snapshots of one page)  vs  the same loop
  pdf        the 24 papers of ../shared/bench/pdf-dev, 5 copies each (120 PDFs), made unique
             by an appended PDF comment  vs  pypdf ``page.extract_text()`` on every page
  rerun      10,000 small generated documents: a no-op rerun, and a rerun after one file changed
  memory     peak memory of a run of 1,000 and of 10,000 generated documents

For every cruftless run it also prints where the wall time went: start-up (the
interpreter, imports, Prefect's temporary API; measured as wall time minus the run's
own clock), discovery, extract+clean (re-cleaning included), validation, load, Data
Docs.  Peak memory is the largest sum of resident memory over the run's process tree,
sampled every 0.2 s, with the largest single process beside it.  Figures, not
assertions: they depend on the machine (the README quotes one run).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
PY = sys.executable
sys.path.insert(0, str(REPO / "bench"))

TRAFILATURA_LOOP = r"""
import sys, pathlib, trafilatura
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.html"))
for f in files:
    trafilatura.extract(f.read_bytes(), include_comments=False)
print(len(files))
"""

PYPDF_LOOP = r"""
import sys, pathlib, logging
from pypdf import PdfReader
logging.disable(logging.WARNING)
pages = 0
for f in sorted(pathlib.Path(sys.argv[1]).rglob("*.pdf")):
    for page in PdfReader(f).pages:
        page.extract_text()
        pages += 1
print(pages)
"""


def watch(cmd: list[str], env: dict | None = None, cwd: Path = REPO) -> dict:
    """Run a command; wall seconds, exit code, output and peak memory of its process tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_sum = peak_one = 0
    root = psutil.Process(proc.pid)
    out_chunks: list[str] = []
    while proc.poll() is None:
        try:
            tree = [root] + root.children(recursive=True)
            rss = []
            for p in tree:
                try:
                    rss.append(p.memory_info().rss)
                except psutil.Error:
                    pass
            peak_sum, peak_one = max(peak_sum, sum(rss)), max(peak_one, max(rss, default=0))
        except psutil.Error:
            pass
        time.sleep(0.2)
    out, err = proc.communicate()
    return dict(wall=time.perf_counter() - t0, code=proc.returncode, out=out + "".join(out_chunks), err=err,
                peak_mb=peak_sum / 1e6, peak_one_mb=peak_one / 1e6)


def cruftless(ingest: Path, db: Path, workers: int | None, extra: list[str] = ()) -> dict:
    cmd = [PY, "-m", "flows.cli", "run", "--ingest", str(ingest), "--db", str(db), *extra]
    if workers:
        cmd += ["--workers", str(workers)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_URL")}
    r = watch(cmd, env=env)
    if r["code"] != 0:
        print(r["out"][-2000:], r["err"][-3000:], sep="\n")
        raise SystemExit(f"cruftless run failed with exit status {r['code']}")
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            "SELECT seconds, discover_seconds, process_seconds, validate_seconds, docs_seconds, load_seconds, "
            "docs_loaded, docs_quarantined, templates_learned, docs_recleaned FROM runs "
            "ORDER BY started_at DESC LIMIT 1").fetchone()
    keys = ["seconds", "discover", "process", "validate", "docs", "load", "loaded", "quarantined", "templates",
            "recleaned"]
    r.update(dict(zip(keys, row)))
    return r


def split(r: dict) -> str:
    """Where the wall time went: the run's own clock per stage, and start-up (the rest)."""
    stages = [("discover", r["discover"]), ("extract+clean", r["process"]), ("validate", r["validate"]),
              ("docs", r["docs"]), ("load", r["load"])]
    startup = r["wall"] - (r["seconds"] or 0) - (r["load"] or 0)
    other = (r["seconds"] or 0) - sum(v or 0 for name, v in stages if name != "load")
    shown = ", ".join(f"{name} {v or 0:.1f}" for name, v in stages)
    return f"start-up+exit {startup:.1f}, {shown}, other (templates, bookkeeping) {max(0.0, other):.1f} s"


def line(label: str, n: int, unit: str, ours: dict, theirs: dict, other: str) -> None:
    a, b = n / ours["wall"], n / theirs["wall"]
    print(f"  cruftless run     {ours['wall']:7.1f} s  {a:7.1f} {unit}/s   peak {ours['peak_mb']:6.0f} MB "
          f"(largest process {ours['peak_one_mb']:.0f} MB)   loaded {ours['loaded']}, quarantined {ours['quarantined']}, "
          f"templates learned {ours['templates']}, re-cleaned {ours['recleaned']}")
    print(f"    time: {split(ours)}")
    print(f"  {other:<17} {theirs['wall']:7.1f} s  {b:7.1f} {unit}/s   peak {theirs['peak_mb']:6.0f} MB")
    print(f"  RATIO {label}: cruftless / {other.strip()} = {a / b:.2f}x ({unit}/s)")


def copies(src: list[Path], dest: Path, n: int, comment: bytes) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for path in src:
        data = path.read_bytes()
        for i in range(n):
            target = dest / f"{path.stem}-copy{i:02d}{path.suffix}"
            target.write_bytes(data + comment.replace(b"N", str(i).encode()))
            out.append(target)
    return out


def bench_web(work: Path, workers: int | None) -> None:
    tar = SHARED / "bench" / "web-bulk" / "pages.tar.xz"
    if not tar.exists():
        print("web: ../shared/bench/web-bulk is not here; skipped")
        return
    subprocess.run(["tar", "-xJf", str(tar), "-C", str(work)], check=True)
    pages = work / "pages"
    n = len(list(pages.glob("*.html")))
    print(f"\n(a) {n} distinct real pages of web-bulk ({sum(p.stat().st_size for p in pages.iterdir()) / 1e6:.0f} MB)")
    ours = cruftless(pages, work / "web.duckdb", workers)
    theirs = watch([PY, "-c", TRAFILATURA_LOOP, str(pages)])
    line("web", n, "pages", ours, theirs, "trafilatura loop")


def bench_snapshots(work: Path, workers: int | None) -> None:
    src = sorted((SHARED / "bench" / "html-dev" / "pages").glob("*.html"))
    if not src:
        print("snapshots: ../shared/bench/html-dev is not here; skipped")
        return
    folder = work / "snapshots"
    made = copies(src, folder, 20, b"\n<!-- snapshot N -->\n")
    print(f"\n(a') {len(src)} html-dev pages x 20 snapshots = {len(made)} pages")
    ours = cruftless(folder, work / "snapshots.duckdb", workers)
    theirs = watch([PY, "-c", TRAFILATURA_LOOP, str(folder)])
    line("snapshots", len(made), "pages", ours, theirs, "trafilatura loop")


def bench_pdf(work: Path, workers: int | None) -> None:
    src = sorted((SHARED / "bench" / "pdf-dev" / "papers").glob("*.pdf"))
    if not src:
        print("pdf: ../shared/bench/pdf-dev is not here; skipped")
        return
    folder = work / "pdfs"
    copies(src, folder, 5, b"\n% copy N\n")
    theirs = watch([PY, "-c", PYPDF_LOOP, str(folder)])
    pages = int(theirs["out"].split()[-1])
    print(f"\n(b) {len(src)} pdf-dev papers x 5 copies = {len(src) * 5} PDFs, {pages} pages")
    ours = cruftless(folder, work / "pdf.duckdb", workers)
    line("pdf", pages, "pages", ours, theirs, "bare pypdf loop")


def _corpus(work: Path, n: int) -> Path:
    from corpus import make_corpus

    folder = work / f"corpus-{n}"
    if not folder.exists():
        make_corpus(folder, n)
    return folder


def bench_rerun(work: Path, workers: int | None) -> None:
    folder = _corpus(work, 10_000)
    db = work / "rerun.duckdb"
    first = cruftless(folder, db, workers)
    print(f"\n(c) 10,000 generated documents: first run {first['wall']:.1f} s ({split(first)})")
    noop = cruftless(folder, db, workers)
    print(f"  no-op rerun        {noop['wall']:6.1f} s wall; past start-up: {noop['wall'] - _startup(noop):.2f} s "
          f"({split(noop)})")
    target = next(folder.rglob("*.txt"))
    target.write_text(target.read_text("utf-8") + "\nA closing line added for the rerun, in 1931.\n", "utf-8")
    one = cruftless(folder, db, workers)
    print(f"  1 changed file     {one['wall']:6.1f} s wall; past start-up: {one['wall'] - _startup(one):.2f} s "
          f"({split(one)})")


def _startup(r: dict) -> float:
    return r["wall"] - (r["seconds"] or 0) - (r["load"] or 0)


def bench_memory(work: Path, workers: int | None) -> None:
    small, big = _corpus(work, 1_000), _corpus(work, 10_000)
    a = cruftless(small, work / "mem-1k.duckdb", workers)
    b = cruftless(big, work / "mem-10k.duckdb", workers)
    print(f"\n(d) peak memory (process tree / largest process): 1,000 documents {a['peak_mb']:.0f} / "
          f"{a['peak_one_mb']:.0f} MB; 10,000 documents {b['peak_mb']:.0f} / {b['peak_one_mb']:.0f} MB; "
          f"RATIO 10k/1k = {b['peak_mb'] / a['peak_mb']:.2f} (tree), {b['peak_one_mb'] / a['peak_one_mb']:.2f} (largest)")
    print(f"  1,000: {a['wall']:.1f} s ({split(a)})\n  10,000: {b['wall']:.1f} s ({split(b)})")


BENCHES = {"web": bench_web, "snapshots": bench_snapshots, "pdf": bench_pdf, "rerun": bench_rerun,
           "memory": bench_memory}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("which", nargs="*", metavar="BENCH", help=f"any of {', '.join(BENCHES)} (default: all)")
    parser.add_argument("--workers", type=int, default=None, help="cruftless --workers (default: the machine's cores)")
    parser.add_argument("--keep", action="store_true", help="keep the folders and databases")
    args = parser.parse_args()
    unknown = [w for w in args.which if w not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}: choose from {', '.join(BENCHES)}")
    work = Path(tempfile.mkdtemp(prefix="cruftless-engine-"))
    print(f"{os.cpu_count()} CPUs; work folder {work}")
    try:
        for name in args.which or list(BENCHES):
            BENCHES[name](work, args.workers)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
