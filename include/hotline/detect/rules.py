"""The alert kinds and their table (`ALERT_RULES`: version, titles, notify type, chart mark), the keys
and the thresholds (`DetectionRules`): where a new rule starts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class AlertRule:
    """Everything about one alert kind outside its detection code: its version (part of every key:
    bump it when the rule's logic changes, so the outbox re-issues what the new logic finds), its
    titles, its Apprise notify type and how the charts mark it. A new rule is a row here plus its
    detection code (and its thresholds in `DetectionRules` below).

    `titles`: the title by variant ("" for any other). `{label}` (the series), `{when}` (the month),
    `{count}`, `{pct}` and `{ref}` (the change and what it is measured against) and any key of the
    alert's details fill it; a `[part]` whose fields are unknown is left out.
    `variant_by`: what picks the title and notify type: "change" (up or down: the sign of
    `value_key` against the first `compare` reference the alert has, else its `direction`), or a
    key of the details (such as "state"). `compare`: references, first present wins: "previous"
    (the month before), "previous_record", "baseline" (the median the jump rule scores against),
    "old" (a revision's old value). `notify`: the Apprise type by variant ("" for any other;
    "failure" is kept for a broken pipeline). `chart_marks`: the chart mark by severity ("" for
    any), none: not on the charts (marks: `chart.MARK_STYLES`).
    """

    version: int
    titles: Mapping[str, str]
    variant_by: str = ""
    compare: tuple[str, ...] = ()
    value_key: str = "value"
    notify: Mapping[str, str] = field(default_factory=lambda: {"": "warning"})
    chart_marks: Mapping[str, str] = field(default_factory=dict)


_COUNT_IN = "{label}: {count} requests in {when}"
ALERT_RULES: dict[str, AlertRule] = {
    RECORD_HIGH: AlertRule(
        1, {"up": _COUNT_IN + " — a record[, {pct} on {ref}]",
            # A record is above every earlier month; if the numbers ever say otherwise, say so.
            "down": _COUNT_IN + " — marked a record, yet {pct} on {ref}",
            "": _COUNT_IN + " — a record"},
        variant_by="change", compare=("previous_record",), notify={"": "info"},
        chart_marks={"alert": "record_alert", "": "record_info"}),
    UNUSUAL_JUMP: AlertRule(
        1, {"up": _COUNT_IN + " — an unusual jump[, {pct} on {ref}]",
            "down": _COUNT_IN + " — an unusual drop[, {pct} on {ref}]",
            "": _COUNT_IN + " — an unusual change"},
        # The rule scores the month against the median of the months before: that is the change.
        variant_by="change", compare=("baseline", "previous"), chart_marks={"": "unusual_jump"}),
    MISSING_REPORT: AlertRule(
        1, {"resolved": "{label}: the report for {when} has arrived[, {days_past_expected} days late]",
            "missing": "{label}: the report for {when} is still missing",
            "": "{label}: the report for {when} is late"},
        variant_by="state", notify={"resolved": "info", "": "warning"}),
    CONFLICT: AlertRule(1, {"": "{label}, {when}: the official sources disagree"}),
    REVISION: AlertRule(
        1, {"up": "{label}: {when} revised up from {old_count} to {new_count} requests",
            "down": "{label}: {when} revised down from {old_count} to {new_count} requests",
            "": "{label}, {when}: the figure was revised[ from {old_count} to {new_count} requests]"},
        variant_by="change", compare=("old",), value_key="new"),
    CROSS_CHECK: AlertRule(
        1, {"withdrawn": "{label}, {when}: the figure is withdrawn (its post no longer states it)",
            "": "{label}, {when}: a stated figure does not add up"}, variant_by="rule"),
    SOURCE_DOWN: AlertRule(
        1, {"": "The source {name} cannot be read[ ({failed_runs} runs in a row)]"}),
    SOURCE_RECOVERED: AlertRule(1, {"": "The source {name} can be read again"}, notify={"": "info"}),
}
# Each kind's version, as `alert_key` and the source-health keys read it.
RULE_VERSIONS: dict[str, int] = {kind: rule.version for kind, rule in ALERT_RULES.items()}


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


def alert_key(rule: str, series: str, month: str, direction: str = "none") -> str:
    """The deterministic key `rule:series:month:direction:vN` (N = the rule's version)."""
    base_rule = rule.split(".", 1)[0]
    return f"{rule}:{series}:{month}:{direction}:v{RULE_VERSIONS[base_rule]}"
