-- Hotline Watch schema, version 1. Tables are named by layer: raw → observations → monthly_counts → alerts.

-- Every fetched post, verbatim. An edit is a new version (new content hash); a re-fetch adds nothing.
CREATE TABLE raw_posts (
    source        VARCHAR NOT NULL,
    channel       VARCHAR NOT NULL,
    post_id       VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    content_hash  VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    text          VARCHAR NOT NULL,
    edited        BOOLEAN NOT NULL,
    views         BIGINT,
    raw           VARCHAR NOT NULL,
    fetched_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, post_id, version)
);

-- How far each channel has been read: the newest message id, and the oldest publication time
-- down to which the history is known to be complete.
CREATE TABLE channel_state (
    source            VARCHAR NOT NULL,
    channel           VARCHAR NOT NULL,
    newest_id         BIGINT,
    newest_published  TIMESTAMPTZ,
    complete_since    TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, channel)
);

-- Every fact read from a post, with provenance and the extractor version that read it.
CREATE TABLE observations (
    source          VARCHAR NOT NULL,
    channel         VARCHAR NOT NULL,
    post_id         VARCHAR NOT NULL,
    post_version    INTEGER NOT NULL,
    post_url        VARCHAR NOT NULL,
    published_at    TIMESTAMPTZ NOT NULL,
    official        BOOLEAN NOT NULL,
    series          VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    period          VARCHAR NOT NULL,
    value           DOUBLE NOT NULL,
    qualifier       VARCHAR NOT NULL,
    evidence        VARCHAR NOT NULL,
    parser_version  VARCHAR NOT NULL,
    status          VARCHAR NOT NULL DEFAULT 'new',   -- new | accepted | quarantined
    observed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, post_id, post_version, series, kind, period)
);

-- The trusted value per series and month, and where it came from.
CREATE TABLE monthly_counts (
    series        VARCHAR NOT NULL,
    month         DATE NOT NULL,
    requests      BIGINT NOT NULL,
    qualifier     VARCHAR NOT NULL,
    source_url    VARCHAR NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    source        VARCHAR NOT NULL,
    post_id       VARCHAR NOT NULL,
    official      BOOLEAN NOT NULL,
    derived       BOOLEAN NOT NULL DEFAULT FALSE,
    record_claimed BOOLEAN NOT NULL DEFAULT FALSE,
    status        VARCHAR NOT NULL DEFAULT 'ok',      -- ok | conflict
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (series, month)
);

-- A later official post that changed a month's value: both kept, the newest wins.
CREATE TABLE revisions (
    series        VARCHAR NOT NULL,
    month         DATE NOT NULL,
    old_requests  BIGINT NOT NULL,
    new_requests  BIGINT NOT NULL,
    old_url       VARCHAR NOT NULL,
    new_url       VARCHAR NOT NULL,
    revised_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (series, month, old_url, new_url)
);

-- Checks that failed: conflicts between official sources, cross-check failures.
CREATE TABLE findings (
    finding_key   VARCHAR PRIMARY KEY,
    series        VARCHAR NOT NULL,
    month         DATE,
    rule          VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL,
    message       VARCHAR NOT NULL,
    urls          VARCHAR NOT NULL,
    found_at      TIMESTAMPTZ NOT NULL
);

-- What could not be trusted, with the reason. Never silently dropped.
CREATE TABLE quarantine (
    source          VARCHAR NOT NULL,
    post_id         VARCHAR NOT NULL,
    stage           VARCHAR NOT NULL,
    rule            VARCHAR NOT NULL,
    message         VARCHAR NOT NULL,
    evidence        VARCHAR NOT NULL,
    series          VARCHAR,
    period          VARCHAR,
    post_url        VARCHAR,
    quarantined_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, post_id, stage, rule, evidence)
);

-- The alerts outbox: one row per deterministic key, delivered at least once.
CREATE TABLE alerts (
    alert_key     VARCHAR PRIMARY KEY,
    series        VARCHAR NOT NULL,
    month         DATE NOT NULL,
    kind          VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,   -- pending | sent | failed | suppressed | recorded
    created_at    TIMESTAMPTZ NOT NULL,
    message       VARCHAR NOT NULL,
    details       JSON,
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    VARCHAR,
    sent_at       TIMESTAMPTZ
);

-- One line per pipeline run and month: what it read and decided.
CREATE TABLE run_summaries (
    run_id        VARCHAR NOT NULL,
    month         DATE NOT NULL,
    stage         VARCHAR NOT NULL,
    summary       JSON NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, month, stage)
);
