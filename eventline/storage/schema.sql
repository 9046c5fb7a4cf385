-- eventline's DuckDB contract. Every statement can be re-run.
CREATE TABLE IF NOT EXISTS documents (
    doc_id       VARCHAR NOT NULL,
    path         VARCHAR NOT NULL,
    sha256       VARCHAR,
    title        VARCHAR,
    language     VARCHAR,
    published    DATE,
    dct_source   VARCHAR,
    n_chars      INTEGER,
    status       VARCHAR NOT NULL,
    error        VARCHAR,
    run_id       VARCHAR,
    processed_at TIMESTAMP,
    encoding     VARCHAR,
    source       VARCHAR
);

CREATE TABLE IF NOT EXISTS timexes (
    doc_id      VARCHAR NOT NULL,
    timex_id    VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    type        VARCHAR NOT NULL,
    value       VARCHAR,
    mod         VARCHAR,
    date_start  DATE,
    date_end    DATE,
    granularity VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR NOT NULL,
    doc_id         VARCHAR NOT NULL,
    sentence       VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    trigger        VARCHAR NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    event_type     VARCHAR NOT NULL,
    mode           VARCHAR,
    actor_text     VARCHAR,
    actor_code     VARCHAR,
    recipient_text VARCHAR,
    recipient_code VARCHAR,
    location_text  VARCHAR,
    location_code  VARCHAR,
    time_text      VARCHAR,
    timex_value    VARCHAR,
    date_start     DATE,
    date_end       DATE,
    date_source    VARCHAR NOT NULL,
    context        VARCHAR[],
    confidence     DOUBLE,
    run_id         VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id       VARCHAR NOT NULL,
    flow_run_id  VARCHAR,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    params       JSON,
    n_documents  INTEGER,
    n_skipped    INTEGER,
    n_events     INTEGER,
    n_errors     INTEGER,
    status       VARCHAR
);

-- Databases written before these columns existed get them (appended, so older columns keep their place).
ALTER TABLE documents ADD COLUMN IF NOT EXISTS encoding VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS source VARCHAR;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS status VARCHAR;

-- What happened, for reading: events that are neither negated nor hypothetical (dated or not), with the
-- actors' names next to their codes, the one-line sentence and the document's title and date. The `events`
-- table keeps everything, flagged events included.
CREATE OR REPLACE VIEW timeline AS
SELECT
    e.date_start,
    e.date_end,
    e.event_type,
    e.mode,
    e.actor_code,
    e.actor_text,
    e.recipient_code,
    e.recipient_text,
    e.location_code,
    e.location_text,
    e.trigger,
    e.time_text,
    e.timex_value,
    e.date_source,
    e.context,
    e.confidence,
    d.title,
    d.published,
    e.doc_id,
    trim(regexp_replace(e.sentence, '\s+', ' ', 'g')) AS sentence,
    e.event_id
FROM events AS e
JOIN documents AS d USING (doc_id)
WHERE NOT list_has_any(coalesce(e.context, []::VARCHAR[]), ['negated', 'hypothetical'])
ORDER BY e.date_start NULLS LAST, e.doc_id, e.sentence_start, e.trigger_start;
