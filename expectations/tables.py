"""Which tables are validated and which of their columns the checks rely on.

Plain data, free of Great Expectations, so callers can use it without the import.
"""
from __future__ import annotations

# Tables in the order they are validated and reported: documents first, so a
# document's first recorded failure is the most basic one.
TABLES = ("documents", "paragraphs", "citations", "bibliography", "date_mentions", "artefacts",
          "source_files")

# Contract columns each staged frame must carry.  documents.ingested_at and
# run_id are stamped when rows are loaded, so they are not asked for here.
CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "source_path", "source_sha256", "format", "title", "authors",
                  "published", "body_text", "word_count"),
    "paragraphs": ("doc_id", "para_no", "kind", "section", "page", "text", "char_start", "char_end"),
    "artefacts": ("doc_id", "kind", "rule", "text", "page"),
    "citations": ("doc_id", "para_no", "kind", "raw", "marker", "authors", "year", "pages",
                  "cite_key", "ref_no", "char_start", "char_end"),
    "bibliography": ("doc_id", "ref_no", "raw", "authors", "year", "title", "cite_key"),
    "date_mentions": ("doc_id", "para_no", "raw", "edtf", "date_start", "date_end", "precision",
                      "qualifier", "char_start", "char_end"),
    "source_files": ("source_path", "sha256", "size_bytes", "doc_id", "status", "first_seen",
                     "last_seen"),
}

# Columns declared NOT NULL in warehouse/schema.sql (less the load-time stamps).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "source_path", "source_sha256", "format", "body_text", "word_count"),
    "paragraphs": ("doc_id", "para_no", "kind", "text", "char_start", "char_end"),
    "artefacts": ("doc_id", "kind", "rule", "text"),
    "citations": ("doc_id", "kind", "raw"),
    "bibliography": ("doc_id", "ref_no", "raw"),
    "date_mentions": ("doc_id", "raw", "precision", "char_start", "char_end"),
    "source_files": ("source_path", "status", "first_seen", "last_seen"),
}
