"""The `load_monthly_counts` stage: the plan `detect_alerts` returned, committed in one transaction
(`monthly_counts`, `revisions`, `findings`, the `alerts` outbox)."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from hotline import store
from hotline.months import MonthRun
from hotline.records import Plan
from hotline.settings import Settings
from hotline.stages import Summary

log = logging.getLogger(__name__)


def load_monthly_counts(conn: store.Connection, run: MonthRun, settings: Settings | None = None,
                        upstream: Summary | None = None) -> Summary:
    """Commit the plan of `upstream`, the `detect_alerts` summary (its `plan` in JSON, as XCom carries
    it), in one transaction: the changed values of series and months, new revisions and findings,
    and the new alerts they raise; stored months the plan withdraws are removed. No plan commits
    nothing. The summary describes the table after the commit (months held, conflicts, the run
    month's values)."""
    decided = Plan.from_json((upstream or {}).get("plan", {}))
    now = datetime.now(UTC)
    with store.transaction(conn):
        removed = store.delete_monthly_counts(conn, decided.withdrawn)
        changed = store.save_monthly_counts(conn, decided.monthly, now)
        revised = store.save_revisions(conn, decided.revisions, now)
        found = store.save_findings(conn, decided.findings, now)
        alerted = store.save_alerts(conn, decided.alerts, decided.status_for, now)
    held = store.load_monthly_counts(conn)
    conflicts = sum(1 for row in held if row.status == "conflict")
    log.info("run %s %s", run.month, _run_line(conn, run, revised, conflicts))
    summary = {
        "month": run.month, "months_total": len(held), "rows_changed": changed,
        "months_withdrawn": removed, "new_revisions": revised, "new_findings": found, "new_alerts": alerted,
        "conflicts": conflicts,
        "value": {row.series: row.requests for row in held if row.month == run.month},
    }
    log.info("load %s: %s", run.month, summary)
    return summary


def _run_line(conn: store.Connection, run: MonthRun, revised: int, conflicts: int) -> str:
    """The one-line run summary: posts read, facts, accepted, quarantined, revised, conflicts."""
    steps = store.load_step_summaries(conn, run.run_id, run.month)
    extracted = json.loads(steps.get("extract_facts", "{}"))
    validated = json.loads(steps.get("validate_facts", "{}"))
    return (f"posts read {extracted.get('posts', '?')}, facts {extracted.get('facts', '?')}, "
            f"accepted {validated.get('accepted', '?')}, "
            f"quarantined {extracted.get('quarantined', 0) + validated.get('quarantined', 0)}, "
            f"revised {revised}, conflicts {conflicts}")


