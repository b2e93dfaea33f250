"""What the command line, the published files and the page show: read-only queries, shaped for them.

The CLI prints these as CSV or JSON, so the columns and their order are part of its contract
(`hotline series`, `hotline alerts`, see README); DuckDB formats dates itself, so every reader
prints them alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hotline.store.connection import Connection, count_rows, rows_as_dicts

# The tables a run adds data to (the demo prints their row counts: a rerun must add none).
DATA_TABLES = ("raw_posts", "observations", "monthly_counts", "revisions", "findings", "quarantine", "alerts")


def _columns_and_rows(conn: Connection, query: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
    cursor = conn.execute(query, list(params))
    return [column[0] for column in cursor.description], cursor.fetchall()


def read_alert_log(conn: Connection) -> tuple[list[str], list[tuple]]:
    """The alert log as `hotline alerts` prints it (creation times in UTC, "…Z")."""
    return _columns_and_rows(conn, (
        "SELECT alert_key, series, strftime(month, '%Y-%m') AS month, kind, severity, status,"
        " strftime(created_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS created_at, message"
        " FROM alerts ORDER BY month, series, kind, alert_key"))


def monthly_counts_relation(conn: Connection, *, unlinked: bool = False) -> Any:  # -> duckdb.DuckDBPyRelation
    """`monthly_counts` as stored, every column (what `hotline export` writes): a relation, so the
    caller writes CSV or Parquet through DuckDB with the file name as an argument, never in SQL.
    `unlinked`: every `source_url` NULL (demo months link no post, `tables.without_demo_links`)."""
    if unlinked:
        return conn.sql("SELECT * REPLACE (CAST(NULL AS VARCHAR) AS source_url) FROM monthly_counts"
                        " ORDER BY series, month")
    return conn.sql("SELECT * FROM monthly_counts ORDER BY series, month")


def published_series_relation(conn: Connection, *, unlinked: bool = False) -> Any:  # -> duckdb.DuckDBPyRelation
    """The series as `hotline_publish` writes it (months as YYYY-MM), as a relation; `unlinked` as in
    `monthly_counts_relation`."""
    if unlinked:
        return conn.sql("SELECT series, strftime(month, '%Y-%m') AS month, requests, qualifier,"
                        " CAST(NULL AS VARCHAR) AS source_url, published_at, source, derived, status"
                        " FROM monthly_counts ORDER BY series, month")
    return conn.sql("SELECT series, strftime(month, '%Y-%m') AS month, requests, qualifier, source_url,"
                    " published_at, source, derived, status FROM monthly_counts ORDER BY series, month")


def data_row_counts(conn: Connection) -> dict[str, int]:
    """Rows per data table."""
    return {table: count_rows(conn, table) for table in DATA_TABLES}


def load_step_summaries(conn: Connection, run_id: str, month: str) -> dict[str, str]:
    """The JSON summary each step of one run recorded for `month` ("YYYY-MM"), by step."""
    return dict(conn.execute(
        "SELECT step, summary FROM run_summaries WHERE run_id = ? AND month = ?",
        [run_id, f"{month}-01"]).fetchall())


# --- the Hotline Watch page (for `hotline.ui`, which still holds its own copies of these) ----------


def load_series_rows(conn: Connection) -> list[dict[str, Any]]:
    """Every stored month with its provenance and flags (months as YYYY-MM), by series and month: what
    every series CSV is written from (`hotline.tables.write_series_csv`)."""
    return rows_as_dicts(conn.execute(
        "SELECT series, strftime(month, '%Y-%m') AS month, requests, qualifier, source_url, published_at,"
        " source, post_id, official, derived, record_claimed, status FROM monthly_counts"
        " ORDER BY series, month"))


def load_quarantine(conn: Connection, *, limit: int) -> list[dict[str, Any]]:
    """The newest `limit` quarantine entries."""
    return rows_as_dicts(conn.execute(
        "SELECT quarantined_at, source, post_id, stage, rule, message, evidence, series, period, post_url"
        " FROM quarantine ORDER BY quarantined_at DESC, post_id DESC LIMIT ?", [limit]))


def load_findings(conn: Connection, *, limit: int) -> list[dict[str, Any]]:
    """The newest `limit` findings (months as YYYY-MM, `urls` as the stored JSON text)."""
    return rows_as_dicts(conn.execute(
        "SELECT finding_key, series, strftime(month, '%Y-%m') AS month, rule, severity, message, urls,"
        " found_at FROM findings ORDER BY found_at DESC, finding_key LIMIT ?", [limit]))


def holds_channel(conn: Connection, channel: str) -> bool:
    """Whether any post or month comes from `channel` (the page shows a banner for the demo's)."""
    return bool(conn.execute(
        "SELECT EXISTS (SELECT 1 FROM raw_posts WHERE channel = ?)"
        " OR EXISTS (SELECT 1 FROM monthly_counts WHERE source_url LIKE ?)",
        [channel, f"%/{channel}/%"]).fetchall()[0][0])  # fetchall: leaves no unfinished result


def load_stated_totals(conn: Connection) -> list[dict[str, Any]]:
    """The totals the sources state (running totals, totals over a span), accepted ones only."""
    return rows_as_dicts(conn.execute(
        "SELECT series, kind, period, value, qualifier, post_url, published_at FROM observations"
        " WHERE kind IN ('cumulative_total', 'period_total') AND status = 'accepted'"
        " ORDER BY series, kind DESC, published_at DESC, period"))
