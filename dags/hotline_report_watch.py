"""
### Hotline Watch — report watch

The monthly report of «Хочу найти» usually appears on the 3rd–12th of the following month. This
DAG ticks **every 30 minutes from the 1st to the 15th** (the report window: a new report's alerts
are delivered within the hour) and **once a day (06:30 UTC) the rest of the month**, so a late or
missing report is noticed in days, not a month later. The timetable is Airflow's
`MultipleCronTriggerTimetable` (each tick's data interval is the 30 minutes before it; the tasks
read the owned month's whole window of posts, incrementally: one request when nothing is new).

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

from airflow.sdk import MultipleCronTriggerTimetable, dag

from hotline.tasks import (
    ALERTS,
    MONTHLY_COUNTS,
    OUTSIDE_WINDOW_CRON,
    RAW_POSTS,
    REPORT_WINDOW_CRON,
    WATCH_TICK,
    first_run_date,
    stage_task,
    task_defaults,
)


@dag(
    dag_id="hotline_report_watch",
    schedule=MultipleCronTriggerTimetable(REPORT_WINDOW_CRON, OUTSIDE_WINDOW_CRON, timezone="UTC",
                                          interval=WATCH_TICK),
    start_date=first_run_date(),  # the earliest launch in series.toml
    catchup=False,
    max_active_runs=1,
    # Short retries: the next tick comes in 30 minutes anyway.
    default_args=task_defaults(retries=2, retry_delay=timedelta(minutes=2), max_retry_delay=timedelta(minutes=10)),
    tags=["hotline-watch", "report-window"],
    doc_md=__doc__,
)
def hotline_report_watch():
    fetched = stage_task("fetch_posts", daily=True, outlets=[RAW_POSTS],
                         doc_md="Fetch what is new on the channels (incremental).")()
    extracted = stage_task("extract_facts", daily=True,
                           doc_md="Extract facts from this month's window of posts.")(fetched)
    validated = stage_task("validate_facts", daily=True,
                           doc_md="Validate new observations; quarantine failures.")(extracted)
    detected = stage_task("detect_alerts", daily=True,
                          doc_md="Reconcile the series and run the alert rules (changes no data).")(validated)
    loaded = stage_task("load_monthly_counts", daily=True, outlets=[MONTHLY_COUNTS, ALERTS],
                        doc_md="Commit the month values and their alerts in one transaction.")(detected)
    checked = stage_task("check_reports", daily=True, outlets=[ALERTS],
                         doc_md="Late / missing / resolved state of the month's report.")(loaded)
    stage_task("notify", daily=True, doc_md="Deliver pending alerts through Apprise.")(checked)


hotline_report_watch()
