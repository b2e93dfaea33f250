"""Production's metadata database: the monthly DAG under the real scheduler and the LocalExecutor
with Airflow's metadata on PostgreSQL (a throw-away cluster of Debian's `postgresql`, started on
loopback in a temporary folder and removed afterwards; `make test` installs the package if missing).

The declared settings (airflow_settings.yaml) are applied to it the same way as to SQLite; a run
scheduled by Airflow and one triggered through the REST API load their months, and the task log
is read back through the API."""

from __future__ import annotations

import contextlib
import subprocess
import sys

import httpx
import pytest
from airflow_server import AirflowServer, AlertReceiver, airflow_env, free_port, postgres_cluster

from hotline import demo
from hotline.airflow_setup import ui_credentials

pytestmark = pytest.mark.scheduler

DAG_ID = "hotline_monthly"


def test_the_monthly_dag_runs_on_postgres_metadata_with_the_local_executor(tmp_path):
    with postgres_cluster() as (url, _folder), contextlib.ExitStack() as stack:
        receiver = AlertReceiver().start()
        stack.callback(receiver.close)
        channel = demo.DemoChannelServer({demo.DEMO_CHANNEL: demo.generate_demo_posts(demo.DEMO_CHANNEL)}).start()
        stack.callback(channel.close)
        home, db, port = tmp_path / "airflow", tmp_path / "hotline.duckdb", free_port()
        home.mkdir()
        env = airflow_env(home, db, port, channel.base_url, receiver.apprise_url, url)
        user, password = ui_credentials(home)
        server = AirflowServer(home=home, db=db, port=port, env=env, user=user, password=password,
                               receiver=receiver, channel=channel)
        stack.callback(server.stop)
        server.cli("db", "migrate", timeout=600)
        # The declared pool and connection, applied through Airflow's models (as on SQLite).
        done = subprocess.run([sys.executable, "-m", "hotline.airflow_setup"], env=env, capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode == 0 and "pool duckdb_writer" in done.stderr, done.stderr[-3000:]
        assert "duckdb_writer" in server.cli("pools", "list").stdout

        server.start("dag-processor", "dag-processor")
        server.start("scheduler", "scheduler", "--skip-serve-logs")
        server.start("api-server", "api-server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1")
        server.wait_until_serving()
        server.wait_until_parsed(DAG_ID)
        server.unpause(DAG_ID)  # the scheduler creates the latest interval's run (catchup is off)
        scheduled = server.wait("the scheduled run", lambda: server.dag_runs(DAG_ID, run_type="scheduled"), 120)[0]
        run_id = server.trigger(DAG_ID, logical_date=None, conf={"month": "2025-05"})
        for each in (scheduled["dag_run_id"], run_id):
            finished = server.wait_for_run(DAG_ID, each)
            assert finished["state"] == "success", (each, server.task_states(DAG_ID, each), server.log_tail())

        assert server.query("SELECT requests FROM monthly_counts WHERE series = 'i_want_to_find'"
                            " AND month = '2025-05-01'") == [(12320,)]
        response = httpx.get(f"{server.base_url}/api/v2/dags/{DAG_ID}/dagRuns/{run_id}/taskInstances/fetch_posts"
                             "/logs/1", headers={"Authorization": f"Bearer {server.token()}",
                                                 "Accept": "application/json"}, timeout=60)
        assert response.status_code == 200, response.text
        content = response.json()["content"]
        text = "\n".join(item["event"] if isinstance(item, dict) else str(item) for item in content)
        assert "requests" in text and "new posts" in text, text

        # The runs really are in PostgreSQL (not in a SQLite file somewhere).
        import psycopg2

        with contextlib.closing(psycopg2.connect(url.replace("postgresql+psycopg2", "postgresql"))) as pg, \
                pg.cursor() as cursor:
            cursor.execute("SELECT run_id, state FROM dag_run WHERE dag_id = %s ORDER BY run_id", (DAG_ID,))
            runs = dict(cursor.fetchall())
        assert runs == {scheduled["dag_run_id"]: "success", run_id: "success"}
        assert not (home / "airflow.db").exists()
