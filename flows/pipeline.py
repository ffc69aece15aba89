"""The Prefect flow: discover → extract+clean (worker processes, staged) → learn templates
→ clean again what they touch → validate (chunks) → load (one transaction) → Data Docs.

Tasks are thin wrappers over stage functions; documents travel in batches (one
task run costs ~30 ms of Prefect bookkeeping, so never one per document).  Each
batch task borrows a worker process (``flows.isolation``): a file that hangs,
eats memory or crashes takes only its worker down and is quarantined with its
reason.  Cleaned batches go to the stage on disk (``warehouse.staging``), never
into this process's memory; validation reads them chunk by chunk and the load
inserts them from there, in one transaction.  A killed run leaves the database
as it was and its stage behind, which the next run reuses.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from expectations import check_manifest, combine, validate_batch, warm_up
from expectations.docs import Quarantined, Warned, try_build_docs
from extract import reasons
from extract.files import FileInfo, scan
from flows import progress
from flows.config import Config, build_config
from warehouse.connection import open_for_load, open_snapshot, open_warehouse
from flows.isolation import BatchResult, close_pool, run_batch
from flows.run_guards import RunRefused, check_folder, check_mass_deletion
from flows.runlock import run_lock
from flows.worker import FileOutcome, WorkerSetup
from transform.templates import TemplatePolicy
from warehouse.boilerplate import Relearned, relearn, stored_templates
from warehouse.frames import Failure
from warehouse.manifest import ManifestRow, Plan, plan_run
from warehouse.staging import STAGED_TABLES, Stage, code_version, engine_key, stage_root
from warehouse.store import (
    RunSummary,
    known_doc_ids,
    load_run,
    quarantine_frame,
    quarantine_rows,
    read_manifest,
    record_failed_run,
    recorded_folder,
    source_file_rows,
    touch_run,
)


@dataclass(frozen=True)
class Discovery:
    plan: Plan
    manifest: Mapping[str, ManifestRow]
    hashed: int  # files read and hashed to find the plan
    recorded_folder: str | None = None  # the folder the warehouse was last built from
    quarantined: tuple[dict, ...] = ()  # the files earlier runs left quarantined (their latest row)


# --- stage functions ---------------------------------------------------------------------------

def engine_key_of(cfg: Config) -> str:
    """What decides how a staged document looks: the code, the rules, the bounds."""
    rules = [(r.name, r.kind, r.pattern.pattern, r.match, r.zone, r.max_chars) for r in cfg.rules.active()]
    return engine_key([code_version("extract", "transform"), repr(rules), str(cfg.max_file_mb)])


def discover_folder(cfg: Config, now: dt.datetime, retry: Sequence[str] = ()) -> Discovery:
    """List the folder (hashing only what changed), read the manifest, plan the run."""
    with open_snapshot(cfg.db) as con:  # read-only beside analysts' sessions
        manifest = read_manifest(con)
        known = known_doc_ids(con)
        recorded = recorded_folder(con)
        quarantined = tuple(quarantine_rows(con))
    found = scan(cfg.ingest, cfg.ignore,
                 known={p: (r.size_bytes, r.mtime, r.sha256) for p, r in manifest.items() if r.status != "deleted"},
                 rehash=cfg.rehash)
    plan = plan_run(found.files, manifest, known, now, retry, found.rejected)
    return Discovery(plan, manifest, found.hashed, recorded, quarantined)


def _worker_setup(cfg: Config, run_id: str, templates: Mapping[str, frozenset[str]]) -> WorkerSetup:
    return WorkerSetup(ingest=str(cfg.ingest), rules=cfg.rules, templates=dict(templates),
                       max_file_mb=cfg.max_file_mb, timeout_s=cfg.file_timeout_s, memory_mb=cfg.file_memory_mb,
                       extractor_key=code_version("extract"), workers=cfg.workers)


# --- tasks: a few lines each over a stage function -----------------------------------------

@task(name="discover", cache_policy=NO_CACHE)
def discover(cfg: Config, now: dt.datetime, retry: Sequence[str] = ()) -> Discovery:
    return discover_folder(cfg, now, retry)


@task(name="extract-transform", cache_policy=NO_CACHE)
def process_batch(run_id: str, setup: WorkerSetup, requests: Sequence[tuple], batch_dir: str) -> BatchResult:
    return run_batch(run_id, setup, requests, batch_dir)


@task(name="learn-templates", cache_policy=NO_CACHE)
def learn_templates(cfg: Config, stage: Stage, staged: pd.DataFrame, removed: Sequence[str]) -> Relearned:
    return _relearn(cfg, stage, staged, removed)


@task(name="validate", cache_policy=NO_CACHE)
def validate(cfg: Config, stage: Stage, docs: pd.DataFrame, run_date: dt.date):
    return validate_staged(cfg, stage, docs, run_date)


@task(name="load", cache_policy=NO_CACHE)
def load(cfg: Config, **kwargs) -> float:
    with open_for_load(cfg.db) as con:  # in place, or a copy swapped in while analysts read
        return load_run(con, **kwargs)


@task(name="load", cache_policy=NO_CACHE)
def touch(cfg: Config, **kwargs) -> float:
    with open_for_load(cfg.db) as con:
        return touch_run(con, **kwargs)


@task(name="docs", cache_policy=NO_CACHE)
def data_docs(cfg: Config, run_id: str, run_time: dt.datetime, results, quarantined, warned):
    return try_build_docs(cfg.docs_dir, run_id, run_time, results, quarantined, warned)  # never fails the run


# --- the steps of run_once ---------------------------------------------------------------------

def _batches(items: Sequence, size: int, workers: int) -> list[list]:
    """Batches of at most ``size``, small enough that every worker gets several."""
    if not items:
        return []
    size = max(1, min(size, -(-len(items) // (max(1, workers) * 4))))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _wrap():
    # quote(): Prefect would otherwise walk every element of these arguments.  Only for the
    # in-process thread pool: quote is a namedtuple, and Dask rebuilds tuples in task
    # arguments as plain tuples, so a worker would receive the wrapper, not the value.
    ctx = FlowRunContext.get()
    in_process = ctx is None or isinstance(ctx.task_runner, ThreadPoolTaskRunner)
    return quote if in_process else (lambda value: value)


def _run_batches(run_id: str, setup: WorkerSetup, stage: Stage, batches: Sequence[Sequence], prefix: str,
                 request_of, workers: int) -> list[BatchResult]:
    """Submit the batches, a few at a time (requests may carry stored extractions), and
    report progress as they finish."""
    wrap = _wrap()
    results: list[BatchResult] = []
    pending = list(batches)
    in_flight = []
    limit = 2 * max(1, workers)  # a batch waiting behind each busy worker
    while pending or in_flight:
        while pending and len(in_flight) < limit:
            batch = pending.pop(0)
            in_flight.append(process_batch.submit(run_id, wrap(setup), wrap(request_of(batch)),
                                                  str(stage.new_batch(prefix))))
        done = next(as_completed(in_flight))
        in_flight.remove(done)
        result = done.result()
        results.append(result)
        progress.advance(len(result.outcomes))
    return results


def _relearn(cfg: Config, stage: Stage, staged: pd.DataFrame, removed: Sequence[str]) -> Relearned:
    import duckdb

    policy = TemplatePolicy(cfg.template_min_docs, cfg.template_min_share)
    con = duckdb.connect()
    try:
        if cfg.db.exists():
            _attach_read_only(con, cfg.db)
        before = stored_templates(con)
        con.register("staged_docs", staged)
        files = {t: stage.files(t, set(staged["batch"])) for t in ("line_fingerprints", "doc_signatures", "documents")}
        return relearn(con, files, removed, before, policy) if len(staged) else Relearned(before, {}, (), ())
    finally:
        con.close()


def _attach_read_only(con, db: Path) -> None:
    from warehouse.connection import attach_read_only

    attach_read_only(con, db, "wh")


def validate_staged(cfg: Config, stage: Stage, docs: pd.DataFrame, run_date: dt.date):
    """Validate the staged rows of ``docs`` (doc_id, batch), ``cfg.validate_chunk`` documents at a time."""
    import duckdb

    outcomes = []
    con = duckdb.connect()
    try:
        for start in range(0, len(docs), cfg.validate_chunk):
            chunk = docs.iloc[start:start + cfg.validate_chunk]
            con.register("_chunk", chunk)
            frames = {}
            for table in STAGED_TABLES:
                if table in ("extractions", "doc_signatures", "line_fingerprints"):
                    continue
                files = stage.files(table, set(chunk["batch"]))
                if not files:
                    continue
                frames[table] = con.execute(
                    "SELECT s.* EXCLUDE (batch) FROM read_parquet(?, union_by_name = true) s "
                    "SEMI JOIN _chunk c ON s.doc_id = c.doc_id AND s.batch = c.batch", [files]).df()
            con.unregister("_chunk")
            outcomes.append(validate_batch(frames, run_date=run_date))
            progress.advance(len(chunk))
    finally:
        con.close()
    return combine(outcomes)


def _failure(o: FileOutcome) -> Failure:
    return Failure(o.info, o.stage or "extract", o.reason or reasons.EXTRACT_ERROR, o.detail or "")


def _duplicate_failures(plan: Plan, failures: Sequence[Failure]) -> list[Failure]:
    """Files with the same bytes as a file that failed share its fate."""
    failed = {f.info.sha256: f for f in failures}
    return [
        Failure(info, f.stage, f.reason, f"same bytes as {f.info.source_path}: {f.detail}")
        for info, doc_id in plan.duplicates
        if (f := failed.get(doc_id)) is not None
    ]


def _reused(stage: Stage, plan: Plan) -> tuple[dict[str, FileOutcome], dict[str, str]]:
    """Outcomes a killed run staged for files of this plan whose bytes have not changed."""
    import duckdb

    con = duckdb.connect()
    try:
        previous = {r["sha256"]: r for r in stage.previous_outcomes(con)}
    finally:
        con.close()
    outcomes, batches = {}, {}
    for info in plan.process:
        row = previous.get(info.sha256)
        if row is None or row["source_path"] != info.source_path:
            continue
        outcomes[info.source_path] = FileOutcome(
            info, bool(row["ok"]), row["stage"], row["reason"], row["detail"], row["family"], int(row["words"] or 0),
            tuple(row["warnings"] or ()))
        if row["ok"]:
            batches[info.sha256] = row["batch"]
    return outcomes, batches


def _stored_requests(cfg: Config, doc_ids: Sequence[str], manifest: Mapping[str, ManifestRow],
                     plan: Plan) -> list[tuple[FileInfo, str]]:
    """(file, doc_id) of earlier documents to clean again: the file they were loaded from."""
    unchanged = {f.source_path: f for f in plan.unchanged}
    by_doc: dict[str, FileInfo] = {}
    for path, row in sorted(manifest.items()):
        if row.status == "loaded" and row.doc_id in doc_ids and path in unchanged and row.doc_id not in by_doc:
            by_doc[row.doc_id] = unchanged[path]
    return [(by_doc[d], d) for d in doc_ids if d in by_doc]


def _extraction_reader(cfg: Config, stage: Stage):
    """``read(doc_ids) → {doc_id: raw blob}`` from this run's stage, else from the warehouse."""
    import duckdb

    files = stage.files("extractions")

    def read(doc_ids: Sequence[str]) -> dict[str, bytes]:
        con = duckdb.connect()
        try:
            ids = pd.DataFrame({"doc_id": list(doc_ids)}, dtype=object)
            con.register("_ids", ids)
            found: dict[str, bytes] = {}
            if files:
                found.update(con.execute(
                    "SELECT doc_id, raw FROM read_parquet(?, union_by_name = true) SEMI JOIN _ids USING (doc_id) "
                    "WHERE extractor = ?", [files, code_version("extract")]).fetchall())
            missing = [d for d in doc_ids if d not in found]
            if missing and cfg.db.exists():
                _attach_read_only(con, cfg.db)
                from warehouse.boilerplate import has_table

                if has_table(con, "extractions"):
                    found.update(con.execute(
                        "SELECT doc_id, raw FROM wh.extractions SEMI JOIN _ids USING (doc_id) WHERE extractor = ?",
                        [code_version("extract")]).fetchall())
            return found
        finally:
            con.close()

    return read


