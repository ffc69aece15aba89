"""The stage: a run's cleaned documents on disk, between extraction and the load.

A run never holds its documents in memory.  Each batch a worker finishes is
written as Parquet files, one per table, into a folder of its own beside the
database::

    <db>.stage/<engine key>/<batch id>/documents.parquet, paragraphs.parquet, …,
                                      extractions.parquet, outcomes.parquet

A batch folder is written under a temporary name and renamed when complete, so
a folder that exists is whole.  Validation reads the staged rows chunk by chunk;
the load inserts them straight from the files inside its one transaction.  After
a load commits the stage is emptied.

A run that is killed leaves its stage behind; the next run (under the same run
lock) reuses the outcome of every file whose bytes have not changed instead of
extracting it again, as long as the engine key matches: a hash of the extract
and transform code and of the cleaning configuration, so a stage is never used
by a differently configured or upgraded cruftless.

Every staged row carries ``batch``, the id of the batch that wrote it: a
document cleaned twice in one run (a newly learned site template) has rows in
two batches, and only its last batch is loaded.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from warehouse import tables as spec

OUTCOME_COLUMNS = ("source_path", "sha256", "size_bytes", "mtime", "os_path", "ok", "stage", "reason", "detail",
                   "family", "words", "warnings")
STAGED_TABLES = spec.STAGED_TABLES


def stage_root(db: Path) -> Path:
    return db.with_name(db.name + ".stage")


@lru_cache(maxsize=None)
def _arrow_schemas() -> dict:
    """Arrow schema of each staged table, read off the tables the spec (warehouse/tables.py) makes."""
    import duckdb

    from warehouse.schema import apply_schema

    con = duckdb.connect()
    try:
        apply_schema(con)
        return {table: con.execute(f"SELECT {', '.join(spec.staged_columns(spec.BY_NAME[table]))} "
                                   f"FROM {table} LIMIT 0").arrow().schema
                for table in STAGED_TABLES}
    finally:
        con.close()


def write_batch(batch_dir: str | Path, docs: Sequence[Mapping[str, list[dict]]],
                outcomes: Sequence[Mapping] = ()) -> int:
    """Write one batch: ``docs`` are per-document row dicts (``warehouse.frames.document_rows``),
    ``outcomes`` one row per file of the batch.  Returns the number of documents written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    final = Path(batch_dir)
    tmp = final.with_name(final.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    batch = final.name
    schemas = _arrow_schemas()
    for table in STAGED_TABLES:
        rows = [dict(row, batch=batch) for doc in docs for row in doc.get(table, ())]
        if not rows:
            continue
        schema = schemas[table].append(pa.field("batch", pa.string()))
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp / f"{table}.parquet", compression="zstd")
    if outcomes:
        pq.write_table(pa.Table.from_pylist([dict(o, batch=batch) for o in outcomes], schema=_outcome_schema()),
                       tmp / "outcomes.parquet")
    os.replace(tmp, final)
    return len(docs)


def _outcome_schema():
    import pyarrow as pa

    return pa.schema([
        ("source_path", pa.string()), ("sha256", pa.string()), ("size_bytes", pa.int64()),
        ("mtime", pa.timestamp("us")), ("os_path", pa.binary()), ("ok", pa.bool_()), ("stage", pa.string()),
        ("reason", pa.string()), ("detail", pa.string()), ("family", pa.string()), ("words", pa.int64()),
        ("warnings", pa.list_(pa.string())), ("batch", pa.string()),
    ])


def engine_key(parts: Iterable[str]) -> str:
    """A short hash of everything that decides what a staged document looks like."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:16]


@lru_cache(maxsize=None)
def code_version(*packages: str) -> str:
    """A hash of the source files of ``packages`` (extract, transform): changes with the code."""
    import importlib.util

    h = hashlib.sha256()
    for package in packages:
        spec = importlib.util.find_spec(package)
        root = Path(next(iter(spec.submodule_search_locations)))
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".toml", ".txt", ".json", ".tsv") and path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


@dataclass
class Stage:
    """The stage of one database for one engine key.  Use under the run lock."""

    root: Path  # <db>.stage
    key: str
    _seq: int = 0

    @property
    def folder(self) -> Path:
        return self.root / self.key

    def open(self) -> "Stage":
        """Remove stages of other engine keys and half-written batches; keep whole ones of this key."""
        if self.root.exists():
            for child in self.root.iterdir():
                if child.name != self.key:
                    _remove(child)
        self.folder.mkdir(parents=True, exist_ok=True)
        for child in self.folder.iterdir():
            if child.name.endswith(".tmp"):
                _remove(child)
        self._seq = len(self.batches())
        return self

    def new_batch(self, prefix: str) -> Path:
        self._seq += 1
        return self.folder / f"{prefix}{self._seq:06d}-{os.urandom(3).hex()}"

    def batches(self) -> list[Path]:
        if not self.folder.exists():
            return []
        return sorted(p for p in self.folder.iterdir() if p.is_dir() and not p.name.endswith(".tmp"))

    def files(self, table: str, batches: Iterable[str] | None = None) -> list[str]:
        wanted = None if batches is None else set(batches)
        return [str(b / f"{table}.parquet") for b in self.batches()
                if (wanted is None or b.name in wanted) and (b / f"{table}.parquet").exists()]

    def previous_outcomes(self, con) -> list[dict]:
        """The outcome rows left by a killed run (this engine key), the latest per sha256."""
        files = self.files("outcomes")
        if not files:
            return []
        cur = con.execute(
            "SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY sha256 ORDER BY batch DESC) AS rn "
            "FROM read_parquet(?, union_by_name = true)) WHERE rn = 1", [files])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def clear(self) -> None:
        _remove(self.root)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def outcome_row(outcome) -> dict:
    """The outcomes.parquet row of a ``flows.worker.FileOutcome``."""
    info = outcome.info
    return dict(source_path=info.source_path, sha256=info.sha256, size_bytes=info.size_bytes,
                mtime=info.mtime if isinstance(info.mtime, dt.datetime) else None,
                os_path=os.fsencode(info.os_path) if info.os_path else None,  # a name that is not UTF-8
                ok=outcome.ok, stage=outcome.stage, reason=outcome.reason, detail=outcome.detail,
                family=outcome.family, words=outcome.words, warnings=list(outcome.warnings))


def stage_documents(batch_dir: Path, staged: Sequence) -> tuple[dict[str, list[str]], "object"]:
    """Write ``warehouse.frames.StagedDoc``s as one batch (the way a worker would, minus
    extractions) → (stage files per table, the (doc_id, batch) frame ``load_run`` takes).
    For callers that build documents in this process: tests, benchmarks."""
    import pandas as pd

    from warehouse.frames import document_rows

    docs = []
    for s in staged:
        rows = document_rows(s)
        for row in rows["line_fingerprints"]:
            row["applied"] = False
        docs.append(rows)
    write_batch(batch_dir, docs)
    files = {table: [str(batch_dir / f"{table}.parquet")] for table in STAGED_TABLES
             if (batch_dir / f"{table}.parquet").exists()}
    load_docs = pd.DataFrame({"doc_id": [s.doc_id for s in staged], "batch": batch_dir.name}, dtype=object)
    return files, load_docs
