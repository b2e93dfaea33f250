"""The one module between Airflow and the stages: what the DAG files share (the Assets, the task
defaults, `stage_task`) and what a task does around its stage (`run_stage`).

A DAG file wires `stage_task("fetch_posts", ...)`; when the task runs, `run_stage` derives the run's
month once from the context, opens DuckDB through the provider hook, calls the entry function of
`hotline.stages.fetch_posts` and records its summary in `run_summaries` (keyed by the stage's name,
which is the task id) and on the task's Asset events. Light at import (only `airflow.sdk` and light
modules): the DAG files import it when they are parsed, so DuckDB, the store and the stages are
imported when a task runs. Besides this module, only the DAG files and the failure notifier know
Airflow.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pendulum
from airflow.sdk import Asset, task

from hotline.failure_notifier import PipelineFailureNotifier
from hotline.months import MonthRun
from hotline.series import first_launch_month
from hotline.settings import DUCKDB_CONN_ID, DUCKDB_WRITER_POOL, Settings, SettingsError
from hotline.stages import STAGES

if TYPE_CHECKING:
    from hotline.store import Connection

log = logging.getLogger(__name__)

RAW_POSTS = Asset(name="hotline_raw_posts", uri="hotline://duckdb/raw_posts")
MONTHLY_COUNTS = Asset(name="hotline_monthly_counts", uri="hotline://duckdb/monthly_counts")
ALERTS = Asset(name="hotline_alerts", uri="hotline://duckdb/alerts")
# No task may hold the writer slot longer than this: a fetch is bounded per source (deadline,
# page and size caps in settings), the other stages take seconds.
EXECUTION_TIMEOUT = timedelta(hours=1)
# The report watch's ticks (UTC): every 30 minutes from the 1st to the 15th, when the monthly
# reports appear (a report is delivered within the hour), and once a day for the rest of the month.
REPORT_WINDOW_CRON = "*/30 * 1-15 * *"
OUTSIDE_WINDOW_CRON = "30 6 16-31 * *"
WATCH_TICK = timedelta(minutes=30)


# --- what the DAG files wire -----------------------------------------------------------------


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


def stage_task(stage: str, *, doc_md: str, outlets: Sequence[Asset] = (), daily: bool = False) -> Callable[..., Any]:
    """A TaskFlow task with the id `stage` that runs that stage (`run_stage`) and returns its summary.
    Call it with the upstream task's output to chain it. An unknown stage fails the DAG's parse."""
    if stage not in STAGES:
        raise ValueError(f"no stage {stage!r} in hotline/stages/ (the stages: {', '.join(STAGES)})")

    @task(task_id=stage, outlets=list(outlets), doc_md=doc_md)
    def run_pipeline_stage(upstream: dict | None = None) -> dict:
        return run_stage(stage, daily=daily, upstream=upstream)

    return run_pipeline_stage


# --- what a task does around its stage ---------------------------------------------------------


def month_run_from_context(context: Any) -> MonthRun:
    """The run's month: from the data interval, else (manual/API runs without one) from run_after,
    or from the `month` param ("YYYY-MM") when a user asked for a specific month."""
    dag_run = context.get("dag_run")
    # The real start: the task instance's wall-clock start. (dag_run.start_date is the logical
    # date under `dag.test`, and a backfill's logical dates are long past by design.)
    started = getattr(context.get("ti"), "start_date", None) or datetime.now(UTC)
    override = (context.get("params") or {}).get("month") or None
    interval_end = context.get("data_interval_end") or getattr(dag_run, "run_after", None)
    return MonthRun.from_interval(
        context.get("data_interval_start"), interval_end, run_id=str(context.get("run_id", "manual")),
        started_at=started, month_override=override,
    )


def stage_function(stage: str) -> Callable[..., dict[str, Any]]:
    """The entry function of `hotline.stages.<stage>` (named as its module), imported now."""
    return getattr(importlib.import_module(f"hotline.stages.{stage}"), stage)


def run_stage(stage: str, *, daily: bool = False, upstream: dict[str, Any] | None = None) -> dict[str, Any]:
    """Run one stage for the current task's month and return its summary.

    `daily` runs (the report watch) read the whole month's window up to their own interval end.
    `upstream` is the previous task's return value (the load commits the plan detection made).
    """
    from airflow.sdk import get_current_context

    from hotline import store
    from hotline.stages.fetch_posts import SourceFetchError

    context = get_current_context()
    run = month_run_from_context(context)
    if daily:
        run = run.widened_to_month_window()
    with _configuration_errors_fail_at_once():
        work = stage_function(stage)
        settings = Settings.from_env()
        log.info("stage %s for month %s (posts published %s – %s)", stage, run.month, run.window_start,
                 run.window_end)
        conn = connect_waiting_for_lock(settings.db_path)
    try:
        try:
            with _configuration_errors_fail_at_once():  # e.g. a malformed series.toml, read by a stage
                summary = work(conn, run, settings, upstream or {})
        except SourceFetchError as error:
            if error.permanent:
                # A bad name, a channel without a public preview, a 404: retrying cannot help.
                from airflow.sdk.exceptions import AirflowFailException

                raise AirflowFailException(str(error)) from error
            raise
        # The plan detection hands to the load travels by XCom; the run's record keeps the summary.
        recorded = {key: value for key, value in summary.items() if key != "plan"}
        with store.transaction(conn):
            store.save_run_summary(conn, run.run_id, run.month, stage, recorded, datetime.now(UTC),
                                   dag_id=getattr(context.get("ti"), "dag_id", None))
        _attach_asset_extras(context, asset_extras(conn, stage, run.month, recorded))
        return summary
    finally:
        conn.close()


# How long a task waits for a DuckDB file that another process (a reader left open, a `duckdb`
# shell) keeps locked, before its try fails into Airflow's retry: a lock of a few minutes is waited
# out with one line a wait, not a failed try with its traceback on the console.
LOCK_WAIT_S = 300.0


def connect_waiting_for_lock(db_path: Any, *, wait_s: float = LOCK_WAIT_S,
                             clock: Callable[[], float] = time.monotonic) -> Connection:
    """The task's DuckDB connection; while another process holds the file's lock, wait (bounded by
    `wait_s`), saying so in one line each time; then `DatabaseBusyError` (transient: retried)."""
    from hotline import store

    deadline = clock() + wait_s
    while True:
        try:
            return store.connect_for_task(db_path, DUCKDB_CONN_ID)
        except store.DatabaseBusyError as error:
            if clock() >= deadline:
                raise store.DatabaseBusyError(f"{error} (waited {wait_s:.0f} s in all)") from None
            log.warning("the database is locked by another process; waiting (%s)", error)
# What an error says when the database's folder or file cannot be written: the set-up is wrong,
# and no retry will change that.
_NOT_WRITABLE = ("permission denied", "read-only file system", "read only file system")


def is_configuration_error(error: BaseException) -> bool:
    """A bad setting or configuration file, or a database the task may not write: not transient."""
    if isinstance(error, SettingsError):
        return True
    text = str(error).lower()
    return isinstance(error, PermissionError | OSError | duckdb_io_error()) and any(
        cause in text for cause in _NOT_WRITABLE)


def duckdb_io_error() -> type[BaseException]:
    """DuckDB's IOException (imported here, not at module import: DAG parsing stays light)."""
    import duckdb

    return duckdb.IOException


