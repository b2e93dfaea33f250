"""Alerts from reconciliation's findings and revisions, and from the sources' health."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hotline.detect.rules import (
    CONFLICT,
    CROSS_CHECK,
    REVISION,
    RULE_VERSIONS,
    SOURCE_DOWN,
    SOURCE_RECOVERED,
    SOURCES,
    alert_key,
)
from hotline.months import month_name
from hotline.records import Alert, Finding, Revision
from hotline.series import series_title


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
                    f"revised from {old:,} to {new:,}. " + (
                        f"Sources: {revision.old_url} → {revision.new_url}" if revision.old_url != revision.new_url
                        else f"The post was edited: {revision.new_url}"),
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
