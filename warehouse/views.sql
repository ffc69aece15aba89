-- Views for analysts, over the tables of schema.sql.  Re-created on every run.

-- One row per dated mention, with its document and paragraph, in time order.
-- date_end is NULL for open-ended ranges ("1990 to date"); times of day have no date.
-- Relative dates resolved against the document's reference date ("last week") are here too.
CREATE OR REPLACE VIEW timeline AS
SELECT m.date_start, m.date_end, m.edtf, m.precision, m.qualifier, m.raw,
       d.title, d.source_path, m.doc_id, m.para_no, p.section, p.text AS paragraph,
       m.inferred_year, m.timex_value, m.resolved
FROM date_mentions m
JOIN documents d USING (doc_id)
LEFT JOIN paragraphs p ON p.doc_id = m.doc_id AND p.para_no = m.para_no
WHERE m.date_start IS NOT NULL
ORDER BY m.date_start, m.date_end NULLS LAST, d.source_path, m.char_start;

-- Who is cited, how often and by whom: one row per cited author (surname as printed).
-- Every author of a cited work counts, not only the first; the authors come from the
-- linked reference entry when there is one (it lists all of them, "et al." does not),
-- else from the in-text citation.  Footnotes count when their note names an author.
CREATE OR REPLACE VIEW citation_counts AS
WITH cited AS (
    SELECT c.doc_id, coalesce(c.cite_key, b.cite_key) AS cite_key,
           CASE WHEN len(b.authors) > 0 THEN b.authors ELSE c.authors END AS authors
    FROM citations c
    LEFT JOIN bibliography b ON b.doc_id = c.doc_id AND b.ref_no = c.ref_no
), per_author AS (
    SELECT doc_id, cite_key, unnest(authors) AS cited_author,
           generate_subscripts(authors, 1) = 1 AS first_author
    FROM cited
    WHERE len(authors) > 0
)
SELECT a.cited_author,
       count(*) AS citations,
       count(DISTINCT a.doc_id) AS documents_citing,
       count(*) FILTER (WHERE a.first_author) AS as_first_author,
       list(DISTINCT a.cite_key ORDER BY a.cite_key) FILTER (WHERE a.cite_key IS NOT NULL) AS works,
       list(DISTINCT coalesce(d.title, d.source_path) ORDER BY coalesce(d.title, d.source_path)) AS citing_titles
FROM per_author a
JOIN documents d USING (doc_id)
WHERE a.cited_author IS NOT NULL AND a.cited_author <> ''
GROUP BY a.cited_author
ORDER BY citations DESC, documents_citing DESC, as_first_author DESC, a.cited_author;

-- The quality warnings of each loaded document, from the run that loaded its current
-- version: which expectation, on which table, and a sentence about the first failing row.
-- A warning never keeps a document out (critical failures do: see quarantined_files).
CREATE OR REPLACE VIEW document_warnings AS
SELECT v.doc_id, d.source_path, d.title, v.table_name, v.expectation,
       json_extract_string(v.details, '$.detail') AS detail,
       v.unexpected_count AS failing_rows, v.run_id
FROM validation_results v
JOIN documents d ON d.doc_id = v.doc_id AND d.run_id = v.run_id
WHERE v.severity = 'warning' AND NOT v.success
ORDER BY d.source_path, v.expectation;

-- Per document: size, structure, citations, dates, what cleaning removed, its warnings, and every
-- file in the ingest folder that holds these bytes (the first one plus duplicates).
-- Files that could not be loaded have no document: see quarantined_files.
CREATE OR REPLACE VIEW document_overview AS
SELECT d.doc_id, d.source_path, d.format, d.title, d.authors, d.published, d.word_count,
       (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.doc_id) AS paragraphs,
       (SELECT count(*) FROM citations c WHERE c.doc_id = d.doc_id) AS citations,
       (SELECT count(*) FROM bibliography b WHERE b.doc_id = d.doc_id) AS "references",
       (SELECT count(*) FROM date_mentions m WHERE m.doc_id = d.doc_id) AS dates,
       (SELECT count(*) FROM artefacts a WHERE a.doc_id = d.doc_id) AS artefacts_removed,
       (SELECT count(*) FROM document_warnings w WHERE w.doc_id = d.doc_id) AS warnings,
       (SELECT list(f.source_path ORDER BY f.source_path) FROM source_files f
        WHERE f.doc_id = d.doc_id AND f.status IN ('loaded', 'duplicate')) AS files,
       d.ingested_at
FROM documents d
ORDER BY d.source_path;

-- Files that are quarantined now: one row per file, with the latest reason and what to
-- do about it, and how many runs have quarantined it so far.
CREATE OR REPLACE VIEW quarantined_files AS
SELECT q.source_path,
       arg_max(q.stage, q."at") AS stage,
       arg_max(q.reason, q."at") AS reason,
       arg_max(q.detail, q."at") AS detail,
       max(q."at") AS last_at,
       arg_max(q.run_id, q."at") AS run_id,
       count(*) AS attempts,
       min(q."at") AS first_at
FROM quarantine q
WHERE NOT q.resolved
GROUP BY q.source_path
ORDER BY reason, q.source_path;

-- What cleaning removed across the corpus, per rule, with a (shortened) example.
CREATE OR REPLACE VIEW cleaning_audit AS
SELECT a.kind, a.rule, count(*) AS removals, count(DISTINCT a.doc_id) AS documents,
       sum(length(a.text)) AS chars_removed,
       CASE WHEN length(min(a.text)) > 120 THEN left(min(a.text), 117) || '...' ELSE min(a.text) END AS example
FROM artefacts a
GROUP BY a.kind, a.rule
ORDER BY removals DESC, a.kind, a.rule;
