"""Every month since the earliest launch is first-class (issue 22).

«Хочу жить» began in September 2022: `run-months 2022-09 2023-04` over a loopback channel with its
reports (phrasings written for this test) stores those months; a range before every launch is
refused in one line; a run in which Airflow created no task instance is reported as failed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from conftest import PROJECT_ROOT
from hotline import demo, store
from hotline.months import month_range
from hotline.records import Post

PYTHON = sys.executable
CHANNEL = "koordshtab"
UK_LOCATIVE = ("січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні",
               "жовтні", "листопаді", "грудні")
LIVE_VALUES = {"2022-09": 1210, "2022-10": 1875, "2022-11": 2340, "2022-12": 2615, "2023-01": 2980,
               "2023-02": 3120, "2023-03": 3460, "2023-04": 3705}


def live_report(number: int, month: str, value: int) -> Post:
    """A report of «Хочу жить» for `month`, posted on the 5th of the month after (own wording)."""
    year, mon = int(month[:4]), int(month[5:])
    posted_year, posted_month = (year + 1, 1) if mon == 12 else (year, mon + 1)
    count = f"{value:,}".replace(",", " ")
    text = (f"Державний проєкт «Хочу жити» підбиває підсумки: у {UK_LOCATIVE[mon - 1]} {year} року на гарячу "
            f"лінію звернулися {count} російських військових, які хочуть здатися в полон.")
    return Post(source="telegram", channel=CHANNEL, post_id=f"{CHANNEL}/{number}",
                url=f"https://t.me/{CHANNEL}/{number}",
                published_at=datetime(posted_year, posted_month, 5, 9, tzinfo=UTC), text=text)


def run_months_env(airflow_home, db, base_url: str) -> dict[str, str]:
    env = {**os.environ, "HOTLINE_DB": str(db), "AIRFLOW_HOME": str(airflow_home),
           "AIRFLOW_CONN_DUCKDB_DEFAULT": json.dumps({"conn_type": "duckdb", "host": str(db)}),
           "HOTLINE_TELEGRAM_BASE_URL": base_url, "HOTLINE_CHANNELS": CHANNEL, "HOTLINE_REQUEST_DELAY_S": "0"}
    env.pop("AIRFLOW_CONN_APPRISE_DEFAULT", None)
    return env


def test_a_range_before_every_launch_is_refused_in_one_line(tmp_path):
    done = subprocess.run([PYTHON, "-m", "hotline.cli", "run-months", "2022-03", "2022-08", "--db",
                           str(tmp_path / "h.duckdb")], capture_output=True, text=True, cwd=PROJECT_ROOT,
                          timeout=120, check=False)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "2022-03" in lines[0] and "2022-09" in lines[0] and "launch" in lines[0], lines[0]
    assert not (tmp_path / "h.duckdb").exists()


def test_the_dags_start_at_the_earliest_launch(airflow_home):
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(PROJECT_ROOT / "dags"))
    for dag_id in ("hotline_monthly", "hotline_report_watch"):
        assert bag.get_dag(dag_id).start_date == datetime(2022, 9, 15, 6, tzinfo=UTC), dag_id


def test_the_month_being_reported_now_runs_without_a_logical_date_in_the_future():
    from hotline.inprocess import logical_date_for

    now = datetime(2026, 12, 4, 10, 30, tzinfo=UTC)
    assert logical_date_for("2026-11", now) == now  # November's window ends on 15 December
    assert logical_date_for("2026-10", now) == datetime(2026, 11, 15, 6, tzinfo=UTC)


def test_a_run_with_no_task_instance_is_a_failure(airflow_home):
    """A run Airflow created without tasks (what a date before the DAG's start gave): failed, not success."""
    from airflow.dag_processing.bundles.manager import DagBundlesManager
    from airflow.dag_processing.dagbag import DagBag, sync_bag_to_db
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from airflow.utils.state import DagRunState
    from airflow.utils.types import DagRunTriggeredByType, DagRunType
    from sqlalchemy import delete, select

    from hotline.inprocess import run_state

    DagBundlesManager().sync_bundles_to_db()
    bag = DagBag(dag_folder=str(PROJECT_ROOT / "dags"))
    sync_bag_to_db(bag, "dags-folder", None)
    run_id = "empty__test"
    with create_session() as session:
        session.execute(delete(DagRun).where(DagRun.run_id == run_id))
        session.add(DagRun(dag_id="hotline_monthly", run_id=run_id, run_type=DagRunType.MANUAL,
                           state=DagRunState.SUCCESS, triggered_by=DagRunTriggeredByType.TEST,
                           run_after=datetime.now(UTC)))
    with create_session() as session:
        run = session.scalar(select(DagRun).where(DagRun.run_id == run_id))
        assert run_state("hotline_monthly", run) == "failed (no task ran)"
    with create_session() as session:
        assert session.scalar(select(DagRun.state).where(DagRun.run_id == run_id)) == DagRunState.FAILED


@pytest.mark.e2e
def test_run_months_from_the_first_launch_stores_i_want_to_live_months(airflow_home, tmp_path):
    posts = [live_report(1 + number, month, value) for number, (month, value) in enumerate(LIVE_VALUES.items())]
    db = tmp_path / "hotline.duckdb"
    with demo.DemoChannelServer({CHANNEL: posts}) as channel:
        done = subprocess.run([PYTHON, "-m", "hotline.cli", "run-months", "2022-09", "2023-04"],
                              env=run_months_env(airflow_home, db, channel.base_url), cwd=PROJECT_ROOT,
                              capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    for month in month_range("2022-09", "2023-04"):
        assert f"hotline_monthly {month}: success" in done.stderr, done.stderr[-3000:]
    conn = store.connect_reader(db)
    try:
        rows = conn.execute("SELECT strftime(month, '%Y-%m'), requests FROM monthly_counts"
                            " WHERE series = 'i_want_to_live' ORDER BY month").fetchall()
        tasks = conn.execute("SELECT count(DISTINCT run_id) FROM run_summaries").fetchone()[0]
    finally:
        conn.close()
    assert rows == list(LIVE_VALUES.items())
    assert tasks == len(LIVE_VALUES)  # every month's tasks really ran
