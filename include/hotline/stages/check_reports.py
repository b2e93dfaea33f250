"""The `check_reports` stage (the report watch): is the owned month's report late or missing, or has
it arrived after all?"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from hotline import detect, store
from hotline.months import MonthRun
from hotline.settings import Settings
from hotline.stages import Summary

log = logging.getLogger(__name__)

# Series expected to report every month; «Хочу жить» figures come too rarely to expect one.
WATCHED_SERIES = ("i_want_to_find",)


def check_reports(conn: store.Connection, run: MonthRun, settings: Settings | None = None,
                  upstream: Summary | None = None) -> Summary:
    """The daily clock: is the owned month's report late or missing, or has it arrived after all?

    "Now" is the run's interval end, not the wall clock, so a rerun decides the same way.
    """
    now = run.window_end
    raised = []
    for series in WATCHED_SERIES:
        reports = store.load_report_dates(conn, series)
        lags = [detect.report_lag_days(month, published) for month, published in reports.items()
                if month < run.month]
        already = store.load_alert_keys(conn, detect.MISSING_REPORT, series, run.month)
        alert = detect.check_missing_report(series, run.month, expected_lags_days=lags,
                                            report_published_at=reports.get(run.month), now=now,
                                            already_sent=already)
        if alert is None:
            continue
        live = now >= run.started_at - timedelta(days=2)
        status = "pending" if live and alert.severity != "info" else ("recorded" if live else "suppressed")
        with store.transaction(conn):
            store.save_alerts(conn, [alert], {alert.key: status}, datetime.now(UTC))
        raised.append(f"{alert.key} ({status})")
    summary = {"month": run.month, "checked_at": now.isoformat(), "alerts": raised}
    log.info("report check %s: %s", run.month, summary)
    return summary

