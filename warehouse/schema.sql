-- The tables, their columns, types, NOT NULL set and meanings are declared in
-- warehouse/tables.py, which warehouse/schema.py turns into CREATE TABLE, ADD COLUMN and
-- COMMENT ON statements.  This file holds what is not a column: data migrations of
-- databases made by older versions, run after the tables are up to date.
-- Every statement is idempotent so the schema can be applied on each run.

-- Whether a fingerprint's lines were removed as a template when the document was cleaned:
-- a document is cleaned again when its family learns a template that it prints unremoved.
UPDATE line_fingerprints SET applied = EXISTS (
    SELECT 1 FROM boilerplate_templates t WHERE t.family = line_fingerprints.family AND t.line_key = line_fingerprints.line_key)
WHERE applied IS NULL;
