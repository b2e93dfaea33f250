"""The alerts outbox: each alert stored once by key, then marked as it is delivered."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from hotline.records import Alert
from hotline.store.connection import Connection, count_rows, rows_as_dicts


def save_alerts(conn: Connection, alerts: Iterable[Alert], status_for: dict[str, str], now: datetime) -> int:
    """Insert alerts whose key is new, with the status chosen for each; return how many were new."""
    before = count_rows(conn, "alerts")
    for alert in alerts:
        conn.execute(
            "INSERT INTO alerts (alert_key, series, month, kind, severity, status, created_at, message,"
            " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [alert.key, alert.series, f"{alert.month}-01", alert.kind, alert.severity,
             status_for.get(alert.key, "pending"), now, alert.message, json.dumps(alert.details, default=str)],
        )
    return count_rows(conn, "alerts") - before


def new_alerts(conn: Connection, alerts: Iterable[Alert]) -> list[Alert]:
    """The alerts `save_alerts` would insert now (their key not stored yet)."""
    kept = {key for (key,) in conn.execute("SELECT alert_key FROM alerts").fetchall()}
    return [alert for alert in alerts if alert.key not in kept]


def load_alerts(conn: Connection, *, statuses: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Alerts (optionally only with the given statuses), oldest first."""
    query = ("SELECT alert_key, series, strftime(month, '%Y-%m') AS month, kind, severity, status,"
             " created_at, message, details, attempts, last_error, sent_at FROM alerts")
    params: list[Any] = []
    if statuses:
        query += f" WHERE status IN ({', '.join('?' for _ in statuses)})"
        params.extend(statuses)
    cursor = conn.execute(query + " ORDER BY month, series, kind, alert_key", params)
    return rows_as_dicts(cursor)


def mark_alert(conn: Connection, alert_key: str, status: str, now: datetime, error: str | None = None, *,
               attempted: bool = True) -> None:
    """Record a delivery attempt's outcome (`attempted=False`: a status set without sending, such as
    `recorded` with no target or `suppressed` outside the delivery window)."""
    conn.execute(
        "UPDATE alerts SET status = ?, attempts = attempts + ?, last_error = ?,"
        " sent_at = CASE WHEN ? IN ('sent', 'unconfirmed') THEN ? ELSE sent_at END WHERE alert_key = ?",
        [status, 1 if attempted else 0, error, status, now, alert_key],
    )


def save_delivery(conn: Connection, alert_key: str, target: str, target_label: str, status: str,
                  error: str | None, now: datetime) -> None:
    """Record one send of an alert to one target (sent, unconfirmed or failed)."""
    conn.execute(
        "INSERT INTO alert_deliveries (alert_key, target, target_label, status, attempts, last_error, updated_at)"
        " VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (alert_key, target) DO UPDATE SET status = excluded.status,"
        " target_label = excluded.target_label, attempts = alert_deliveries.attempts + 1,"
        " last_error = excluded.last_error, updated_at = excluded.updated_at",
        [alert_key, target, target_label, status, error, now],
    )


def load_deliveries(conn: Connection, alert_key: str | None = None) -> list[dict[str, Any]]:
    """Each alert's sends by target (one alert's, or all), oldest first."""
    query = ("SELECT alert_key, target, target_label, status, attempts, last_error, updated_at"
             " FROM alert_deliveries")
    params: list[Any] = []
    if alert_key is not None:
        query += " WHERE alert_key = ?"
        params.append(alert_key)
    return rows_as_dicts(conn.execute(query + " ORDER BY updated_at, alert_key, target", params))


def load_month_sources(conn: Connection, series: str, month: str) -> list[dict[str, Any]]:
    """The accepted observations about one series and month (its value, stated change, record
    claim), official first then by publication: what an alert quotes as its sources."""
    cursor = conn.execute(
        "SELECT post_url, official, kind, value, qualifier, evidence, published_at FROM observations"
        " WHERE series = ? AND period = ? AND status = 'accepted'"
        " ORDER BY official DESC, published_at, post_url, kind",
        [series, month],
    )
    return rows_as_dicts(cursor)


def load_alert_keys(conn: Connection, kind: str, series: str, month: str) -> list[str]:
    """Keys already in the outbox for one kind, series and month (whatever their status)."""
    rows = conn.execute(
        "SELECT alert_key FROM alerts WHERE kind = ? AND series = ? AND month = ? ORDER BY created_at",
        [kind, series, f"{month}-01"],
    ).fetchall()
    return [row[0] for row in rows]
