"""What each run recorded: its steps' summaries, the sources it could not read, each source's health."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import duckdb

from hotline.store.connection import Connection, rows_as_dicts


def save_run_summary(conn: Connection, run_id: str, month: str, step: str, summary: dict[str, Any],
                     now: datetime, dag_id: str | None = None) -> None:
    """Keep one summary line per DAG, month and step: a rerun of the month (or a retry) replaces
    the earlier one, so the table does not grow with every rerun. Call inside a transaction."""
    conn.execute(
        "DELETE FROM run_summaries WHERE month = ? AND step = ? AND dag_id IS NOT DISTINCT FROM ?",
        [f"{month}-01", step, dag_id],
    )
    conn.execute(
        "INSERT OR REPLACE INTO run_summaries (run_id, month, step, summary, recorded_at, dag_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [run_id, f"{month}-01", step, json.dumps(summary, default=str), now, dag_id],
    )


def save_source_failure(conn: Connection, run_id: str, month: str, source: str, name: str, *, official: bool,
                        permanent: bool, error: str, now: datetime) -> None:
    """Record that a source could not be read in this run (a retry of the run replaces the row)."""
    conn.execute(
        "INSERT OR REPLACE INTO source_failures VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [run_id, f"{month}-01", source, name, official, permanent, error, now],
    )


def load_source_failures(conn: Connection, *, run_id: str | None = None,
                         limit: int | None = None) -> list[dict[str, Any]]:
    """Recorded source failures (of one run, or all; at most `limit`), newest first. A database
    from before the table existed (opened read-only, so not migrated) has none."""
    query = ("SELECT run_id, strftime(month, '%Y-%m') AS month, source, name, official, permanent, error, failed_at"
             " FROM source_failures")
    params: list[Any] = []
    if run_id is not None:
        query += " WHERE run_id = ?"
        params.append(run_id)
    query += " ORDER BY failed_at DESC, source, name"
    if limit is not None:
        query += " LIMIT ?"
        params.append(limit)
    try:
        cursor = conn.execute(query, params)
    except duckdb.CatalogException:
        return []
    return rows_as_dicts(cursor)


def load_source_health(conn: Connection, source: str, name: str) -> tuple[int, str | None, bool]:
    """A source's (failed runs in a row, last run id, outage announced); (0, None, False) if new."""
    row = conn.execute(
        "SELECT consecutive_failures, last_run_id, down_announced FROM source_health WHERE source = ? AND name = ?",
        [source, name],
    ).fetchone()
    return (int(row[0]), row[1], bool(row[2])) if row else (0, None, False)


def save_source_health(conn: Connection, source: str, name: str, *, consecutive_failures: int, last_run_id: str,
                       down_announced: bool, error: str | None, now: datetime) -> None:
    """Store a source's health after a run read it (`error` None) or failed to."""
    conn.execute(
        "INSERT INTO source_health (source, name, consecutive_failures, last_run_id, last_error, last_failed_at,"
        " last_ok_at, down_announced, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (source, name) DO UPDATE SET consecutive_failures = excluded.consecutive_failures,"
        " last_run_id = excluded.last_run_id, last_error = coalesce(excluded.last_error, source_health.last_error),"
        " last_failed_at = coalesce(excluded.last_failed_at, source_health.last_failed_at),"
        " last_ok_at = coalesce(excluded.last_ok_at, source_health.last_ok_at),"
        " down_announced = excluded.down_announced, updated_at = excluded.updated_at",
        [source, name, consecutive_failures, last_run_id, error, now if error else None, None if error else now,
         down_announced, now],
    )
