"""Queries behind ``cruftless explain``: what cleaning removed from one document."""
from __future__ import annotations


def find_documents(con, ref: str) -> list[tuple[str, str, str | None]]:
    """Documents matching a doc_id prefix, a source path (or its end) or a title fragment:
    ``[(doc_id, source_path, title)]``, exact path matches first."""
    return con.execute(
        """
        SELECT doc_id, source_path, title FROM documents
        WHERE doc_id LIKE ? || '%' OR source_path = ? OR source_path LIKE '%' || ? || '%'
           OR title ILIKE '%' || ? || '%'
        ORDER BY source_path = ? DESC, source_path
        """,
        [ref, ref, ref, ref, ref],
    ).fetchall()


def removals(con, doc_id: str) -> list[tuple[str, str, str, int | None]]:
    """``[(kind, rule, text, page)]`` in the order they were recorded."""
    return con.execute(
        "SELECT kind, rule, text, page FROM artefacts WHERE doc_id = ? ORDER BY rowid", [doc_id]
    ).fetchall()


def find_quarantined(con, ref: str) -> list[dict]:
    """Unresolved quarantined files whose path is ``ref``, ends with it or contains it (or whose
    doc_id starts with it), exact path first: the latest quarantine row of each."""
    cur = con.execute(
        """
        SELECT source_path, sha256, stage, reason, detail, run_id, "at", doc_id FROM quarantine
        WHERE NOT resolved AND (source_path = ? OR source_path LIKE '%' || ? || '%' OR doc_id LIKE ? || '%')
        QUALIFY row_number() OVER (PARTITION BY source_path ORDER BY "at" DESC, run_id DESC) = 1
        ORDER BY source_path = ? DESC, source_path
        """,
        [ref, ref, ref, ref],
    )
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
