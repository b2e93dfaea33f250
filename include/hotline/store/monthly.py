"""The trusted series (`monthly_counts`), its revisions and findings."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from hotline.months import parse_month
from hotline.records import Finding, MonthlyCount, Revision
from hotline.store.connection import Connection, count_rows

MONTHLY_COLUMNS = (
    "series", "month", "requests", "qualifier", "source_url", "published_at", "source", "post_id",
    "official", "derived", "record_claimed", "status",
)


def _monthly_values(row: MonthlyCount) -> list[Any]:
    """The row's values in `MONTHLY_COLUMNS` order, its month as the table's DATE."""
    return [parse_month(row.month) if column == "month" else getattr(row, column) for column in MONTHLY_COLUMNS]


def save_monthly_counts(conn: Connection, rows: Sequence[MonthlyCount], now: datetime) -> int:
    """Upsert the trusted value of each series and month; return how many rows changed."""
    changed = 0
    for row in rows:
        values = _monthly_values(row)
        current = conn.execute(
            f"SELECT {', '.join(MONTHLY_COLUMNS)} FROM monthly_counts WHERE series = ? AND month = ?",
            [row.series, values[1]],
        ).fetchone()
        if current is not None and _same_row(current, values):
            continue
        conn.execute(
            f"INSERT OR REPLACE INTO monthly_counts ({', '.join(MONTHLY_COLUMNS)}, updated_at)"
            f" VALUES ({', '.join('?' for _ in MONTHLY_COLUMNS)}, ?)",
            [*values, now],
        )
        changed += 1
    return changed


def _same_row(stored: tuple, wanted: list[Any]) -> bool:
    for have, want in zip(stored, wanted, strict=True):
        if isinstance(have, datetime) and isinstance(want, datetime):
            if have != want:
                return False
        elif str(have) != str(want):
            return False
    return True


def _monthly_select() -> str:
    """The columns of `MONTHLY_COLUMNS`, the month as "YYYY-MM" (a `MonthlyCount` in field order)."""
    return ", ".join("strftime(month, '%Y-%m')" if column == "month" else column for column in MONTHLY_COLUMNS)


def changed_monthly_counts(conn: Connection, rows: Sequence[MonthlyCount]) -> list[MonthlyCount]:
    """The rows `save_monthly_counts` would write now: absent from the table or stored otherwise."""
    stored = {(row[0], str(row[1])): row for row in
              conn.execute(f"SELECT {', '.join(MONTHLY_COLUMNS)} FROM monthly_counts").fetchall()}
    changed = []
    for row in rows:
        values = _monthly_values(row)
        current = stored.get((row.series, str(values[1])))
        if current is None or not _same_row(current, values):
            changed.append(row)
    return changed


def load_monthly_counts(conn: Connection) -> list[MonthlyCount]:
    """The trusted series as records, by series and month."""
    rows = conn.execute(f"SELECT {_monthly_select()} FROM monthly_counts ORDER BY series, month").fetchall()
    return [MonthlyCount(*row) for row in rows]


def load_monthly_counts_published_between(conn: Connection, start: datetime, end: datetime) -> list[MonthlyCount]:
    """Stored months whose source post was published in [start, end), by series and month."""
    rows = conn.execute(
        f"SELECT {_monthly_select()} FROM monthly_counts"
        " WHERE published_at >= ? AND published_at < ? ORDER BY series, month",
        [start, end],
    ).fetchall()
    return [MonthlyCount(*row) for row in rows]


def delete_monthly_counts(conn: Connection, keys: Iterable[tuple[str, str]]) -> int:
    """Remove the stored value of these (series, "YYYY-MM") pairs; return how many were removed."""
    before = count_rows(conn, "monthly_counts")
    for series, month in keys:
        conn.execute("DELETE FROM monthly_counts WHERE series = ? AND month = ?", [series, parse_month(month)])
    return before - count_rows(conn, "monthly_counts")


def load_report_dates(conn: Connection, series: str) -> dict[str, datetime]:
    """When each month's official report of `series` was published ("YYYY-MM" → time)."""
    rows = conn.execute(
        "SELECT strftime(month, '%Y-%m'), published_at FROM monthly_counts"
        " WHERE series = ? AND official AND NOT derived ORDER BY month",
        [series],
    ).fetchall()
    return dict(rows)


def save_revisions(conn: Connection, rows: Iterable[Revision], now: datetime) -> int:
    """Record value changes between official posts (kept once each)."""
    before = count_rows(conn, "revisions")
    for row in rows:
        conn.execute(
            "INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [row.series, parse_month(row.month), row.old_requests, row.new_requests, row.old_url, row.new_url,
             now],
        )
    return count_rows(conn, "revisions") - before


def new_revisions(conn: Connection, rows: Iterable[Revision]) -> list[Revision]:
    """The revisions `save_revisions` would record now (not kept yet)."""
    kept = set(conn.execute("SELECT series, strftime(month, '%Y-%m'), old_url, new_url FROM revisions").fetchall())
    return [row for row in rows if (row.series, row.month, row.old_url, row.new_url) not in kept]


def new_findings(conn: Connection, rows: Iterable[Finding]) -> list[Finding]:
    """The findings `save_findings` would record now (their key not stored yet)."""
    kept = {key for (key,) in conn.execute("SELECT finding_key FROM findings").fetchall()}
    return [row for row in rows if row.finding_key not in kept]


def save_findings(conn: Connection, rows: Iterable[Finding], now: datetime) -> int:
    """Record failed checks (conflicts, cross-checks) once per key."""
    before = count_rows(conn, "findings")
    for row in rows:
        conn.execute(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [row.finding_key, row.series, parse_month(row.month) if row.month else None, row.rule, row.severity,
             row.message, json.dumps(list(row.urls)), now],
        )
    return count_rows(conn, "findings") - before
