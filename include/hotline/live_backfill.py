"""`make live`'s backfill (`python -m hotline.live_backfill`, the one-shot job `hotline up --live` runs
beside Airflow's components): every month since the earliest launch without a successful run, once,
one at a time at the polite rate, the latest closed month last; its progress on the console.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

MONTHLY_DAG = "hotline_monthly"
PUBLISH_DAG = "hotline_publish"


def backfill_start(environ: Mapping[str, str]) -> datetime:
    """The first backfilled run's logical date: the earliest launch's (series.toml), or the month
    `HOTLINE_BACKFILL_FROM` names (YYYY-MM; a shorter history, e.g. for a test)."""
    from hotline.months import parse_month
    from hotline.tasks import first_run_date

    chosen = environ.get("HOTLINE_BACKFILL_FROM")
    if not chosen:
        return first_run_date()
    first = parse_month(chosen)
    return datetime(first.year, first.month, 15, 6, tzinfo=UTC)


def _wait_for_dag(dag_id: str, timeout_s: float) -> bool:
    """Wait until the dag-processor has stored `dag_id` (the backfill needs its serialized form)."""
    from airflow.models.serialized_dag import SerializedDagModel
    from airflow.utils.session import create_session

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with create_session() as session:
            if session.scalar(SerializedDagModel.latest_item_select_object(dag_id)) is not None:
                return True
        time.sleep(3)
    return False


def _months_without_success(dag_id: str, start: datetime) -> int:
    """How many monthly runs from `start` to now have no successful run (scheduled, backfill or manual)."""
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState
    from sqlalchemy import select

    from hotline.months import format_month, month_range, reporting_month_for

    latest = reporting_month_for(datetime.now(UTC))  # the month whose window has closed last
    wanted = month_range(format_month(start), latest)
    with create_session() as session:
        done = {format_month(when) for when in session.scalars(select(DagRun.logical_date).where(
            DagRun.dag_id == dag_id, DagRun.state == DagRunState.SUCCESS, DagRun.logical_date.is_not(None)))}
    # A run's logical date is its interval's start: the 15th of the month it owns.
    return len([month for month in wanted[:-1] if month not in done])


def backfill_from_launch(dag_id: str = MONTHLY_DAG, *, wait_s: float = 600, report_every_s: float = 60) -> int:
    """Create the backfill of every month since the earliest launch that has no successful run yet
    (none on later starts once all are in), then report its progress until it completes. Its months
    are long past, so their alerts are recorded as suppressed (the delivery window), not sent.

    The DAGs come up paused on a live start and are unpaused here, in an order that keeps detection
    honest: the months run oldest first and the latest closed month last. `hotline_monthly` is
    unpaused only once the backfill holds its runs, so the scheduler's own run of the latest month is
    the backfill's (Airflow keeps one run per logical date) instead of racing ahead of the months
    before it (a "record" judged on too few months, delivered on day one); the report watch, which
    loads the month being reported too, is unpaused when the backfill is complete. Whatever happens
    here, every DAG is unpaused at the end."""
    from hotline.airflow_setup import PROJECT_DAGS

    try:
        return _backfill_missing_months(dag_id, wait_s, report_every_s)
    finally:
        _create_with_retries(lambda: _set_paused(PROJECT_DAGS, False))


def _set_paused(dag_ids: Sequence[str], paused: bool) -> None:
    from hotline.airflow_setup import set_paused

    set_paused(dag_ids, paused)


def _backfill_missing_months(dag_id: str, wait_s: float, report_every_s: float) -> int:
    from airflow.models.backfill import ReprocessBehavior, _create_backfill

    start = backfill_start(os.environ)
    if not _wait_for_dag(dag_id, wait_s):
        print(f"backfill: {dag_id} was not parsed within {wait_s:.0f} s; no backfill", file=sys.stderr)
        return 1
    _wait_for_open_backfill(dag_id)
    missing = _months_without_success(dag_id, start)
    if not missing:
        print(f"backfill: every month since {start:%Y-%m} has a successful run", file=sys.stderr)
        return 0
    backfill = _create_with_retries(lambda: _create_backfill(
        dag_id=dag_id, from_date=start, to_date=datetime.now(UTC), max_active_runs=1, reverse=False,
        dag_run_conf={}, triggering_user_name="hotline up --live", reprocess_behavior=ReprocessBehavior.FAILED))
    # Its runs can start now; the latest closed month's run is among them, the last one.
    _create_with_retries(lambda: _set_paused((dag_id, PUBLISH_DAG), False))
    print(f"backfill {backfill.id}: the months since {start:%Y-%m} without a successful run, one at a time at the "
          "polite rate, the latest last (the report watch starts when they are in); "
          "progress: Airflow UI → Browse → Backfills, the task logs, and the Hotline Watch page", file=sys.stderr)
    return _report_progress(backfill.id, report_every_s)


def _wait_for_open_backfill(dag_id: str) -> None:
    """An earlier start's backfill still open: let the scheduler finish it first (its DAG unpaused)."""
    from airflow.models.backfill import Backfill
    from airflow.utils.session import create_session
    from sqlalchemy import select

    while True:
        with create_session() as session:
            if session.scalar(select(Backfill.id).where(Backfill.dag_id == dag_id, Backfill.completed_at.is_(None))
                              .limit(1)) is None:
                return
        _create_with_retries(lambda: _set_paused((dag_id,), False))
        time.sleep(10)


def _create_with_retries(create: Any, attempts: int = 10) -> Any:
    """`create()`, again after a pause when SQLite's metadata DB was locked by another component
    (SQLite refuses a lock upgrade at once, whatever the busy timeout); the whole creation is one
    transaction, so a failed attempt leaves nothing behind."""
    from sqlalchemy.exc import OperationalError

    for attempt in range(attempts):
        try:
            return create()
        except OperationalError as error:
            if "locked" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(2 + attempt)
    raise AssertionError("unreachable")


def _report_progress(backfill_id: int, every_s: float) -> int:
    """One line each `every_s` while the backfill's runs finish; 0 when it is complete."""
    from airflow.models.backfill import Backfill, BackfillDagRun
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from sqlalchemy import select

    last = None
    while True:
        with create_session() as session:
            completed = session.scalar(select(Backfill.completed_at).where(Backfill.id == backfill_id))
            states = list(session.scalars(
                select(DagRun.state).join(BackfillDagRun, BackfillDagRun.dag_run_id == DagRun.id)
                .where(BackfillDagRun.backfill_id == backfill_id)))
        line = (f"backfill {backfill_id}: {sum(s == 'success' for s in states)} of {len(states)} months loaded"
                f", {sum(s == 'failed' for s in states)} failed")
        if line != last:
            print(line, file=sys.stderr, flush=True)
            last = line
        if completed is not None:
            return 0
        time.sleep(every_s)


if __name__ == "__main__":
    # Its console shares `make live`'s: its own lines, not Airflow's INFO line per run it creates.
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")
    sys.exit(backfill_from_launch())
