"""Delivering the outbox: which pending alerts go out, with what (their month's sources, the PNG
chart of the series' last 24 months), and how each outcome is recorded. `message` and `chart_png`
stay pure; `apprise_send` talks to Apprise.

The guarantees (README, "Delivery"):
- Only the delivery window counts: an alert whose month ended more than
  `HOTLINE_DELIVERY_WINDOW_DAYS` before the run started is `suppressed`, never sent, whenever a
  target was added.
- With no target configured, a pending alert is `recorded` (not left `pending` for a target that
  may be added months later).
- Each target gets each alert at most once: `sent`, or `unconfirmed` when the target took the
  request but its answer did not come in time (not sent again); a target that failed is retried
  alone, on the task's retry or the next run.

What differs for the demo comes from settings (`Settings.demo`, the channel's base URL), not
from the data.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hotline import apprise_send, store
from hotline.message import Message, compose_message, compose_title, details_of
from hotline.months import MonthRun, month_end
from hotline.settings import Settings
from hotline.store import alerts as outbox_store

log = logging.getLogger(__name__)
CHART_MONTHS = 24
_TELEGRAM_HOSTS = ("t.me", "telegram.me", "www.t.me")


class DeliveryError(RuntimeError):
    """Some alerts could not be delivered to some target; they stay pending for the task's retry
    and the next run (and go only to the targets that did not get them)."""


def series_months(conn: store.Connection, series: str, up_to: str) -> list[dict[str, Any]]:
    """The series' stored months up to and including `up_to`, the last 24, oldest first."""
    months = [{"month": c.month, "requests": c.requests, "qualifier": c.qualifier, "source_url": c.source_url}
              for c in store.load_monthly_counts(conn) if c.series == series and c.month <= up_to]
    return months[-CHART_MONTHS:]


def alert_chart_png(conn: store.Connection, alert: dict[str, Any], *, demo: bool = False) -> bytes:
    """The alert's chart: 24 months up to its month, the month marked, the previous record drawn."""
    from hotline.chart_png import png_chart

    months = series_months(conn, alert["series"], alert["month"])
    details = details_of(alert)
    record = None
    if details.get("previous_record_month") and details.get("previous_record_value") is not None:
        record = (details["previous_record_month"], int(details["previous_record_value"]))
    return png_chart(alert["series"], months, month=alert["month"], previous_record=record, demo=demo,
                     headline=compose_title(alert).split(": ", 1)[-1])


def write_chart_file(conn: store.Connection, alert: dict[str, Any], folder: Path, *, demo: bool = False) -> str:
    """The alert's PNG chart written into `folder`; its path (Apprise attaches files by path)."""
    path = folder / f"{alert['series']}-{alert['month']}.png"
    path.write_bytes(alert_chart_png(conn, alert, demo=demo))
    return str(path)


def post_link_for(settings: Settings) -> Callable[[str], str | None]:
    """How a stored post URL is shown: a Telegram post links where its channel is served (the
    configured base URL: the demo's loopback server in the demo). A demo post on t.me itself has
    nothing to show (no such channel exists there): None."""
    base = settings.telegram_base_url.rstrip("/")
    served_elsewhere = (urlsplit(base).hostname or "") not in _TELEGRAM_HOSTS

    def link(url: str) -> str | None:
        parts = urlsplit(url or "")
        if parts.hostname not in _TELEGRAM_HOSTS:
            return url or None
        if served_elsewhere:
            return f"{base}{parts.path}"
        return None if settings.demo else url

    return link


def composer(conn: store.Connection, settings: Settings) -> Callable[[dict[str, Any]], Message]:
    """A `compose(alert)` for `apprise_send.deliver` that knows each month's sources and the page's URL."""
    stored = {(c.series, c.month): c.source_url for c in store.load_monthly_counts(conn)}
    link = post_link_for(settings)

    def compose(alert: dict[str, Any]) -> Message:
        source_url = stored.get((alert["series"], alert["month"]))
        sources = store.load_month_sources(conn, alert["series"], alert["month"])
        return compose_message(alert, sources=sources, source_url=source_url, public_url=settings.public_url,
                               demo=settings.demo, post_link=link)

    return compose


def in_window(alert: dict[str, Any], run: MonthRun, settings: Settings) -> bool:
    """Whether the alert's month ended within the delivery window before the run started."""
    return month_end(alert["month"]) >= run.started_at - timedelta(days=settings.delivery_window_days)


def deliver_outbox(conn: store.Connection, run: MonthRun, sender: Any, settings: Settings) -> dict[str, Any]:
    """Send every pending alert in the delivery window once to each target, with its sources and a
    PNG chart; record each outcome. Raises DeliveryError (after recording) when a target failed."""
    pending = store.load_alerts(conn, statuses=("pending",))
    too_old = [alert for alert in pending if not in_window(alert, run, settings)]
    outbox = [alert for alert in pending if in_window(alert, run, settings)]
    _set_status(conn, too_old, "suppressed",
                f"outside the delivery window ({settings.delivery_window_days} days after the month's end)")
    targets = apprise_send.targets_of(sender)
    if not targets:
        _set_status(conn, outbox, "recorded", "no delivery target configured")
        if outbox:
            log.warning("No delivery target configured: %d alert(s) recorded, nothing sent.", len(outbox))
        report = apprise_send.DeliveryReport(skipped_no_target=len(outbox))
    else:
        report = _send(conn, outbox, sender, settings)
    summary = {"month": run.month, **asdict(report), "suppressed_old": len(too_old)}
    log.info("notify %s: %s", run.month, summary)
    if report.failed:
        raise DeliveryError(f"{report.failed} of {len(outbox)} alert(s) not delivered to every target; "
                            "they stay pending for those targets")
    return summary


def _send(conn: store.Connection, outbox: list[dict[str, Any]], sender: Any, settings: Settings) -> Any:
    def record(key: str, status: str, error: str | None) -> None:
        with store.transaction(conn):
            outbox_store.mark_alert(conn, key, status, _now(), error)

    def record_target(key: str, target: apprise_send.Target, outcome: str, error: str | None) -> None:
        # Written at once, each in its own transaction: a crash after a send never forgets it.
        with store.transaction(conn):
            outbox_store.save_delivery(conn, key, target.id, target.label, outcome, error, _now())

    def done(key: str) -> dict[str, str]:
        return {row["target"]: row["status"] for row in outbox_store.load_deliveries(conn, key)}

    with tempfile.TemporaryDirectory(prefix="hotline-charts-") as folder:
        return apprise_send.deliver(outbox, sender, record,
                              lambda alert: write_chart_file(conn, alert, Path(folder), demo=settings.demo),
                              compose=composer(conn, settings), done=done, on_target=record_target)


def _set_status(conn: store.Connection, alerts: list[dict[str, Any]], status: str, why: str) -> None:
    if not alerts:
        return
    with store.transaction(conn):
        for alert in alerts:
            outbox_store.mark_alert(conn, alert["alert_key"], status, _now(), why, attempted=False)


def _now() -> datetime:
    return datetime.now(UTC)


__all__ = ["DeliveryError", "composer", "deliver_outbox", "post_link_for"]
