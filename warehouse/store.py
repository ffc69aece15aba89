"""Read and write the DuckDB warehouse.  Every function receives an open
connection; only the flow (and the CLI's read-only commands) open one.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import pandas as pd

from extract.files import FileInfo
from transform.patterns.rule_names import LEARNED_TEMPLATE
from warehouse.frames import DOC_TABLES, Failure
from warehouse.manifest import ManifestRow, Plan
from warehouse.search import refresh_index

def read_manifest(con) -> dict[str, ManifestRow]:
    rows = con.execute(
        "SELECT source_path, sha256, size_bytes, doc_id, status, first_seen, last_seen, mtime FROM source_files"
    ).fetchall()
    return {r[0]: ManifestRow(*r) for r in rows}


def recorded_folder(con) -> str | None:
    """The ingest folder the warehouse was last built from (its last completed run), if recorded."""
    row = con.execute("SELECT ingest_folder FROM runs WHERE status = 'completed' AND ingest_folder IS NOT NULL "
                      "ORDER BY started_at DESC LIMIT 1").fetchone()
    return row[0] if row else None


def known_doc_ids(con) -> set[str]:
    return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}


def read_corpus(con) -> dict[str, dict[str, frozenset[str]]]:
    """Fingerprints of every loaded document, by family: ``{family: {doc_id: keys}}``."""
    corpus: dict[str, dict[str, frozenset[str]]] = {}
    for family, doc_id, keys in con.execute(
        "SELECT family, doc_id, list(line_key) FROM line_fingerprints GROUP BY family, doc_id"
    ).fetchall():
        corpus.setdefault(family, {})[doc_id] = frozenset(keys)
    return corpus


def table_columns(con, table: str) -> list[tuple[str, str]]:
    """(column, DuckDB type) in table order, from the live schema."""
    return [
        (r[0], r[1])
        for r in con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]


def insert_frame(con, table: str, df: pd.DataFrame, *, replace: bool = False) -> int:
    """Bulk insert a DataFrame, casting each column to the table's type."""
    if df is None or df.empty:
        return 0
    cols = [(c, t) for c, t in table_columns(con, table) if c in df.columns]
    name = f"_staged_{table}"
    con.register(name, df)
    try:
        select = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in cols)
        verb = "INSERT OR REPLACE INTO" if replace else "INSERT INTO"
        con.execute(f'{verb} {table} ({", ".join(chr(34) + c + chr(34) for c, _ in cols)}) SELECT {select} FROM {name}')
    finally:
        con.unregister(name)
    return len(df)


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    started_at: dt.datetime
    finished_at: dt.datetime
    status: str
    files_seen: int
    files_new: int
    files_changed: int
    files_unchanged: int
    files_deleted: int
    files_duplicate: int
    docs_loaded: int
    docs_quarantined: int
    seconds: float
    message: str | None = None
    files_retried: int = 0
    # Where the time went, measured inside the run (None when the stage did not run).
    process_seconds: float | None = None  # extract+transform, template re-learning included
    validate_seconds: float | None = None  # the validate task
    load_seconds: float | None = None  # the load transaction, up to writing the runs row
    docs_seconds: float | None = None  # Data Docs, built before the load
    discover_seconds: float | None = None  # listing and hashing the folder, reading the manifest
    templates_learned: int = 0  # site templates this run learned
    docs_recleaned: int = 0  # documents cleaned again because a template they print was learned
    prefect_flow_run_id: str | None = None  # the Prefect flow run (its name is run_id), to find it in the UI
    ingest_folder: str | None = None  # the folder this run read: the warehouse is built from it

    def as_row(self) -> dict:
        return dict(self.__dict__)


def source_file_rows(plan: Plan, loaded: Iterable[FileInfo], failures: Sequence[Failure], now, manifest) -> pd.DataFrame:
    """The manifest rows this run writes: one per entry of the folder, plus deleted ones."""
    rows = []

    def row(info, doc_id, status):
        rows.append(
            dict(source_path=info.source_path, sha256=info.sha256, size_bytes=info.size_bytes, doc_id=doc_id,
                 status=status, first_seen=plan.first_seen.get(info.source_path, now), last_seen=now,
                 mtime=info.mtime)
        )

    for info in loaded:
        row(info, info.sha256, "loaded")
    failed_paths = {f.info.source_path for f in failures}
    for f in failures:
        row(f.info, None, "quarantined")
    for info, doc_id in plan.duplicates:
        if info.source_path not in failed_paths:
            row(info, doc_id, "duplicate")
    for r in plan.rejected:
        rows.append(dict(source_path=r.source_path, sha256=None, size_bytes=None, doc_id=None, status="quarantined",
                         first_seen=plan.first_seen.get(r.source_path, now), last_seen=now, mtime=None))
    for path, mtime in [(i.source_path, i.mtime) for i in plan.unchanged] + [
            (r.source_path, None) for r in plan.rejected_unchanged]:
        old = manifest[path]
        rows.append(dict(source_path=path, sha256=old.sha256, size_bytes=old.size_bytes,
                         doc_id=old.doc_id, status=old.status, first_seen=old.first_seen, last_seen=now,
                         mtime=mtime))
    for path in plan.deleted:
        old = manifest[path]
        rows.append(dict(source_path=path, sha256=old.sha256, size_bytes=old.size_bytes, doc_id=old.doc_id,
                         status="deleted", first_seen=old.first_seen, last_seen=old.last_seen, mtime=None))
    return pd.DataFrame(rows, columns=["source_path", "sha256", "size_bytes", "doc_id", "status",
                                       "first_seen", "last_seen", "mtime"])