def new_run_id(now: dt.datetime | None = None) -> str:
    """``20261207T151200-3fa9c1``: when the run started, and a random tail."""
    return f"{(now or dt.datetime.now()):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


def _prefect_run() -> tuple[str | None, str | None]:
    """(flow-run name, flow-run id) of the Prefect run this code runs in, if any."""
    ctx = FlowRunContext.get()
    if ctx is None or ctx.flow_run is None:
        return None, None
    return ctx.flow_run.name, str(ctx.flow_run.id)


@dataclass
class Processed:
    """What extraction and cleaning left for the rest of the run: a line per file, no text."""

    outcomes: dict[str, FileOutcome]  # by source_path
    chosen: dict[str, str]  # doc_id → the staged batch to load it from
    relearned: Relearned
    recleaned: int = 0  # documents cleaned again for a newly learned template
    stored_recleaned: int = 0  # of them, documents loaded by earlier runs
    seconds: float = 0.0


@dataclass
class Checked:
    """The documents that load, the files that go to quarantine, the validation outcome."""

    ok: list[FileOutcome]
    failures: list[Failure]
    load_docs: pd.DataFrame  # doc_id, batch
    outcome: object
    duplicate_failures: int
    seconds: float


def run_once(cfg: Config, retry: Sequence[str] = ()) -> RunSummary:
    """The body of the flow, callable with a built Config; ``retry``: quarantined paths to process again."""
    started, t0 = dt.datetime.now(), time.perf_counter()
    flow_run_name, flow_run_id = _prefect_run()  # the flow run is named after the cruftless run id
    run_id = flow_run_name if flow_run_name and flow_run_name[:8].isdigit() else new_run_id(started)
    stage = Stage(stage_root(cfg.db), engine_key_of(cfg)).open()

    progress.stage("discover")
    found = discover(cfg, started, retry)
    plan = found.plan
    timings = dict(discover_seconds=time.perf_counter() - t0, prefect_flow_run_id=flow_run_id,
                   ingest_folder=str(cfg.ingest))
    check_folder(cfg, found.recorded_folder, found.manifest)
    check_mass_deletion(cfg, plan, found.manifest)
    progress.start(len(plan.process), len(plan.seen))
    if not plan.has_work:  # nothing new, changed or gone: no workers, no Great Expectations
        summary = _summary(run_id, started, t0, plan, loaded=0, quarantined=0, dup_failures=0, **timings)
        progress.stage("load")
        load_seconds = touch(cfg, summary=summary, now=dt.datetime.now())
        stage.clear()
        return replace(summary, load_seconds=load_seconds)

    processed = extract_and_clean(cfg, run_id, stage, found)
    checked = check(cfg, stage, plan, processed, started)
    return finish(cfg, run_id, started, t0, stage, found, processed, checked, timings)


