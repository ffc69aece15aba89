"""One load through the warehouse store, as the warehouse tests write it: plan, stage, load."""
from __future__ import annotations

import datetime as dt

from warehouse.staging import stage_documents
from warehouse.store import RunSummary, load_run, quarantine_frame, source_file_rows

T = dt.datetime(2026, 3, 1, 12, 0)


def summary(run_id):
    return RunSummary(run_id, T, T, "completed", 0, 0, 0, 0, 0, 0, 0, 0, 0.1)


def load(con, plan, staged, failures, run_id, manifest, stage_dir):
    """Stage ``staged`` (StagedDoc) under ``stage_dir/run_id`` and load them with ``failures``
    quarantined, as one completed run at ``T``."""
    files, load_docs = stage_documents(stage_dir / run_id, staged)
    resolved = [s.info.source_path for s in staged] + [i.source_path for i, _ in plan.duplicates]
    return load_run(con, plan=plan, stage_files=files, load_docs=load_docs,
                    source_files=source_file_rows(plan, [s.info for s in staged], failures, T, manifest),
                    quarantine=quarantine_frame(plan, failures, run_id, T), resolved_paths=resolved,
                    validation_rows=[], summary=summary(run_id), now=T)
