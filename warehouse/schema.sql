-- The one home of the warehouse schema. Table names and the columns listed in
-- ../shared/CONTRACT.md are fixed; extra columns are marked "extra".
-- Every statement is idempotent so the schema can be applied on each run.

CREATE TABLE IF NOT EXISTS documents (
    doc_id        VARCHAR PRIMARY KEY,      -- sha256 hex of the source bytes
    source_path   VARCHAR NOT NULL,         -- first file it came from, relative, '/'-separated
    source_sha256 VARCHAR NOT NULL,
    format        VARCHAR NOT NULL,         -- html | pdf | txt
    title         VARCHAR,
    authors       VARCHAR[],
    published     DATE,
    body_text     VARCHAR NOT NULL,
    word_count    INTEGER NOT NULL,
    ingested_at   TIMESTAMP NOT NULL,
    run_id        VARCHAR NOT NULL,
    encoding      VARCHAR,                  -- extra: how a text file was decoded
    family        VARCHAR,                  -- extra: source family for boilerplate learning (site:host | folder:path)
    published_precision VARCHAR,            -- extra: day | month | season | year: how much of `published` the source printed
    reference_date DATE,                    -- extra: the day relative dates ("yesterday", "last week") are read from
    reference_source VARCHAR                -- extra: where it came from: metadata | first_page (a paper's printed publication day) | dateline; NULL: none
);
ALTER TABLE documents ADD COLUMN IF NOT EXISTS published_precision VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS reference_date DATE;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS reference_source VARCHAR;

CREATE TABLE IF NOT EXISTS source_files (
    source_path VARCHAR PRIMARY KEY,
    sha256      VARCHAR,
    size_bytes  BIGINT,
    doc_id      VARCHAR,
    status      VARCHAR NOT NULL,           -- loaded | duplicate | quarantined | deleted
    first_seen  TIMESTAMP NOT NULL,
    last_seen   TIMESTAMP NOT NULL,
    mtime       TIMESTAMP                   -- extra: file modification time when last seen
);

CREATE TABLE IF NOT EXISTS paragraphs (
    doc_id     VARCHAR NOT NULL,
    para_no    INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,            -- heading | paragraph | list_item | quote
    section    VARCHAR,
    page       INTEGER,
    text       VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    -- extra: one key per paragraph, 'doc_id:para_no', for the full-text index (warehouse/search.py)
    para_id    VARCHAR GENERATED ALWAYS AS (doc_id || ':' || CAST(para_no AS VARCHAR))
);

CREATE TABLE IF NOT EXISTS artefacts (
    doc_id VARCHAR NOT NULL,
    kind   VARCHAR NOT NULL,
    rule   VARCHAR NOT NULL,
    text   VARCHAR NOT NULL,
    page   INTEGER
);

CREATE TABLE IF NOT EXISTS citations (
    doc_id      VARCHAR NOT NULL,
    para_no     INTEGER,
    kind        VARCHAR NOT NULL,           -- footnote | author_year | numeric
    raw         VARCHAR NOT NULL,
    marker      INTEGER,
    authors     VARCHAR[],
    year        INTEGER,
    pages       VARCHAR,
    cite_key    VARCHAR,
    ref_no      INTEGER,
    char_start  INTEGER,
    char_end    INTEGER,
    group_no    INTEGER,                    -- extra: citations sharing one bracket
    year_suffix VARCHAR                     -- extra: 'a' in 2015a
);

CREATE TABLE IF NOT EXISTS bibliography (
    doc_id   VARCHAR NOT NULL,
    ref_no   INTEGER NOT NULL,
    raw      VARCHAR NOT NULL,
    authors  VARCHAR[],
    year     INTEGER,
    title    VARCHAR,
    cite_key VARCHAR,
    venue    VARCHAR,                       -- extra: the journal, book or site the work appeared in
    doi      VARCHAR                        -- extra: the entry's DOI ("10.1111/pce.12420")
);
ALTER TABLE bibliography ADD COLUMN IF NOT EXISTS venue VARCHAR;
ALTER TABLE bibliography ADD COLUMN IF NOT EXISTS doi VARCHAR;

CREATE TABLE IF NOT EXISTS date_mentions (
    doc_id        VARCHAR NOT NULL,
    para_no       INTEGER,
    raw           VARCHAR NOT NULL,
    edtf          VARCHAR,
    date_start    DATE,
    date_end      DATE,
    precision     VARCHAR NOT NULL,
    qualifier     VARCHAR,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    inferred_year BOOLEAN NOT NULL DEFAULT FALSE, -- extra: year taken from context
    timex_type    VARCHAR,                  -- extra: TIMEX3 type: DATE | TIME
    timex_value   VARCHAR,                  -- extra: TIMEX3 value: 1998-01-08, 1998-W02, 1989-Q3, 1998-01-08T17:00
    resolved      BOOLEAN NOT NULL DEFAULT FALSE  -- extra: read from the document's reference date ("last week")
);
ALTER TABLE date_mentions ADD COLUMN IF NOT EXISTS timex_type VARCHAR;
ALTER TABLE date_mentions ADD COLUMN IF NOT EXISTS timex_value VARCHAR;
ALTER TABLE date_mentions ADD COLUMN IF NOT EXISTS resolved BOOLEAN DEFAULT FALSE;

-- extra table: the temporal expressions with no calendar span, which date_mentions (calendar
-- dates and times, CONTRACT.md) does not hold: durations ("five years", P5Y), sets ("every
-- week", P1W), vague references ("now", PRESENT_REF) and relative dates of a document with no
-- reference date ("last year", REF-P1Y).  Same columns; edtf, date_start and date_end stay NULL.
CREATE TABLE IF NOT EXISTS time_expressions (
    doc_id        VARCHAR NOT NULL,
    para_no       INTEGER,
    raw           VARCHAR NOT NULL,
    precision     VARCHAR NOT NULL,         -- duration | set | vague | a relative unit (day, week, month, year ...)
    qualifier     VARCHAR,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    timex_type    VARCHAR NOT NULL,         -- DATE | TIME | DURATION | SET
    timex_value   VARCHAR,                  -- P5Y, PXM, P1W, XXXX-WXX-1, PRESENT_REF, REF-P1Y, XXXX-WXX-5 ...
    rule          VARCHAR                   -- the pattern that found it (transform/patterns/relative_dates.py)
);

CREATE TABLE IF NOT EXISTS quarantine (
    source_path VARCHAR NOT NULL,
    sha256      VARCHAR,
    stage       VARCHAR NOT NULL,           -- discover | extract | transform | validate | load
    reason      VARCHAR NOT NULL,
    detail      VARCHAR NOT NULL,
    run_id      VARCHAR NOT NULL,
    "at"        TIMESTAMP NOT NULL,
    doc_id      VARCHAR,                    -- extra
    resolved    BOOLEAN NOT NULL DEFAULT FALSE  -- extra: a later run loaded it
);

CREATE TABLE IF NOT EXISTS runs (
    run_id           VARCHAR PRIMARY KEY,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    status           VARCHAR NOT NULL,      -- running | completed | failed
    files_seen       INTEGER,
    files_new        INTEGER,
    files_changed    INTEGER,
    docs_loaded      INTEGER,
    docs_quarantined INTEGER,
    files_unchanged  INTEGER,               -- extra
    files_deleted    INTEGER,               -- extra
    files_duplicate  INTEGER,               -- extra
    seconds          DOUBLE,                -- extra
    message          VARCHAR,               -- extra
    files_retried    INTEGER,               -- extra: quarantined files re-queued by `cruftless retry`
    process_seconds  DOUBLE,                -- extra: extract+transform (with template re-learning)
    validate_seconds DOUBLE,                -- extra: the validate task
    load_seconds     DOUBLE                 -- extra: the load transaction, up to writing this row
);
-- Databases made before these columns existed get them here.
ALTER TABLE runs ADD COLUMN IF NOT EXISTS files_retried INTEGER;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS process_seconds DOUBLE;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS validate_seconds DOUBLE;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS load_seconds DOUBLE;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS discover_seconds DOUBLE;   -- listing and hashing the folder
ALTER TABLE runs ADD COLUMN IF NOT EXISTS docs_seconds DOUBLE;       -- building the Data Docs
ALTER TABLE runs ADD COLUMN IF NOT EXISTS templates_learned INTEGER; -- site templates this run learned
ALTER TABLE runs ADD COLUMN IF NOT EXISTS docs_recleaned INTEGER;    -- documents cleaned again for them
ALTER TABLE runs ADD COLUMN IF NOT EXISTS prefect_flow_run_id VARCHAR; -- the Prefect flow run (named run_id)
ALTER TABLE runs ADD COLUMN IF NOT EXISTS ingest_folder VARCHAR;     -- the ingest folder (absolute) the run read

-- One row per expectation per run (doc_id NULL), plus one row per warning and loaded
-- document (doc_id set, success FALSE): see the document_warnings view.
CREATE TABLE IF NOT EXISTS validation_results (
    run_id           VARCHAR NOT NULL,
    table_name       VARCHAR NOT NULL,
    expectation      VARCHAR NOT NULL,
    success          BOOLEAN NOT NULL,
    unexpected_count INTEGER,
    details          JSON,
    severity         VARCHAR,               -- extra: critical (quarantines) | warning (the document loads)
    doc_id           VARCHAR                -- extra: the document a warning row concerns
);
ALTER TABLE validation_results ADD COLUMN IF NOT EXISTS severity VARCHAR;
ALTER TABLE validation_results ADD COLUMN IF NOT EXISTS doc_id VARCHAR;

-- Reader comments of web pages (extra table): kept out of documents.body_text,
-- one row per comment in page order.
CREATE TABLE IF NOT EXISTS comments (
    doc_id     VARCHAR NOT NULL,
    comment_no INTEGER NOT NULL,             -- 0-based, in page order
    author     VARCHAR,
    published  DATE,
    text       VARCHAR NOT NULL
);

-- Boilerplate learning (extra tables).  Every learnable line of every document is
-- fingerprinted; a fingerprint shared by enough documents of one family is a template.
CREATE TABLE IF NOT EXISTS line_fingerprints (
    doc_id   VARCHAR NOT NULL,
    family   VARCHAR NOT NULL,
    line_key VARCHAR NOT NULL,
    example  VARCHAR
);

CREATE TABLE IF NOT EXISTS boilerplate_templates (
    family           VARCHAR NOT NULL,
    line_key         VARCHAR NOT NULL,
    example          VARCHAR,
    documents        INTEGER,               -- documents of the family that print it
    family_documents INTEGER,               -- documents in the family
    learned_at       TIMESTAMP,
    PRIMARY KEY (family, line_key)
);

-- Whether a fingerprint's lines were removed as a template when the document was cleaned:
-- a document is cleaned again when its family learns a template that it prints unremoved.
ALTER TABLE line_fingerprints ADD COLUMN IF NOT EXISTS applied BOOLEAN;
UPDATE line_fingerprints SET applied = EXISTS (
    SELECT 1 FROM boilerplate_templates t WHERE t.family = line_fingerprints.family AND t.line_key = line_fingerprints.line_key)
WHERE applied IS NULL;

-- Near-copies: a MinHash of each document's lines.  Documents of one family whose lines are
-- mostly the same (snapshots of one page) count once when templates are learned, so an
-- article saved twenty times is not mistaken for its site's boilerplate.
CREATE TABLE IF NOT EXISTS doc_signatures (
    doc_id  VARCHAR PRIMARY KEY,
    family  VARCHAR NOT NULL,
    minhash UBIGINT[] NOT NULL
);

-- What the extractor read from each document's file (compressed JSON of extract.model.RawDocument),
-- so that cleaning a document again never reads and extracts its file again.
CREATE TABLE IF NOT EXISTS extractions (
    doc_id    VARCHAR PRIMARY KEY,
    extractor VARCHAR NOT NULL,             -- version of the extract code that made it
    raw       BLOB NOT NULL
);
