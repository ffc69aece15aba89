-- Views for analysts, over the tables of schema.sql.  Re-created on every run.

-- One row per date mention, with its document and paragraph, in time order.
CREATE OR REPLACE VIEW timeline AS
SELECT m.date_start, m.date_end, m.edtf, m.precision, m.qualifier, m.raw,
       d.title, d.source_path, m.doc_id, m.para_no, p.section, p.text AS paragraph
FROM date_mentions m
JOIN documents d USING (doc_id)
LEFT JOIN paragraphs p ON p.doc_id = m.doc_id AND p.para_no = m.para_no
WHERE m.date_start IS NOT NULL
ORDER BY m.date_start, m.date_end, d.title, m.char_start;

-- Who is cited, how often, by how many documents.
CREATE OR REPLACE VIEW citation_counts AS
SELECT coalesce(c.authors[1], b.authors[1]) AS cited_author,
       c.cite_key,
       count(*) AS citations,
       count(DISTINCT c.doc_id) AS documents_citing,
       list(DISTINCT d.title) AS citing_titles
FROM citations c
JOIN documents d USING (doc_id)
LEFT JOIN bibliography b ON b.doc_id = c.doc_id AND b.ref_no = c.ref_no
WHERE c.kind = 'author_year' OR (c.ref_no IS NOT NULL AND b.authors IS NOT NULL AND len(b.authors) > 0)
GROUP BY ALL
ORDER BY citations DESC, cited_author;

-- Per document: size, structure, citations, dates and what cleaning removed.
CREATE OR REPLACE VIEW document_overview AS
SELECT d.doc_id, d.source_path, d.format, d.title, d.authors, d.published, d.word_count,
       (SELECT count(*) FROM paragraphs p WHERE p.doc_id = d.doc_id) AS paragraphs,
       (SELECT count(*) FROM citations c WHERE c.doc_id = d.doc_id) AS citations,
       (SELECT count(*) FROM bibliography b WHERE b.doc_id = d.doc_id) AS "references",
       (SELECT count(*) FROM date_mentions m WHERE m.doc_id = d.doc_id) AS dates,
       (SELECT count(*) FROM artefacts a WHERE a.doc_id = d.doc_id) AS artefacts_removed,
       EXISTS (SELECT 1 FROM quarantine q WHERE q.doc_id = d.doc_id AND NOT q.resolved) AS quarantined,
       d.ingested_at
FROM documents d
ORDER BY d.source_path;

-- What cleaning removed across the corpus, per rule.
CREATE OR REPLACE VIEW cleaning_audit AS
SELECT a.kind, a.rule, count(*) AS removals, count(DISTINCT a.doc_id) AS documents,
       any_value(a.text) AS example
FROM artefacts a
GROUP BY a.kind, a.rule
ORDER BY removals DESC;
