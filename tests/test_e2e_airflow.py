"""End to end through Airflow: `dag.test()` of the monthly DAG against the demo channel on loopback."""

from __future__ import annotations

import json

import pytest

from conftest import PROJECT_ROOT
from hotline import demo, store
from hotline.cli import data_row_counts
from hotline.months import run_date_for

pytestmark = pytest.mark.e2e


@pytest.fixture
def monthly_dag(airflow_home, db_path, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    posts = demo.generate_demo_posts(demo.DEMO_CHANNEL)
    with demo.DemoChannelServer({demo.DEMO_CHANNEL: posts}) as server:
        monkeypatch.setenv("HOTLINE_DB", str(db_path))
        monkeypatch.setenv("AIRFLOW_CONN_DUCKDB_DEFAULT", json.dumps({"conn_type": "duckdb", "host": str(db_path)}))
        monkeypatch.setenv("HOTLINE_TELEGRAM_BASE_URL", server.base_url)
        monkeypatch.setenv("HOTLINE_CHANNELS", demo.DEMO_CHANNEL)
        monkeypatch.setenv("HOTLINE_REQUEST_DELAY_S", "0")
        monkeypatch.delenv("AIRFLOW_CONN_APPRISE_DEFAULT", raising=False)
        dag = DagBag(dag_folder=str(PROJECT_ROOT / "dags")).get_dag("hotline_monthly")
        for task in dag.tasks:
            task.retries = 0  # dag.test would sleep through retry delays
        yield dag, server


def run(dag, month: str) -> str:
    dag_run = dag.test(logical_date=run_date_for(month))
    return str(dag_run.state)


def test_a_month_runs_through_airflow_and_a_rerun_changes_nothing(monthly_dag, db_path):
    dag, _server = monthly_dag
    assert run(dag, "2024-12") == "success"
    assert run(dag, "2025-01") == "success"
    conn = store.connect_reader(db_path)
    rows = conn.execute("SELECT strftime(month, '%Y-%m'), requests, source_url FROM monthly_counts"
                        " ORDER BY month").fetchall()
    summaries = conn.execute("SELECT step FROM run_summaries WHERE month = '2025-01-01' ORDER BY step").fetchall()
    conn.close()
    assert [(m, r) for m, r, _ in rows] == [("2024-12", 7006), ("2025-01", 8548)]
    assert all(url.startswith(f"https://t.me/{demo.DEMO_CHANNEL}/") for _, _, url in rows)
    assert {s for (s,) in summaries} == {"fetch_posts", "extract_facts", "validate_facts", "detect_alerts",
                                         "load_monthly_counts", "notify"}
    before = data_row_counts(db_path)
    assert run(dag, "2025-01") == "success"
    assert data_row_counts(db_path) == before


def test_a_channel_without_public_preview_fails_the_run_without_a_retry_storm(monthly_dag, monkeypatch, db_path):
    dag, server = monthly_dag
    monkeypatch.setenv("HOTLINE_CHANNELS", "no_such_channel")
    assert run(dag, "2025-01") == "failed"
    assert sum("/s/no_such_channel" in path for path in server.request_paths) == 1
    assert data_row_counts(db_path)["monthly_counts"] == 0


def test_an_in_process_run_is_named_after_its_month_has_real_times_and_writes_task_logs(monthly_dag, airflow_home):
    from datetime import UTC, datetime, timedelta

    from hotline.inprocess import run_month

    dag, _server = monthly_dag
    before = datetime.now(UTC)
    dag_run = run_month(dag, "2024-12")
    assert str(dag_run.state) == "success"
    assert dag_run.run_id == "month__2024-12"
    # Real wall-clock times: started after we called, finished within minutes (not 600 days).
    assert before - timedelta(seconds=1) <= dag_run.start_date <= dag_run.end_date <= datetime.now(UTC)
    assert dag_run.end_date - dag_run.start_date < timedelta(minutes=5)
    logs = airflow_home / "logs" / "dag_id=hotline_monthly" / "run_id=month__2024-12"
    fetch_log = logs / "task_id=fetch_posts" / "attempt=1.log"
    lines = [json.loads(line) for line in fetch_log.read_text(encoding="utf-8").splitlines()]
    events = " | ".join(line["event"] for line in lines)
    assert {line["level"] for line in lines} >= {"info"}
    assert "requests" in events and "new posts" in events, events
    load_log = (logs / "task_id=load_monthly_counts" / "attempt=1.log").read_text(encoding="utf-8")
    assert "2024-12" in load_log

    # A rerun replaces the run (same id) and its logs: the file holds the new run's lines only.
    assert str(run_month(dag, "2024-12").state) == "success"
    rerun = [json.loads(line) for line in fetch_log.read_text(encoding="utf-8").splitlines()]
    assert len(rerun) == len(lines) and rerun[0]["timestamp"] > lines[-1]["timestamp"]


def test_the_load_s_asset_events_carry_the_month_and_the_publish_dag_writes_the_series_files(
        monthly_dag, db_path, tmp_path, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.utils.session import create_session

    from hotline.inprocess import run_month

    dag, _server = monthly_dag
    assert str(run_month(dag, "2025-01").state) == "success"
    with create_session() as session:
        events = {name: extra for name, extra in session.query(AssetModel.name, AssetEvent.extra)
                  .join(AssetEvent, AssetEvent.asset_id == AssetModel.id)
                  .filter(AssetEvent.source_run_id == "month__2025-01")}
    assert events["hotline_monthly_counts"]["month"] == "2025-01"
    assert events["hotline_monthly_counts"]["value"] == {"i_want_to_find": 8548}
    assert events["hotline_raw_posts"]["requests"] >= 1 and "new_posts" in events["hotline_raw_posts"]
    assert any(key.startswith("record_high:i_want_to_find:2025-01") for key in events["hotline_alerts"]["alert_keys"])

    # The consumer of hotline_monthly_counts publishes the table as CSV and Parquet.
    monkeypatch.setenv("HOTLINE_EXPORT_DIR", str(tmp_path / "exports"))
    publish = DagBag(dag_folder=str(PROJECT_ROOT / "dags")).get_dag("hotline_publish")
    assert [asset.name for asset in publish.timetable.asset_condition.objects] == ["hotline_monthly_counts"]
    assert str(publish.test().state) == "success"
    csv_text = (tmp_path / "exports" / "monthly_counts.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[0].startswith("series,month,requests,qualifier,source_url")
    assert "i_want_to_find,2025-01,8548," in csv_text
    conn = store.connect_reader(db_path)
    try:
        parquet = conn.execute("SELECT month, requests FROM read_parquet(?) WHERE series = 'i_want_to_find'",
                               [str(tmp_path / "exports" / "monthly_counts.parquet")]).fetchall()
    finally:
        conn.close()
    assert ("2025-01", 8548) in parquet
