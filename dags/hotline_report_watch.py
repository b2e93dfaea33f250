"""
### Hotline Watch — daily report watch

The monthly report of «Хочу найти» usually appears on the 3rd–12th of the following month. This
DAG ticks daily (06:30 UTC, one-day data intervals) so that a late or missing report is noticed
in days, not a month later.

**Month semantics.** A run owns the reporting month before the month its interval ends in (the
run ending 2025-02-09 watches January 2025) and reads the posts published since the 15th of that
month, like the monthly run does. "Now" for the rules is the interval end, so reruns decide alike.

**Tasks.** `fetch_posts` → `extract_facts` → `validate_facts` → `detect_alerts` →
`load_monthly_counts` (the same steps as `hotline_monthly`, incremental: one request when nothing
is new; a report that arrives is loaded with its record/jump alerts) → `check_reports`
(expected day = month end + the usual lag learned from past reports, 10 days until known; *late*
warning 3 days after it, *missing* alert after 10, repeated at most 3 times, *resolved* notice when
the report arrives) → `notify` (Apprise). Runs older than two days at start are suppressed, not sent.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import CronDataIntervalTimetable, dag

from hotline.wiring import ALERTS, MONTHLY_COUNTS, RAW_POSTS, step_task, task_defaults


@dag(
    dag_id="hotline_report_watch",
    schedule=CronDataIntervalTimetable("30 6 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=task_defaults(retries=2, retry_delay=timedelta(minutes=5), max_retry_delay=timedelta(minutes=30)),
    tags=["hotline-watch", "daily"],
    doc_md=__doc__,
)
def hotline_report_watch():
    fetched = step_task("fetch_posts", "fetch", daily=True, outlets=[RAW_POSTS],
                        doc_md="Fetch what is new on the channels (incremental).")()
    extracted = step_task("extract_facts", "extract", daily=True,
                          doc_md="Extract facts from this month's window of posts.")(fetched)
    validated = step_task("validate_facts", "validate", daily=True,
                          doc_md="Validate new observations; quarantine failures.")(extracted)
    detected = step_task("detect_alerts", "detect", daily=True,
                         doc_md="Reconcile the series and run the alert rules (changes no data).")(validated)
    loaded = step_task("load_monthly_counts", "load", daily=True, outlets=[MONTHLY_COUNTS, ALERTS],
                       doc_md="Commit the month values and their alerts in one transaction.")(detected)
    checked = step_task("check_reports", "check_reports", daily=True, outlets=[ALERTS],
                        doc_md="Late / missing / resolved state of the month's report.")(loaded)
    step_task("notify", "notify", daily=True, doc_md="Deliver pending alerts through Apprise.")(checked)


hotline_report_watch()
