"""Plan a run: compare the ingest folder with the ``source_files`` manifest.

Pure: file facts and manifest rows in, a plan out.  A file is identified by
its path; a document by the sha256 of its bytes (``doc_id``), so the same
bytes under two names are one document and the second file a ``duplicate``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Collection, Iterable, Mapping

from extract.files import FileInfo, Rejected

# source_files.status: what became of a file the folder holds, or held.
LOADED = "loaded"  # its document is in the warehouse
DUPLICATE = "duplicate"  # the same bytes as a loaded file: one document for both
QUARANTINED = "quarantined"  # it could not be loaded (see quarantine)
DELETED = "deleted"  # gone from the ingest folder
FILE_STATUSES = (LOADED, DUPLICATE, QUARANTINED, DELETED)
LIVE = (LOADED, DUPLICATE)


@dataclass(frozen=True)
class ManifestRow:
    source_path: str
    sha256: str | None
    size_bytes: int | None
    doc_id: str | None
    status: str
    first_seen: dt.datetime
    last_seen: dt.datetime
    mtime: dt.datetime | None = None


@dataclass(frozen=True)
class Plan:
    seen: tuple[FileInfo, ...]
    new: tuple[FileInfo, ...] = ()
    changed: tuple[FileInfo, ...] = ()
    unchanged: tuple[FileInfo, ...] = ()
    deleted: tuple[str, ...] = ()
    process: tuple[FileInfo, ...] = ()  # one file per distinct new content: extract these
    duplicates: tuple[tuple[FileInfo, str], ...] = ()  # (file, doc_id it repeats)
    retried: tuple[FileInfo, ...] = ()  # quarantined, unchanged, re-queued on request
    first_seen: Mapping[str, dt.datetime] = field(default_factory=dict)
    rejected: tuple[Rejected, ...] = ()  # entries that are not read (links out of the folder, FIFOs…), newly so
    rejected_unchanged: tuple[Rejected, ...] = ()  # rejected before, for the same reason

    @property
    def live_paths(self) -> tuple[str, ...]:
        """Every entry of the folder that gets a live source_files row."""
        return tuple(f.source_path for f in self.seen) + tuple(
            r.source_path for r in self.rejected + self.rejected_unchanged)

    @property
    def has_work(self) -> bool:
        """Anything for workers or the load to do beyond stamping last_seen?"""
        return bool(self.process or self.duplicates or self.deleted or self.rejected or self.changed or self.new
                    or self.retried)


def plan_run(
    files: Iterable[FileInfo],
    manifest: Mapping[str, ManifestRow],
    known_docs: Iterable[str],
    now: dt.datetime,
    retry: Collection[str] = (),
    rejected: Iterable[Rejected] = (),
) -> Plan:
    """Sort the folder's files into new / changed / unchanged / retried / duplicate / deleted.

    A file whose bytes match its manifest row is unchanged (never re-extracted,
    quarantined ones included), unless it is quarantined and its path is in
    ``retry`` (``cruftless retry``, after the user fixed the cause): then it is
    processed again.
    """
    files = list(files)
    known = set(known_docs)
    retry = set(retry)
    new, changed, unchanged, retried, process, dups = [], [], [], [], [], []
    scheduled: set[str] = set()
    first_seen: dict[str, dt.datetime] = {}
    for f in files:
        row = manifest.get(f.source_path)
        live_row = row is not None and row.status != "deleted"
        first_seen[f.source_path] = row.first_seen if row is not None else now
        if live_row and row.sha256 == f.sha256 and (row.status not in LIVE or row.doc_id in known):
            if not (row.status == "quarantined" and f.source_path in retry):
                unchanged.append(f)
                continue
            retried.append(f)
        else:
            (changed if live_row else new).append(f)
        if f.sha256 in known or f.sha256 in scheduled:
            dups.append((f, f.sha256))
        else:
            scheduled.add(f.sha256)
            process.append(f)
    new_rejects, old_rejects = [], []
    for r in rejected:
        row = manifest.get(r.source_path)
        first_seen[r.source_path] = row.first_seen if row is not None else now
        same = row is not None and row.status == "quarantined" and row.sha256 is None and r.source_path not in retry
        (old_rejects if same else new_rejects).append(r)
    present = {f.source_path for f in files} | {r.source_path for r in new_rejects + old_rejects}
    deleted = tuple(
        sorted(p for p, r in manifest.items() if r.status != "deleted" and p not in present)
    )
    return Plan(
        seen=tuple(files),
        new=tuple(new),
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        retried=tuple(retried),
        deleted=deleted,
        process=tuple(process),
        duplicates=tuple(dups),
        first_seen=first_seen,
        rejected=tuple(new_rejects),
        rejected_unchanged=tuple(old_rejects),
    )
