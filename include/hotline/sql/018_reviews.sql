-- Human review (issue 14): a person's decision on what the machine could not read.

-- One row per decision, never updated or deleted: a later decision on the same item (after its post
-- was edited) is a new row, and the newest row of an item is the one that counts.
CREATE TABLE reviews (
    decision_id   VARCHAR PRIMARY KEY,
    seq           BIGINT NOT NULL UNIQUE,   -- the order decisions were taken in (the newest counts)
    item_id       VARCHAR NOT NULL,   -- q… (a quarantine entry) or w… (a withdrawn month)
    item_kind     VARCHAR NOT NULL,   -- quarantine | withdrawn
    source        VARCHAR NOT NULL,   -- the reviewed post
    post_id       VARCHAR NOT NULL,
    post_version  INTEGER NOT NULL,   -- the version the person read; a newer one flags the decision
    post_url      VARCHAR,
    decision      VARCHAR NOT NULL,   -- accept | reject
    series        VARCHAR,            -- the accepted fact (NULL for a rejection)
    kind          VARCHAR,
    period        VARCHAR,
    value         DOUBLE,
    qualifier     VARCHAR,
    effect_month  VARCHAR,            -- the run of this month applies it ("YYYY-MM")
    note          VARCHAR,
    reviewer      VARCHAR NOT NULL,
    decided_at    TIMESTAMPTZ NOT NULL,
    item_rule     VARCHAR NOT NULL,   -- what the machine said, as the person saw it
    item_message  VARCHAR NOT NULL
);