def extract_and_clean(cfg: Config, run_id: str, stage: Stage, found: Discovery) -> Processed:
    """Every file to process through the workers (reusing what a killed run staged); then the
    templates this run learned, and every document that prints one it was cleaned without,
    cleaned again from its stored extraction."""
    plan, manifest = found.plan, found.manifest
    if plan.process:  # Great Expectations takes seconds to import: do it while documents are extracted
        threading.Thread(target=warm_up, name="gx-warm-up", daemon=True).start()
    t0 = time.perf_counter()
    progress.stage("extract+clean", len(plan.process))
    outcomes, chosen = _reused(stage, plan)
    progress.advance(len(outcomes))

    def keep(results):
        for result in results:
            for o in result.outcomes:
                outcomes[o.info.source_path] = o
                if o.ok:
                    chosen[o.doc_id] = result.batch
                else:
                    chosen.pop(o.doc_id, None)

    try:
        setup = _worker_setup(cfg, run_id, _before_templates(cfg))
        todo = [info for info in plan.process if info.source_path not in outcomes]
        keep(_run_batches(run_id, setup, stage, _batches(todo, cfg.batch_size, cfg.workers), "p1-",
                          lambda batch: [("file", info) for info in batch], cfg.workers))

        replaced = {manifest[f.source_path].doc_id for f in plan.changed if f.source_path in manifest}
        gone = {manifest[p].doc_id for p in plan.deleted}
        staged = pd.DataFrame(sorted(chosen.items()), columns=["doc_id", "batch"], dtype=object)
        relearned = learn_templates(cfg, stage, quote(staged), sorted((replaced | gone) - set(chosen)))
        stale = set(relearned.stale_staged)
        again = [o.info for o in outcomes.values() if o.ok and o.doc_id in stale]
        stored_again = [info for info, _ in _stored_requests(cfg, relearned.stale_stored, manifest, plan)]
        if again or stored_again:
            read_raw = _extraction_reader(cfg, stage)
            progress.stage("re-clean", len(again) + len(stored_again))

            def requests(batch):
                blobs = read_raw([info.sha256 for info in batch])
                return [("reclean", info, blobs[info.sha256]) if info.sha256 in blobs else ("file", info)
                        for info in batch]

            todo = sorted(again + stored_again, key=lambda i: i.source_path)
            keep(_run_batches(run_id, replace(setup, templates=dict(relearned.templates)), stage,
                              _batches(todo, cfg.batch_size, cfg.workers), "p2-", requests, cfg.workers))
    finally:
        close_pool(run_id)
    return Processed(outcomes, chosen, relearned, len(again) + len(stored_again), len(stored_again),
                     time.perf_counter() - t0)


