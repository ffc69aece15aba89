"""The Prefect flow: discover → extract+transform (batched) → validate → load.

Tasks are thin wrappers over stage functions.  Documents travel in batches
(one task run costs ~30 ms of Prefect bookkeeping, so never one per document).
Only the load touches the warehouse for writing, in one transaction.
"""
from __future__ import annotations

import datetime as dt
import time
import uuid
from pathlib import Path
from typing import Sequence

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed

from expectations import check_manifest, validate_batch
from extract.files import FileInfo, read_and_extract, scan
from extract.model import ExtractError
from flows import progress
from flows.config import Config, build_config
from flows.connection import open_warehouse
from flows.runlock import run_lock
from transform.document import clean_document
from warehouse.frames import Failure, StagedDoc, document_frames, drop_docs
from warehouse.manifest import plan_run
from warehouse.store import (
    RunSummary,
    known_doc_ids,
    load_run,
    read_manifest,
    record_failed_run,
    source_file_rows,
)


def process_file(cfg: Config, info: FileInfo) -> StagedDoc | Failure:
    """Extract and transform one file; any failure becomes a quarantine record."""
    try:
        raw = read_and_extract(cfg.ingest, info, cfg.max_file_mb)
    except ExtractError as exc:
        return Failure(info, "extract", exc.reason, exc.detail)
    except Exception as exc:  # an extractor bug must not sink the run
        return Failure(info, "extract", "extract_error",
                       f"cruftless could not read {info.source_path} ({type(exc).__name__}: {exc}); "
                       "other files were not affected. Please report this file.")
    try:
        doc = clean_document(raw, cfg.rules)
    except Exception as exc:
        return Failure(info, "transform", "transform_error",
                       f"cruftless failed while cleaning {info.source_path} ({type(exc).__name__}: {exc}); "
                       "other files were not affected. Please report this file.")
    if not doc.body_text.strip():
        return Failure(info, "transform", "no_content",
                       f"{info.source_path} had text, but all of it was removed as cruft or boilerplate "
                       f"({len(doc.artefacts)} removals). Check `cruftless explain` for the rules that fired; "
                       "disable an over-eager rule in cruftless.toml and run `cruftless retry`.")
    return StagedDoc(info, raw.format, raw.encoding, doc)


@task(name="discover", cache_policy=NO_CACHE)
def discover(cfg: Config, now: dt.datetime):
    files = scan(cfg.ingest, cfg.ignore)
    with open_warehouse(cfg.db) as con:
        manifest = read_manifest(con)
        known = known_doc_ids(con)
    return plan_run(files, manifest, known, now), manifest


@task(name="extract-transform", cache_policy=NO_CACHE)
def process_batch(cfg: Config, batch: Sequence[FileInfo]) -> list[StagedDoc | Failure]:
    return [process_file(cfg, info) for info in batch]


@task(name="validate", cache_policy=NO_CACHE)
def validate(frames, run_date: dt.date):
    return validate_batch(frames, run_date=run_date)


@task(name="load", cache_policy=NO_CACHE)
def load(cfg: Config, **kwargs) -> None:
    with open_warehouse(cfg.db) as con:
        load_run(con, **kwargs)


def _batches(items: Sequence[FileInfo], size: int) -> list[list[FileInfo]]:
    return [list(items[i:i + size]) for i in range(0, len(items), max(1, size))]


def _duplicate_failures(plan, failures: Sequence[Failure]) -> list[Failure]:
    """Files with the same bytes as a file that failed share its fate."""
    failed = {f.info.sha256: f for f in failures}
    return [
        Failure(info, f.stage, f.reason, f"same bytes as {f.info.source_path}: {f.detail}")
        for info, doc_id in plan.duplicates
        if (f := failed.get(doc_id)) is not None
    ]


def run_once(cfg: Config) -> RunSummary:
    """The body of the flow, callable with a built Config."""
    started = dt.datetime.now()
    t0 = time.perf_counter()
    run_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    plan, manifest = discover(cfg, started)
    progress.start(len(plan.process), len(plan.seen))

    staged: list[StagedDoc] = []
    failures: list[Failure] = []
    futures = [process_batch.submit(cfg, b) for b in _batches(plan.process, cfg.batch_size)]
    for fut in as_completed(futures):
        results = fut.result()
        for r in results:
            (staged if isinstance(r, StagedDoc) else failures).append(r)
        progress.advance(len(results))
    staged.sort(key=lambda s: s.info.source_path)

    now = dt.datetime.now()
    frames = document_frames(staged, run_id, now)
    outcome = validate(frames, started.date())
    if outcome.failed_docs:
        bad = set(outcome.failed_docs)
        for s in staged:
            if s.doc_id in bad:
                name, observed = outcome.failed_docs[s.doc_id]
                failures.append(Failure(s.info, "validate", "expectation_failed", f"{name}: {observed}"))
        staged = [s for s in staged if s.doc_id not in bad]
        frames = drop_docs(frames, bad)
    dup_failures = _duplicate_failures(plan, failures)
    failures.extend(dup_failures)

    finished = dt.datetime.now()
    summary = RunSummary(
        run_id=run_id, started_at=started, finished_at=finished, status="completed",
        files_seen=len(plan.seen), files_new=len(plan.new), files_changed=len(plan.changed),
        files_unchanged=len(plan.unchanged), files_deleted=len(plan.deleted),
        files_duplicate=len(plan.duplicates) - len(dup_failures),
        docs_loaded=len(staged), docs_quarantined=len({f.info.source_path for f in failures}),
        seconds=time.perf_counter() - t0,
    )
    source_files = source_file_rows(plan, staged, failures, now, manifest)
    results = list(outcome.results) + [check_manifest([f.source_path for f in plan.seen], source_files)]
    validation_rows = [
        dict(run_id=run_id, table_name=r.table_name, expectation=r.expectation, success=r.success,
             unexpected_count=r.unexpected_count, details=r.details)
        for r in results
    ]
    load(cfg, plan=plan, frames=frames, source_files=source_files, loaded=staged, failures=failures,
         validation_rows=validation_rows, summary=summary, now=now)
    return summary


@flow(name="cruftless", log_prints=False)
def cruftless_flow(ingest: str | None = None, db: str | None = None, config: str | None = None,
                   wait_seconds: float = 0.0) -> dict:
    """Process the ingest folder into the warehouse; returns the run summary."""
    cfg = build_config(Path(ingest) if ingest else None, Path(db) if db else None,
                       Path(config) if config else None)
    with run_lock(cfg.db, wait_seconds):
        try:
            return run_once(cfg).as_row()
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
