"""Site templates learned incrementally: what this run's documents change.

``transform.templates`` says what a template is (a line printed by enough
different documents of one family).  This module counts, in SQL, over the
fingerprints stored in the warehouse plus the ones this run staged, and only
for the families this run touches: the families of its new and changed
documents and of the documents it removes.  Every other family keeps its
templates without a look.

It answers two questions before the load:

- which templates each touched family has after this run (``after``);
- which documents print a template line they were cleaned without
  (``line_fingerprints.applied`` is false for it): those are cleaned again, this
  run's and earlier ones alike, from their stored extraction.

Near-copies (snapshots of one page) count once: documents whose MinHash
signatures mostly agree form one cluster (``transform.templates.clusters``).

All queries run on one DuckDB connection ``con`` on which the warehouse is
attached read-only as ``wh`` (or not at all: a first run) and on which the
caller registered ``staged_docs(doc_id, batch)``: the documents this run
staged, each with its batch to read.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import pandas as pd

from transform.templates import TemplatePolicy, clusters


@dataclass(frozen=True)
class Relearned:
    templates: dict[str, frozenset[str]]  # every family's templates after this run
    gained: dict[str, frozenset[str]]  # per touched family: templates it did not have before
    stale_staged: tuple[str, ...]  # doc_ids staged this run that must be cleaned again
    stale_stored: tuple[str, ...]  # doc_ids loaded by earlier runs that must be cleaned again


def has_table(con, table: str, column: str | None = None, catalog: str = "wh") -> bool:
    q = ("SELECT count(*) FROM duckdb_columns() WHERE database_name = ? AND schema_name = 'main' "
         "AND table_name = ?" + (" AND column_name = ?" if column else ""))
    args = [catalog, table] + ([column] if column else [])
    try:
        return con.execute(q, args).fetchone()[0] > 0
    except Exception:
        return False


def stored_templates(con) -> dict[str, frozenset[str]]:
    """The templates the warehouse holds now (learned by the runs before this one)."""
    if not has_table(con, "boilerplate_templates"):
        return {}
    out: dict[str, set[str]] = {}
    for family, key in con.execute("SELECT family, line_key FROM wh.boilerplate_templates").fetchall():
        out.setdefault(family, set()).add(key)
    return {f: frozenset(k) for f, k in out.items()}


def _register(con, name: str, frame: pd.DataFrame) -> None:
    con.register(name, frame)


def relearn(con, stage_files: Mapping[str, Sequence[str]], removed: Iterable[str],
            before: Mapping[str, frozenset[str]], policy: TemplatePolicy) -> Relearned:
    """Templates after this run, and the documents to clean again.

    ``stage_files``: table name → this run's staged Parquet files (``line_fingerprints``,
    ``doc_signatures``, ``documents``); ``removed``: doc_ids of the warehouse that this run
    replaces or deletes.
    """
    _register(con, "removed_docs", pd.DataFrame({"doc_id": sorted(set(removed))}, dtype=object))
    stored = has_table(con, "line_fingerprints")
    with_applied = stored and has_table(con, "line_fingerprints", "applied")
    with_sigs = has_table(con, "doc_signatures")

    def staged(table: str, columns: str) -> str:
        files = stage_files.get(table) or []
        if not files:
            return None
        con.execute(f"CREATE OR REPLACE TEMP VIEW staged_{table} AS SELECT {columns} FROM "
                    f"read_parquet({_list(files)}, union_by_name = true) s "
                    f"SEMI JOIN staged_docs c ON s.doc_id = c.doc_id AND s.batch = c.batch")
        return f"staged_{table}"

    sfp = staged("line_fingerprints", "s.doc_id, s.family, s.line_key, s.applied")
    ssig = staged("doc_signatures", "s.doc_id, s.family, s.minhash")
    sdoc = staged("documents", "s.doc_id, s.family")
    # Families this run touches.
    parts = []
    if sdoc:
        parts.append(f"SELECT DISTINCT family FROM {sdoc}")
    if stored:
        parts.append("SELECT DISTINCT family FROM wh.documents WHERE doc_id IN (SELECT doc_id FROM removed_docs)")
    if not parts:
        return Relearned(dict(before), {}, (), ())
    con.execute(f"CREATE OR REPLACE TEMP TABLE touched AS {' UNION '.join(parts)}")
    # The fingerprints of every document of a touched family after this run.
    fp_parts = []
    if stored:
        applied = "applied" if with_applied else "NULL::BOOLEAN AS applied"
        fp_parts.append(
            f"SELECT doc_id, family, line_key, {applied} FROM wh.line_fingerprints "
            "WHERE family IN (SELECT family FROM touched) AND doc_id NOT IN (SELECT doc_id FROM removed_docs)"
            + (f" AND doc_id NOT IN (SELECT doc_id FROM {sdoc})" if sdoc else ""))
    if sfp:
        fp_parts.append(f"SELECT doc_id, family, line_key, applied FROM {sfp}")
    doc_parts = []
    if stored:
        doc_parts.append("SELECT doc_id, family FROM wh.documents WHERE family IN (SELECT family FROM touched) "
                         "AND doc_id NOT IN (SELECT doc_id FROM removed_docs)"
                         + (f" AND doc_id NOT IN (SELECT doc_id FROM {sdoc})" if sdoc else ""))
    if sdoc:
        doc_parts.append(f"SELECT doc_id, family FROM {sdoc}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE after_docs AS {' UNION ALL '.join(doc_parts)}")
    if not fp_parts:
        return Relearned(dict(before), {}, (), ())
    con.execute(f"CREATE OR REPLACE TEMP TABLE after_fp AS {' UNION ALL '.join(fp_parts)}")

    # Near-copies: cluster each touched family's documents by their signatures.
    sig_parts = []
    if with_sigs:
        sig_parts.append("SELECT s.doc_id, s.minhash FROM wh.doc_signatures s SEMI JOIN after_docs d ON s.doc_id = d.doc_id")
    if ssig:
        sig_parts.append(f"SELECT doc_id, minhash FROM {ssig}")
    signatures: dict[str, dict[str, tuple[int, ...]]] = {}
    family_of = dict(con.execute("SELECT doc_id, family FROM after_docs").fetchall())
    if sig_parts:
        for doc_id, minhash in con.execute(" UNION ALL ".join(sig_parts)).fetchall():
            if doc_id in family_of:
                signatures.setdefault(family_of[doc_id], {})[doc_id] = tuple(minhash or ())
    cluster_rows = []
    for family, sigs in signatures.items():
        for doc_id, cluster in clusters(sigs).items():
            if cluster != doc_id:
                cluster_rows.append((doc_id, cluster))
    _register(con, "near_copies", pd.DataFrame(cluster_rows, columns=["doc_id", "cluster"], dtype=object))
    con.execute("""
        CREATE OR REPLACE TEMP TABLE after_clusters AS
        SELECT d.doc_id, d.family, coalesce(n.cluster, d.doc_id) AS cluster
        FROM after_docs d LEFT JOIN near_copies n USING (doc_id)""")
    rows = con.execute(
        """
        WITH sizes AS (SELECT family, count(DISTINCT cluster) AS n FROM after_clusters GROUP BY family),
             counts AS (SELECT f.family, f.line_key, count(DISTINCT c.cluster) AS n
                        FROM after_fp f JOIN after_clusters c USING (doc_id) GROUP BY f.family, f.line_key)
        SELECT c.family, c.line_key FROM counts c JOIN sizes s USING (family)
        WHERE c.n >= greatest(?, ceil(? * s.n))
        """,
        [policy.min_docs, policy.min_share],
    ).fetchall()
    touched = {f for (f,) in con.execute("SELECT family FROM touched").fetchall()}
    after: dict[str, set[str]] = {f: set() for f in touched}
    for family, key in rows:
        after[family].add(key)
    templates = {f: k for f, k in before.items() if f not in touched}
    templates.update({f: frozenset(k) for f, k in after.items() if k})
    gained = {f: frozenset(k - before.get(f, frozenset())) for f, k in after.items()}
    gained = {f: k for f, k in gained.items() if k}
    if not any(after.values()):
        return Relearned(templates, gained, (), ())
    _register(con, "after_templates", pd.DataFrame(
        [(f, k) for f, keys in after.items() for k in keys], columns=["family", "line_key"], dtype=object))
    stale = {d for (d,) in con.execute(
        "SELECT DISTINCT f.doc_id FROM after_fp f JOIN after_templates t USING (family, line_key) "
        "WHERE f.applied IS NOT TRUE").fetchall()}
    this_run = {d for (d,) in con.execute(f"SELECT doc_id FROM {sdoc}").fetchall()} if sdoc else set()
    return Relearned(templates, gained, tuple(sorted(stale & this_run)), tuple(sorted(stale - this_run)))


def _list(files: Sequence[str]) -> str:
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"
