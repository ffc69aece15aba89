"""Full-text search over paragraphs: DuckDB's ``fts`` extension, ranked by BM25.

The extension cannot be downloaded here, so it is loaded from the file the PyPI
wheel ``duckdb-extension-fts`` ships (:func:`load_fts`); every connection that
searches needs it, readers included.  The index lives in the schema
``fts_main_paragraphs`` and is keyed by ``paragraphs.para_id``
(``doc_id:para_no``, a generated column).  It does not follow the table by
itself: the extension can only build it whole, which costs seconds per ten
thousand documents, so the load updates the extension's own tables for just the
paragraphs it changed (:func:`sync_index`: BM25 needs only each term's document
frequency, each paragraph's length and the two corpus statistics, which are kept
exactly as a rebuild would compute them).

Every function receives an open connection.
"""
from __future__ import annotations

import importlib.util
import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import duckdb

log = logging.getLogger(__name__)

FTS_SCHEMA = "fts_main_paragraphs"

# Tokens are split at whitespace, punctuation and symbols (RE2 \pP\pS: also the
# typographic quotes and dashes of scraped text, so "Pakistan’s" gives "pakistan");
# digits stay, so years can be searched.  Porter stemming and English stopwords.
IGNORE = r"[\pP\pS]+"
STEMMER = "porter"

# The search, as an analyst would type it (README, "Example SQL").
SEARCH_SQL = f"""
SELECT d.title, p.section, p.text, p.score, p.doc_id, p.para_no, d.source_path
FROM (SELECT *, {FTS_SCHEMA}.match_bm25(para_id, ?, conjunctive := ?) AS score
      FROM paragraphs) AS p
JOIN documents d USING (doc_id)
WHERE p.score IS NOT NULL
ORDER BY p.score DESC, d.source_path, p.para_no
LIMIT ?
"""


class SearchUnavailable(RuntimeError):
    """The fts extension or the index is missing; the message says what to do."""


@dataclass(frozen=True)
class Hit:
    title: str | None
    section: str | None
    text: str
    score: float
    doc_id: str
    para_no: int
    source_path: str
    spans: tuple[tuple[int, int], ...]  # where the query's terms occur in text


def extension_path() -> Path:
    """The fts extension file shipped by the ``duckdb-extension-fts`` wheel."""
    spec = importlib.util.find_spec("duckdb_extension_fts")
    version = duckdb.__version__
    if spec is None or not spec.submodule_search_locations:
        raise SearchUnavailable(
            f"full-text search needs the duckdb fts extension: pip install duckdb-extension-fts=={version}")
    path = Path(list(spec.submodule_search_locations)[0]) / "extensions" / f"v{version}" / "fts.duckdb_extension"
    if not path.exists():
        raise SearchUnavailable(
            f"{path.parent} has no fts extension for duckdb {version}: install duckdb-extension-fts=={version}")
    return path


def load_fts(con) -> None:
    """LOAD the fts extension into this connection (by path: `LOAD fts` would try the network)."""
    path = str(extension_path()).replace("'", "''")
    con.execute(f"LOAD '{path}'")


def index_exists(con) -> bool:
    return con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name IN ('docs', 'dict', 'stats')",
        [FTS_SCHEMA],
    ).fetchone()[0] == 3


def _has_key_column(con) -> bool:
    return con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'paragraphs' "
        "AND column_name = 'para_id'"
    ).fetchone()[0] == 1


def ensure_paragraph_key(con) -> None:
    """Databases made before para_id existed: rebuild paragraphs from the spec (warehouse/tables.py).

    DuckDB cannot add a generated column to an existing table, so the table is
    renamed, re-created by the schema and refilled by column name.
    """
    if _has_key_column(con):
        return
    from warehouse.schema import table_statements
    from warehouse.tables import BY_NAME

    con.execute("ALTER TABLE paragraphs RENAME TO _paragraphs_before_para_id")
    con.execute("\n".join(table_statements(con, (BY_NAME["paragraphs"],))))
    con.execute("INSERT INTO paragraphs BY NAME SELECT * FROM _paragraphs_before_para_id")
    con.execute("DROP TABLE _paragraphs_before_para_id")


def index_is_stale(con) -> bool:
    """True when there is no index, or it covers other paragraphs than the table holds."""
    if not index_exists(con) or not _has_key_column(con):
        return True
    return con.execute(
        f"SELECT count(*) FROM paragraphs p FULL JOIN {FTS_SCHEMA}.docs x ON x.name = p.para_id "
        "WHERE p.para_id IS NULL OR x.name IS NULL"
    ).fetchone()[0] > 0


