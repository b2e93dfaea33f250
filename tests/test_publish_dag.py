"""Through Airflow: `dag.test()` of `hotline_publish` writes the open dataset into HOTLINE_EXPORT_DIR
(beside the series files), marked as demo when the configuration says so; a rerun over the same data
keeps the version and writes the same feed."""

from __future__ import annotations

import json

import pytest
from test_publish import CHANNEL, FEBRUARY, JANUARY, Channel

from conftest import PROJECT_ROOT

pytestmark = pytest.mark.e2e


def test_the_publish_dag_writes_the_dataset_after_a_load(airflow_home, db_path, tmp_path, monkeypatch):
    from airflow.dag_processing.dagbag import DagBag

    from hotline.demo import DemoChannelServer

    with DemoChannelServer({CHANNEL: [JANUARY, FEBRUARY]}) as server:
        channel = Channel(server, db_path)
        channel.run("2025-01")
        channel.run("2025-02")
    exports = tmp_path / "exports"
    monkeypatch.setenv("HOTLINE_DB", str(db_path))
    monkeypatch.setenv("AIRFLOW_CONN_DUCKDB_DEFAULT", json.dumps({"conn_type": "duckdb", "host": str(db_path)}))
    monkeypatch.setenv("HOTLINE_EXPORT_DIR", str(exports))
    monkeypatch.setenv("HOTLINE_DEMO", "1")
    dag = DagBag(dag_folder=str(PROJECT_ROOT / "dags")).get_dag("hotline_publish")
    for task in dag.tasks:
        task.retries = 0  # dag.test would sleep through retry delays
    assert [task.task_id for task in dag.tasks] == ["publish_series", "publish_dataset"]

    assert str(dag.test().state) == "success"
    package = json.loads((exports / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == "1.0.0" and package["title"].startswith("[DEMO DATA]")
    assert (exports / "monthly_counts.csv").is_file() and (exports / "index.html").is_file()
    feed = (exports / "feed.xml").read_bytes()

    assert str(dag.test().state) == "success"  # a rerun: nothing changed, nothing new
    assert json.loads((exports / "datapackage.json").read_text(encoding="utf-8"))["version"] == "1.0.0"
    assert (exports / "feed.xml").read_bytes() == feed