def check(cfg: Config, stage: Stage, plan: Plan, processed: Processed, started: dt.datetime) -> Checked:
    """Validate what loads; documents that fail a critical expectation go to quarantine."""
    t0 = time.perf_counter()
    outcomes = sorted(processed.outcomes.values(), key=lambda o: o.info.source_path)
    ok = [o for o in outcomes if o.ok]
    failures = [_failure(o) for o in outcomes if not o.ok]
    load_docs = pd.DataFrame([(o.doc_id, processed.chosen[o.doc_id]) for o in ok], columns=["doc_id", "batch"],
                             dtype=object)
    progress.stage("validate", len(load_docs))
    outcome = validate(cfg, stage, quote(load_docs), started.date())
    if outcome.failed_docs:
        bad = set(outcome.failed_docs)
        for o in ok:
            if o.doc_id in bad:
                name, observed = outcome.failed_docs[o.doc_id]
                failures.append(Failure(o.info, "validate", reasons.EXPECTATION_FAILED, f"{name}: {observed}"))
        ok = [o for o in ok if o.doc_id not in bad]
        load_docs = load_docs[~load_docs["doc_id"].isin(bad)].reset_index(drop=True)
    dup_failures = _duplicate_failures(plan, failures)
    return Checked(ok, failures + dup_failures, load_docs, outcome, len(dup_failures), time.perf_counter() - t0)