def quarantine_frame(plan: Plan, failures: Sequence[Failure], run_id: str, now) -> pd.DataFrame:
    rows = [dict(source_path=f.info.source_path, sha256=f.info.sha256, stage=f.stage, reason=f.reason,
                 detail=f.detail, run_id=run_id, at=now,
                 doc_id=f.info.sha256 if f.stage == "validate" else None, resolved=False)
            for f in failures]
    rows += [dict(source_path=r.source_path, sha256=None, stage="discover", reason=r.reason, detail=r.detail,
                  run_id=run_id, at=now, doc_id=None, resolved=False) for r in plan.rejected]
    return pd.DataFrame(rows)


def _collect_garbage(con) -> None:
    """Drop documents no live file points at; re-point documents whose first file left."""
    live = "SELECT doc_id FROM source_files WHERE status IN ('loaded', 'duplicate') AND doc_id IS NOT NULL"
    for table in DOC_TABLES:
        con.execute(f"DELETE FROM {table} WHERE doc_id NOT IN ({live})")
    con.execute(
        """
        UPDATE documents SET source_path = alt.source_path
        FROM (SELECT doc_id, min(source_path) AS source_path FROM source_files
              WHERE status IN ('loaded', 'duplicate') GROUP BY doc_id) AS alt
        WHERE documents.doc_id = alt.doc_id
          AND documents.source_path NOT IN (SELECT source_path FROM source_files
                                            WHERE status IN ('loaded', 'duplicate') AND doc_id = documents.doc_id)
        """
    )
    # A duplicate whose original is gone becomes the loaded copy.
    con.execute(
        """
        UPDATE source_files SET status = 'loaded'
        WHERE status = 'duplicate' AND source_path IN (SELECT source_path FROM documents)
        """
    )


def _store_templates(con, templates: pd.DataFrame, now: dt.datetime) -> None:
    """Replace the learned templates; counts and an example come from the fingerprints."""
    con.execute("DELETE FROM boilerplate_templates")
    if templates.empty:
        return
    con.register("_templates", templates)
    try:
        con.execute(
            """
            INSERT INTO boilerplate_templates
            SELECT t.family, t.line_key, any_value(lf.example), count(DISTINCT lf.doc_id),
                   (SELECT count(DISTINCT f.doc_id) FROM line_fingerprints f WHERE f.family = t.family), ?
            FROM _templates t JOIN line_fingerprints lf ON lf.family = t.family AND lf.line_key = t.line_key
            GROUP BY t.family, t.line_key
            """,
            [now],
        )
    finally:
        con.unregister("_templates")


def _sql_list(files: Sequence[str]) -> str:
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def insert_staged(con, table: str, files: Sequence[str], *, stamps: Mapping[str, object] | None = None,
                  by_batch: bool = True) -> int:
    """Insert the staged rows of ``table`` for the documents in the registered ``_load_docs``
    (doc_id, batch) straight from the stage's Parquet files, cast to the live schema."""
    if not files:
        return 0
    source = f"read_parquet({_sql_list(files)}, union_by_name = true)"
    staged_cols = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
    stamps = dict(stamps or {})
    cols = [(c, t) for c, t in table_columns(con, table) if c in staged_cols or c in stamps]
    if table == "paragraphs":
        cols = [(c, t) for c, t in cols if c != "para_id"]  # generated
    select = ", ".join(
        (f'CAST(? AS {t}) AS "{c}"' if c in stamps else f'CAST(s."{c}" AS {t}) AS "{c}"') for c, t in cols)
    join = ("SEMI JOIN _load_docs l ON s.doc_id = l.doc_id AND s.batch = l.batch" if by_batch
            else "SEMI JOIN _load_docs l ON s.doc_id = l.doc_id")
    names = ", ".join(f'"{c}"' for c, _ in cols)
    params = [stamps[c] for c, _ in cols if c in stamps]
    before = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.execute(f"INSERT INTO {table} ({names}) SELECT {select} FROM {source} s {join}", params)
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] - before


