"""What the open dataset (issue 24, `hotline publish`) reads, and its releases (`dataset_releases`).

Read-only queries shaped for the published resources: each trusted month with the provenance of its
value (the observation and the stored post version it was read from, or the reviewer's decision),
the revisions with the publication times of both posts (the vintages are built from them), the
stated totals, the alerts and the posts every value cites. Plus the dataset's release log, the one
table the publisher writes, and a CSV→Parquet copy through DuckDB (the path is an argument, never SQL).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from hotline.store.connection import Connection, rows_as_dicts

# The observation a month's value was read from: a monthly count of that month in the cited post first,
# then any fact of that post for the series (a derived month is implied by the next month's change).
_MONTHS_WITH_PROVENANCE = """
SELECT m.series, strftime(m.month, '%Y-%m') AS month, m.requests, m.qualifier, m.status AS reconcile_status,
       m.source_url, m.post_id, m.published_at, m.source, m.official, m.derived,
       o.kind AS fact_kind, o.period AS fact_period, o.evidence, o.parser_version, o.post_version,
       p.text AS raw_text, sha256(p.text) AS raw_text_sha256, p.source AS post_source, p.channel,
       r.decision_id, r.reviewer, r.note AS review_note, r.decided_at
FROM monthly_counts m
LEFT JOIN observations o
       ON o.series = m.series AND o.post_url = m.source_url AND o.status = 'accepted'
LEFT JOIN raw_posts p ON p.url = m.source_url AND p.version = o.post_version
LEFT JOIN reviews r ON o.parser_version = 'review:' || r.decision_id
QUALIFY row_number() OVER (
    PARTITION BY m.series, m.month
    ORDER BY (o.period = strftime(m.month, '%Y-%m') AND o.kind = 'monthly_count') DESC NULLS LAST,
             (o.period = strftime(m.month, '%Y-%m')) DESC NULLS LAST, o.post_version DESC NULLS LAST,
             (p.source = m.source) DESC NULLS LAST) = 1
ORDER BY m.series, m.month
"""

# When a post was published: from the observations read from it, else from the stored post.
_PUBLISHED_AT = (
    "coalesce((SELECT min(o.published_at) FROM observations o WHERE o.post_url = {url}),"
    " (SELECT min(p.published_at) FROM raw_posts p WHERE p.url = {url}))"
)

_REVISIONS_WITH_TIMES = f"""
SELECT r.series, strftime(r.month, '%Y-%m') AS month, r.old_requests, r.new_requests, r.old_url, r.new_url,
       r.revised_at, {_PUBLISHED_AT.format(url='r.old_url')} AS old_published_at,
       {_PUBLISHED_AT.format(url='r.new_url')} AS new_published_at
FROM revisions r
ORDER BY r.series, r.month, new_published_at, r.new_url
"""

# A total stated in several versions of one post is listed once (the newest version's reading).
# A month withdrawn from the series (its figure no longer read, or its post deleted): the value it had,
# from which post, and when the pipeline withdrew it (the `findings` the pipeline records then).
_WITHDRAWN = f"""
SELECT f.series, strftime(f.month, '%Y-%m') AS month, f.rule, f.finding_key, f.found_at,
       json_extract_string(f.urls, '$[0]') AS source_url,
       {_PUBLISHED_AT.format(url="json_extract_string(f.urls, '$[0]')")} AS published_at
FROM findings f
WHERE f.rule IN ('withdrawn', 'source_deleted') AND f.month IS NOT NULL
ORDER BY f.series, f.month, f.found_at
"""

_STATED_TOTALS = """
SELECT series, kind, period, value, qualifier, post_url, post_id, published_at, source
FROM observations
WHERE kind IN ('cumulative_total', 'period_total') AND status = 'accepted' AND post_url <> ''
QUALIFY row_number() OVER (PARTITION BY series, kind, period, post_url ORDER BY post_version DESC) = 1
ORDER BY series, kind DESC, published_at, period
"""

_ALERTS = """
SELECT a.alert_key, a.series, strftime(a.month, '%Y-%m') AS month, a.kind, a.severity, a.created_at, a.message,
       m.source_url
