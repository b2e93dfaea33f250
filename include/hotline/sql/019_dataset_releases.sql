-- The open dataset (issue 24): each version of the published package, once. A publish whose data
-- and schema match the newest release adds nothing, so reruns keep the version, `created`, the
-- CHANGELOG and the feed as they were; a change adds one release: a new month is a minor version,
-- any other change of the data (a revised value, a new alert, a new total) a patch, a changed
-- schema a major version.
CREATE TABLE dataset_releases (
    version       VARCHAR PRIMARY KEY,   -- MAJOR.MINOR.PATCH
    seq           BIGINT NOT NULL UNIQUE, -- the order releases were made in
    released_at   TIMESTAMPTZ NOT NULL,  -- the package's `created`
    schema_hash   VARCHAR NOT NULL,      -- of the Table Schemas: another hash is a major version
    content_hash  VARCHAR NOT NULL,      -- of every published row: the same hash is the same data
    state         JSON NOT NULL,         -- {"series|YYYY-MM": requests} as released, to tell the next change
    changes       JSON NOT NULL,         -- what this version changed, one object per change (the CHANGELOG)
    demo          BOOLEAN NOT NULL       -- released from demo data
);
