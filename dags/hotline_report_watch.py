"""
### Hotline Watch — daily report watch

The monthly report of «Хочу найти» usually appears on the 3rd–12th of the following month. This
DAG ticks daily (06:30 UTC, one-day data intervals) so that a late or missing report is noticed
in days, not a month later.

**Month semantics.** A run owns the reporting month before the month its interval ends in (the
run ending 2025-02-09 watches January 2025) and reads the posts published since the 15th of that
month, like the monthly run does. "Now" for the rules is the interval end, so reruns decide alike.

**Tasks.** `fetch_posts` → `extract_facts` → `validate_facts` → `load_monthly_counts` (the same
steps as `hotline_monthly`, incremental: one request when nothing is new) → `check_reports`
(expected day = month end + the usual lag learned from past reports, 10 days until known; *late*
warning 3 days after it, *missing* alert after 10, repeated at most 3 times, *resolved* notice when
the report arrives) → `notify` (Apprise). Runs older than two days at start are suppressed, not sent.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import CronDataIntervalTimetable, dag, task

from hotline.assets import ALERTS, MONTHLY_COUNTS, RAW_POSTS, WRITER_POOL
from hotline.failure_notifier import PipelineFailureNotifier

DEFAULT_ARGS = {
    "owner": "hotline-watch",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=30),
    "pool": WRITER_POOL,
    "on_failure_callback": PipelineFailureNotifier(),
}


@dag(
    dag_id="hotline_report_watch",
    schedule=CronDataIntervalTimetable("30 6 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["hotline-watch", "daily"],
    doc_md=__doc__,
)
def hotline_report_watch():
    @task(outlets=[RAW_POSTS], doc_md="Fetch what is new on the channels (incremental).")
    def fetch_posts() -> dict:
        from hotline.tasks import run_step

        return run_step("fetch", daily=True)

    @task(doc_md="Extract facts from this month's window of posts.")
    def extract_facts(_fetched: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("extract", daily=True)

    @task(doc_md="Validate new observations; quarantine failures.")
    def validate_facts(_extracted: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("validate", daily=True)

    @task(outlets=[MONTHLY_COUNTS], doc_md="Reconcile into monthly_counts.")
    def load_monthly_counts(_validated: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("load", daily=True)

    @task(outlets=[ALERTS], doc_md="Late / missing / resolved state of the month's report.")
    def check_reports(_loaded: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("check_reports", daily=True)

    @task(doc_md="Deliver pending alerts through Apprise.")
    def notify(_checked: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("notify", daily=True)

    notify(check_reports(load_monthly_counts(validate_facts(extract_facts(fetch_posts())))))


hotline_report_watch()
