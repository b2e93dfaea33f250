"""An interrupted `run-months` leaves nothing `running` or `queued` in Airflow (issue 22).

Before, Ctrl-C during a retry wait left the run `running` with `fetch_posts` `up_for_retry`; the
next scheduler then held every later run behind it. Now the stopped month's run and its unfinished
tasks are marked failed, and the next run of the same month succeeds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from test_stopping import SwitchableChannel

from conftest import PROJECT_ROOT
from hotline import demo, store

PYTHON = sys.executable
MONTH = "2024-12"
DAG_ID = "hotline_monthly"


def run_and_task_states(run_id: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Every hotline_monthly run's (id, state), and the task states of `run_id`, from the metadata DB."""
    from airflow import settings
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session
    from sqlalchemy import select

    settings.Session.remove()
    with create_session() as session:
        runs = [(r, str(s)) for r, s in session.execute(select(DagRun.run_id, DagRun.state)
                                                        .where(DagRun.dag_id == DAG_ID))]
        tasks = {t: str(s) for t, s in session.execute(select(TaskInstance.task_id, TaskInstance.state)
                                                       .where(TaskInstance.run_id == run_id))}
    return runs, tasks


@pytest.mark.e2e
def test_sigint_in_a_retry_wait_fails_the_run_and_the_next_run_of_the_month_succeeds(airflow_home, tmp_path):
    db = tmp_path / "hotline.duckdb"
    with SwitchableChannel({demo.DEMO_CHANNEL: demo.generate_demo_posts(demo.DEMO_CHANNEL)}) as channel:
        env = {**os.environ, "HOTLINE_DB": str(db), "AIRFLOW_HOME": str(airflow_home),
               "AIRFLOW_CONN_DUCKDB_DEFAULT": json.dumps({"conn_type": "duckdb", "host": str(db)}),
               "HOTLINE_TELEGRAM_BASE_URL": channel.base_url, "HOTLINE_CHANNELS": demo.DEMO_CHANNEL,
               "HOTLINE_REQUEST_DELAY_S": "0", "HOTLINE_RETRY_BACKOFF_S": "0.01"}
        env.pop("AIRFLOW_CONN_APPRISE_DEFAULT", None)
        command = [PYTHON, "-m", "hotline.cli", "run-months", MONTH, MONTH]

        channel.down = True  # every request answered 503: fetch_posts fails, Airflow waits to retry it
        process = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 240
        while channel.request_count < 5 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        assert channel.request_count >= 5, "the run never reached the channel"
        time.sleep(2)  # the task has failed its try; dag.test sits in the retry wait
        assert process.poll() is None
        process.send_signal(signal.SIGINT)
        try:
            _out, err = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            raise AssertionError("still running 15 s after SIGINT") from None
        assert process.returncode == 130, err[-3000:]

        runs, tasks = run_and_task_states(f"month__{MONTH}")
        assert runs and not [run for run in runs if run[1] in ("running", "queued")], runs
        assert (f"month__{MONTH}", "failed") in runs, runs
        assert tasks and not set(tasks.values()) & {"running", "queued", "up_for_retry", "scheduled", "None"}, tasks

        channel.down = False
        rerun = subprocess.run(command, env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600,
                               check=False)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert f"hotline_monthly {MONTH}: success" in rerun.stderr
    runs, tasks = run_and_task_states(f"month__{MONTH}")
    assert (f"month__{MONTH}", "success") in runs and set(tasks.values()) == {"success"}, (runs, tasks)
    conn = store.connect_reader(db)
    try:
        assert conn.execute("SELECT count(*) FROM monthly_counts WHERE month = DATE '2024-12-01'").fetchone()[0] >= 1
    finally:
        conn.close()
