"""The alert kinds, each rule's version (part of every alert key), the keys and the thresholds."""

from __future__ import annotations

from dataclasses import dataclass

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
