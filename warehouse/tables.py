"""The one home of every warehouse table: its columns, their DuckDB types, NOT NULL set,
meaning and accepted values, and which of them the warehouse contract (CONTRACT.md) fixes.

Everything else is read off this spec:

  DDL          ``create_sql`` (CREATE TABLE IF NOT EXISTS), ``upgrade_sql`` (ALTER TABLE
               … ADD COLUMN IF NOT EXISTS for a database made before a column existed) and
               ``comment_sql`` (COMMENT ON TABLE/COLUMN with each meaning, shown by
               ``duckdb_tables()`` and ``duckdb_columns()``); ``warehouse.schema`` applies them
  frames       ``staged_columns``: the columns warehouse/frames.py and the stage carry
  expectations ``contract_columns``, ``required_columns`` and ``accepted_values`` feed
               expectations/tables.py and the suites of expectations/suites.py

Accepted values come from the constants of the code that produces them
(transform/model.py, warehouse/manifest.py, extract/reasons.py), never from copies.

Adding a column is one change here (README: "How to add a column").  A new column goes
at the end of its table, where ADD COLUMN puts it in an old database too.
"""
from __future__ import annotations

from dataclasses import dataclass

from extract import reasons
from transform.model import BLOCK_KINDS, CITATION_KINDS, DATE_PRECISIONS, DATE_QUALIFIERS, FORMATS
from warehouse.manifest import FILE_STATUSES


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB type
    meaning: str
    not_null: bool = False
    contract: bool = False  # listed in the contract (CONTRACT.md): never renamed or dropped
    accepted: tuple[str, ...] = ()  # the values it may hold besides NULL ((): any)
    default: str | None = None  # SQL expression
    generated: str | None = None  # GENERATED ALWAYS AS (…): computed by DuckDB, never staged
    primary_key: bool = False
    stamped: bool = False  # set by the load, not carried by the staged rows (documents.ingested_at, run_id)


@dataclass(frozen=True)
class Table:
    name: str
    meaning: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()  # a primary key of more than one column
    staged: bool = False  # rows per document, staged by a run's workers and replaced when it is cleaned again

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, type: str, meaning: str, **kw) -> Column:
    return Column(name, type, meaning, **kw)


def _k(name: str, type: str, meaning: str, **kw) -> Column:
    """A contract column (CONTRACT.md)."""
    return Column(name, type, meaning, contract=True, **kw)


_DOC_ID = "the document (documents.doc_id)"
_PARA_NO = "the paragraph it sits in (paragraphs.para_no)"
_OFFSET = "0-based character offset into documents.body_text"

