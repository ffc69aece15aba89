"""The Prefect flow: discover → extract+transform (batched) → validate → load.

Tasks are thin wrappers over stage functions.  Documents travel in batches
(one task run costs ~30 ms of Prefect bookkeeping, so never one per document).
Only the load touches the warehouse for writing, in one transaction.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Mapping, Sequence

import pandas as pd

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from expectations import check_manifest, validate_batch, warm_up
from expectations.docs import try_build_docs
from extract.files import FileInfo, read_and_extract, scan
from extract.model import ExtractError
from flows import progress
from flows.config import Config, build_config
from flows.connection import open_for_load, open_snapshot, open_warehouse
from flows.runlock import run_lock
from transform.document import clean_document
from transform.templates import TemplatePolicy, family_of, learn_families
from warehouse.frames import Failure, StagedDoc, document_frames, drop_docs
from warehouse.manifest import plan_run
from warehouse.store import (
    RunSummary,
    known_doc_ids,
    read_corpus,
    load_run,
    read_manifest,
    record_failed_run,
    source_file_rows,
)


def process_file(cfg: Config, info: FileInfo, templates: Mapping[str, frozenset[str]]) -> StagedDoc | Failure:
    """Extract and transform one file; any failure becomes a quarantine record."""
    try:
        raw = read_and_extract(cfg.ingest, info, cfg.max_file_mb)
    except ExtractError as exc:
        return Failure(info, "extract", exc.reason, exc.detail)
    except Exception as exc:  # an extractor bug must not sink the run
        return Failure(info, "extract", "extract_error",
                       f"cruftless could not read {info.source_path} ({type(exc).__name__}: {exc}); "
                       "other files were not affected. Please report this file.")
    family = family_of(info.source_path, raw.site)
    try:
        doc = clean_document(raw, cfg.rules, templates.get(family, frozenset()))
    except Exception as exc:
        return Failure(info, "transform", "transform_error",
                       f"cruftless failed while cleaning {info.source_path} ({type(exc).__name__}: {exc}); "
                       "other files were not affected. Please report this file.")
    if not doc.body_text.strip():
        return Failure(info, "transform", "no_content",
                       f"{info.source_path} had text, but all of it was removed as cruft or boilerplate "
                       f"({len(doc.artefacts)} removals). Check `cruftless explain` for the rules that fired; "
                       "disable an over-eager rule in cruftless.toml and run `cruftless retry`.")
    return StagedDoc(info, raw.format, raw.encoding, doc, family)


@task(name="discover", cache_policy=NO_CACHE)
def discover(cfg: Config, now: dt.datetime, retry: Sequence[str] = ()):
    files = scan(cfg.ingest, cfg.ignore)
    with open_snapshot(cfg.db) as con:  # read-only beside analysts' sessions
        manifest = read_manifest(con)
        known = known_doc_ids(con)
        corpus = read_corpus(con)
    return plan_run(files, manifest, known, now, retry), manifest, corpus


@task(name="extract-transform", cache_policy=NO_CACHE)
def process_batch(cfg: Config, batch: Sequence[FileInfo], templates: Mapping[str, frozenset[str]]) -> list[StagedDoc | Failure]:
    return [process_file(cfg, info, templates) for info in batch]


@task(name="validate", cache_policy=NO_CACHE)
def validate(frames, run_date: dt.date):
    return validate_batch(frames, run_date=run_date)


@task(name="load", cache_policy=NO_CACHE)
def load(cfg: Config, **kwargs) -> float:
    with open_for_load(cfg.db) as con:  # in place, or a copy swapped in while analysts read
        return load_run(con, **kwargs)


@task(name="docs", cache_policy=NO_CACHE)
def data_docs(cfg: Config, run_id: str, run_time: dt.datetime, results):
    return try_build_docs(cfg.docs_dir, run_id, run_time, results)  # warns, never fails the run


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


def _process_all(cfg: Config, infos: Sequence[FileInfo], templates) -> tuple[list[StagedDoc], list[Failure]]:
    """Extract and transform in batched tasks; report progress as batches finish."""
    staged: list[StagedDoc] = []
    failures: list[Failure] = []
    # quote(): Prefect would otherwise walk every element of these arguments (measured:
    # ~40 % of a run's time went to that walk); they hold no futures to resolve.  Only for
    # the in-process thread pool: quote is a namedtuple, and Dask rebuilds tuples in task
    # arguments as plain tuples, so a worker would receive the wrapper, not the batch.
    ctx = FlowRunContext.get()
    in_process = ctx is None or isinstance(ctx.task_runner, ThreadPoolTaskRunner)
    wrap = quote if in_process else (lambda value: value)
    futures = [process_batch.submit(cfg, wrap(b), wrap(templates)) for b in _batches(infos, cfg.batch_size)]
    for fut in as_completed(futures):
        results = fut.result()
        for r in results:
            (staged if isinstance(r, StagedDoc) else failures).append(r)
        progress.advance(len(results))
    return staged, failures


def _relearn(cfg: Config, plan, manifest, corpus, staged: list[StagedDoc]):
    """Learn templates from the corpus as it will be after this run, and list the
    documents that contain a template they were not cleaned with (this run's and
    earlier ones) so they can be cleaned again."""
    policy = TemplatePolicy(cfg.template_min_docs, cfg.template_min_share)
    before = learn_families(corpus, policy)
    replaced = {manifest[f.source_path].doc_id for f in plan.changed if f.source_path in manifest}
    gone = {manifest[p].doc_id for p in plan.deleted}
    after_corpus: dict[str, dict[str, frozenset[str]]] = {
        fam: {d: keys for d, keys in docs.items() if d not in replaced | gone} for fam, docs in corpus.items()
    }
    for s in staged:
        after_corpus.setdefault(s.family, {})[s.doc_id] = frozenset(k for k, _ in s.doc.fingerprints)
    after = learn_families(after_corpus, policy)
    gained = {fam: keys - before.get(fam, frozenset()) for fam, keys in after.items()}
    this_run = {s.doc_id for s in staged}
    stale = {
        doc_id
        for fam, docs in after_corpus.items()
        for doc_id, keys in docs.items()
        if gained.get(fam) and keys & gained[fam]
    }
    redo_now = [s.info for s in staged if s.doc_id in stale]
    loaded_files = {manifest[f.source_path].doc_id: f for f in plan.unchanged
                    if manifest[f.source_path].status == "loaded"}
    redo_old = [loaded_files[d] for d in sorted(stale - this_run) if d in loaded_files]
    return after, redo_now, redo_old


def run_once(cfg: Config, retry: Sequence[str] = ()) -> RunSummary:
    """The body of the flow, callable with a built Config; ``retry``: quarantined paths to process again."""
    started = dt.datetime.now()
    t0 = time.perf_counter()
    run_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    # Great Expectations takes seconds to import and build its suites: do it while we extract.
    threading.Thread(target=warm_up, name="gx-warm-up", daemon=True).start()
    plan, manifest, corpus = discover(cfg, started, retry)
    progress.start(len(plan.process), len(plan.seen))
    t_process = time.perf_counter()

    templates_before = learn_families(corpus, TemplatePolicy(cfg.template_min_docs, cfg.template_min_share))
    staged, failures = _process_all(cfg, plan.process, templates_before)
    templates, redo_now, redo_old = _relearn(cfg, plan, manifest, corpus, staged)
    if redo_now or redo_old:
        # Clean again, with the templates this run learned, the documents that print them.
        again, again_failed = _process_all(cfg, redo_now + redo_old, templates)
        redone = {s.info.source_path for s in again} | {f.info.source_path for f in again_failed}
        staged = [s for s in staged if s.info.source_path not in redone] + again
        failures = [f for f in failures if f.info.source_path not in redone] + again_failed
    staged.sort(key=lambda s: s.info.source_path)
    process_seconds = time.perf_counter() - t_process

    now = dt.datetime.now()
    frames = document_frames(staged, run_id, now)
    t_validate = time.perf_counter()
    outcome = validate(quote(frames), started.date())
    validate_seconds = time.perf_counter() - t_validate
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
        message=f"{len(redo_old)} earlier document(s) re-cleaned with newly learned templates" if redo_old else None,
        files_retried=len(plan.retried), process_seconds=process_seconds, validate_seconds=validate_seconds,
    )
    # Files re-cleaned from an unchanged state are written as loaded again, not as unchanged.
    relearned = {f.source_path for f in redo_old}
    plan = replace(plan, unchanged=tuple(f for f in plan.unchanged if f.source_path not in relearned))
    source_files = source_file_rows(plan, staged, failures, now, manifest)
    manifest_check = check_manifest([f.source_path for f in plan.seen], source_files)
    results = list(outcome.results) + [manifest_check]
    # One row per expectation, then one per warning of each document that loads.
    validation_rows = outcome.validation_rows(run_id, extra=[manifest_check], loaded={s.doc_id for s in staged})
    template_rows = pd.DataFrame(
        [(fam, key) for fam, keys in templates.items() for key in sorted(keys)], columns=["family", "line_key"]
    )
    load_seconds = load(cfg, plan=quote(plan), frames=quote(frames), source_files=quote(source_files),
                        loaded=quote(staged), failures=quote(failures), validation_rows=quote(validation_rows),
                        summary=summary, now=now, templates=quote(template_rows))
    site = data_docs(cfg, run_id, started, results)
    return replace(summary, load_seconds=load_seconds, docs_seconds=site.seconds if site else None)


@flow(name="cruftless", log_prints=False)
def cruftless_flow(ingest: str | None = None, db: str | None = None, config: str | None = None,
                   wait_seconds: float = 0.0, retry: list[str] | None = None) -> dict:
    """Process the ingest folder into the warehouse; returns the run summary.

    ``retry``: paths (relative to the ingest folder) of quarantined files to process
    again although their bytes did not change."""
    cfg = build_config(Path(ingest) if ingest else None, Path(db) if db else None,
                       Path(config) if config else None)
    with run_lock(cfg.db, wait_seconds):
        try:
            return run_once(cfg, tuple(retry or ())).as_row()
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
