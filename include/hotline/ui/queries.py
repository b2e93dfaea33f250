"""The Hotline Watch page's reading: every query the page runs, copied out of DuckDB as plain values.

Reading never gets in the pipeline's way: DuckDB allows one writing process, and a reader holds a
shared lock, so the page opens the file read-only through `store.connect_reader` with a short,
bounded wait, copies the rows into plain Python values, and closes before rendering.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from hotline import store
from hotline.series import configured_series
from hotline.settings import Settings

OPEN_ALERT_STATUSES = ("pending", "failed")
QUARANTINE_LIMIT = 50
FINDINGS_LIMIT = 100
SOURCE_FAILURES_LIMIT = 20


class NoDataError(RuntimeError):
    """The database file does not exist yet, or has no schema (the pipeline never ran)."""


@dataclass(frozen=True)
class Snapshot:
    """Everything the page shows, copied out of DuckDB as plain Python values."""

    monthly: list[dict[str, Any]]
    alerts: list[dict[str, Any]]
    quarantine: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    demo: bool
    totals: list[dict[str, Any]] = field(default_factory=list)
    read_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    source_failures: list[dict[str, Any]] = field(default_factory=list)
    # The review queue (issue 14): open and flagged items, and the months whose run would apply an
    # accepted decision not applied yet.
    review_items: list[Any] = field(default_factory=list)
    review_pending_months: list[str] = field(default_factory=list)

    def series_names(self) -> list[str]:
        """Known series first (even when empty), then any other series found in the data."""
        found = {row["series"] for row in self.monthly}
        configured = configured_series()
        return [*configured, *sorted(found - set(configured))]

    def months_of(self, series: str) -> list[dict[str, Any]]:
        """The monthly rows of one series, oldest first."""
        return [row for row in self.monthly if row["series"] == series]

    def open_alerts(self) -> list[dict[str, Any]]:
        """Alerts still to be delivered (pending) or whose delivery failed."""
        return [alert for alert in self.alerts if alert["status"] in OPEN_ALERT_STATUSES]


def db_path() -> Path:
    """The DuckDB file, read from the environment on every request (never cached at import)."""
    return Settings.from_env().db_path




def _read_limits() -> tuple[int, float]:
    # The package's values, read at call time: tests (and operators) may change them on `hotline.ui`.
    package = sys.modules["hotline.ui"]
    return package.READ_ATTEMPTS, package.READ_DELAY_S


def read_snapshot(path: Path, *, attempts: int | None = None, delay_s: float | None = None) -> Snapshot:
    """Copy the page's rows out of DuckDB, holding the read-only connection as briefly as possible.

    Raises `NoDataError` when there is nothing to read yet and `store.DatabaseBusyError` when a
    writer keeps the file locked past the bounded wait.
    """
    if not path.is_file():
        raise NoDataError(f"{path} does not exist yet")
    try:
        default_attempts, default_delay_s = _read_limits()
        conn = store.connect_reader(path, attempts=attempts or default_attempts,
                                    delay_s=default_delay_s if delay_s is None else delay_s)
    except duckdb.IOException as error:  # e.g. deleted between the check and the open
        raise NoDataError(str(error)) from error
    try:
        return _query_snapshot(conn)
    except duckdb.CatalogException as error:  # a file without the schema
        raise NoDataError(str(error)) from error
    finally:
        conn.close()


def _query_snapshot(conn: store.Connection) -> Snapshot:
    alerts = store.load_alerts(conn)
    findings = store.load_findings(conn, limit=FINDINGS_LIMIT)
    for alert in alerts:
        alert["details"] = _json_or_text(alert["details"])
    for finding in findings:
        finding["urls"] = _url_list(finding["urls"])
    # Totals the sources state (running totals since launch, totals over a span of months) are shown as
    # what they are, never as a month of the series.
    return Snapshot(monthly=store.load_series_rows(conn), alerts=alerts,
                    quarantine=store.load_quarantine(conn, limit=QUARANTINE_LIMIT), findings=findings,
                    demo=Settings.from_env().demo,
                    source_failures=store.load_source_failures(conn, limit=SOURCE_FAILURES_LIMIT),
                    totals=store.load_stated_totals(conn), review_items=store.reviews.load_items(conn),
                    review_pending_months=store.reviews.pending_months(conn))


def _json_or_text(raw: Any) -> Any:
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _url_list(raw: Any) -> list[str]:
    value = _json_or_text(raw)
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)] if value else []