TABLES: tuple[Table, ...] = (
    Table("documents", "one row per distinct document (the same bytes under two names are one row)", (
        _k("doc_id", "VARCHAR", "stable id: sha256 hex of the source bytes", not_null=True, primary_key=True),
        _k("source_path", "VARCHAR", "path of the first file it came from, relative to the ingest folder, "
                                     "'/'-separated", not_null=True),
        _k("source_sha256", "VARCHAR", "sha256 hex of the raw file bytes", not_null=True),
        _k("format", "VARCHAR", "the source format", not_null=True, accepted=FORMATS),
        _k("title", "VARCHAR", "the document's real title, not a site name or a scraped banner"),
        _k("authors", "VARCHAR[]", "author names as printed, without honorifics"),
        _k("published", "DATE", "publication date when the source states one, else NULL"),
        _k("body_text", "VARCHAR", "cleaned main text; paragraphs separated by one blank line", not_null=True),
        _k("word_count", "INTEGER", "words in body_text", not_null=True),
        _k("ingested_at", "TIMESTAMP", "when this version was loaded", not_null=True, stamped=True),
        _k("run_id", "VARCHAR", "the run that loaded it (runs.run_id)", not_null=True, stamped=True),
        _c("encoding", "VARCHAR", "how a text file was decoded (e.g. cp1252)"),
        _c("family", "VARCHAR", "source family for boilerplate learning: site:host or folder:path"),
        _c("published_precision", "VARCHAR", "how much of published the source printed: day, month, season "
                                             "or year"),
        _c("reference_date", "DATE", "the day relative dates (\"yesterday\", \"last week\") are read from"),
        _c("reference_source", "VARCHAR", "where reference_date came from: metadata, first_page (a paper's "
                                          "printed publication day) or dateline; NULL: none"),
    ), staged=True),
    Table("source_files", "one row per file ever seen in the ingest folder (the manifest)", (
        _k("source_path", "VARCHAR", "path relative to the ingest folder, as in documents", not_null=True,
           primary_key=True),
        _k("sha256", "VARCHAR", "hash of the bytes last processed"),
        _k("size_bytes", "BIGINT", "size of the file in bytes"),
        _k("doc_id", "VARCHAR", "the document it produced, NULL if quarantined"),
        _k("status", "VARCHAR", "what became of the file", not_null=True, accepted=FILE_STATUSES),
        _k("first_seen", "TIMESTAMP", "when a run first saw the file", not_null=True),
        _k("last_seen", "TIMESTAMP", "when a run last saw the file", not_null=True),
        _c("mtime", "TIMESTAMP", "file modification time when last seen"),
    )),
    Table("paragraphs", "the paragraphs of each document's body_text, in reading order", (
        _k("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _k("para_no", "INTEGER", "0-based, in reading order", not_null=True),
        _k("kind", "VARCHAR", "what the paragraph is", not_null=True, accepted=BLOCK_KINDS),
        _k("section", "VARCHAR", "the nearest heading above, NULL if none"),
        _k("page", "INTEGER", "PDF page (1-based), else NULL"),
        _k("text", "VARCHAR", "the paragraph's text, equal to body_text[char_start:char_end]", not_null=True),
        _k("char_start", "INTEGER", _OFFSET + " where it starts", not_null=True),
        _k("char_end", "INTEGER", _OFFSET + " where it ends (exclusive)", not_null=True),
        _c("para_id", "VARCHAR", "one key per paragraph, 'doc_id:para_no', for the full-text index",
           generated="doc_id || ':' || CAST(para_no AS VARCHAR)"),
    ), staged=True),
    Table("artefacts", "an audit row for everything removed from a document", (
        _k("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _k("kind", "VARCHAR", "what was removed: download_banner, byline, navigation, footer, running_header, "
                              "page_number, repeated_template …", not_null=True),
        _k("rule", "VARCHAR", "the rule that removed it", not_null=True),
        _k("text", "VARCHAR", "what was removed", not_null=True),
        _k("page", "INTEGER", "PDF page it was removed from, else NULL"),
    ), staged=True),
    Table("citations", "every in-text citation", (
        _k("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _k("para_no", "INTEGER", _PARA_NO),
        _k("kind", "VARCHAR", "footnote (a note marker), author_year or numeric ([12]-style)", not_null=True,
           accepted=CITATION_KINDS),
        _k("raw", "VARCHAR", "exact text as in the source; for a footnote marker its digits", not_null=True),
        _k("marker", "INTEGER", "footnote or numeric number, else NULL"),
        _k("authors", "VARCHAR[]", "cited surnames"),
        _k("year", "INTEGER", "cited year"),
        _k("pages", "VARCHAR", "cited pages"),
        _k("cite_key", "VARCHAR", "normalised key, e.g. amin2016"),
        _k("ref_no", "INTEGER", "the bibliography entry it points to, if found (bibliography.ref_no)"),
        _k("char_start", "INTEGER", _OFFSET + " of the citation, or the spot of a removed marker"),
        _k("char_end", "INTEGER", _OFFSET + " where it ends (exclusive)"),
        _c("group_no", "INTEGER", "citations sharing one bracket share a number"),
        _c("year_suffix", "VARCHAR", "'a' in 2015a"),
    ), staged=True),
    Table("bibliography", "entries of a document's reference list or notes section", (
        _k("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _k("ref_no", "INTEGER", "the entry's number in its list", not_null=True),
        _k("raw", "VARCHAR", "the entry as printed", not_null=True),
        _k("authors", "VARCHAR[]", "author surnames"),
        _k("year", "INTEGER", "year of the work"),
        _k("title", "VARCHAR", "title of the work"),
        _k("cite_key", "VARCHAR", "normalised key, e.g. amin2016"),
        _c("venue", "VARCHAR", "the journal, book or site the work appeared in"),
        _c("doi", "VARCHAR", "the entry's DOI (10.1111/pce.12420)"),
    ), staged=True),
    Table("date_mentions", "every calendar date or time expression in body_text", (
        _k("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _k("para_no", "INTEGER", _PARA_NO),
        _k("raw", "VARCHAR", "exact text", not_null=True),
        _k("edtf", "VARCHAR", "ISO 8601-2 / EDTF value (2014-11-21, 1991-12, 199X, 1992/1995, 1990/..; seasons "
                              "1957-21..24 spring..winter, quarters 2021-33..36, halves 1997-40/41); NULL for a "
                              "time of day"),
        _k("date_start", "DATE", "the first day covered"),
        _k("date_end", "DATE", "the last day covered"),
        _k("precision", "VARCHAR", "how much the text gives", not_null=True, accepted=DATE_PRECISIONS),
        _k("qualifier", "VARCHAR", "early, mid, late, approximate, or NULL", accepted=DATE_QUALIFIERS),
        _k("char_start", "INTEGER", _OFFSET + " where it starts", not_null=True),
        _k("char_end", "INTEGER", _OFFSET + " where it ends (exclusive)", not_null=True),
        _c("inferred_year", "BOOLEAN", "the year was taken from context", not_null=True, default="FALSE"),
        _c("timex_type", "VARCHAR", "TIMEX3 type: DATE or TIME"),
        _c("timex_value", "VARCHAR", "TIMEX3 value: 1998-01-08, 1998-W02, 1989-Q3, 1998-01-08T17:00"),
        _c("resolved", "BOOLEAN", "read from the document's reference date (\"last week\")", not_null=True,
           default="FALSE"),
    ), staged=True),
    Table("time_expressions", "temporal expressions with no calendar span: durations (five years, P5Y), sets "
                              "(every week), vague references (now) and relative dates of a document with no "
                              "reference date (last year, REF-P1Y)", (
        _c("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _c("para_no", "INTEGER", _PARA_NO),
        _c("raw", "VARCHAR", "exact text", not_null=True),
        _c("precision", "VARCHAR", "duration, set, vague or a relative unit (day, week, month, year …)",
           not_null=True),
        _c("qualifier", "VARCHAR", "early, mid, late, approximate, or NULL"),
        _c("char_start", "INTEGER", _OFFSET + " where it starts", not_null=True),
        _c("char_end", "INTEGER", _OFFSET + " where it ends (exclusive)", not_null=True),
        _c("timex_type", "VARCHAR", "TIMEX3 type: DATE, TIME, DURATION or SET", not_null=True),
        _c("timex_value", "VARCHAR", "TIMEX3 value: P5Y, PXM, P1W, XXXX-WXX-1, PRESENT_REF, REF-P1Y …"),
        _c("rule", "VARCHAR", "the pattern that found it (transform/patterns/relative_dates.py)"),
    ), staged=True),
    Table("quarantine", "every file or row that could not be loaded, and why", (
        _k("source_path", "VARCHAR", "the file, relative to the ingest folder", not_null=True),
        _k("sha256", "VARCHAR", "hash of its bytes (NULL for an entry that was not read)"),
        _k("stage", "VARCHAR", "where it failed", not_null=True, accepted=reasons.STAGES),
        _k("reason", "VARCHAR", "short, stable code (extract/reasons.py)", not_null=True, accepted=reasons.CODES),
        _k("detail", "VARCHAR", "a sentence a person can act on", not_null=True),
        _k("run_id", "VARCHAR", "the run that quarantined it", not_null=True),
        _k("at", "TIMESTAMP", "when", not_null=True),
        _c("doc_id", "VARCHAR", "the document, for one that failed validation"),
        _c("resolved", "BOOLEAN", "a later run loaded it", not_null=True, default="FALSE"),
    )),
    Table("runs", "one row per run", (
        _k("run_id", "VARCHAR", "the run", not_null=True, primary_key=True),
        _k("started_at", "TIMESTAMP", "when it started", not_null=True),
        _k("finished_at", "TIMESTAMP", "when it finished, NULL while running"),
        _k("status", "VARCHAR", "running, completed or failed", not_null=True),
        _k("files_seen", "INTEGER", "files in the ingest folder"),
        _k("files_new", "INTEGER", "files not seen before"),
        _k("files_changed", "INTEGER", "files whose bytes changed"),
        _k("docs_loaded", "INTEGER", "documents loaded"),
        _k("docs_quarantined", "INTEGER", "files and documents quarantined"),
        _c("files_unchanged", "INTEGER", "files whose bytes did not change"),
        _c("files_deleted", "INTEGER", "files gone from the folder"),
        _c("files_duplicate", "INTEGER", "files with the same bytes as another"),
        _c("seconds", "DOUBLE", "wall time of the run"),
        _c("message", "VARCHAR", "what went wrong, for a failed run"),
        _c("files_retried", "INTEGER", "quarantined files re-queued by `cruftless retry`"),
        _c("process_seconds", "DOUBLE", "extract+transform (with template re-learning)"),
        _c("validate_seconds", "DOUBLE", "the validate task"),
        _c("load_seconds", "DOUBLE", "the load transaction, up to writing this row"),
        _c("discover_seconds", "DOUBLE", "listing and hashing the folder"),
        _c("docs_seconds", "DOUBLE", "building the Data Docs"),
        _c("templates_learned", "INTEGER", "site templates this run learned"),
        _c("docs_recleaned", "INTEGER", "documents cleaned again for them"),
        _c("prefect_flow_run_id", "VARCHAR", "the Prefect flow run (named run_id)"),
        _c("ingest_folder", "VARCHAR", "the ingest folder (absolute) the run read"),
    )),
    Table("validation_results", "one row per expectation per run (doc_id NULL), plus one row per warning and "
                                "loaded document (doc_id set, success FALSE): see the document_warnings view", (
        _k("run_id", "VARCHAR", "the run", not_null=True),
        _k("table_name", "VARCHAR", "the table validated", not_null=True),
        _k("expectation", "VARCHAR", "stable readable name, <table>.<what must hold>", not_null=True),
        _k("success", "BOOLEAN", "whether every row met it", not_null=True),
        _k("unexpected_count", "INTEGER", "rows that did not"),
        _k("details", "JSON", "observed value, a few unexpected values, the expectation's arguments"),
        _c("severity", "VARCHAR", "critical (quarantines) or warning (the document loads)"),
        _c("doc_id", "VARCHAR", "the document a warning row concerns"),
    )),
    Table("comments", "reader comments of web pages, kept out of documents.body_text, in page order", (
        _c("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _c("comment_no", "INTEGER", "0-based, in page order", not_null=True),
        _c("author", "VARCHAR", "the commenter's name"),
        _c("published", "DATE", "when it was posted"),
        _c("text", "VARCHAR", "the comment", not_null=True),
    ), staged=True),
    Table("line_fingerprints", "every learnable line of every document, fingerprinted: a fingerprint shared by "
                               "enough documents of one family is a template", (
        _c("doc_id", "VARCHAR", _DOC_ID, not_null=True),
        _c("family", "VARCHAR", "the document's family (documents.family)", not_null=True),
        _c("line_key", "VARCHAR", "the line's fingerprint", not_null=True),
        _c("example", "VARCHAR", "the line as printed"),
        _c("applied", "BOOLEAN", "its lines were removed as a template when the document was cleaned"),
    ), staged=True),
    Table("boilerplate_templates", "lines a family's documents share: removed as boilerplate", (
        _c("family", "VARCHAR", "the family (documents.family)", not_null=True),
        _c("line_key", "VARCHAR", "the line's fingerprint (line_fingerprints.line_key)", not_null=True),
        _c("example", "VARCHAR", "the line as printed"),
        _c("documents", "INTEGER", "documents of the family that print it"),
        _c("family_documents", "INTEGER", "documents in the family"),
        _c("learned_at", "TIMESTAMP", "when it was learned"),
    ), key=("family", "line_key")),
    Table("doc_signatures", "a MinHash of each document's lines: near-copies of one page count once when "
                            "templates are learned", (
        _c("doc_id", "VARCHAR", _DOC_ID, primary_key=True),
        _c("family", "VARCHAR", "the document's family (documents.family)", not_null=True),
        _c("minhash", "UBIGINT[]", "the MinHash of its lines", not_null=True),
    ), staged=True),
    Table("extractions", "what the extractor read from each document's file, so that cleaning it again never "
                         "reads its file again", (
        _c("doc_id", "VARCHAR", _DOC_ID, primary_key=True),
        _c("extractor", "VARCHAR", "version of the extract code that made it", not_null=True),
        _c("raw", "BLOB", "compressed JSON of extract.model.RawDocument", not_null=True),
    ), staged=True),
)

BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
STAGED_TABLES = tuple(t.name for t in TABLES if t.staged)


# --- what the rest of the code reads off the spec -----------------------------------------------

def staged_columns(table: Table) -> tuple[str, ...]:
    """The columns a staged frame carries, in order: all but the generated ones."""
    return tuple(c.name for c in table.columns if c.generated is None)


def contract_columns(table: Table) -> tuple[str, ...]:
    """The contract columns a staged frame must carry (the load stamps the rest)."""
    return tuple(c.name for c in table.columns if c.contract and not c.stamped)


def required_columns(table: Table) -> tuple[str, ...]:
    """The NOT NULL columns a staged frame must fill: less the load-time stamps, and less the
    columns with a DEFAULT (inferred_year, resolved), which a frame may leave out."""
    return tuple(c.name for c in table.columns
                 if (c.not_null or c.primary_key) and c.default is None and not c.stamped and c.generated is None)


def accepted_values(table: Table) -> dict[str, tuple[str, ...]]:
    """Each column with a closed set of values → the set."""
    return {c.name: c.accepted for c in table.columns if c.accepted}


# --- DDL -----------------------------------------------------------------------------------------

def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def column_sql(column: Column, *, in_create: bool = True) -> str:
    """``"doc_id" VARCHAR NOT NULL`` …; ``in_create=False`` for ADD COLUMN, which takes no constraints."""
    parts = [_ident(column.name), column.type]
    if column.generated is not None:
        parts.append(f"GENERATED ALWAYS AS ({column.generated})")
    if in_create and column.primary_key:
        parts.append("PRIMARY KEY")
    elif in_create and column.not_null:
        parts.append("NOT NULL")
    if column.default is not None:
        parts.append(f"DEFAULT {column.default}")
    return " ".join(parts)


def create_sql(table: Table) -> str:
    """``CREATE TABLE IF NOT EXISTS`` with every column (idempotent)."""
    lines = [column_sql(c) for c in table.columns]
    if table.key:
        lines.append(f"PRIMARY KEY ({', '.join(_ident(k) for k in table.key)})")
    body = ",\n    ".join(lines)
    return f"CREATE TABLE IF NOT EXISTS {_ident(table.name)} (\n    {body}\n);"


def upgrade_sql(table: Table, existing: set[str] | None = None) -> list[str]:
    """``ALTER TABLE … ADD COLUMN IF NOT EXISTS`` for each column a database made before it lacks.

    ``existing``: the table's columns in the database (None: emit one for every column that ADD
    COLUMN can make).  Key and generated columns cannot be added (search.ensure_paragraph_key
    rebuilds paragraphs for para_id); NOT NULL is not added either, DEFAULT is.
    """
    return [f"ALTER TABLE {_ident(table.name)} ADD COLUMN IF NOT EXISTS "
            f"{column_sql(table.column(name), in_create=False)};"
            for name in upgradable(table) if existing is None or name not in existing]


def upgradable(table: Table) -> tuple[str, ...]:
    """The columns ADD COLUMN can give an old database: not keys, not generated."""
    return tuple(c.name for c in table.columns
                 if not c.primary_key and c.generated is None and c.name not in table.key)


def column_comment(column: Column) -> str:
    """The meaning, plus the accepted values and "contract" when they apply."""
    text = column.meaning
    if column.accepted:
        text += f"; one of: {', '.join(column.accepted)}"
    if column.contract:
        text += " [contract]"
    return text


def has_generated(table: Table) -> bool:
    return any(c.generated is not None for c in table.columns)


def table_comment(table: Table) -> str:
    """The table's meaning; for a table with a generated column also every column's (see
    :func:`comment_sql`)."""
    if not has_generated(table):
        return table.meaning
    return table.meaning + ". Columns: " + "; ".join(f"{c.name}: {column_comment(c)}" for c in table.columns)


def comment_sql(table: Table) -> list[str]:
    """``COMMENT ON TABLE`` and one ``COMMENT ON COLUMN`` per column.

    Not on the columns of a table with a generated column: DuckDB 1.5.5 cannot replay such a
    ``COMMENT ON COLUMN`` from its write-ahead log ("GetDefaultDatabase with no default
    database set"), so a process killed before the next checkpoint would leave a database
    nobody can open. Those columns' meanings go in the table's comment instead."""
    name = _ident(table.name)
    head = [f"COMMENT ON TABLE {name} IS {_literal(table_comment(table))};"]
    if has_generated(table):
        return head
    return head + [
        f"COMMENT ON COLUMN {name}.{_ident(c.name)} IS {_literal(column_comment(c))};" for c in table.columns]


def schema_sql(tables: tuple[Table, ...] = TABLES) -> str:
    """The DDL of a new database as one script: CREATE TABLE and COMMENT ON for every table."""
    return "\n".join(sql for t in tables for sql in (create_sql(t), *comment_sql(t))) + "\n"
