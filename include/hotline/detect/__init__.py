"""Alert detection: pure rules from a monthly history (and a clock) to `Alert`s.

Every alert kind has one row in `rules.ALERT_RULES` (the table is the list; `docs/ARCHITECTURE.md`
counts it), with a version that is part of every alert key (bump it when the rule's logic changes,
so the outbox re-issues what the new logic finds). Among them:

- `record_high`: a month above every earlier month of its series. A plain record is an *info*
  notice (a growing series sets them often); it becomes an *alert* when the source itself claims a
  record, when the jump rule fires upwards in the same month, or when it beats the previous record
  by a clear margin after the series had fallen back below that record (see `DetectionRules`).
- `unusual_jump`: `q = ln(x / median of the 3 previous months)`, scored robustly (median and
  MAD) against the previous q values of months that were not flagged; a plain ratio rule while
  there are too few q values to score.
- `missing_report`: a state machine (on time → late → missing, bounded reminders → resolved) for
  a daily DAG, with the clock passed in.
- `conflict`, `revision`, `cross_check`: what reconciliation found (official sources disagree, a
  figure revised, a stated figure that does not add up or was withdrawn), as alerts.
- `source_down`, `source_recovered`: a source failing several runs in a row, and reading again.

Detection is causal: each month is judged only on data up to and including that month, so a
backfill of month M yields the same alerts as the live run of M did. Nothing here reads a clock,
a database or the network.

Modules: `rules` (the alert kinds, rule versions, keys and thresholds: where a new rule starts),
`series_alerts` (record and jump: `alerts_from_series`), `reports` (missing report), `checks`
(findings, revisions and source health as alerts: `alerts_from_checks`, `check_source_health`).
Callers import from `hotline.detect`.
"""

from hotline.detect.checks import SourceHealth, alerts_from_checks, check_source_health
from hotline.detect.reports import check_missing_report, expected_report_at, report_lag_days
from hotline.detect.rules import (
    CONFLICT,
    CROSS_CHECK,
    DEFAULT_RULES,
    MISSING_REPORT,
    RECORD_HIGH,
    REVISION,
    RULE_VERSIONS,
    SOURCE_DOWN,
    SOURCE_RECOVERED,
    SOURCES,
    UNUSUAL_JUMP,
    DetectionRules,
    alert_key,
)
from hotline.detect.series_alerts import alerts_from_series

__all__ = [
    "CONFLICT", "CROSS_CHECK", "DEFAULT_RULES", "MISSING_REPORT", "RECORD_HIGH", "REVISION", "RULE_VERSIONS",
    "SOURCES", "SOURCE_DOWN", "SOURCE_RECOVERED", "UNUSUAL_JUMP", "DetectionRules", "SourceHealth", "alert_key",
    "alerts_from_checks", "alerts_from_series", "check_missing_report", "check_source_health", "expected_report_at",
    "report_lag_days",
]