FROM alerts a
LEFT JOIN monthly_counts m ON m.series = a.series AND m.month = a.month
ORDER BY a.month, a.series, a.kind, a.alert_key
"""

# Each cited post once: its newest stored version, and how many versions (edits) were stored.
_SOURCES = """
SELECT url, source, channel, post_id, published_at, edited, coalesce(deleted, false) AS deleted, text,
       sha256(text) AS raw_text_sha256,
       count(*) OVER (PARTITION BY url) AS versions
FROM raw_posts
WHERE url = ANY(?)
QUALIFY row_number() OVER (PARTITION BY url ORDER BY version DESC, source) = 1
ORDER BY url
"""


def load_months_with_provenance(conn: Connection) -> list[dict[str, Any]]:
    """Every trusted month (months as YYYY-MM) with what its value was read from: the fact's kind,
    period and evidence, the extractor version (or `review:<decision>`), the post version and the
    SHA-256 of that version's stored text, and the reviewer's decision when a person read it."""
    return rows_as_dicts(conn.execute(_MONTHS_WITH_PROVENANCE))


def load_revision_history(conn: Connection) -> list[dict[str, Any]]:
    """Every revision with the publication times of the old and the new post, oldest first per month."""
    return rows_as_dicts(conn.execute(_REVISIONS_WITH_TIMES))


def load_withdrawn_values(conn: Connection) -> list[dict[str, Any]]:
    """Every month the pipeline withdrew, with the value it had (from the finding's key), its post, and
    when it was withdrawn, oldest first."""
    rows = rows_as_dicts(conn.execute(_WITHDRAWN))
    for row in rows:
        tail = row["finding_key"].rsplit(":", 1)[-1]
        row["requests"] = int(tail) if tail.isdigit() else None
    return [row for row in rows if row["requests"] is not None and row["published_at"] is not None]


def load_published_totals(conn: Connection) -> list[dict[str, Any]]:
    """The totals the sources state (running totals, totals over a span), accepted ones, once per post."""
    return rows_as_dicts(conn.execute(_STATED_TOTALS))


def load_published_alerts(conn: Connection) -> list[dict[str, Any]]:
    """Every alert (delivery state left out: it is no part of the data) with its month's source post."""
    return rows_as_dicts(conn.execute(_ALERTS))


def load_cited_posts(conn: Connection, urls: Sequence[str]) -> list[dict[str, Any]]:
    """The stored posts at these URLs: newest version's text, its SHA-256, and the version count."""
    if not urls:
        return []
    return rows_as_dicts(conn.execute(_SOURCES, [sorted(set(urls))]))


# --- the release log --------------------------------------------------------------------------------


def load_releases(conn: Connection) -> list[dict[str, Any]]:
    """Every release of the dataset, newest first (`state` and `changes` parsed from JSON)."""
    rows = rows_as_dicts(conn.execute(
        "SELECT version, seq, released_at, schema_hash, content_hash, state, changes, demo"
        " FROM dataset_releases ORDER BY seq DESC"))
    for row in rows:
        row["state"] = json.loads(row["state"])
        row["changes"] = json.loads(row["changes"])
    return rows


def save_release(conn: Connection, release: Mapping[str, Any]) -> None:
    """Record one release (the next `seq`); a version already recorded is an error, never replaced."""
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM dataset_releases").fetchone()[0]
    conn.execute(
        "INSERT INTO dataset_releases (version, seq, released_at, schema_hash, content_hash, state, changes, demo)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [release["version"], seq, release["released_at"], release["schema_hash"], release["content_hash"],
         json.dumps(release["state"], sort_keys=True), json.dumps(release["changes"], ensure_ascii=False),
         bool(release["demo"])])


def now_in_database(conn: Connection) -> datetime:
    """The database's clock (a release's time, so reruns in one transaction agree)."""
    return conn.execute("SELECT now()").fetchone()[0]


def csv_to_parquet(csv_path: Path, parquet_path: Path, types: Mapping[str, str]) -> None:
    """Copy a published CSV to Parquet with the columns typed as given (DuckDB type names), through an
    in-memory DuckDB: the relation API takes both paths as arguments, so no file name is put into SQL."""
    scratch = duckdb.connect()
    try:
        relation = scratch.read_csv(str(csv_path), header=True, dtype=dict(types))
        relation.write_parquet(str(parquet_path))
    finally:
        scratch.close()
