"""`record_high` and `unusual_jump`: a causal walk over each monthly series (see the package's notes)."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from hotline.detect.rules import DEFAULT_RULES, RECORD_HIGH, UNUSUAL_JUMP, DetectionRules, alert_key
from hotline.months import month_name, months_between, parse_month
from hotline.records import Alert, MonthlyCount
from hotline.series import series_title

# 1.4826 × MAD estimates the standard deviation of normally distributed data.
MAD_TO_SIGMA = 1.4826


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


def alerts_from_series(
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
    # Across missing months the record may not be one (a month in the gap may stand higher: a backfill
    # run out of order, a report never read), so the margin alone does not make it news there.
    if margin >= rules.record_margin and not (rules.record_margin_skips_runs and in_run) and not context.gap_months:
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
    if context.gap_months:
        text += f" {context.gap_months} month(s) before it are missing, so it may not be one."
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
