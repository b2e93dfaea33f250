-- Each alert's delivery to each Apprise target (issue 23): a target that has it (sent, or sent
-- but unconfirmed because its answer timed out) never gets it again; one that failed is retried
-- alone. `target` is a hash of the target's URL; `target_label` is the URL with secrets masked.
CREATE TABLE alert_deliveries (
    alert_key     VARCHAR NOT NULL,
    target        VARCHAR NOT NULL,
    target_label  VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,   -- sent | unconfirmed | failed
    attempts      INTEGER NOT NULL DEFAULT 1,
    last_error    VARCHAR,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alert_key, target)
);
