"""What both DAG files share: the Assets, the task defaults and the step task.

Kept apart from the DAG files so they share it without importing each other, and light (only
`airflow.sdk`), so DAG parsing stays fast: the pipeline itself is imported when a task runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import Asset, task

from hotline.failure_notifier import PipelineFailureNotifier
from hotline.series import first_launch_month
from hotline.settings import DUCKDB_WRITER_POOL

RAW_POSTS = Asset(name="hotline_raw_posts", uri="hotline://duckdb/raw_posts")
MONTHLY_COUNTS = Asset(name="hotline_monthly_counts", uri="hotline://duckdb/monthly_counts")
ALERTS = Asset(name="hotline_alerts", uri="hotline://duckdb/alerts")
# No task may hold the writer slot longer than this: a fetch is bounded per source (deadline,
# page and size caps in settings), the other steps take seconds.
EXECUTION_TIMEOUT = timedelta(hours=1)
# The report watch's ticks (UTC): every 30 minutes from the 1st to the 15th, when the monthly
# reports appear (a report is delivered within the hour), and once a day for the rest of the month.
REPORT_WINDOW_CRON = "*/30 * 1-15 * *"
OUTSIDE_WINDOW_CRON = "30 6 16-31 * *"
WATCH_TICK = timedelta(minutes=30)


def first_run_date() -> pendulum.DateTime:
    """The start date of the monthly DAGs: the logical date (data interval start, the 15th at 06:00
    UTC) of the run owning the earliest launch month, so every month since then can be run."""
    year, month = (int(part) for part in first_launch_month().split("-"))
    return pendulum.datetime(year, month, 15, 6, tz="UTC")


def task_defaults(*, retries: int, retry_delay: timedelta, max_retry_delay: timedelta) -> dict[str, Any]:
    """default_args of a Hotline Watch DAG: owner, bounded exponential retries, an execution
    timeout, the writer pool, and a notice to the Apprise targets when a task fails for good."""
    return {
        "owner": "hotline-watch",
        "retries": retries,
        "retry_delay": retry_delay,
        "retry_exponential_backoff": True,
        "max_retry_delay": max_retry_delay,
        "execution_timeout": EXECUTION_TIMEOUT,
        "pool": DUCKDB_WRITER_POOL,
        "on_failure_callback": PipelineFailureNotifier(),
    }


def step_task(step: Callable[..., dict], *, doc_md: str, outlets: Sequence[Asset] = (),
              daily: bool = False) -> Callable[..., Any]:
    """A TaskFlow task that runs one of `hotline.steps` (through `hotline.tasks.run_step`) and returns
    its summary; the task id is the step's name. Call it with the upstream task's output to chain it."""

    @task(task_id=step.__name__, outlets=list(outlets), doc_md=doc_md)
    def run_pipeline_step(upstream: dict | None = None) -> dict:
        from hotline.tasks import run_step

        return run_step(step, daily=daily, upstream=upstream)

    return run_pipeline_step
