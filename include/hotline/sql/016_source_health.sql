-- Per-source isolation (issue 16): a source that cannot be read is recorded, not fatal to the run.

-- Each source that failed in a run: which run, which source, why. A retry of the run replaces its row.
CREATE TABLE source_failures (
    run_id        VARCHAR NOT NULL,
    month         DATE NOT NULL,
    source        VARCHAR NOT NULL,   -- telegram | feed
    name          VARCHAR NOT NULL,   -- the channel name or the feed URL
    official      BOOLEAN NOT NULL,
    permanent     BOOLEAN NOT NULL,   -- retrying cannot help (bad name, no public preview, 404)
    error         VARCHAR NOT NULL,
    failed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, source, name)
);

-- Each source's health across runs: how many runs in a row it failed, and whether that outage
-- was announced (so `source_down` is raised once per outage and `source_recovered` once after it).
CREATE TABLE source_health (
    source                VARCHAR NOT NULL,
    name                  VARCHAR NOT NULL,
    consecutive_failures  INTEGER NOT NULL,
    last_run_id           VARCHAR NOT NULL,
    last_error            VARCHAR,
    last_failed_at        TIMESTAMPTZ,
    last_ok_at            TIMESTAMPTZ,
    down_announced        BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source, name)
);

-- Which DAG wrote a run summary: a rerun of a month (a new run id) replaces that DAG's summary
-- of the same month and step instead of adding one more row each time (issue 11).
ALTER TABLE run_summaries ADD COLUMN dag_id VARCHAR;