def finish(cfg: Config, run_id: str, started: dt.datetime, t0: float, stage: Stage, found: Discovery,
           processed: Processed, checked: Checked, timings: dict) -> RunSummary:
    """Data Docs, the run's summary, and the load: one transaction from the stage."""
    now = dt.datetime.now()
    recleaned = set(processed.outcomes) - {f.source_path for f in found.plan.process}
    # Files re-cleaned from an unchanged state are written as loaded again, not as unchanged.
    plan = replace(found.plan, unchanged=tuple(f for f in found.plan.unchanged if f.source_path not in recleaned))
    source_files = source_file_rows(plan, [o.info for o in checked.ok], checked.failures, now, found.manifest)
    manifest_check = check_manifest(list(plan.live_paths), source_files)
    results = list(checked.outcome.results) + [manifest_check]
    # One row per expectation, then one per warning of each document that loads.
    validation_rows = checked.outcome.validation_rows(run_id, extra=[manifest_check],
                                                      loaded={o.doc_id for o in checked.ok})
    resolved = [o.info.source_path for o in checked.ok] + [i.source_path for i, _ in plan.duplicates]
    quarantine = quarantine_frame(plan, checked.failures, run_id, now)
    progress.stage("docs")
    site = data_docs(cfg, run_id, started, results,  # before the load, so the runs row holds its time
                     quote(_still_quarantined(found.quarantined, quarantine, resolved, plan)),
                     quote(_warned(validation_rows, checked.ok)))
    relearned = processed.relearned
    summary = _summary(
        run_id, started, t0, plan, loaded=len(checked.ok),
        quarantined=len({f.info.source_path for f in checked.failures}) + len(plan.rejected),
        dup_failures=checked.duplicate_failures, process_seconds=processed.seconds,
        validate_seconds=checked.seconds, docs_seconds=site.seconds if site else None,
        templates_learned=sum(len(k) for k in relearned.gained.values()), docs_recleaned=processed.recleaned,
        message=(f"{processed.stored_recleaned} earlier document(s) re-cleaned with newly learned templates"
                 if processed.stored_recleaned else None), **timings)
    template_rows = pd.DataFrame(
        [(fam, key) for fam, keys in relearned.templates.items() for key in sorted(keys)],
        columns=["family", "line_key"])
    progress.stage("load")
    load_seconds = load(cfg, plan=quote(plan), stage_files=quote({t: stage.files(t) for t in STAGED_TABLES}),
                        load_docs=quote(checked.load_docs), source_files=quote(source_files),
                        quarantine=quote(quarantine),
                        resolved_paths=quote(resolved), validation_rows=quote(validation_rows),
                        summary=summary, now=now, templates=quote(template_rows))
    stage.clear()
    return replace(summary, load_seconds=load_seconds)


