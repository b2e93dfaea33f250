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
`quarantine`) → `load_monthly_counts` (reconciled `monthly_counts`, `revisions`, `findings`) →
`detect_alerts` (record highs, unusual jumps, conflicts → `alerts` outbox, keyed once) →
`notify` (Apprise connection `apprise_default`; backfilled months are suppressed).

Every writer uses the one-slot pool `duckdb_writer`: DuckDB allows a single writing process.
Reruns and backfills are idempotent: the same rows, no duplicate alerts.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Asset, CronDataIntervalTimetable, Param, dag, task

from hotline.failure_notifier import PipelineFailureNotifier

RAW_POSTS = Asset(name="hotline_raw_posts", uri="hotline://duckdb/raw_posts")
MONTHLY_COUNTS = Asset(name="hotline_monthly_counts", uri="hotline://duckdb/monthly_counts")
ALERTS = Asset(name="hotline_alerts", uri="hotline://duckdb/alerts")
WRITER_POOL = "duckdb_writer"

DEFAULT_ARGS = {
    "owner": "hotline-watch",
    "retries": 3,
    "retry_delay": timedelta(minutes=1),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=20),
    "pool": WRITER_POOL,
    "on_failure_callback": PipelineFailureNotifier(),
}


@dag(
    dag_id="hotline_monthly",
    schedule=CronDataIntervalTimetable("0 6 15 * *", timezone="UTC"),
    start_date=pendulum.datetime(2024, 1, 15, 6, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["hotline-watch", "monthly"],
    doc_md=__doc__,
    params={"month": Param(None, type=["null", "string"], pattern=r"^\d{4}-\d{2}$",
                           description="Reporting month YYYY-MM (manual runs only; default: from the interval)")},
)
def hotline_monthly():
    @task(outlets=[RAW_POSTS], doc_md="Fetch new posts from the channels and feeds; store them verbatim.")
    def fetch_posts() -> dict:
        from hotline.tasks import run_step

        return run_step("fetch")

    @task(doc_md="Extract facts from the posts published in this run's interval.")
    def extract_facts(_fetched: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("extract")

    @task(doc_md="Validate new observations; quarantine failures with their rule.")
    def validate_facts(_extracted: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("validate")

    @task(outlets=[MONTHLY_COUNTS], doc_md="Reconcile observations into one trusted number per series and month.")
    def load_monthly_counts(_validated: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("load")

    @task(outlets=[ALERTS], doc_md="Run the alert rules; add new alerts to the outbox (deterministic keys).")
    def detect_alerts(_loaded: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("detect")

    @task(doc_md="Deliver pending alerts through Apprise (at least once); backfills are suppressed.")
    def notify(_detected: dict) -> dict:
        from hotline.tasks import run_step

        return run_step("notify")

    notify(detect_alerts(load_monthly_counts(validate_facts(extract_facts(fetch_posts())))))


hotline_monthly()
