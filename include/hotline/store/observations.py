"""Observations (every fact read, with its provenance) and the quarantine."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from hotline.records import Problem
from hotline.store.connection import Connection, count_rows

OBSERVATION_COLUMNS = (
    "source", "channel", "post_id", "post_version", "post_url", "published_at", "official",
    "series", "kind", "period", "value", "qualifier", "evidence", "parser_version", "status",
    "observed_at",
)


def save_observations(conn: Connection, rows: Sequence[dict[str, Any]]) -> int:
    """Insert observations not stored yet (same post version and fact → skipped); return how many."""
    placeholders = ", ".join("?" for _ in OBSERVATION_COLUMNS)
    before = count_rows(conn, "observations")
    for row in rows:
        conn.execute(
            f"INSERT INTO observations ({', '.join(OBSERVATION_COLUMNS)}) VALUES ({placeholders})"
            " ON CONFLICT DO NOTHING",
            [row[column] for column in OBSERVATION_COLUMNS],
        )
    return count_rows(conn, "observations") - before


def supersede_observations(conn: Connection, post_versions: Iterable[tuple[str, str, int]],
                           parser_version: str) -> int:
    """Drop the facts an older extractor read from these post versions; return how many.

    Called before the current extractor's facts for the same posts are saved, so an improved
    extractor re-reads history on a rerun or backfill. Nothing is lost: the posts themselves are
    kept verbatim, and the older facts are what the older extractor reads from them."""
    before = count_rows(conn, "observations")
    for source, post_id, post_version in post_versions:
        conn.execute(
            "DELETE FROM observations WHERE source = ? AND post_id = ? AND post_version = ? AND parser_version <> ?",
            [source, post_id, post_version, parser_version],
        )
    return before - count_rows(conn, "observations")


def load_observations(conn: Connection, *, status: str | None = None):  # -> pandas.DataFrame
    """Every observation (optionally only those with `status`) as a DataFrame."""
    query = f"SELECT {', '.join(OBSERVATION_COLUMNS)} FROM observations"
    params: list[Any] = []
    if status:
        query += " WHERE status = ?"
        params.append(status)
    return conn.execute(query + " ORDER BY published_at, post_id, kind, period", params).df()


def set_observation_status(conn: Connection, keys: Iterable[tuple], status: str) -> None:
    """Mark observations (keyed by source, post_id, post_version, series, kind, period)."""
    for key in keys:
        conn.execute(
            "UPDATE observations SET status = ? WHERE source = ? AND post_id = ? AND post_version = ?"
            " AND series = ? AND kind = ? AND period = ?",
            [status, *key],
        )


def save_quarantine(conn: Connection, source: str, problems: Iterable[Problem], now: datetime,
                    post_urls: dict[str, str] | None = None) -> int:
    """Record why something was not trusted; the same reason for the same evidence is kept once."""
    before = count_rows(conn, "quarantine")
    for problem in problems:
        conn.execute(
            "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [source, problem.post_id, problem.stage, problem.rule, problem.message, problem.evidence,
             problem.series, problem.period, (post_urls or {}).get(problem.post_id), now],
        )
    return count_rows(conn, "quarantine") - before