def _still_quarantined(earlier: Sequence[dict], quarantine: pd.DataFrame, resolved: Sequence[str],
                       plan: Plan) -> list[Quarantined]:
    """The files quarantined once this run has loaded: its own, and those earlier runs left
    (read at discovery) that it neither loaded, quarantined again nor found gone (for the Data Docs)."""
    now = [Quarantined(r.source_path, r.stage, r.reason, r.detail, r.run_id) for r in quarantine.itertuples()]
    settled = set(resolved) | set(plan.deleted) | {q.source_path for q in now}
    kept = [Quarantined(r["source_path"], r["stage"], r["reason"], r["detail"], r["run_id"])
            for r in earlier if r["source_path"] not in settled]
    return sorted(now + kept, key=lambda q: q.source_path)


def _warned(validation_rows: Sequence[dict], ok: Sequence[FileOutcome]) -> list[Warned]:
    path_of = {o.doc_id: o.info.source_path for o in ok}
    return sorted((Warned(path_of.get(r["doc_id"], r["doc_id"]), r["expectation"], str(r["details"].get("detail", "")))
                   for r in validation_rows if r.get("doc_id") and r.get("severity") == "warning"),
                  key=lambda w: (w.source_path, w.expectation))


def _before_templates(cfg: Config) -> dict[str, frozenset[str]]:
    import duckdb

    con = duckdb.connect()
    try:
        if cfg.db.exists():
            _attach_read_only(con, cfg.db)
        return stored_templates(con)
    finally:
        con.close()


def _summary(run_id, started, t0, plan: Plan, *, loaded: int, quarantined: int, dup_failures: int,
             **timings) -> RunSummary:
    return RunSummary(
        run_id=run_id, started_at=started, finished_at=dt.datetime.now(), status="completed",
        files_seen=len(plan.seen) + len(plan.rejected) + len(plan.rejected_unchanged),
        files_new=len(plan.new), files_changed=len(plan.changed),
        files_unchanged=len(plan.unchanged) + len(plan.rejected_unchanged), files_deleted=len(plan.deleted),
        files_duplicate=len(plan.duplicates) - dup_failures, docs_loaded=loaded, docs_quarantined=quarantined,
        seconds=time.perf_counter() - t0, files_retried=len(plan.retried), **timings,
    )


@flow(name="cruftless", log_prints=False, flow_run_name=new_run_id)
def cruftless_flow(ingest: str | None = None, db: str | None = None, config: str | None = None,
                   wait_seconds: float = 0.0, retry: list[str] | None = None,
                   options: dict | None = None) -> dict:
    """Process the ingest folder into the warehouse; returns the run summary.

    ``retry``: paths (relative to the ingest folder) of quarantined files to process
    again although their bytes did not change; ``options``: settings given on the command
    line (``workers``, ``rehash``, ``allow_mass_delete``…), which win over cruftless.toml."""
    cfg = build_config(Path(ingest) if ingest else None, Path(db) if db else None,
                       Path(config) if config else None, **(options or {}))
    return run_with_lock(cfg, wait_seconds, retry)


def run_with_lock(cfg: Config, wait_seconds: float = 0.0, retry: Sequence[str] | None = None) -> dict:
    with run_lock(cfg.db, wait_seconds):
        try:
            return run_once(cfg, tuple(retry or ())).as_row()
        except RunRefused:
            raise
        except Exception as exc:
            now = dt.datetime.now()
            failed = RunSummary(run_id=f"{now:%Y%m%dT%H%M%S}-failed", started_at=now, finished_at=now,
                                status="failed", files_seen=0, files_new=0, files_changed=0,
                                files_unchanged=0, files_deleted=0, files_duplicate=0, docs_loaded=0,
                                docs_quarantined=0, seconds=0.0, message=f"{type(exc).__name__}: {exc}")
            try:
                with open_warehouse(cfg.db, wait_seconds=5) as con:
                    record_failed_run(con, failed)
            except Exception:
                pass
            raise
