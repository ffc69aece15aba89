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