def load_run(
    con,
    *,
    plan: Plan,
    stage_files: Mapping[str, Sequence[str]],
    load_docs: pd.DataFrame,
    source_files: pd.DataFrame,
    quarantine: pd.DataFrame,
    resolved_paths: Sequence[str],
    validation_rows: Sequence[dict],
    summary: RunSummary,
    now: dt.datetime,
    templates: pd.DataFrame | None = None,
) -> float:
    """Write one run in a single transaction: all of it lands, or none of it.

    ``load_docs`` (doc_id, batch): the documents to load and the staged batch each is read
    from.  Returns the seconds it took up to writing the runs row (also stored there, as
    ``load_seconds``)."""
    started = time.perf_counter()
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_load_docs", load_docs)
        if len(load_docs):
            for table in DOC_TABLES:
                if table == "extractions":  # a document cleaned again keeps its stored extraction
                    files = stage_files.get(table) or []
                    if files:
                        con.execute(f"DELETE FROM extractions WHERE doc_id IN (SELECT doc_id FROM "
                                    f"read_parquet({_sql_list(files)}) SEMI JOIN _load_docs USING (doc_id))")
                    continue
                con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM _load_docs)")
            for table in DOC_TABLES:
                stamps = {"ingested_at": now, "run_id": summary.run_id} if table == "documents" else None
                insert_staged(con, table, stage_files.get(table) or [], stamps=stamps,
                              by_batch=table != "extractions")
        insert_frame(con, "source_files", source_files, replace=True)
        insert_frame(con, "quarantine", quarantine)
        if resolved_paths:
            con.register("_loaded_paths", pd.DataFrame({"p": list(resolved_paths)}))
            con.execute(
                "UPDATE quarantine SET resolved = TRUE WHERE NOT resolved "
                "AND source_path IN (SELECT p FROM _loaded_paths) AND run_id <> ?",
                [summary.run_id],
            )
            con.unregister("_loaded_paths")
        if plan.deleted:
            con.register("_deleted", pd.DataFrame({"p": list(plan.deleted)}))
            con.execute("UPDATE quarantine SET resolved = TRUE WHERE source_path IN (SELECT p FROM _deleted)")
            con.unregister("_deleted")
        _collect_garbage(con)
        if templates is not None:
            _store_templates(con, templates, now)
        if validation_rows:
            v = pd.DataFrame(validation_rows)
            v["details"] = v["details"].map(lambda d: json.dumps(d, default=str))
            insert_frame(con, "validation_results", v)
        load_seconds = time.perf_counter() - started
        insert_frame(con, "runs", pd.DataFrame([{**summary.as_row(), "load_seconds": load_seconds}]), replace=True)
        refresh_index(con, paragraphs_changed=bool(len(load_docs)) or bool(plan.deleted), touched="_load_docs")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        try:
            con.unregister("_load_docs")
        except Exception:
            pass
    return load_seconds


def touch_run(con, *, summary: RunSummary, now: dt.datetime) -> float:
    """The load of a run that found nothing to do: the files were seen, the run happened."""
    started = time.perf_counter()
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("UPDATE source_files SET last_seen = ? WHERE status <> 'deleted'", [now])
        load_seconds = time.perf_counter() - started
        insert_frame(con, "runs", pd.DataFrame([{**summary.as_row(), "load_seconds": load_seconds}]), replace=True)
        refresh_index(con, paragraphs_changed=False)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return load_seconds


def record_failed_run(con, summary: RunSummary) -> None:
    insert_frame(con, "runs", pd.DataFrame([summary.as_row()]), replace=True)


def table_counts(con) -> dict[str, int]:
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema='main' AND table_type='BASE TABLE' ORDER BY 1"
    ).fetchall()]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def last_runs(con, limit: int = 10) -> list[dict]:
    cur = con.execute(
        "SELECT run_id, started_at, status, files_seen, files_new, files_changed, files_unchanged, "
        "docs_loaded, docs_quarantined, round(seconds, 2) AS seconds FROM runs ORDER BY started_at DESC LIMIT ?",
        [limit],
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def quarantine_rows(con, *, include_resolved: bool = False) -> list[dict]:
    """Quarantined files, newest first.

    By default the unresolved ones, one row per file (its latest reason: a file
    that failed again in a later run is listed once); with ``include_resolved``
    every row ever written, resolved ones included.
    """
    where = "" if include_resolved else (
        'WHERE NOT resolved QUALIFY row_number() OVER (PARTITION BY source_path ORDER BY "at" DESC, run_id DESC) = 1'
    )
    cur = con.execute(
        f'SELECT source_path, stage, reason, detail, "at", run_id, resolved, sha256 FROM quarantine {where} '
        'ORDER BY "at" DESC, source_path'
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def run_followup(con, run_id: str) -> dict:
    """What a run's summary adds from the warehouse after the load: files still quarantined
    (and since which run), and the lines the learned site templates removed in this run."""
    waiting = quarantine_rows(con)
    oldest = min(waiting, key=lambda r: (r["at"], r["run_id"])) if waiting else None
    removed = con.execute(
        "SELECT count(*) FROM artefacts a JOIN documents d USING (doc_id) "
        "WHERE a.rule = ? AND d.run_id = ?", [LEARNED_TEMPLATE, run_id]).fetchone()[0]
    return {"still_quarantined": len(waiting),
            "quarantined_since_run": oldest["run_id"] if oldest else None,
            "template_lines_removed": int(removed)}
