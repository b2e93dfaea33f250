"""The `detect_alerts` stage: reconcile, then the alert rules; it changes no data and hands the load
its plan.

Detection runs before the load and changes no data: it reconciles the accepted observations into
one value per series and month, runs the alert rules over that series, and hands the plan to the
load (`load_monthly_counts`), which commits the values, revisions, findings and alerts in one
transaction (a transactional outbox). A month's value and the alerts it raises are recorded
together or not at all, and deterministic keys make reruns, retries and backfills insert nothing
twice.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from hotline import detect, store
from hotline.months import MonthRun, month_end
from hotline.reconcile import Reconciliation, current_observations, reconcile
from hotline.records import Alert, Finding, MonthlyCount, Plan
from hotline.settings import Settings
from hotline.stages import Summary

log = logging.getLogger(__name__)


def detect_alerts(conn: store.Connection, run: MonthRun, settings: Settings | None = None,
                  upstream: Summary | None = None) -> Summary:
    """Reconcile the accepted observations and run the alert rules over the result.

    It changes no data (only its run summary is recorded, like every step's).

    Returns the summary plus `plan`, the JSON form of the `Plan` that `load_monthly_counts` commits.
    Only the newest month, ended recently relative to the run's real start, is queued for delivery;
    alerts about older months (backfills) are recorded as suppressed.
    """
    settings = settings or Settings.from_env()
    states = store.load_post_states(conn)  # edits and deletions decide which readings count (issue 23)
    result = reconcile(current_observations(store.load_observations(conn, status="accepted"), states))
    withdrawn = _withdrawn_months(conn, run, result)
    findings = [*result.findings,
                *(withdrawn_finding(row, states.get((row.source, row.post_id), (0, False))[1]) for row in withdrawn)]
    history = list(result.monthly)
    alerts = detect.alerts_from_series(history) + detect.alerts_from_checks(findings, result.revisions)
    newest: dict[str, str] = {}
    # A withdrawn month (its only source deleted) is still the newest the series has known: its alert counts.
    for series, month in [*((count.series, count.month) for count in history),
                          *((row.series, row.month) for row in withdrawn)]:
        newest[series] = max(newest.get(series, month), month)
    plan = _what_the_load_writes(conn, Plan(
        monthly=tuple(result.monthly), revisions=tuple(result.revisions), findings=tuple(findings),
        alerts=tuple(alerts), status_for={alert.key: _initial_status(alert, newest, run, settings) for alert in alerts},
        withdrawn=tuple((row.series, row.month) for row in withdrawn)))
    own = [alert for alert in alerts if alert.month == run.month]
    summary = {"month": run.month, "alerts_total": len(alerts),
               "month_alerts": [f"{a.kind}:{a.severity}" for a in own], "withdrawn": len(withdrawn),
               "to_write": {"months": len(plan.monthly), "revisions": len(plan.revisions),
                            "findings": len(plan.findings), "alerts": len(plan.alerts)}}
    log.info("detect %s: %s", run.month, summary)
    return {**summary, "plan": plan.to_json()}


def _what_the_load_writes(conn: store.Connection, plan: Plan) -> Plan:
    """The plan narrowed to what the load would change: months new or stored otherwise, revisions,
    findings and alerts not kept yet. It travels by XCom, so a rerun over a multi-year history
    carries a few rows instead of the whole series (the load's writes are the same either way: it
    skips unchanged rows and existing keys)."""
    alerts = store.new_alerts(conn, plan.alerts)
    return Plan(monthly=tuple(store.changed_monthly_counts(conn, plan.monthly)),
                revisions=tuple(store.new_revisions(conn, plan.revisions)),
                findings=tuple(store.new_findings(conn, plan.findings)),
                alerts=tuple(alerts), status_for={alert.key: plan.status_for[alert.key] for alert in alerts},
                withdrawn=plan.withdrawn)


def _withdrawn_months(conn: store.Connection, run: MonthRun, result: Reconciliation) -> list[MonthlyCount]:
    """Stored months that no accepted observation supports any more, among those whose source
    post this run has just re-read (an improved extractor no longer reads the figure there).

    Limited to the run's window so that a month is never withdrawn merely because its posts were
    not read this time."""
    kept = {(row.series, row.month) for row in result.monthly}
    stored = store.load_monthly_counts_published_between(conn, run.window_start, run.window_end)
    return [row for row in stored if (row.series, row.month) not in kept]


def withdrawn_finding(row: MonthlyCount, source_deleted: bool = False) -> Finding:
    """The finding that says a stored month is removed: its post deleted, or no longer read so."""
    why = ": its source post was deleted from the channel" if source_deleted else \
        " is no longer read from its source post"
    return Finding(
        finding_key=f"{'source_deleted' if source_deleted else 'withdrawn'}:{row.series}:{row.month}:{row.requests}",
        series=row.series, month=row.month, rule="source_deleted" if source_deleted else "withdrawn",
        severity="warning",
        message=f"the stored value {row.requests:,}{why}; the month is removed until a source states it again",
        urls=(row.source_url,),
    )


def _initial_status(alert: Alert, newest: dict[str, str], run: MonthRun, settings: Settings) -> str:
    recent = month_end(alert.month) >= run.started_at - timedelta(days=settings.delivery_window_days)
    if alert.month == newest.get(alert.series) and recent and alert.severity != "info":
        return "pending"
    return "suppressed" if alert.severity != "info" else "recorded"
