"""`missing_report`: a state machine the report watch drives daily, with the clock passed in."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from statistics import median

from hotline.detect.rules import DEFAULT_RULES, MISSING_REPORT, DetectionRules, alert_key
from hotline.months import month_end, month_name
from hotline.records import Alert
from hotline.series import series_title


@dataclass(frozen=True)
class _Stage:
    rule: str  # the key's rule part: missing_report.late | missing_report.missing.N | ...resolved
    due: datetime
    severity: str
    reminder: int = 0  # 1..max_missing_alerts for the "missing" stages


def report_lag_days(month: str, published_at: datetime) -> int:
    """Whole days from the end of `month` to the report's publication (to learn the usual lag)."""
    return (_aware(published_at) - month_end(month)).days


def expected_report_at(
    month: str, expected_lags_days: Sequence[int], rules: DetectionRules = DEFAULT_RULES
) -> datetime:
    """Month end + the median of the known lags (the default lag until `min_known_lags` exist)."""
    lags = list(expected_lags_days)
    lag = median(lags) if len(lags) >= rules.min_known_lags else rules.default_lag_days
    return month_end(month) + timedelta(days=float(lag))


def check_missing_report(
    series: str,
    month: str,
    *,
    expected_lags_days: Sequence[int],
    report_published_at: datetime | None,
    now: datetime,
    already_sent: Collection[str],
    rules: DetectionRules = DEFAULT_RULES,
) -> Alert | None:
    """The one missing-report alert to send now for `series`/`month`, or None.

    Call it daily for every month whose report is pending or recently arrived. `expected_lags_days`
    are past lags (see `report_lag_days`); `report_published_at` is when this month's report
    appeared (None, or later than `now`, means not yet); `already_sent` holds the keys of alerts
    already recorded for it (the function keeps no state of its own).

    States: on time → `late` (warning, `late_after_days` past the expected day) → `missing` (alert,
    `missing_after_days` past it), repeated up to `max_missing_alerts` times in all at doubling
    intervals → `resolved` (info) once the report arrives, only if late or missing had been sent.
    A run that skipped days sends only the most advanced stage due, never a stale earlier one.
    """
    now = _aware(now)
    expected = expected_report_at(month, expected_lags_days, rules)
    arrived = report_published_at is not None and _aware(report_published_at) <= now
    if arrived:
        assert report_published_at is not None
        return _resolved_alert(series, month, expected, _aware(report_published_at), already_sent)
    due = [stage for stage in _stages(expected, rules) if stage.due <= now]
    if not due:
        return None
    latest = due[-1]
    if alert_key(latest.rule, series, month) in already_sent:
        return None
    return _missing_alert(series, month, latest, expected, now, rules)


def _stages(expected: datetime, rules: DetectionRules) -> list[_Stage]:
    stages = [_Stage(f"{MISSING_REPORT}.late", expected + timedelta(days=rules.late_after_days), "warning")]
    due = expected + timedelta(days=rules.missing_after_days)
    interval = rules.missing_repeat_days
    for reminder in range(1, rules.max_missing_alerts + 1):
        stages.append(_Stage(f"{MISSING_REPORT}.missing.{reminder}", due, "alert", reminder))
        due += timedelta(days=interval)
        interval *= 2  # increasing intervals: a report gone for weeks needs no daily nagging
    return stages


def _missing_alert(
    series: str, month: str, stage: _Stage, expected: datetime, now: datetime, rules: DetectionRules
) -> Alert:
    name = series_title(series)
    days_over = (now - expected).days
    if stage.reminder:
        state = "missing"
        text = (
            f"{name}: the report for {month_name(month)} is still missing, {days_over} days after it was "
            f"expected ({expected:%Y-%m-%d}) (notice {stage.reminder} of {rules.max_missing_alerts})."
        )
    else:
        state = "late"
        text = f"{name}: the report for {month_name(month)} is late; it was expected around {expected:%Y-%m-%d}."
    return Alert(
        key=alert_key(stage.rule, series, month),
        series=series,
        month=month,
        kind=MISSING_REPORT,
        severity=stage.severity,
        message=text,
        details={
            "state": state,
            "expected_at": expected.isoformat(),
            "days_past_expected": days_over,
            "reminder": stage.reminder or None,
        },
    )


def _resolved_alert(
    series: str, month: str, expected: datetime, published_at: datetime, already_sent: Collection[str]
) -> Alert | None:
    key = alert_key(f"{MISSING_REPORT}.resolved", series, month)
    was_announced = any(k.startswith(f"{MISSING_REPORT}.") and f":{series}:{month}:" in k for k in already_sent)
    if not was_announced or key in already_sent:
        return None
    days_late = (published_at - expected).days
    return Alert(
        key=key,
        series=series,
        month=month,
        kind=MISSING_REPORT,
        severity="info",
        message=(
            f"{series_title(series)}: the report for {month_name(month)} arrived on "
            f"{published_at:%Y-%m-%d}, {days_late} days after it was expected."
        ),
        details={
            "state": "resolved",
            "expected_at": expected.isoformat(),
            "published_at": published_at.isoformat(),
            "days_past_expected": days_late,
            "reminder": None,
        },
    )


def _aware(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC (Airflow passes aware ones)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
