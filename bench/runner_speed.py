"""Documents per second for the default runner and the Dask runner, and Prefect's share.

    .venv/bin/python bench/runner_speed.py [--docs 3000] [--batch-size 25] [--workers 2]

Generates a corpus of small web pages and text dumps in a temporary folder (the
sample files of samples/ingest with their paragraphs rebuilt from shuffled
sentences, so every document is different), then processes it four times into
fresh databases:

  bare          the same stage functions, called in a plain loop, no Prefect at all
  default       ``cruftless run``: Prefect's thread pool in this process
  dask          ``--runner dask``: a temporary LocalCluster (its start-up included)
  dask (warm)   ``--runner dask --address``: a LocalCluster already running, cruftless imported

Prefect's share of run time is 1 − bare / default (the default runner adds only
Prefect to the same work in one process).  For Dask, the overhead is measured
against a perfect split of the bare extract+clean time over the workers.
"""
from __future__ import annotations

import argparse
import importlib
import os
import random
import re
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from flows import prefect_defaults

prefect_defaults.apply()

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "ingest"
NAMES = ["Ruth Adebayo-Kerr", "Daniel Aboagye", "Mira Santos", "Tomasz Wolny", "Aiko Tanaka", "Lena Fischer",
         "Omar Haddad", "Priya Raman", "Jonah Okafor", "Claire Dubois"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# --- the corpus ---------------------------------------------------------------------------

# Sentences a page's body would not have (banners, footers, footnote markers glued to words).
_CRUFTY = re.compile(r"(?i)\b(kb|mb|download|cookies?|subscribe|sign in|share|posted|views?|copyright|"
                     r"comments?|newsletter|advert\w*|login|log in|http|www)\b|©|[^\s\d][.,;:]?\d{1,2}(?=\s|$)|\[\d")


def _sentences() -> list[str]:
    text = []
    for path in sorted(SAMPLES.glob("*.txt")):
        raw = path.read_bytes()
        text.append(raw.decode("utf-8") if raw.isascii() or _utf8(raw) else raw.decode("cp1252"))
    for path in sorted(SAMPLES.glob("*.html")):
        text.append(re.sub(r"<[^>]+>", " ", path.read_text("utf-8")))
    pool = set()
    for chunk in text:
        for s in re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", chunk)):
            if 60 <= len(s) <= 400 and s[0].isupper() and s.endswith(".") and not _CRUFTY.search(s):
                pool.add(s.strip())
    return sorted(pool)


def _utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _paragraphs(rng: random.Random, pool: list[str], n: int, doc_no: int) -> list[str]:
    paras = [" ".join(rng.sample(pool, rng.randint(2, 5))) for _ in range(n)]
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1850, 2020)
    paras.insert(rng.randint(0, n), f"Record {doc_no} in this series was entered on {day} {month} {year}, "
                                    f"and the ledger for that year lists {rng.randint(3, 900)} further entries.")
    return paras


def make_corpus(root: Path, n_docs: int, seed: int = 7) -> Path:
    """``n_docs`` different documents in ten sub-folders (source families) of ``root``."""
    rng = random.Random(seed)
    pool = _sentences()
    html = (SAMPLES / "aldmouth-trams.html").read_text("utf-8")
    head, rest = html.split('<div class="story-body">', 1)
    tail = rest[rest.rindex('<div class="para">'):]
    tail = tail[tail.index("</div>") + len("</div>"):]
    for i in range(n_docs):
        folder = root / f"source-{i % 10:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        title = " ".join(rng.sample(pool, 1)[0].split()[:rng.randint(4, 8)]).rstrip(",.;:")
        paras = _paragraphs(rng, pool, rng.randint(4, 9), i)
        author = rng.choice(NAMES)
        if i % 3 == 0:
            body = "\n".join(f'     <div class="para">{p}</div>' for p in paras)
            page = (head.replace("The Tram That Built Aldmouth", title)
                    + '<div class="story-body">\n' + body + "\n" + tail)
            page = page.replace("Ruth Adebayo-Kerr", author)
            (folder / f"page-{i:05d}.html").write_text(page, "utf-8")
        else:
            day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2005, 2024)
            text = (f"{title}\n\nBy {author} | {day} {month} {year}\n\n" + "\n\n".join(paras) + "\n")
            (folder / f"dump-{i:05d}.txt").write_text(text, "utf-8")
    return root


# --- the four ways to run it ----------------------------------------------------------------

class _Done:
    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


class _Bare:
    """A Prefect task with Prefect taken out: calling or submitting it just runs the function."""

    def __init__(self, task):
        self.fn = task.fn

    def __call__(self, *args, **kwargs):
        return self.fn(*args, **kwargs)

    def submit(self, *args, **kwargs):
        return _Done(self.fn(*args, **kwargs))


