"""
### Hotline Watch — monthly pipeline

Reads the monthly request counts of Ukraine's «Хочу найти» (*I Want to Find*) and «Хочу жить»
(*I Want to Live*) hotlines from the Coordination Headquarters' public Telegram channel (and
configured news feeds), and turns them into one trusted number per series and month in DuckDB.

**Month semantics.** Runs are scheduled on the 15th of each month at 06:00 UTC with a monthly
data interval (15th → 15th). A run reads the posts *published* in its interval and **owns the
reporting month before the one its interval ends in**: the run whose interval ends 2025-02-15
owns January 2025 (reports arrive on the 3rd–12th). Manual runs without an interval own the
month before they start; pass `{"month": "YYYY-MM"}` to pick one.

**Tasks.** `fetch_posts` (web preview → `raw_posts`, verbatim, incremental) → `extract_facts`
(`observations`, unreadable posts → `quarantine`) → `validate_facts` (pandera rules; failures →
`quarantine`) → `detect_alerts` (reconcile one value per series and month; record highs, unusual
jumps, conflicts, revisions; changes no data) → `load_monthly_counts` (commits `monthly_counts`,
`revisions`, `findings` and the `alerts` outbox in **one transaction**, so a month's value and its
alerts land together, each alert keyed once) → `notify` (Apprise connection `apprise_default`;
backfilled months are suppressed).

Every writer uses the one-slot pool `duckdb_writer`: DuckDB allows a single writing process.
Reruns and backfills are idempotent: the same rows, no duplicate alerts.
"""

from __future__ import annotations

from datetime import timedelta

from airflow.sdk import CronDataIntervalTimetable, Param, dag

from hotline.tasks import ALERTS, MONTHLY_COUNTS, RAW_POSTS, first_run_date, stage_task, task_defaults


@dag(
    dag_id="hotline_monthly",
    schedule=CronDataIntervalTimetable("0 6 15 * *", timezone="UTC"),
    start_date=first_run_date(),  # the earliest launch in series.toml
    catchup=False,
    max_active_runs=1,
    default_args=task_defaults(retries=3, retry_delay=timedelta(minutes=1), max_retry_delay=timedelta(minutes=20)),
    tags=["hotline-watch", "monthly"],
    doc_md=__doc__,
    params={"month": Param(None, type=["null", "string"], pattern=r"^\d{4}-\d{2}$",
                           description="Reporting month YYYY-MM (manual runs only; default: from the interval)")},
)
def hotline_monthly():
    fetched = stage_task("fetch_posts", outlets=[RAW_POSTS],
                         doc_md="Fetch new posts from the channels and feeds; store them verbatim.")()
    extracted = stage_task("extract_facts",
                           doc_md="Extract facts from the posts published in this run's interval.")(fetched)
    validated = stage_task("validate_facts",
                           doc_md="Validate new observations; quarantine failures with their rule.")(extracted)
    detected = stage_task("detect_alerts",
                          doc_md="Reconcile one trusted number per series and month and run the alert rules"
                                 " over it; changes no data, hands the plan to the load.")(validated)
    loaded = stage_task("load_monthly_counts", outlets=[MONTHLY_COUNTS, ALERTS],
                        doc_md="Commit the month values, revisions, findings and their alerts (deterministic"
                               " keys) in one transaction.")(detected)
    stage_task("notify",
               doc_md="Deliver pending alerts through Apprise (at least once); backfills are suppressed.")(loaded)


hotline_monthly()