def build_index(con) -> int:
    """(Re)build the BM25 index over paragraphs.text; returns the paragraphs indexed."""
    load_fts(con)
    ensure_paragraph_key(con)
    con.execute(
        f"PRAGMA create_fts_index('paragraphs', 'para_id', 'text', stemmer = '{STEMMER}', "
        f"stopwords = 'english', ignore = '{IGNORE}', strip_accents = 1, lower = 1, overwrite = 1)"
    )
    return con.execute(f"SELECT count(*) FROM {FTS_SCHEMA}.docs").fetchone()[0]


def _stopwords_ok(con) -> bool:
    return con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = ? AND table_name IN ('terms', 'stopwords', 'fields')",
        [FTS_SCHEMA]).fetchone()[0] == 3


def sync_index(con, touched: str | None = None) -> int:
    """Bring the index in step with ``paragraphs`` by updating only what changed.

    ``touched``: a registered table with a ``doc_id`` column, the documents whose
    paragraphs this load rewrote (their paragraph keys may be the same with new text).
    Paragraphs gone from the table leave the index; new or rewritten ones enter it; each
    term's document frequency, each paragraph's length and the corpus statistics follow.
    Returns the number of paragraphs (re-)indexed.  Call inside the load's transaction.
    """
    S = FTS_SCHEMA
    touched_docs = f"SELECT doc_id FROM {touched}" if touched else "SELECT NULL::VARCHAR AS doc_id WHERE false"
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _fts_out AS
        SELECT d.docid FROM {S}.docs d
        WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.para_id = d.name)
           OR split_part(d.name, ':', 1) IN ({touched_docs})""")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _fts_in AS
        SELECT p.para_id, p.text FROM paragraphs p
        WHERE p.doc_id IN ({touched_docs})
           OR NOT EXISTS (SELECT 1 FROM {S}.docs d WHERE d.name = p.para_id)""")
    (n_in,) = con.execute("SELECT count(*) FROM _fts_in").fetchone()
    (n_out,) = con.execute("SELECT count(*) FROM _fts_out").fetchone()
    if not n_in and not n_out:
        return 0
    # Out: each term loses the paragraphs that leave.
    con.execute(f"""
        UPDATE {S}.dict SET df = dict.df - gone.n
        FROM (SELECT termid, count(DISTINCT docid) AS n FROM {S}.terms
              WHERE docid IN (SELECT docid FROM _fts_out) GROUP BY termid) AS gone
        WHERE dict.termid = gone.termid""")
    con.execute(f"DELETE FROM {S}.terms WHERE docid IN (SELECT docid FROM _fts_out)")
    con.execute(f"DELETE FROM {S}.docs WHERE docid IN (SELECT docid FROM _fts_out)")
    # In: new paragraph ids after the largest, their terms as the extension makes them.
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _fts_new_docs AS
        SELECT (SELECT coalesce(max(docid), -1) FROM {S}.docs) + row_number() OVER (ORDER BY para_id) AS docid,
               para_id AS name, text
        FROM _fts_in""")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _fts_new_terms AS
        SELECT stem(t.w, '{STEMMER}') AS term, t.docid
        FROM (SELECT unnest({S}.tokenize(text)) AS w, docid FROM _fts_new_docs) AS t
        WHERE t.w NOT NULL AND len(t.w) > 0 AND t.w NOT IN (SELECT sw FROM {S}.stopwords)""")
    con.execute(f"""
        INSERT INTO {S}.dict (termid, term, df)
        SELECT (SELECT coalesce(max(termid), -1) FROM {S}.dict) + row_number() OVER (ORDER BY term), term, 0
        FROM (SELECT DISTINCT term FROM _fts_new_terms WHERE term NOT IN (SELECT term FROM {S}.dict))""")
    con.execute(f"""
        UPDATE {S}.dict SET df = dict.df + added.n
        FROM (SELECT term, count(DISTINCT docid) AS n FROM _fts_new_terms GROUP BY term) AS added
        WHERE dict.term = added.term""")
    con.execute(f"DELETE FROM {S}.dict WHERE df <= 0")
    con.execute(f"""
        INSERT INTO {S}.terms (docid, fieldid, termid)
        SELECT t.docid, 0, d.termid FROM _fts_new_terms t JOIN {S}.dict d USING (term)""")
    con.execute(f"""
        INSERT INTO {S}.docs (docid, name, len)
        SELECT n.docid, n.name, (SELECT count(*) FROM _fts_new_terms t WHERE t.docid = n.docid)
        FROM _fts_new_docs n""")
    con.execute(f"DELETE FROM {S}.stats")
    con.execute(f"INSERT INTO {S}.stats SELECT count(docid), sum(len) / count(len) FROM {S}.docs")
    for table in ("_fts_out", "_fts_in", "_fts_new_docs", "_fts_new_terms"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return n_in


def refresh_index(con, paragraphs_changed: bool, touched: str | None = None) -> bool:
    """Keep the index in step with ``paragraphs``: updated in place when it exists (only
    what this load changed), built whole when it is missing or cannot be updated.

    Returns whether it changed.  The load calls it inside its transaction.
    """
    if index_exists(con) and _stopwords_ok(con) and _has_key_column(con):
        if not paragraphs_changed:
            return False
        try:
            load_fts(con)
            sync_index(con, touched)
            return True
        except SearchUnavailable as exc:
            con.execute(f"DROP SCHEMA IF EXISTS {FTS_SCHEMA} CASCADE")
            log.warning("full-text index not updated: %s", exc)
            return False
    if not (paragraphs_changed or index_is_stale(con)):
        return False
    try:
        build_index(con)
    except SearchUnavailable as exc:
        # Search is not worth a lost run: drop the old index (it would answer from old
        # paragraphs; searches then say there is none) and load the rest.
        con.execute(f"DROP SCHEMA IF EXISTS {FTS_SCHEMA} CASCADE")
        log.warning("full-text index not built: %s", exc)
        return False
    return True


def _require_index(con) -> None:
    if not index_exists(con):
        raise SearchUnavailable(
            "this database has no search index yet; a run (cruftless run) builds it after loading")


def query_terms(con, query: str) -> set[str]:
    """The stems of the query that the index knows (stopwords and unknown words drop out)."""
    return {
        t for (t,) in con.execute(
            f"SELECT DISTINCT q.t FROM (SELECT stem(unnest({FTS_SCHEMA}.tokenize(?)), '{STEMMER}') AS t) q "
            f"JOIN {FTS_SCHEMA}.dict d ON d.term = q.t",
            [query],
        ).fetchall()
    }


def _is_separator(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PS"


def words(text: str) -> list[tuple[int, int]]:
    """Spans of the tokens the index sees in ``text`` (same split as IGNORE + whitespace)."""
    spans, start = [], None
    for i, ch in enumerate(text):
        if _is_separator(ch):
            if start is not None:
                spans.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        spans.append((start, len(text)))
    return spans


def term_spans(con, text: str, terms: set[str]) -> tuple[tuple[int, int], ...]:
    """Where a word of ``text`` stems to one of ``terms``."""
    if not terms:
        return ()
    spans = words(text)
    distinct = sorted({text[a:b] for a, b in spans})
    stems = dict(con.execute(
        f"SELECT w, stem(lower(strip_accents(w)), '{STEMMER}') FROM unnest(?::VARCHAR[]) AS u(w)", [distinct]
    ).fetchall())
    return tuple((a, b) for a, b in spans if stems.get(text[a:b]) in terms)


def search(con, query: str, limit: int = 10, all_terms: bool = False) -> list[Hit]:
    """Paragraphs matching ``query``, best BM25 score first.

    ``all_terms`` keeps only paragraphs that contain every term (conjunctive).
    The connection must have the extension loaded (:func:`load_fts`).
    """
    _require_index(con)
    rows = con.execute(SEARCH_SQL, [query, 1 if all_terms else 0, limit]).fetchall()
    terms = query_terms(con, query) if rows else set()
    return [
        Hit(title, section, text, score, doc_id, para_no, source_path, term_spans(con, text, terms))
        for title, section, text, score, doc_id, para_no, source_path in rows
    ]


def snippet(text: str, spans: tuple[tuple[int, int], ...], width: int = 240) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of about ``width`` characters around the first hit, cut at word
    boundaries, with "…" where text was left out; the spans shifted to match."""
    if len(text) <= width:
        return text, spans
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, min(start, end - width))
    if start > 0:
        space = text.find(" ", start)
        if space != -1 and space < first:
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > (spans[0][1] if spans else start):
            end = space
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    kept = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return prefix + text[start:end] + suffix, kept
