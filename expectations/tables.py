"""Which tables are validated and which of their columns the checks rely on.

Read off the warehouse spec (``warehouse/tables.py``, the one home of every column),
plain data free of Great Expectations, so callers can use it without the import.
"""
from __future__ import annotations

from warehouse import tables as spec

# Tables in the order they are validated and reported: documents first, so a
# document's first recorded failure is the most basic one.
TABLES = ("documents", "paragraphs", "citations", "bibliography", "date_mentions", "artefacts",
          "source_files")

# Contract columns each staged frame must carry.  documents.ingested_at and
# run_id are stamped when rows are loaded, so they are not asked for here.
CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {t: spec.contract_columns(spec.BY_NAME[t]) for t in TABLES}

# Columns declared NOT NULL (less the load-time stamps and those with a DEFAULT).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {t: spec.required_columns(spec.BY_NAME[t]) for t in TABLES}

# Columns with a closed set of values → the set (each becomes a <column>_allowed expectation).
ACCEPTED_VALUES: dict[str, dict[str, tuple[str, ...]]] = {t: spec.accepted_values(spec.BY_NAME[t]) for t in TABLES}
