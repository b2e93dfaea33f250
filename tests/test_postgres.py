"""Production's metadata database: the monthly DAG under the real scheduler and the LocalExecutor
with Airflow's metadata on PostgreSQL (a throw-away cluster of Debian's `postgresql`, started on
loopback in a temporary folder and removed afterwards; `make test` installs the package if missing).

This is the session's live Airflow (tests/airflow_server.py), which runs on exactly that: the
declared settings (airflow_settings.yaml) were applied to it the same way as to SQLite; a run
scheduled by Airflow and one triggered through the REST API (`rest_runs`) loaded their months; here
the task log is read back through the API and the runs are looked up in PostgreSQL itself."""

from __future__ import annotations

import contextlib

import httpx
import pytest

pytest_plugins = ["airflow_server"]
pytestmark = pytest.mark.scheduler

DAG_ID = "hotline_monthly"


def test_the_monthly_dag_runs_on_postgres_metadata_with_the_local_executor(airflow_server, rest_runs):
    server = airflow_server
    assert server.metadata_url.startswith("postgresql+psycopg2://"), server.metadata_url
    assert server.env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    # The declared pool and connection, applied through Airflow's models (as on SQLite).
    assert "pool duckdb_writer" in server.settings_applied, server.settings_applied
    assert "duckdb_writer" in server.cli("pools", "list").stdout

    scheduled, triggered = rest_runs.scheduled, rest_runs.runs["2025-05"]
    assert scheduled["run_type"] == "scheduled" and triggered["run_type"] == "manual"
    for run in (scheduled, triggered):
        assert run["state"] == "success", (run["dag_run_id"], server.task_states(DAG_ID, run["dag_run_id"]))
    assert rest_runs.monthly["2025-05"] == 12320
    run_id = triggered["dag_run_id"]
    response = httpx.get(f"{server.base_url}/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances/fetch_posts"
                         "/logs/1", headers={"Authorization": f"Bearer {server.token()}",
                                             "Accept": "application/json"}, timeout=60)
    assert response.status_code == 200, response.text
    content = response.json()["content"]
    text = "\n".join(item["event"] if isinstance(item, dict) else str(item) for item in content)
    assert "requests" in text and "new posts" in text, text

    # The runs really are in PostgreSQL (not in a SQLite file somewhere): the same runs the API lists.
    import psycopg2

    with contextlib.closing(psycopg2.connect(server.metadata_url.replace("postgresql+psycopg2", "postgresql"))) as pg, \
            pg.cursor() as cursor:
        cursor.execute("SELECT run_id, state FROM dag_run WHERE dag_id = %s ORDER BY run_id", (DAG_ID,))
        runs = dict(cursor.fetchall())
    assert runs[scheduled["dag_run_id"]] == "success" and runs[run_id] == "success"
    assert runs == {run["dag_run_id"]: run["state"] for run in server.dag_runs(DAG_ID)}
    assert not (server.home / "airflow.db").exists()
