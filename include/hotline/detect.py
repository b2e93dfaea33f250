"""Alert detection: pure rules from a monthly history (and a clock) to `Alert`s.

Three rules, each with a version that is part of every alert key (bump it when the rule's logic
changes, so the outbox re-issues what the new logic finds):

- `record_high`: a month above every earlier month of its series. A plain record is an *info*
  notice (a growing series sets them often); it becomes an *alert* when the source itself claims a
  record, when the jump rule fires upwards in the same month, or when it beats the previous record
  by a clear margin after the series had fallen back below that record (see `DetectionRules`).
- `unusual_jump`: `q = ln(x / median of the 3 previous months)`, scored robustly (median and
  MAD) against the previous q values of months that were not flagged; a plain ratio rule while
  there are too few q values to score.
- `missing_report`: a state machine (on time → late → missing, bounded reminders → resolved) for
  a daily DAG, with the clock passed in.

Detection is causal: each month is judged only on data up to and including that month, so a
backfill of month M yields the same alerts as the live run of M did. Nothing here reads a clock,
a database or the network.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from statistics import median
from typing import Any

from hotline.months import month_end, month_name, months_between, parse_month
from hotline.records import Alert, Finding, MonthlyCount, Revision
from hotline.series import series_title

RECORD_HIGH = "record_high"
UNUSUAL_JUMP = "unusual_jump"
MISSING_REPORT = "missing_report"
CONFLICT = "conflict"
REVISION = "revision"
CROSS_CHECK = "cross_check"
SOURCE_DOWN = "source_down"
SOURCE_RECOVERED = "source_recovered"
# Alerts about the sources themselves (not about a series) carry this in their `series` column.
SOURCES = "sources"
# Bump a rule's version when its logic changes: keys change, so the new findings are re-issued.
RULE_VERSIONS: dict[str, int] = {
    RECORD_HIGH: 1, UNUSUAL_JUMP: 1, MISSING_REPORT: 1, CONFLICT: 1, REVISION: 1, CROSS_CHECK: 1,
    SOURCE_DOWN: 1, SOURCE_RECOVERED: 1,
}

# 1.4826 × MAD estimates the standard deviation of normally distributed data.
MAD_TO_SIGMA = 1.4826


@dataclass(frozen=True)
class DetectionRules:
    """Thresholds of all rules, with the defaults the issue agreed on."""

    # record_high
    record_margin: float = 0.05  # beat the previous record by ≥ 5% → alert ...
    # ... unless the previous record was set the month before: on a growing series a run of
    # monthly records is the trend itself (every month of 2024 beat the last by more than 5%).
    record_margin_skips_runs: bool = True
    record_min_prior_months: int = 3  # "highest so far" of 1–2 months says nothing
    # unusual_jump
    baseline_months: int = 3  # q = ln(x / median of this many previous months)
    score_window: int = 24  # score q against this many previous unflagged q values
    min_scored_history: int = 16  # fewer unflagged q values → the ratio fallback
    warning_score: float = 3.0
    alert_score: float = 3.5
    alert_min_change: float = 0.15  # an alert also needs |x / baseline - 1| ≥ 15%
    min_scale: float = 0.05  # floor for 1.4826 × MAD (log units ≈ 5%), so MAD = 0 cannot explode
    fallback_ratio: float = 1.5  # fallback: x ≥ 1.5 × baseline or x ≤ baseline / 1.5 → warning
    max_gap_months: int = 2  # a comparison across a longer gap is at most a warning, and says so
    # missing_report
    default_lag_days: int = 10  # expected lag until enough reports are known
    min_known_lags: int = 3
    late_after_days: int = 3  # past the expected day → "late" (warning)
    missing_after_days: int = 10  # past the expected day → "missing" (alert)
    max_missing_alerts: int = 3  # "missing" is sent at most this many times in all ...
    missing_repeat_days: int = 7  # ... first reminder 7 days later, each next interval doubled


DEFAULT_RULES = DetectionRules()


@dataclass(frozen=True)
class _Context:
    """Everything known about one month when it is judged (only data up to that month)."""

    count: MonthlyCount
    previous: MonthlyCount | None  # the latest earlier month present
    gap_months: int  # calendar months missing between `previous` and this month
    baseline: float | None  # median of the previous `baseline_months` months present
    q: float | None
    score: float | None  # None: too little history, the ratio fallback applies
    previous_record: MonthlyCount | None
    prior_months: int  # how many earlier months of the series are present

    @property
    def value(self) -> int:
        return self.count.requests

    @property
    def ratio(self) -> float | None:
        return None if self.baseline is None else math.exp(_log_ratio(self.value, self.baseline))

    @property
    def change_pct(self) -> float | None:
        """Change vs the previous month present, in percent."""
        return None if self.previous is None else 100.0 * (math.exp(_log_ratio(self.value, self.previous.requests)) - 1)

    @property
    def baseline_change_pct(self) -> float | None:
        return None if self.ratio is None else 100.0 * (self.ratio - 1)


@dataclass(frozen=True)
class _Jump:
    direction: str  # up | down
    severity: str  # warning | alert
    method: str  # robust | ratio_fallback


@dataclass
class _SeriesState:
    """What the causal walk over one series remembers from earlier months."""

    seen: list[MonthlyCount] = field(default_factory=list)
    unflagged_q: list[float] = field(default_factory=list)
    jump_months: dict[str, str] = field(default_factory=dict)  # month → direction of emitted jump
    record: MonthlyCount | None = None


def detect_alerts(
    history: Sequence[MonthlyCount],
    *,
    months: Collection[str] | None = None,
    rules: DetectionRules = DEFAULT_RULES,
) -> list[Alert]:
    """Record and jump alerts for `months` (default: every month in `history`).

    `history` holds all known months of one or more series, in any order (one row per series and
    month; a duplicate raises ValueError). Each month is judged only on data up to and including
    it, so the result for month M does not change when later months are added. Alerts come sorted
    by series, month and kind.
    """
    wanted = None if months is None else set(months)
    alerts: list[Alert] = []
    for _series, counts in sorted(_group_by_series(history).items()):
        alerts.extend(a for a in _detect_series(counts, rules) if wanted is None or a.month in wanted)
    return sorted(alerts, key=lambda a: (a.series, a.month, a.kind, a.key))


def alert_key(rule: str, series: str, month: str, direction: str = "none") -> str:
    """The deterministic key `rule:series:month:direction:vN` (N = the rule's version)."""
    base_rule = rule.split(".", 1)[0]
    return f"{rule}:{series}:{month}:{direction}:v{RULE_VERSIONS[base_rule]}"


def _group_by_series(history: Iterable[MonthlyCount]) -> dict[str, list[MonthlyCount]]:
    groups: dict[str, dict[str, MonthlyCount]] = {}
    for count in history:
        parse_month(count.month)  # reject malformed months early, with a clear message
        by_month = groups.setdefault(count.series, {})
        if count.month in by_month:
            raise ValueError(f"duplicate month in history: {count.series} {count.month}")
        by_month[count.month] = count
    return {series: [by_month[m] for m in sorted(by_month)] for series, by_month in groups.items()}


def _detect_series(counts: list[MonthlyCount], rules: DetectionRules) -> list[Alert]:
    """Walk one series month by month, each month seeing only what came before it."""
    state = _SeriesState()
    alerts: list[Alert] = []
    for count in counts:
        context = _context_for(count, state, rules)
        jump, exclude_q = _judge_jump(context, state, rules)
        if jump is not None:
            alerts.append(_jump_alert(context, jump))
            state.jump_months[count.month] = jump.direction
        record = _record_alert(context, jump, rules)
        if record is not None:
            alerts.append(record)
        _remember(state, context, exclude_q)
    return alerts


def _context_for(count: MonthlyCount, state: _SeriesState, rules: DetectionRules) -> _Context:
    previous = state.seen[-1] if state.seen else None
    window = state.seen[-rules.baseline_months :]
    baseline = float(median(c.requests for c in window)) if len(window) == rules.baseline_months else None
    q = _log_ratio(count.requests, baseline) if baseline is not None else None
    return _Context(
        count=count,
        previous=previous,
        gap_months=months_between(previous.month, count.month) - 1 if previous else 0,
        baseline=baseline,
        q=q,
        score=_robust_score(q, state.unflagged_q, rules),
        previous_record=state.record,
        prior_months=len(state.seen),
    )


def _robust_score(q: float | None, history_q: list[float], rules: DetectionRules) -> float | None:
    """(q − median) / (1.4826 × MAD) over the recent unflagged q values; None if too few."""
    recent = history_q[-rules.score_window :]
    if q is None or len(recent) < rules.min_scored_history:
        return None
    center = median(recent)
    mad = median(abs(v - center) for v in recent)
    return (q - center) / max(MAD_TO_SIGMA * mad, rules.min_scale)


def _judge_jump(context: _Context, state: _SeriesState, rules: DetectionRules) -> tuple[_Jump | None, bool]:
    """The jump to report (if any), and whether this month's q must stay out of the baseline."""
    if context.q is None:
        return None, True
    candidate = _robust_jump(context, rules) if context.score is not None else _fallback_jump(context, rules)
    if candidate is None:
        return None, False
    # Flagged months stay out of the q baseline, reported or not: a spike, its echo and the
    # months of a new level would otherwise widen the MAD and hide the next real jump.
    if _continues_previous_jump(context, candidate, state, rules) or _returns_to_level(
        context, candidate, state, rules
    ):
        return None, True
    return candidate, True


def _robust_jump(context: _Context, rules: DetectionRules) -> _Jump | None:
    assert context.score is not None and context.ratio is not None
    size = abs(context.score)
    if size < rules.warning_score:
        return None
    clear_change = abs(context.ratio - 1) >= rules.alert_min_change
    severity = "alert" if size >= rules.alert_score and clear_change else "warning"
    if context.gap_months > rules.max_gap_months:
        severity = "warning"  # the baseline is older than the gap allows: say so, don't shout
    return _Jump("up" if context.score > 0 else "down", severity, "robust")


def _fallback_jump(context: _Context, rules: DetectionRules) -> _Jump | None:
    assert context.ratio is not None
    if context.ratio >= rules.fallback_ratio:
        return _Jump("up", "warning", "ratio_fallback")
    if context.ratio <= 1 / rules.fallback_ratio:
        return _Jump("down", "warning", "ratio_fallback")
    return None


def _continues_previous_jump(context: _Context, jump: _Jump, state: _SeriesState, rules: DetectionRules) -> bool:
    """The month after a jump, holding the new level: the baseline still lags, nothing new."""
    previous = context.previous
    if previous is None or state.jump_months.get(previous.month) != jump.direction:
        return False
    return abs(_log_ratio(context.value, previous.requests)) < math.log(1 + rules.alert_min_change)


def _returns_to_level(context: _Context, jump: _Jump, state: _SeriesState, rules: DetectionRules) -> bool:
    """After a spike, coming back to the level before it is not a jump.

    Only when the baseline window holds a reported jump: then the month is compared with the
    median of the last months that were not jumps, and must move away from that level too.
    """
    window = state.seen[-rules.baseline_months :]
    if not any(c.month in state.jump_months for c in window):
        return False
    calm = [c.requests for c in state.seen if c.month not in state.jump_months][-rules.baseline_months :]
    if not calm:
        return False
    change = math.exp(_log_ratio(context.value, median(calm))) - 1
    same_direction = change > 0 if jump.direction == "up" else change < 0
    return not same_direction or abs(change) < rules.alert_min_change


def _record_alert(context: _Context, jump: _Jump | None, rules: DetectionRules) -> Alert | None:
    previous_record = context.previous_record
    if previous_record is None or context.value <= previous_record.requests:
        return None  # the first month of a series is not a record
    reasons = _record_promotions(context, jump, rules)
    if not reasons and context.prior_months < rules.record_min_prior_months:
        return None
    severity = "alert" if reasons else "info"
    return Alert(
        key=alert_key(RECORD_HIGH, context.count.series, context.count.month, "up"),
        series=context.count.series,
        month=context.count.month,
        kind=RECORD_HIGH,
        severity=severity,
        message=_record_message(context, reasons),
        details={**_details(context), "promoted_because": reasons},
    )


def _record_promotions(context: _Context, jump: _Jump | None, rules: DetectionRules) -> list[str]:
    """Why a record is an alert rather than a notice (empty: a plain record)."""
    assert context.previous_record is not None
    reasons = []
    if context.count.record_claimed:
        reasons.append("claimed by the source")
    if jump is not None and jump.direction == "up":
        reasons.append("unusual jump")
    margin = math.exp(_log_ratio(context.value, context.previous_record.requests)) - 1
    in_run = context.previous is not None and context.previous.month == context.previous_record.month
    if margin >= rules.record_margin and not (rules.record_margin_skips_runs and in_run):
        reasons.append(f"{100 * margin:.0f}% above the previous record")
    return reasons


def _jump_alert(context: _Context, jump: _Jump) -> Alert:
    return Alert(
        key=alert_key(UNUSUAL_JUMP, context.count.series, context.count.month, jump.direction),
        series=context.count.series,
        month=context.count.month,
        kind=UNUSUAL_JUMP,
        severity=jump.severity,
        message=_jump_message(context, jump),
        details={**_details(context), "direction": jump.direction, "method": jump.method},
    )


def _details(context: _Context) -> dict[str, Any]:
    record = context.previous_record
    return {
        "value": context.value,
        "qualifier": context.count.qualifier,
        "previous_month": context.previous.month if context.previous else None,
        "previous_value": context.previous.requests if context.previous else None,
        "change_pct": _rounded(context.change_pct, 1),
        "baseline": context.baseline,
        "baseline_change_pct": _rounded(context.baseline_change_pct, 1),
        "ratio": _rounded(context.ratio, 4),
        "q": _rounded(context.q, 4),
        "score": _rounded(context.score, 2),
        "gap_months": context.gap_months,
        "previous_record_month": record.month if record else None,
        "previous_record_value": record.requests if record else None,
        "record_claimed": context.count.record_claimed,
    }


# --- messages: short sentences a journalist can use as they are -----------------------------


def _record_message(context: _Context, reasons: list[str]) -> str:
    record = context.previous_record
    assert record is not None
    margin = 100 * (math.exp(_log_ratio(context.value, record.requests)) - 1)
    text = (
        f"{_headline(context)} — a new monthly record, {margin:+.1f}% on the previous record "
        f"({month_name(record.month)}: {_number(record)})."
    )
    if context.count.record_claimed:
        text += " The source itself calls it a record."
    return f"{text} {_comparisons(context)}"


def _jump_message(context: _Context, jump: _Jump) -> str:
    word = "jump" if jump.direction == "up" else "drop"
    text = f"{_headline(context)} — an unusual {word}. {_comparisons(context)}"
    if context.previous_record is not None:
        record = context.previous_record
        text += f" The record so far: {month_name(record.month)} ({_number(record)})."
    if jump.method == "ratio_fallback":
        text += " (Too little history for a robust score: judged on the ratio alone.)"
    if context.gap_months:
        # Any gap is worth saying; only one longer than `max_gap_months` also caps the severity.
        text += f" Compared across a gap of {context.gap_months} missing month(s)."
    return text


def _headline(context: _Context) -> str:
    name = series_title(context.count.series)
    return f"{name}, {month_name(context.count.month)}: {_number(context.count)} requests"


def _comparisons(context: _Context) -> str:
    parts = []
    if context.previous is not None and context.change_pct is not None:
        parts.append(
            f"{context.change_pct:+.1f}% vs {month_name(context.previous.month)} ({_number(context.previous)})"
        )
    if context.baseline is not None and context.baseline_change_pct is not None:
        parts.append(f"{context.baseline_change_pct:+.1f}% vs the 3-month median ({context.baseline:,.0f})")
    if context.score is not None:
        parts.append(f"robust score {context.score:+.1f}")
    text = "; ".join(parts)
    text = f"{text[:1].upper()}{text[1:]}." if text else ""
    if context.count.qualifier != "exact":
        text += f" The figure is rounded in the source (“{context.count.qualifier}”)."
    return text.strip()


def _number(count: MonthlyCount) -> str:
    prefix = {"over": "over ", "about": "about "}.get(count.qualifier, "")
    return f"{prefix}{count.requests:,}"


def _log_ratio(value: float, reference: float) -> float:
    """ln(value / reference), with zeros (an outage, a typo) clamped to half a request."""
    return math.log(max(value, 0.5) / max(reference, 0.5))


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _remember(state: _SeriesState, context: _Context, exclude_q: bool) -> None:
    if context.q is not None and not exclude_q:
        state.unflagged_q.append(context.q)
    state.seen.append(context.count)
    if state.record is None or context.value > state.record.requests:
        state.record = context.count


# --- missing_report: a state machine a daily DAG drives, with the clock passed in ---------------


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


def alerts_from_checks(findings: Iterable[Finding], revisions: Iterable[Revision]) -> list[Alert]:
    """Turn reconciliation's findings (conflicts, failed cross-checks) and revisions into alerts.

    A conflict keeps its severity (official sources disagreeing is an alert); a failed cross-check
    is a warning; a revision is a warning naming both values and both sources. A finding without a
    month (running totals, gap totals) raises none. Keys derive from the finding's own key, so the
    same contradiction is alerted once however often it is seen.
    """
    alerts = []
    for finding in findings:
        if not finding.month:
            continue
        kind = CONFLICT if finding.rule == CONFLICT else CROSS_CHECK
        digest = finding.finding_key.rsplit(":", 1)[-1]
        urls = list(finding.urls)
        alerts.append(Alert(
            key=alert_key(kind, finding.series, finding.month, digest), series=finding.series,
            month=finding.month, kind=kind, severity=finding.severity if kind == CONFLICT else "warning",
            message=f"{series_title(finding.series)}, {month_name(finding.month)}: "
                    f"{finding.message}. Sources: {' '.join(urls)}",
            details={"rule": finding.rule, "urls": urls},
        ))
    for revision in revisions:
        old, new = int(revision.old_requests), int(revision.new_requests)
        alerts.append(Alert(
            key=alert_key(REVISION, revision.series, revision.month, f"{old}-{new}"),
            series=revision.series, month=revision.month, kind=REVISION, severity="warning",
            message=f"{series_title(revision.series)}, {month_name(revision.month)}: "
                    f"revised from {old:,} to {new:,}. Sources: {revision.old_url} → {revision.new_url}",
            details={"old": old, "new": new, "old_url": revision.old_url, "new_url": revision.new_url},
        ))
    return sorted(alerts, key=lambda a: (a.series, a.month, a.kind, a.key))


# --- source health: a news feed down for several runs in a row, and back again ----------------


@dataclass(frozen=True)
class SourceHealth:
    """How a source fared in the runs so far: failed runs in a row, the last run that read it,
    and whether the current outage was announced."""

    consecutive_failures: int = 0
    last_run_id: str | None = None
    down_announced: bool = False


def check_source_health(previous: SourceHealth, *, name: str, run_id: str, month: str, run_day: str,
                        error: str | None, down_after_runs: int) -> tuple[SourceHealth, Alert | None]:
    """The source's health after this run read it (`error` None) or failed to (`error` set).

    A retry of the same run counts once. After `down_after_runs` failed runs in a row a
    `source_down` warning is raised once per outage; the first good run after an announced outage
    raises a `source_recovered` notice. Keys name the run's day (`run_day`, YYYY-MM-DD) and the
    source, so a retry of the run inserts nothing twice."""
    if error is None:
        alert = None
        if previous.down_announced:
            alert = Alert(
                key=f"{SOURCE_RECOVERED}:{SOURCES}:{run_day}:{name}:v{RULE_VERSIONS[SOURCE_RECOVERED]}",
                series=SOURCES, month=month, kind=SOURCE_RECOVERED, severity="info",
                message=f"The source {name} can be read again; its posts are fetched as before.",
                details={"name": name},
            )
        return SourceHealth(0, run_id, False), alert
    same_run = previous.last_run_id == run_id and previous.consecutive_failures > 0
    failures = previous.consecutive_failures + (0 if same_run else 1)
    announce = failures >= down_after_runs and not previous.down_announced
    alert = None
    if announce:
        alert = Alert(
            key=f"{SOURCE_DOWN}:{SOURCES}:{run_day}:{name}:v{RULE_VERSIONS[SOURCE_DOWN]}",
            series=SOURCES, month=month, kind=SOURCE_DOWN, severity="warning",
            message=(f"The source {name} could not be read in {failures} runs in a row (last error: {error});"
                     " the other sources are read as usual, but its posts are missing until it comes back."),
            details={"name": name, "failed_runs": failures, "last_error": error},
        )
    return SourceHealth(failures, run_id, previous.down_announced or announce), alert