@contextmanager
def _configuration_errors_fail_at_once() -> Iterator[None]:
    """Turn a configuration error into Airflow's non-retryable failure, with its one line."""
    try:
        yield
    except Exception as error:
        if not is_configuration_error(error):
            raise
        from airflow.sdk.exceptions import AirflowFailException

        raise AirflowFailException(f"configuration error (not retried): {str(error).splitlines()[0][:300]}") from None


def asset_extras(conn: Connection, stage: str, month: str, summary: dict[str, Any]) -> dict[str, dict]:
    """What each Asset's event says about this step, by asset name: the posts fetched, the month's
    values, the keys of the month's alerts (so a consumer knows what changed without a query)."""
    from hotline import store

    if stage == "fetch_posts":
        lines = [line for line in summary.values() if isinstance(line, dict)]
        # A source that failed (issue 16) made no count of requests: its line says None, not 0.
        return {"hotline_raw_posts": {
            "month": month, "requests": sum(line.get("requests") or 0 for line in lines),
            "new_posts": sum(line.get("new") or 0 for line in lines),
            "changed_posts": sum(line.get("changed") or 0 for line in lines),
            "failed_sources": sum(1 for line in lines if line.get("error"))}}
    if stage in ("load_monthly_counts", "check_reports"):
        keys = [alert["alert_key"] for alert in store.load_alerts(conn) if alert["month"] == month]
        extras = {"hotline_alerts": {"month": month, "alert_keys": keys}}
        if stage == "load_monthly_counts":
            extras["hotline_monthly_counts"] = {"month": month, "value": summary.get("value", {}),
                                                "rows_changed": summary.get("rows_changed", 0),
                                                "months_withdrawn": summary.get("months_withdrawn", 0)}
        return extras
    return {}


def _attach_asset_extras(context: Any, extras: dict[str, dict]) -> None:
    """Put `extras` on the task's outlet events (the Assets view shows them; consumers read them)."""
    task = context.get("task")
    events = context.get("outlet_events")
    for asset in getattr(task, "outlets", None) or []:
        extra = extras.get(getattr(asset, "name", ""))
        if extra and events is not None:
            events[asset].extra.update(extra)
            log.info("asset %s event: %s", asset.name, extra)