def run_bare(cfg) -> dict:
    """run_once with every task replaced by its plain function (no flow, no task runs, no API)."""
    from prefect import Task

    import flows.pipeline as pipeline

    saved = {name: obj for name, obj in vars(pipeline).items() if isinstance(obj, Task)}
    saved_completed = pipeline.as_completed
    try:
        for name, task in saved.items():
            setattr(pipeline, name, _Bare(task))
        pipeline.as_completed = iter
        return pipeline.run_once(cfg).as_row()
    finally:
        for name, task in saved.items():
            setattr(pipeline, name, task)
        pipeline.as_completed = saved_completed


def run_prefect(cfg) -> dict:
    from flows.runner import run_flow

    return run_flow(cfg)


def timed(label: str, fn, cfg, n_docs: int) -> dict:
    for path in cfg.db.parent.glob(cfg.db.name + "*"):
        path.unlink()
    t0 = time.perf_counter()
    summary = fn(cfg)
    wall = time.perf_counter() - t0
    assert summary["status"] == "completed", summary
    row = dict(label=label, wall=wall, docs_per_s=n_docs / wall, loaded=summary["docs_loaded"],
               quarantined=summary["docs_quarantined"], process=summary.get("process_seconds"),
               validate=summary.get("validate_seconds"), load=summary.get("load_seconds"))
    print(f"  {label:<12} {wall:7.1f} s  {row['docs_per_s']:7.1f} docs/s  "
          f"(loaded {row['loaded']}, quarantined {row['quarantined']})", flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=25)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and databases")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from flows.config import build_config

    work = Path(tempfile.mkdtemp(prefix="cruftless-bench-"))
    try:
        ingest = make_corpus(work / "ingest", args.docs)
        print(f"corpus: {args.docs} documents in {ingest} "
              f"({sum(p.stat().st_size for p in ingest.rglob('*') if p.is_file()) / 1e6:.1f} MB)")
        toml = work / "cruftless.toml"  # the flow builds its own Config from files, so the batch size goes here
        toml.write_text(f"[run]\nbatch_size = {args.batch_size}\n")
        base = build_config(ingest, work / "db" / "bench.duckdb", toml)

        # Warm up: imports, the temporary Prefect API, Great Expectations — none of it is per document.
        warm = work / "warm"
        warm.mkdir()
        for src in sorted(ingest.glob("source-00/*"))[:3]:
            shutil.copy2(src, warm)
        t0 = time.perf_counter()
        run_prefect(replace(base, ingest=warm, db=work / "db" / "warm.duckdb"))
        print(f"warm-up (imports, Prefect API start): {time.perf_counter() - t0:.1f} s\n")

        print(f"{args.docs} documents, batches of {args.batch_size}, {os.cpu_count()} CPUs:")
        rows = [timed("bare", run_bare, base, args.docs),
                timed("default", run_prefect, base, args.docs),
                timed("dask", run_prefect, replace(base, runner="dask"), args.docs)]
        t0 = time.perf_counter()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            with Client(cluster) as client:  # workers import cruftless once, as long-lived ones would have
                client.run(importlib.import_module, "flows.pipeline")
            started = time.perf_counter() - t0
            rows.append(timed("dask (warm)", run_prefect,
                              replace(base, runner="dask", dask_address=cluster.scheduler_address), args.docs))
            with Client(cluster) as client:
                on_workers = client.run_on_scheduler(  # per task name: (tasks finished, seconds computing)
                    lambda dask_scheduler: {k: (v.state_counts["memory"], v.all_durations.get("compute", 0.0))
                                            for k, v in dask_scheduler.task_prefixes.items()})
        bare, default, _, warm_dask = rows
        print(f"\n(a LocalCluster of {args.workers} workers took {started:.1f} s to start and import cruftless)")

        share = 1 - bare["wall"] / default["wall"]
        print(f"Prefect's share of a default run: {share:.0%} "
              f"({default['wall'] - bare['wall']:.1f} s of {default['wall']:.1f} s: task and flow runs, "
              "their records in the Prefect API, threads contending for the GIL)")
        if bare["process"] is not None:
            ideal = bare["process"] / args.workers + (bare["wall"] - bare["process"])
            print(f"Dask (warm) against a perfect split of extract+clean over {args.workers} workers: "
                  f"{ideal:.1f} s ideal vs {warm_dask['wall']:.1f} s, "
                  f"overhead {1 - ideal / warm_dask['wall']:.0%} (Prefect + Dask + moving documents)")
            tasks = sum(n for n, _ in on_workers.values())
            compute = sum(c for _, c in on_workers.values())
            print(f"Dask (warm): {tasks} batch tasks kept the workers busy {compute:.1f} s (summed over workers) "
                  f"for what took {bare['process']:.1f} s in one process without Prefect; the difference is "
                  "Prefect's task engine on the workers and the cores they share with the flow and the API")
        print("stage seconds (extract+clean / validate / load):")
        for r in rows:
            if r["process"] is not None:
                print(f"  {r['label']:<12} {r['process']:6.1f} / {r['validate']:5.1f} / {r['load']:5.1f}")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
